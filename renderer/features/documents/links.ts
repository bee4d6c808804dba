/**
 * Which link addresses a document may hold: web pages and email addresses only. A report is read
 * by panels and published; a `javascript:`, `file:` or `data:` link in it would be a trap for its
 * readers, and the app itself never follows a link (the editor has openOnClick off).
 */
const allowed = /^(https?:\/\/[^\s/?#]+|mailto:[^\s@]+@[^\s@]+)/i;

// Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so does this.
// eslint-disable-next-line no-control-regex
const ignoredByBrowsers = /[\u0000-\u0020\u00a0\u1680\u180e\u2000-\u2029\u205f\u3000]/g;

export function isSafeLink(url: string | null | undefined): boolean {
  if (!url) return false;
  return allowed.test(url.replace(ignoredByBrowsers, ''));
}

/**
 * What the user typed, as the address to store: "www.example.org" gets https://, an email
 * address gets mailto:. Null when it is not a web or email address.
 */
export function normaliseLink(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isSafeLink(text) ? text : null;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  if (/^[^\s/]+\.[^\s/]+/.test(text)) return isSafeLink(`https://${text}`) ? `https://${text}` : null;
  return null;
}
