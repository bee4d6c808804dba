/** Small text helpers for labels the user typed. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trimmed, with runs of spaces made one. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
