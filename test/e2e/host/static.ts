/**
 * Serves the built renderer (dist/renderer) as Electron's app:// handler does: files from that
 * folder only, with their real content types. index.html gets one extra classic script, the
 * bridge, which runs before the app's deferred module script and defines window.api.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const bridgePath = '/__host/bridge.js';

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

export type StaticResult = { status: 200; body: Buffer; contentType: string } | { status: 400 | 404; reason: string };

/** Resolves a URL path to a file inside `root` (never outside it, not even through a symlink). */
export async function readStatic(root: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { status: 400, reason: 'The path is not valid URL encoding.' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400, reason: 'The path has forbidden characters.' };
  if (decoded.split('/').includes('..')) return { status: 400, reason: 'The path leaves the app folder.' };

  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = await fs.realpath(root);
  let file: string;
  try {
    file = await fs.realpath(path.join(realRoot, relative));
  } catch {
    return { status: 404, reason: 'No such file in the built renderer.' };
  }
  if (!file.startsWith(realRoot + path.sep)) return { status: 404, reason: 'No such file in the built renderer.' };
  const stat = await fs.stat(file);
  if (!stat.isFile()) return { status: 404, reason: 'No such file in the built renderer.' };

  const body = await fs.readFile(file);
  const contentType = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (file === path.join(realRoot, 'index.html')) return { status: 200, body: injectBridge(body.toString('utf8')), contentType };
  return { status: 200, body, contentType };
}

/**
 * Puts the bridge before the first module script. A classic external script runs as soon as it
 * is parsed; module scripts are deferred, so window.api exists before any app code runs.
 */
export function injectBridge(html: string): Buffer {
  const tag = `<script src="${bridgePath}"></script>\n    `;
  const moduleScript = /<script\b[^>]*\btype\s*=\s*["']?module\b[^>]*>/i.exec(html);
  if (!moduleScript) {
    throw new Error('dist/renderer/index.html has no <script type="module">: is it a Vite build of renderer/?');
  }
  return Buffer.from(html.slice(0, moduleScript.index) + tag + html.slice(moduleScript.index), 'utf8');
}
