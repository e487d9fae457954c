/**
 * "a" or "an" before a word, by how the word is said rather than spelt: "an Engineering Manager", "a DevOps
 * Engineer", "an SRE", "an ML engineer", "a user", "an hour". Every sentence certpath assembles around a
 * name it does not know in advance goes through here.
 */

/** Letters whose spoken name starts with a vowel sound: "an F", "an M", "an S", "an X". */
const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");
/** Words that start with a vowel letter but a consonant sound ("a unit", "a European", "a one-off"). */
const CONSONANT_SOUND = /^(?:uni|use|usu|uti|eu|one\b|once\b|ubiq|ura)/i;
/** Words that start with a silent h ("an hour", "an honest"). */
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;

/** True when the word is said letter by letter, as SRE, ML or AI are (FinOps is not). */
const isInitialism = (word: string): boolean => /^[A-Z]{2,}(?:$|[^a-z])/.test(word);

/** The article for `phrase`: "an" before a vowel sound, otherwise "a". */
export function articleFor(phrase: string): "a" | "an" {
  const word = phrase.trim().replace(/^[^A-Za-z0-9]+/, "");
  const first = word.charAt(0);
  if (first === "") return "a";
  if (isInitialism(word)) return VOWEL_SOUND_LETTERS.has(first.toUpperCase()) ? "an" : "a";
  // "an 8-week plan", "an 11-day plan", "an 18-month plan"; "a 5-day plan", "a 110-day plan".
  if (/^[0-9]/.test(first)) return /^(?:8\d*|11|18)(?:\D|$)/.test(word) ? "an" : "a";
  if (SILENT_H.test(word)) return "an";
  if (CONSONANT_SOUND.test(word)) return "a";
  return /^[aeiou]/i.test(first) ? "an" : "a";
}

/** The phrase with its article in front: "an Engineering Manager". */
export function withArticle(phrase: string): string {
  return `${articleFor(phrase)} ${phrase}`;
}
