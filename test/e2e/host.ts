/**
 * The e2e test host: serves the built renderer and the real application core from one loopback
 * origin, so the renderer runs in Chromium under the production CSP (`connect-src 'self'`)
 * against the same core, in its own worker thread, that Electron's main process starts
 * (startCore: the built dist/main/core-worker.cjs, calls validated by dispatch() inside it).
 *
 *   GET  /, /assets/…          dist/renderer (index.html gets the bridge script)
 *   GET  /__host/bridge.js     window.api for the page (test/e2e/host/bridge.ts)
 *   POST /__host/ipc           {channel, input} → IpcResult; header x-prw-token
 *   GET  /__host/events        server-sent events: the core's ports.emit() and the test's host.emit(); ?token=
 *
 * Static files are public build output and carry no token; the two endpoints that reach the
 * core need it. Every request must name this server in Host (DNS rebinding) and, when the
 * browser sends them, come from this origin (Origin, Sec-Fetch-Site).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { transform } from 'esbuild';
import { z } from 'zod';
import { createLogger, startCore } from '../../electron/services';
import type { ErrorInfo } from '../../shared/errors';
import { contentSecurityPolicy } from '../../shared/csp';
import {
  channelNames,
  eventNames,
  events,
  type Channel,
  type ChannelInput,
  type ChannelResult,
  type EventName,
  type EventPayload,
} from '../../shared/ipc/contract';
import type { DialogsPort } from './dialogs';
import type { TestKeychain } from './host/keychain';
import { createTestPorts, repoRoot } from './host/ports';
import type { ScriptedPower } from './host/power';
import { bridgePath, serveStatic } from './host/static';

const log = createLogger('e2e-host');

export interface HostOptions {
  dataDir: string;
  dialogs: DialogsPort;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The built renderer; dist/renderer by default. */
  rendererDir?: string;
}

export interface TestHost {
  /** The page to open, token included: http://127.0.0.1:PORT/?token=… */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Pushes an event as main would. Waits (up to 5 s) until a page is listening. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>;
  /** The OS's power events, fired by the test: `host.power.fire('suspend')`. */
  readonly power: ScriptedPower;
  /** The test keychain the core was given (see host/keychain.ts). */
  readonly keychain: TestKeychain;
  /** The preferences JSON file (settings and recent paths) in the data directory. */
  readonly preferencesFile: string;
  /**
   * Calls the core directly, as the page would but without it: for setting up a test (create a
   * workspace) without clicking through screens that another test covers. Throws on failure.
   */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  /** Ends the core's thread at once, as a crash or running out of memory would; a new core starts. */
  killCore(): Promise<void>;
  /** Locks any open workspace (releasing its files) and stops serving. */
  close(): Promise<void>;
}

const maxBodyBytes = 1024 * 1024;
const emitWaitMs = 5_000;

export async function startHost(options: HostOptions): Promise<TestHost> {
  const rendererDir = options.rendererDir ?? path.join(repoRoot, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}. Run "node scripts/build.mjs renderer" first (npm run test:e2e does).`);
  }
  const streams = new Set<ServerResponse>();
  const push = (event: EventName, payload: unknown) => {
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) throw new Error(`emit("${event}"): the payload does not match the contract:\n${z.prettifyError(parsed.error)}`);
    const message = JSON.stringify({ event, payload: parsed.data });
    for (const stream of streams) stream.write(`data: ${message}\n\n`);
  };
  // The core's events go to whichever pages are connected now, as webContents.send does: an
  // event with no page listening is dropped, not queued.
  const testPorts = createTestPorts({ dataDir: options.dataDir, dialogs: options.dialogs, emit: (event, payload) => push(event, payload) });
  const workerFile = path.join(repoRoot, 'dist', 'main', 'core-worker.cjs');
  if (!existsSync(workerFile)) {
    throw new Error(`No built core in ${workerFile}. Run "node scripts/build.mjs core" first (npm run test:e2e does).`);
  }
  const { ports } = testPorts;
  const core = startCore(
    { workerFile, app: ports.app, sqliteNativeBinding: ports.sqliteNativeBinding, dataDir: ports.dataDir },
    { dialogs: ports.dialogs, preferences: ports.preferences, power: ports.power, keychain: ports.keychain, emit: ports.emit },
  );
  const bridge = await compileBridge();
  const token = randomBytes(32).toString('base64url');
  const waiters = new Set<() => void>();
  let origin = '';

  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(baseHeaders)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      log.error('request failed', { type: error instanceof Error ? error.name : typeof error });
      if (!response.headersSent) sendText(response, 500, error instanceof Error ? error.message : 'The test host failed.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const refusal = checkSameOrigin(request, origin, url.pathname.startsWith('/__host/'));
    if (refusal) return refuse(response, url.pathname, refusal);

    if (url.pathname === '/__host/ipc') {
      if (request.method !== 'POST') return sendText(response, 405, 'Use POST.', { allow: 'POST' });
      if (!tokenMatches(request.headers['x-prw-token'], token)) return refuse(response, url.pathname, 'missing or wrong token');
      if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendResult(response, 415, { code: 'validation', message: 'The test host accepts only JSON calls.' });
      }
      const body = await readBody(request, maxBodyBytes);
      if (body === null) return sendResult(response, 413, { code: 'validation', message: 'The call was too large.' });
      let call: unknown;
      try {
        call = JSON.parse(body);
      } catch {
        return sendResult(response, 400, { code: 'validation', message: 'The call was not valid JSON.' });
      }
      if (typeof call !== 'object' || call === null || !('channel' in call)) {
        return sendResult(response, 400, { code: 'validation', message: 'The call needs a channel.' });
      }
      // The core's JSON bytes as they are: the host never rebuilds a large result (as main does not).
      return sendBytes(response, 200, await core.invokeEncoded(call.channel, 'input' in call ? call.input : undefined));
    }

    if (url.pathname === '/__host/events') {
      if (request.method !== 'GET') return sendText(response, 405, 'Use GET.', { allow: 'GET' });
      if (!tokenMatches(url.searchParams.get('token') ?? undefined, token)) return refuse(response, url.pathname, 'missing or wrong token');
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      for (const wake of waiters) wake();
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Use GET.', { allow: 'GET, HEAD' });
    if (url.pathname === bridgePath) return sendBody(request, response, 200, 'text/javascript; charset=utf-8', bridge);
    if (url.pathname.startsWith('/__host/')) return sendText(response, 404, 'Not found.');
    const file = await serveStatic(rendererDir, request.method, url.pathname, (code) => log.warn('could not read an app file', { code }));
    // Chromium asks for /favicon.ico unprompted (Electron does not); without one in the build,
    // "nothing" rather than a 404 that every test would see as a console error.
    if (file.status === 404 && url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    // The app's own headers (content type, CSP, nosniff) as app:// sends them, over baseHeaders.
    response.writeHead(file.status, { ...file.headers, 'content-length': file.body.length });
    return void response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    power: testPorts.power,
    keychain: testPorts.keychain,
    preferencesFile: testPorts.preferencesFile,
    async emit(event, payload) {
      if (streams.size === 0) await waitForStream(event);
      push(event, payload);
    },
    async call(channel, input) {
      const result = await core.invoke(channel, input);
      if (!result.ok) throw new Error(`host.call("${channel}") failed: ${result.error.code}: ${result.error.message}`);
      return result.value as ChannelResult<typeof channel>;
    },
    killCore: () => core.crash(),
    close() {
      closing ??= (async () => {
        for (const stream of streams) stream.end();
        streams.clear();
        // Close the database and release the workspace's lock file before the data directory goes.
        await core.shutdown();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      })();
      return closing;
    },
  };

  function waitForStream(event: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`host.emit("${event}"): no page subscribed to events within ${emitWaitMs / 1000} s (the bridge opens its stream at the first window.api.on).`));
      }, emitWaitMs);
      waiters.add(wake);
    });
  }
}

const baseHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
};

/** Why a request is refused, or null: it must name this server and, if it says, come from it. */
function checkSameOrigin(request: IncomingMessage, origin: string, toEndpoint: boolean): string | null {
  if (`http://${request.headers.host ?? ''}` !== origin) return `Host header "${request.headers.host ?? ''}" is not this server`;
  const from = request.headers.origin;
  if (from !== undefined && from !== origin) return `Origin "${from}" is not this server`;
  const site = request.headers['sec-fetch-site'];
  if (toEndpoint && site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site is "${String(site)}"`;
  return null;
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(response: ServerResponse, pathname: string, reason: string): void {
  log.debug('refused', { path: pathname.startsWith('/__host/') ? pathname : 'static', reason });
  if (pathname === '/__host/ipc') return sendResult(response, 403, { code: 'forbidden', message: `The test host refused the call: ${reason}.` });
  sendText(response, 403, `Refused: ${reason}.`);
}

/** Returns the body, or null once it passes `limit` bytes (the rest is not read). */
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendResult(response: ServerResponse, status: number, error: ErrorInfo): void {
  sendJson(response, status, { ok: false, error });
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
  response.end(body);
}

function sendBytes(response: ServerResponse, status: number, body: Uint8Array): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.byteLength });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text + '\n', 'utf8');
  response.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'content-length': body.length });
  response.end(body);
}

function sendBody(request: IncomingMessage, response: ServerResponse, status: number, contentType: string, body: Buffer): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': body.length });
  response.end(request.method === 'HEAD' ? undefined : body);
}

let bridgeCode: Promise<Buffer> | null = null;

/** The bridge in plain JS, compiled once per process; channel and event names come from the contract. */
function compileBridge(): Promise<Buffer> {
  bridgeCode ??= transform(readFileSync(path.join(__dirname, 'host', 'bridge.ts'), 'utf8'), {
    loader: 'ts',
    format: 'iife',
    target: 'es2022',
    sourcefile: 'bridge.ts',
    define: { __HOST_CHANNELS__: JSON.stringify(channelNames), __HOST_EVENTS__: JSON.stringify(eventNames) },
  }).then((result) => Buffer.from(result.code, 'utf8'));
  return bridgeCode;
}

