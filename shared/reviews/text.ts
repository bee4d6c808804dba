/** Small text helpers for labels the user typed. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trimmed, with runs of spaces made one. */
export function tidy(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** "Rapid review: Child M", or "LCSPR 2026/3 (Child M)" when the title does not already say the pseudonym. */
export function reviewName(review: { title: string; subject: string | null }): string {
  return review.subject && !review.title.includes(review.subject) ? `${review.title} (${review.subject})` : review.title;
}
