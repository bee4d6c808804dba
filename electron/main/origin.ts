/**
 * The app's own origin. The renderer is served from a privileged custom scheme rather than
 * file:// so that 'self' in the CSP means the app and nothing else on disk, and so that the
 * IPC sender check and the navigation guard can compare one exact origin.
 */
export const appScheme = 'app';
export const appHost = 'app';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * The origin of a URL as Chromium serialises it for a standard scheme. Node's URL reports
 * "null" as the origin of any scheme it does not know, so it is rebuilt from the parts.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

export function isAppUrl(url: string): boolean {
  return originOf(url) === appOrigin;
}
