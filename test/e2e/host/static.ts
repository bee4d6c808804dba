/**
 * Serves the built renderer (dist/renderer) through the app's own app-files module, so the e2e
 * tests exercise the path rules, content types and headers Electron's app:// handler uses.
 * index.html gets one extra classic script, the bridge, which runs before the app's deferred
 * module script and defines window.api.
 */
import { serveAppFile, type AppFileAnswer, type UnexpectedReadError } from '../../../electron/main/app-files';

export const bridgePath = '/__host/bridge.js';

/** `pathname` is a parsed URL's, still percent-encoded, as app:// hands it to Electron's handler. */
export async function serveStatic(root: string, method: string, pathname: string, onUnexpected?: UnexpectedReadError): Promise<AppFileAnswer> {
  const answer = await serveAppFile(root, { method, pathname }, onUnexpected);
  if (answer.status !== 200 || answer.served !== 'index.html') return answer;
  return { ...answer, body: injectBridge(answer.body.toString('utf8')) };
}

/**
 * Puts the bridge before the first module script. A classic external script runs as soon as it
 * is parsed; module scripts are deferred, so window.api exists before any app code runs.
 */
export function injectBridge(html: string): Buffer<ArrayBuffer> {
  const tag = `<script src="${bridgePath}"></script>\n    `;
  const moduleScript = /<script\b[^>]*\btype\s*=\s*["']?module\b[^>]*>/i.exec(html);
  if (!moduleScript) {
    throw new Error('dist/renderer/index.html has no <script type="module">: is it a Vite build of renderer/?');
  }
  return Buffer.from(html.slice(0, moduleScript.index) + tag + html.slice(moduleScript.index), 'utf8');
}
