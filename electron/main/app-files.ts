/**
 * The built renderer's files as the app serves them: which file a URL path names, its content
 * type and the headers every answer carries. Electron's app:// handler (protocol.ts) and the e2e
 * test host (test/e2e/host/static.ts) both serve through this module, so the tests exercise the
 * real path rules. It imports no Electron, only Node and shared/, for the test host's sake.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from '../../shared/csp';

export interface AppFileAnswer {
  status: 200 | 404 | 405;
  headers: Record<string, string>;
  /** The whole body, even for HEAD: each transport drops it in its own way. */
  body: Buffer<ArrayBuffer>;
  /** On 200, the file served, relative to the renderer folder with "/" between parts. */
  served?: string;
}

export interface AppFileRequest {
  method: string;
  /** A parsed URL's pathname, still percent-encoded (URL parsing has removed literal dot segments). */
  pathname: string;
}

/** Told of read failures other than "not there" (permissions, loops), which are worth a log line. */
export type UnexpectedReadError = (code: string) => void;

export async function serveAppFile(root: string, request: AppFileRequest, onUnexpected?: UnexpectedReadError): Promise<AppFileAnswer> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
  const found = await resolveAppFile(root, request.pathname, onUnexpected);
  if (!found) return refusal(404);
  try {
    const body = await fs.readFile(found.file);
    return { status: 200, headers: appFileHeaders(contentTypeOf(found.file)), body, served: found.served };
  } catch (error) {
    report(error, onUnexpected);
    return refusal(404);
  }
}

/** The plain-text refusal, with the same headers as any file: even a 404 carries the policy. */
export function refusal(status: 404 | 405): AppFileAnswer {
  const headers = appFileHeaders('text/plain; charset=utf-8');
  if (status === 405) return { status, headers: { ...headers, Allow: 'GET, HEAD' }, body: Buffer.from('Method not allowed') };
  return { status, headers, body: Buffer.from('Not found') };
}

/**
 * The real path of the file a URL path names, or undefined when there is none or the path is
 * refused. The real path must lie inside the real root, so a symlink cannot lead out of it.
 */
export async function resolveAppFile(
  root: string,
  pathname: string,
  onUnexpected?: UnexpectedReadError,
): Promise<{ file: string; served: string } | undefined> {
  const wanted = appFilePath(pathname);
  if (!wanted) return undefined;
  try {
    // Per request, not once: a rebuild may replace the folder while dev:browser is serving it.
    const realRoot = await fs.realpath(root);
    const file = await fs.realpath(path.join(realRoot, ...wanted.split('/')));
    const inside = path.relative(realRoot, file);
    if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return undefined;
    if (!(await fs.stat(file)).isFile()) return undefined;
    return { file, served: inside.split(path.sep).join('/') };
  } catch (error) {
    report(error, onUnexpected);
    return undefined;
  }
}

/**
 * The file a URL path asks for, relative to the renderer folder ("/" is index.html), or undefined
 * if the path is refused. Each segment is decoded on its own, and one that decodes to a separator,
 * a dot segment or NUL is refused outright: the build never links to such a name, so it can only
 * be an attempt to step around the containment check, and a backslash is a separator on Windows.
 */
export function appFilePath(pathname: string): string | undefined {
  if (pathname === '/') return 'index.html';
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    // Empty segments (a leading or doubled slash) name nothing, as path.join would treat them.
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.length > 0 ? segments.join('/') : undefined;
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

export function appFileHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    // With nosniff, a file served under the wrong type is refused rather than guessed at.
    'X-Content-Type-Options': 'nosniff',
  };
}

// Missing files are normal (a stale link); anything else is worth knowing about. Only the code:
// the path is ours, but logs stay terse.
const notThere = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG']);

function report(error: unknown, onUnexpected: UnexpectedReadError | undefined): void {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  if (!notThere.has(code)) onUnexpected?.(code);
}
