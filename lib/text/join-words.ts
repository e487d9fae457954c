/** "A", "A and B", "A, B and C". */
export function joinWords(words: readonly string[], empty = "none"): string {
  if (words.length === 0) return empty;
  if (words.length === 1) return words[0] ?? empty;
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
