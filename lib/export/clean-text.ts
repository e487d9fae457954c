/**
 * Text from outside certpath's own code (a person's notes, a link passed in) made safe to embed in an
 * export: every line break becomes "\n", control characters go, and half a surrogate pair (which has no
 * UTF-8 encoding) becomes U+FFFD. Tabs stay: both iCalendar TEXT and Markdown accept them.
 */

const REPLACEMENT_CHARACTER = "\uFFFD";

function isControl(codePoint: number): boolean {
  // C0 (bar tab and line feed), DEL and C1: RFC 5545 forbids the first two in TEXT, and none of them show.
  return (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) || (codePoint >= 0x7f && codePoint <= 0x9f);
}

/** `text` with line breaks normalised to "\n", control characters removed and lone surrogates replaced. */
export function cleanText(text: string): string {
  let out = "";
  // for…of walks code points, so a well-formed pair arrives whole and only a lone half is 0xD800–0xDFFF.
  for (const char of text.replace(/\r\n?/g, "\n")) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) out += REPLACEMENT_CHARACTER;
    else if (!isControl(codePoint)) out += char;
  }
  return out;
}

/**
 * A link as a URI value: cleaned as above, then anything a URI cannot hold (spaces, line breaks, "<", ">",
 * quotes, non-ASCII) percent-encoded, so the link cannot end early or spill into the text around it.
 */
export function cleanUri(url: string): string {
  return cleanText(url)
    .trim()
    .replace(/[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (char) => encodeURIComponent(char));
}
