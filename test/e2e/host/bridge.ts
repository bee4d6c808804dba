/**
 * Runs in the page, before the app: gives it the window.api the preload gives it in Electron,
 * backed by the test host over same-origin HTTP (so the production CSP holds unchanged).
 * Compiled by the host at start-up with esbuild; the channel and event names are injected.
 */
import type { Api, Channel, ChannelResult, EventName, EventPayload, IpcResult } from '../../../shared/ipc/contract';

declare const __HOST_CHANNELS__: readonly string[];
declare const __HOST_EVENTS__: readonly string[];

const tokenKey = 'prw-test-host-token';

/** The token arrives once in the URL (?token=…); sessionStorage keeps it across reloads. */
function readToken(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(tokenKey);
}

const token = readToken();
if (!token) console.error('Test host: no token. Open the exact URL the host printed (it ends in ?token=…).');

// The same answers the preload (electron/preload/preload.ts) gives, so the renderer sees no difference.
const unknownChannel: IpcResult<never> = {
  ok: false,
  error: { code: 'validation', message: 'The app asked for something it does not know how to do.' },
};
const unreachable: IpcResult<never> = {
  ok: false,
  error: { code: 'unavailable', message: 'The app could not complete the request. Try again; if it keeps happening, restart the app.' },
};

async function invoke(channel: string, input: unknown): Promise<IpcResult<unknown>> {
  if (!__HOST_CHANNELS__.includes(channel)) return unknownChannel;
  if (!token) return unreachable;
  try {
    const response = await fetch('/__host/ipc', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-prw-token': token },
      body: JSON.stringify({ channel, input }),
    });
    // Every answer from /__host/ipc, refusals included, is an IpcResult in JSON.
    if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
      console.error(`Test host answered ${response.status} without a result.`);
      return unreachable;
    }
    return (await response.json()) as IpcResult<unknown>;
  } catch (error) {
    console.error('Test host unreachable:', error);
    return unreachable;
  }
}

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
let stream: EventSource | null = null;

/** One stream per page, opened at the first subscription so no early event is pushed to nobody. */
function openStream(): void {
  if (stream || !token) return;
  stream = new EventSource(`/__host/events?token=${encodeURIComponent(token)}`);
  stream.addEventListener('message', (message: MessageEvent<string>) => {
    const { event, payload } = JSON.parse(message.data) as { event: string; payload: unknown };
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload);
  });
}

function on(event: string, listener: Listener): () => void {
  if (!__HOST_EVENTS__.includes(event)) throw new Error(`Unknown app event: ${event}`);
  let set = listeners.get(event);
  if (!set) listeners.set(event, (set = new Set()));
  // A wrapper per subscription, so subscribing the same function twice needs two unsubscribes.
  const wrapped: Listener = (payload) => listener(payload);
  set.add(wrapped);
  openStream();
  return () => {
    set.delete(wrapped);
  };
}

const api: Api = Object.freeze({
  invoke: <C extends Channel>(channel: C, input: unknown) => invoke(channel, input) as Promise<IpcResult<ChannelResult<C>>>,
  on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => on(event, listener as Listener),
});

// As contextBridge.exposeInMainWorld does: a property the page cannot replace.
Object.defineProperty(window, 'api', { value: api, enumerable: true, writable: false, configurable: false });
