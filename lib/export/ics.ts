import type { Catalog } from "@/lib/catalog/schema";
import { addDays, isIsoDate } from "@/lib/dates/iso-date";
import { cleanText, cleanUri } from "@/lib/export/clean-text";
import { roadmapFileName } from "@/lib/export/file-name";
import type { Profile } from "@/lib/profile/schema";
import { certificationName, prepText } from "@/lib/recommender/roadmap-labels";
import type { Roadmap, Step } from "@/lib/recommender/roadmap-schema";

/**
 * The roadmap as an iCalendar file (RFC 5545): one all-day event per step covering its study window,
 * so the plan can be imported into any calendar app.
 */

export type IcsOptions = {
  /** When the file was made, as a UTC date-time such as 2027-01-04T09:00:00Z (lib takes "now" as an argument). */
  stamp: string;
  /** The roadmap's share link, added to every event. */
  url?: string;
};

const CRLF = "\r\n";
/** RFC 5545 §3.1: content lines should not be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const UTC_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d+)?Z$/;

/** A TEXT value escaped per RFC 5545 §3.3.11: backslash, semicolon and comma get a backslash; line breaks become \n. */
function escapeText(text: string): string {
  return cleanText(text).replace(/[\\;,\n]/g, (char) => (char === "\n" ? "\\n" : `\\${char}`));
}

function utf8Length(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Splits a content line into CRLF + space continuations of at most 75 octets, never inside a UTF-8 sequence. */
function fold(line: string): string {
  const parts: string[] = [];
  let part = "";
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(part);
      part = "";
      octets = 0;
      limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation counts
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join(`${CRLF} `);
}

/** "2027-01-04" → "20270104" (RFC 5545 DATE). */
function basicDate(isoDate: string): string {
  return isoDate.replaceAll("-", "");
}

/** "2027-01-04T09:00:00Z" → "20270104T090000Z" (RFC 5545 DATE-TIME in UTC); fractions of a second are dropped. */
function basicDateTime(stamp: string): string {
  const match = UTC_DATE_TIME.exec(stamp);
  if (!match?.[1] || !isIsoDate(match[1])) {
    throw new RangeError(`stamp must be a UTC date-time such as 2027-01-04T09:00:00Z, not "${stamp}"`);
  }
  return `${basicDate(match[1])}T${match[2]}${match[3]}${match[4]}Z`;
}

/** One all-day calendar event; both dates inclusive. Text is escaped and folded by `calendarToIcs`. */
export type CalendarEvent = {
  /** Stable across exports, so importing an updated file replaces events instead of duplicating them. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  url?: string;
};

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
    // DTEND of an all-day event is exclusive; `end` is the last day.
    `DTEND;VALUE=DATE:${basicDate(addDays(event.end, 1))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // URL is a URI, not TEXT: a comma in the share link stays a comma rather than being escaped.
    ...(event.url === undefined ? [] : [`URL:${event.url}`]),
    // Study windows span weeks and exam days are a reminder: neither should mark the person as busy.
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ];
}

/**
 * Events as an RFC 5545 calendar: all-day VEVENTs, CRLF line ends, folded at 75 octets. `stamp` is a UTC
 * date-time such as 2027-01-04T09:00:00Z (lib takes "now" as an argument).
 */
export function calendarToIcs(name: string, events: readonly CalendarEvent[], stamp: string): string {
  const dtStamp = basicDateTime(stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//certpath//roadmap//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, dtStamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${fold(line)}${CRLF}`).join("");
}

function stepEvent(step: Step, catalog: Catalog, url: string | undefined): CalendarEvent {
  const description = [
    `Prep: ${prepText(step, catalog)}.`,
    "Why:",
    ...step.reasons.map((r) => `- ${r.text}`),
    // Google Calendar and Outlook do not show the URL property, so the link goes in the description too.
    ...(url === undefined ? [] : [`Your roadmap: ${url}`]),
  ].join("\n");
  return {
    uid: `${step.certificationId}-${step.start}@certpath`,
    start: step.start,
    end: step.end,
    summary: `Prepare for ${certificationName(catalog, step.certificationId)}`,
    description,
    ...(url === undefined ? {} : { url }),
  };
}

/** The roadmap as an RFC 5545 calendar: one all-day VEVENT per step, CRLF line ends, folded at 75 octets. */
export function roadmapToIcs(roadmap: Roadmap, catalog: Catalog, options: IcsOptions): string {
  // An empty link would be an invalid URL property: leave it out, as if none were given.
  const url = cleanUri(options.url ?? "") || undefined;
  return calendarToIcs(
    "certpath roadmap",
    roadmap.steps.map((step) => stepEvent(step, catalog, url)),
    options.stamp,
  );
}

/** The download name of a profile's calendar, such as "certpath-roadmap-sre-2027-01-04.ics". */
export function icsFileName(profile: Pick<Profile, "role" | "start">): string {
  return roadmapFileName(profile, "ics");
}
