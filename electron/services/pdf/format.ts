/** Dates and verification codes as a reader sees them. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-27" → "27 November 2026". Anything else is shown as given rather than failing an export. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  const name = months[Number(month) - 1];
  const dayNumber = Number(day);
  if (!name || dayNumber < 1 || dayNumber > 31) return iso;
  return `${dayNumber} ${name} ${year}`;
}

/** The first 12 hex digits in groups of four ("3f2a 9c01 77be"): short enough to read aloud and compare. */
export function shortCode(hex: string): string {
  return hex.slice(0, 12).toLowerCase().replace(/(.{4})(?=.)/g, '$1 ');
}
