/**
 * The host's side of the core's thread: starts the core in a worker thread, relays calls to it
 * and answers what it asks of the host's ports (dialogs, keychain, preferences). Electron's main
 * process and the e2e test host both use this, so e2e tests exercise the app's own topology.
 *
 * Why a worker thread (docs/core-thread.md): the core's long work no longer blocks the thread
 * that moves windows and answers menus, better-sqlite3 runs in worker threads, the same code runs
 * under plain Node for tests, and a heap limit turns an out-of-memory into the worker's death
 * alone. If the core dies, pending calls are answered with a clear message, the workspace lock it
 * held is released, the window is told (`workspace:locked`, reason 'stopped') and a new core starts.
 */
import { unlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IpcResult } from '../../../shared/ipc/contract';
import { createLogger } from '../log';
import type { AppIdentity, DialogsPort, PowerPort, PreferencesPort, Ports } from '../ports';
import { lockFileName, readLock, type KeychainPort, type SessionOptions } from '../workspace';
import { decodeResult, encodeResult, type CoreWorkerData, type FromCore, type PortRequest, type ToCore } from './protocol';

const log = createLogger('core-client');

/** What only the host can do. */
export interface CoreHostPorts {
  dialogs: DialogsPort;
  preferences: PreferencesPort;
  power: PowerPort;
  keychain?: KeychainPort | undefined;
  emit: Ports['emit'];
}

export interface CoreStartOptions {
  /** The bundled core (dist/main/core-worker.cjs). */
  workerFile: string;
  app: AppIdentity;
  sqliteNativeBinding?: string | undefined;
  dataDir?: string | undefined;
  sessionOptions?: SessionOptions | undefined;
  /** The core's JavaScript heap limit: past it the core alone stops, not the app. */
  maxHeapMb?: number;
}

export interface CoreClient {
  /** A renderer call, answered with an IpcResult whatever happens to the core. */
  invoke(channel: unknown, input: unknown): Promise<IpcResult<unknown>>;
  /** The same, as the IpcResult's JSON bytes: for passing on to the window without parsing (./protocol.ts). */
  invokeEncoded(channel: unknown, input: unknown): Promise<Uint8Array>;
  /** Locks the workspace (closing the database cleanly) and ends the core's thread. */
  shutdown(): Promise<void>;
  /** Ends the core's thread at once, as a crash would, without locking: for tests. */
  crash(): Promise<void>;
  /** Resolves once the current core answers calls. */
  ready(): Promise<void>;
}

export const coreStoppedMessage =
  'The workspace closed unexpectedly, so this was not finished. Everything you had saved is safe. Unlock the workspace to carry on.';
const closingMessage = 'The app is closing, so this was not done.';
const givenUpMessage = 'The part of the app that opens workspaces keeps stopping. Restart the app; if it keeps happening, contact your IT support.';

/** More unexpected stops than this within the window, and no new core is started. */
const maxRestarts = 5;
const restartWindowMs = 60_000;
const defaultHeapMb = 4096;

interface Running {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, (json: Uint8Array) => void>;
  holding: string | null;
  stopping: boolean;
  stopped: Promise<void>;
}

export function startCore(options: CoreStartOptions, host: CoreHostPorts): CoreClient {
  let nextCall = 1;
  let current: Running | null = null;
  let givenUp = false;
  let closing = false;
  const restarts: number[] = [];

  const spawn = (): Running => {
    const workerData: CoreWorkerData = {
      app: options.app,
      sqliteNativeBinding: options.sqliteNativeBinding,
      dataDir: options.dataDir,
      keychain: host.keychain ? { backend: host.keychain.backend } : null,
      settings: host.preferences.settings(),
      recentPaths: host.preferences.recentPaths(),
      sessionOptions: options.sessionOptions,
    };
    const worker = new Worker(options.workerFile, {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? defaultHeapMb },
    });
    let markReady!: () => void;
    let markStopped!: () => void;
    const running: Running = {
      worker,
      ready: new Promise<void>((resolve) => (markReady = resolve)),
      pending: new Map(),
      holding: null,
      stopping: false,
      stopped: new Promise<void>((resolve) => (markStopped = resolve)),
    };
    worker.on('message', (message: FromCore) => {
      switch (message.type) {
        case 'ready':
          return markReady();
        case 'result': {
          const resolve = running.pending.get(message.id);
          running.pending.delete(message.id);
          return resolve?.(message.json);
        }
        case 'emit':
          return host.emit(message.event as Parameters<Ports['emit']>[0], message.payload as never);
        case 'ask':
          return void answer(worker, message.id, message.request);
        case 'preferences':
          if (message.settings) host.preferences.saveSettings(message.settings);
          if (message.recentPaths) host.preferences.saveRecentPaths(message.recentPaths);
          return;
        case 'holding':
          running.holding = message.dir;
          return;
        case 'stopped':
          return;
      }
    });
    worker.on('error', (error) => {
      // An uncaught error or ERR_WORKER_OUT_OF_MEMORY: 'exit' follows.
      log.error('the core stopped with an error', { type: error.name, code: (error as NodeJS.ErrnoException).code ?? '' });
    });
    worker.on('exit', (code) => {
      markStopped();
      markReady();
      if (current !== running) return;
      current = null;
      if (running.stopping) return;
      log.error('the core stopped unexpectedly', { code });
      onUnexpectedStop(running);
    });
    return running;
  };

  const answer = async (worker: Worker, id: number, request: PortRequest): Promise<void> => {
    let reply: ToCore;
    try {
      reply = { type: 'answer', id, ok: true, value: await serve(host, request) };
    } catch (error) {
      log.warn('could not answer the core', { port: request.port, type: error instanceof Error ? error.name : typeof error });
      reply = { type: 'answer', id, ok: false };
    }
    try {
      worker.postMessage(reply);
    } finally {
      // A key crossed as a copy: the host's copy goes now.
      if (reply.ok && reply.value instanceof Uint8Array) reply.value.fill(0);
    }
  };

  const onUnexpectedStop = (running: Running) => {
    for (const resolve of running.pending.values()) resolve(encodeResult({ ok: false, error: { code: 'unavailable', message: coreStoppedMessage } }));
    running.pending.clear();
    if (running.holding) releaseOwnLock(running.holding);
    const now = Date.now();
    restarts.push(now);
    while (restarts.length > 0 && now - restarts[0]! > restartWindowMs) restarts.shift();
    if (restarts.length > maxRestarts) {
      givenUp = true;
      log.error('the core keeps stopping: not starting it again');
    } else {
      current = spawn();
    }
    host.emit('workspace:locked', { reason: 'stopped' });
  };

  const invokeEncoded = async (channel: unknown, input: unknown): Promise<Uint8Array> => {
    if (closing) return encodeResult({ ok: false, error: { code: 'unavailable', message: closingMessage } });
    if (givenUp || !current) return encodeResult({ ok: false, error: { code: 'unavailable', message: givenUpMessage } });
    const running = current;
    await running.ready;
    if (current !== running) return encodeResult({ ok: false, error: { code: 'unavailable', message: coreStoppedMessage } });
    const id = nextCall++;
    return new Promise<Uint8Array>((resolve) => {
      running.pending.set(id, resolve);
      running.worker.postMessage({ type: 'call', id, channel, input } satisfies ToCore);
    });
  };

  const unsubscribePower = host.power.on((event) => current?.worker.postMessage({ type: 'power', event } satisfies ToCore));
  current = spawn();

  return {
    invoke: async (channel, input) => decodeResult(await invokeEncoded(channel, input)),
    invokeEncoded,
    async shutdown() {
      closing = true;
      unsubscribePower();
      const running = current;
      if (!running) return;
      running.stopping = true;
      await running.ready;
      const stoppedCleanly = new Promise<void>((resolve) => {
        running.worker.on('message', (message: FromCore) => message.type === 'stopped' && resolve());
      });
      running.worker.postMessage({ type: 'shutdown' } satisfies ToCore);
      await Promise.race([stoppedCleanly, running.stopped]);
      await running.worker.terminate();
    },
    async crash() {
      const running = current;
      if (!running) return;
      await running.ready;
      await running.worker.terminate();
      await running.stopped;
    },
    async ready() {
      await current?.ready;
    },
  };
}

async function serve(host: CoreHostPorts, request: PortRequest): Promise<unknown> {
  switch (request.port) {
    case 'dialogs.showOpen':
      return host.dialogs.showOpen(request.options);
    case 'dialogs.showSave':
      return host.dialogs.showSave(request.options);
    case 'dialogs.confirm':
      return host.dialogs.confirm(request.options);
    case 'keychain.encrypt':
      return requireKeychain(host).encrypt(ownCopy(request.data));
    case 'keychain.decrypt':
      return requireKeychain(host).decrypt(ownCopy(request.data));
    case 'keychain.status': {
      const keychain = requireKeychain(host);
      return { available: await keychain.isAvailable(), backend: keychain.backend };
    }
  }
}

function requireKeychain(host: CoreHostPorts): KeychainPort {
  if (!host.keychain) throw new Error('no keychain');
  return host.keychain;
}

/** What crossed from the core as a Buffer of our own, the received copy zeroed after use by the caller. */
function ownCopy(data: Uint8Array): Buffer {
  const buffer = Buffer.alloc(data.length);
  buffer.set(data);
  data.fill(0);
  return buffer;
}

/**
 * The dead core's lock names this process, which is still alive, so it would read as "open in
 * another window": remove it, but only if it is this process's (never another app's).
 */
function releaseOwnLock(dir: string): void {
  try {
    const lock = readLock(dir);
    if (lock === null || lock === 'unreadable') return;
    if (lock.pid !== process.pid || lock.host !== os.hostname()) return;
    unlinkSync(path.join(dir, lockFileName));
  } catch (error) {
    log.warn('could not release the lock of the stopped core', { code: (error as NodeJS.ErrnoException).code ?? '' });
  }
}
