/**
 * The app:// scheme: the only way the renderer's files reach a window.
 * Every response comes from the built renderer folder and carries the CSP itself, because
 * session.webRequest's header hooks do not run for custom schemes (electron/electron#6021).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/csp';
import { createLogger } from '../services';
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
  const root = path.resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppFile(root, request.url);
    if (!file) return textResponse(404, 'Not found');
    try {
      const body = await fs.readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headersFor(contentTypeOf(file)) });
    } catch (error) {
      // Missing files are normal (a stale link); anything else is worth knowing about. No path: it is ours, but logs stay terse.
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      if (code !== 'ENOENT' && code !== 'EISDIR') log.warn('could not read an app file', { code });
      return textResponse(404, 'Not found');
    }
  };
}

/** Maps app://app/<path> to a file inside root, or undefined for anything that would leave it. */
export function resolveAppFile(root: string, url: string): string | undefined {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    // Decoding happens after URL parsing has removed literal dot segments, so an encoded
    // "..%2f" survives to here and is caught by the containment check below.
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || pathname.includes('\0')) return undefined;
  const wanted = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, wanted);
  const relative = path.relative(root, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return undefined;
  }
  return file;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function headersFor(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    // With nosniff, a file served under the wrong type is refused rather than guessed at.
    'X-Content-Type-Options': 'nosniff',
  };
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: headersFor('text/plain; charset=utf-8') });
}
