import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/csp';
import { hardenSession, hardenWebContents } from '../../../electron/main/security';
import { FakeWebContents, fakeSession, navigationEvent } from './fake-electron';

function hardenedSession() {
  const session = fakeSession();
  hardenSession(session as unknown as Session);
  return session;
}

function hardenedContents() {
  const contents = new FakeWebContents();
  const offer = vi.fn(async (_url: string) => false);
  hardenWebContents(contents as unknown as WebContents, offer);
  return { contents, offer };
}

describe('session rules', () => {
  it("puts the app's CSP on every response, replacing any the response brought", () => {
    const session = hardenedSession();
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0];
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-eval'"], 'X-Frame-Options': ['DENY'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(Object.keys(headers).filter((name) => name.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(headers['X-Frame-Options']).toEqual(['DENY']);
  });

  it('adds the CSP to a response that had no headers at all', () => {
    const session = hardenedSession();
    const callback = vi.fn();
    session.webRequest.onHeadersReceived.mock.calls[0]?.[0]({}, callback);
    expect(callback.mock.calls[0]?.[0].responseHeaders['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });

  it('cancels every http, https and websocket request, and lets the app load its own files', () => {
    const session = hardenedSession();
    const listener = session.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]?.[0].cancel as boolean;
    };
    for (const url of ['https://example.org/tracker.gif', 'http://127.0.0.1:8080/', 'ws://example.org/socket', 'wss://example.org/socket']) {
      expect(decide(url)).toBe(true);
    }
    for (const url of ['app://app/index.html', 'app://app/assets/index.js', 'devtools://devtools/bundled/inspector.html']) {
      expect(decide(url)).toBe(false);
    }
  });

  it('answers every permission request and check with no', () => {
    const session = hardenedSession();
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(check(null, 'media', 'app://app', {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0];
    expect(device({ deviceType: 'usb', origin: 'app://app' })).toBe(false);
  });

  it('turns the spellchecker (and its dictionary downloads) off', () => {
    expect(hardenedSession().setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });
});

describe('page rules', () => {
  it('keeps the page when a link or script tries to navigate to another origin, and offers https links to the browser', () => {
    const { contents, offer } = hardenedContents();
    const event = navigationEvent('https://example.org/guidance');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(offer).toHaveBeenCalledWith('https://example.org/guidance');
  });

  it.each(['file:///etc/passwd', 'app://elsewhere/index.html', 'http://app/index.html', 'javascript:alert(1)'])(
    'refuses navigation to %s',
    (url) => {
      const { contents } = hardenedContents();
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    },
  );

  it("lets the app navigate within its own origin", () => {
    const { contents, offer } = hardenedContents();
    const event = navigationEvent('app://app/index.html?area=report');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(offer).not.toHaveBeenCalled();
  });

  it('refuses redirects and subframe navigations that leave the app, and only those', () => {
    const { contents } = hardenedContents();
    const redirect = navigationEvent('https://example.org/');
    const frame = navigationEvent('https://example.org/frame', false);
    const ownFrame = navigationEvent('app://app/index.html', false);
    contents.emit('will-redirect', redirect);
    contents.emit('will-frame-navigate', frame);
    contents.emit('will-frame-navigate', ownFrame);
    expect(redirect.preventDefault).toHaveBeenCalledOnce();
    expect(frame.preventDefault).toHaveBeenCalledOnce();
    expect(ownFrame.preventDefault).not.toHaveBeenCalled();
  });

  it('leaves main-frame navigations to will-navigate, so an https link can still be offered to the browser', () => {
    const { contents, offer } = hardenedContents();
    // Electron emits will-frame-navigate first; cancelling it there would suppress will-navigate.
    const frameEvent = navigationEvent('https://example.org/guidance', true);
    contents.emit('will-frame-navigate', frameEvent);
    expect(frameEvent.preventDefault).not.toHaveBeenCalled();
    const navigateEvent = navigationEvent('https://example.org/guidance');
    contents.emit('will-navigate', navigateEvent);
    expect(navigateEvent.preventDefault).toHaveBeenCalledOnce();
    expect(offer).toHaveBeenCalledWith('https://example.org/guidance');
  });

  it('denies every new window, passing the URL to the link opener instead', () => {
    const { contents, offer } = hardenedContents();
    for (const url of ['https://example.org/', 'app://app/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } } as never)).toEqual({ action: 'deny' });
    }
    expect(offer.mock.calls.map(([url]) => url)).toEqual(['https://example.org/', 'app://app/index.html', 'about:blank']);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = hardenedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, { nodeIntegration: true }, { src: 'https://example.org' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
