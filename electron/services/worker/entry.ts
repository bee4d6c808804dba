/**
 * The core's thread: builds the ports from messages to and from the host (./protocol.ts), creates
 * the core and answers calls through dispatch(), which validates every input. Bundled on its own
 * (scripts/build.mjs → dist/main/core-worker.cjs) and started by ./client.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import { createCore } from '../core';
import { dispatch } from '../dispatch';
import { createLogger } from '../log';
import { systemTimers, type PowerEvent, type Ports } from '../ports';
import { encodeResult, type CoreWorkerData, type FromCore, type PortRequest, type ToCore } from './protocol';

const log = createLogger('core');

if (!parentPort) throw new Error('The core worker must be started by the app, not run directly.');
const host = parentPort;
const data = workerData as CoreWorkerData;
const post = (message: FromCore, transfer: ArrayBuffer[] = []) => host.postMessage(message, transfer);

let nextAsk = 1;
const asks = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function ask<T>(request: PortRequest): Promise<T> {
  const id = nextAsk++;
  return new Promise<T>((resolve, reject) => {
    asks.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ type: 'ask', id, request });
  });
}

/** A key that crossed from the host: copied into a buffer of its own, the received copy zeroed. */
function ownBuffer(received: Uint8Array): Buffer {
  const buffer = Buffer.alloc(received.length);
  buffer.set(received);
  received.fill(0);
  return buffer;
}

const powerListeners = new Set<(event: PowerEvent) => void>();
let settings = data.settings;
let recentPaths = data.recentPaths;
let keychainBackend = data.keychain?.backend;

const ports: Ports = {
  app: data.app,
  ...(data.sqliteNativeBinding ? { sqliteNativeBinding: data.sqliteNativeBinding } : {}),
  ...(data.dataDir ? { dataDir: data.dataDir } : {}),
  dialogs: {
    showOpen: (options) => ask({ port: 'dialogs.showOpen', options }),
    showSave: (options) => ask({ port: 'dialogs.showSave', options }),
    confirm: (options) => ask({ port: 'dialogs.confirm', options }),
  },
  preferences: {
    settings: () => settings,
    saveSettings: (next) => {
      settings = next;
      post({ type: 'preferences', settings: next });
    },
    recentPaths: () => recentPaths,
    saveRecentPaths: (next) => {
      recentPaths = next;
      post({ type: 'preferences', recentPaths: next });
    },
  },
  power: {
    on: (listener) => {
      powerListeners.add(listener);
      return () => powerListeners.delete(listener);
    },
  },
  timers: systemTimers,
  ...(data.keychain
    ? {
        keychain: {
          encrypt: async (plain: Buffer) => Buffer.from(await ask<Uint8Array>({ port: 'keychain.encrypt', data: plain })),
          decrypt: async (cipher: Buffer) => ownBuffer(await ask<Uint8Array>({ port: 'keychain.decrypt', data: cipher })),
          isAvailable: async () => {
            const status = await ask<{ available: boolean; backend: string | undefined }>({ port: 'keychain.status' });
            keychainBackend = status.backend;
            return status.available;
          },
          get backend() {
            return keychainBackend;
          },
        },
      }
    : {}),
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
    post({ type: 'emit', event, payload });
    // Locking by itself (idle time, suspend) releases the lock; progress events, the frequent
    // ones, never change what is held.
    if (event === 'workspace:locked') noteHolding();
  },
};

const core = createCore(ports, data.sessionOptions);
let holding: string | null = null;

/** Tells the host which workspace's lock this thread holds, whenever that changes. */
function noteHolding(): void {
  const status = core.session.status();
  const now = status.state === 'open' ? status.path : null;
  if (now === holding) return;
  holding = now;
  post({ type: 'holding', dir: now });
}

host.on('message', (message: ToCore) => {
  switch (message.type) {
    case 'call':
      void dispatch(core.handlers, message.channel, message.input).then((result) => {
        noteHolding();
        const json = encodeResult(result);
        post({ type: 'result', id: message.id, json }, [json.buffer as ArrayBuffer]);
      });
      return;
    case 'answer': {
      const waiting = asks.get(message.id);
      asks.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error('The app could not complete a step the workspace needed.'));
      return;
    }
    case 'power':
      for (const listener of [...powerListeners]) {
        try {
          listener(message.event);
        } catch (error) {
          log.error('a power event listener failed', { type: error instanceof Error ? error.name : typeof error });
        }
      }
      return;
    case 'shutdown':
      void core
        .shutdown()
        .catch((error: unknown) => log.error('could not lock the workspace on shutdown', { type: error instanceof Error ? error.name : typeof error }))
        .finally(() => {
          noteHolding();
          post({ type: 'stopped' });
        });
      return;
  }
});

post({ type: 'ready' });
