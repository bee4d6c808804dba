/**
 * The app:// scheme: the only way the renderer's files reach a window.
 * Every response comes from the built renderer folder and carries the CSP itself, because
 * session.webRequest's header hooks do not run for custom schemes (electron/electron#6021).
 * What is served, and with which headers, is app-files.ts, shared with the e2e test host.
 */
import type { Protocol } from 'electron';
import { createLogger } from '../services';
import { refusal, serveAppFile, type AppFileAnswer } from './app-files';
import { appHost, appScheme } from './origin';

const log = createLogger('protocol');

/** Must run before the app is ready: Chromium fixes its scheme list at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: {
        // standard: relative URLs resolve and the page gets a real origin (app://app) for the CSP.
        standard: true,
        // secure: treated like https, so secure-context APIs work and nothing counts as mixed content.
        secure: true,
        supportFetchAPI: true,
        // Vite emits <script type="module" crossorigin>, fetched in CORS mode. No response sends
        // Access-Control-Allow-Origin, so this lets no other origin read the app's files.
        corsEnabled: true,
        // bypassCSP is deliberately absent: the policy must hold for the app's own files.
      },
    },
  ]);
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererRoot));
}

export function createAppRequestHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const onUnexpected = (code: string) => log.warn('could not read an app file', { code });
  return async (request) => {
    const pathname = appPathname(request.url);
    const answer = pathname === undefined ? refusal(404) : await serveAppFile(rendererRoot, { method: request.method, pathname }, onUnexpected);
    return toResponse(answer, request.method);
  };
}

/** The path of an app://app/… URL, still percent-encoded; undefined for any other origin. */
function appPathname(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost ? parsed.pathname : undefined;
  } catch {
    return undefined;
  }
}

function toResponse(answer: AppFileAnswer, method: string): Response {
  return new Response(method === 'HEAD' ? null : answer.body, { status: answer.status, headers: answer.headers });
}
