/**
 * What no page in the app may do, applied to the session and to every webContents as it is
 * created (app 'web-contents-created'), so a window added later cannot forget it.
 */
import type { Event, Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp';
import { createLogger } from '../services';
import type { OfferExternalLink } from './external-links';
import { isAppUrl } from './origin';

const log = createLogger('security');

/** Schemes that reach the network. The app works offline; nothing leaves the machine. */
const networkSchemes = new Set(['http:', 'https:', 'ws:', 'wss:']);

export function hardenSession(session: Session): void {
  // app:// responses carry the CSP themselves (protocol.ts); this covers every other response.
  // scripts/electronegativity.mjs writes the policy's value into this line for its scan: keep its shape.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...withoutCsp(details.responseHeaders), 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
  // Judged in the listener rather than by a URL filter: a filter pattern Electron rejects would
  // throw at startup, and the app's own app:// requests pass straight through.
  session.webRequest.onBeforeRequest((details, callback) => {
    const network = isNetworkUrl(details.url);
    if (network) log.warn('blocked a network request');
    callback({ cancel: network });
  });
  // Camera, microphone, notifications, geolocation, clipboard reads, HID, USB, serial…:
  // the app needs none of them, so every request and every check is answered "no".
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.info('denied a permission request', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // Spellcheck dictionaries are downloaded from Google; webPreferences.spellcheck is off too.
  session.setSpellCheckerEnabled(false);
}

export function isNetworkUrl(url: string): boolean {
  try {
    return networkSchemes.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Replaces any CSP a response brought (header names are case-insensitive) with the app's own. */
export function withoutCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') kept[name] = value;
  }
  return kept;
}

export function hardenWebContents(contents: WebContents, offerExternalLink: OfferExternalLink): void {
  // A link or script that would replace the app's page: keep the page, and offer https links
  // to the user's browser instead.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void offerExternalLink(event.url);
  });
  // Subframes are refused by the CSP (frame-src 'none'); this holds even if that ever changes.
  // The main frame is left to will-navigate above: Electron emits this event first, and
  // cancelling here would stop will-navigate from offering the link to the browser.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  // The app's own scheme never redirects, so a redirect out of it is never legitimate.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // The app has one window. window.open, target=_blank and middle-click all end here.
  contents.setWindowOpenHandler(({ url }) => {
    void offerExternalLink(url);
    return { action: 'deny' };
  });
  // webviewTag is off in every window; refuse a <webview> even if one were switched on.
  contents.on('will-attach-webview', (event: Event) => {
    event.preventDefault();
  });
}
