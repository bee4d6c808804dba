/**
 * The core in its own thread, as Electron's main process and the e2e host run it: calls relayed
 * and validated inside, the host's ports served across, and what happens when the core dies.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreStoppedMessage, startCore, type CoreClient, type CoreHostPorts, type PowerEvent } from '../../../../electron/services';
import type { EventName, IpcResult } from '../../../../shared/ipc/contract';
import { defaultSettings, type Settings } from '../../../../shared/workspace';
import { fastKdf, testPassphrase } from '../workspace/session/helpers';
import { builtCoreWorker } from './built';

interface Host {
  ports: CoreHostPorts;
  events: Array<{ event: EventName; payload: unknown }>;
  saved: { settings: Settings | null; recent: string[] | null };
  firePower(event: PowerEvent): void;
}

function host(): Host {
  const events: Host['events'] = [];
  const saved: Host['saved'] = { settings: null, recent: null };
  const listeners = new Set<(event: PowerEvent) => void>();
  return {
    events,
    saved,
    firePower: (event) => listeners.forEach((listener) => listener(event)),
    ports: {
      dialogs: { showOpen: vi.fn(async () => ['/chosen/folder']), showSave: vi.fn(async () => null), confirm: vi.fn(async () => false) },
      preferences: {
        settings: () => saved.settings ?? { ...defaultSettings, backupEveryMinutes: 0 },
        saveSettings: (settings) => void (saved.settings = settings),
        recentPaths: () => saved.recent ?? [],
        saveRecentPaths: (paths) => void (saved.recent = paths),
      },
      power: {
        on: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
      emit: (event, payload) => void events.push({ event, payload }),
    },
  };
}

function valueOf<T>(result: IpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

let parentDir = '';
let core: CoreClient | undefined;

beforeEach(() => {
  parentDir = mkdtempSync(path.join(tmpdir(), 'prw-core-thread-'));
});

afterEach(async () => {
  await core?.shutdown();
  core = undefined;
  rmSync(parentDir, { recursive: true, force: true });
});

function start(h: Host): CoreClient {
  core = startCore(
    { workerFile: builtCoreWorker, app: { name: 'Practice Review Workspace', version: '0.0.0-test', platform: process.platform }, sessionOptions: { kdfParams: fastKdf } },
    h.ports,
  );
  return core;
}

async function createWorkspace(client: CoreClient): Promise<string> {
  return valueOf<{ path: string }>(await client.invoke('workspace:create', { parentDir, name: 'Fictional Review', passphrase: testPassphrase })).path;
}

describe('the core in its own thread', () => {
  it('validates calls inside the core and answers with results', async () => {
    const client = start(host());
    const info = valueOf<{ name: string; sqlite: { version: string } }>(await client.invoke('app:info', {}));
    expect(info.name).toBe('Practice Review Workspace');
    expect(info.sqlite.version).toMatch(/^3\./);
    expect(await client.invoke('app:info', { unexpected: true })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await client.invoke('no:such-channel', {})).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it("serves the core's dialogs and preferences from the host, and relays power events", async () => {
    const h = host();
    const client = start(h);
    expect(valueOf(await client.invoke('workspace:choose-folder', {}))).toEqual({ dir: '/chosen/folder' });
    expect(h.ports.dialogs.showOpen).toHaveBeenCalledOnce();

    const dir = await createWorkspace(client);
    await vi.waitFor(() => expect(h.saved.recent).toEqual([dir]));
    h.firePower('suspend');
    await vi.waitFor(() => expect(h.events).toContainEqual({ event: 'workspace:locked', payload: { reason: 'suspend' } }));
    expect(valueOf(await client.invoke('workspace:status', {}))).toEqual({ state: 'closed' });
  });

  it('when the core dies: the window is told, calls in flight get a clear answer, the lock goes, and saved work is there after unlocking', async () => {
    const h = host();
    const client = start(h);
    const dir = await createWorkspace(client);
    const review = valueOf<{ id: string }>(await client.invoke('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' }));
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(true);

    // A call in flight when the core goes: it is waiting for the user to pick a file.
    h.ports.dialogs.showOpen = vi.fn(() => new Promise<string[] | null>(() => undefined));
    const inFlight = client.invoke('workspace:choose-existing', {});
    await vi.waitFor(() => expect(h.ports.dialogs.showOpen).toHaveBeenCalled());
    await client.crash();
    expect(await inFlight).toEqual({ ok: false, error: { code: 'unavailable', message: coreStoppedMessage } });
    expect(h.events).toContainEqual({ event: 'workspace:locked', payload: { reason: 'stopped' } });
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(false);

    // A new core answers; the workspace unlocks (no "open in another window") with the review in it.
    expect(valueOf(await client.invoke('workspace:status', {}))).toEqual({ state: 'closed' });
    expect(valueOf(await client.invoke('workspace:unlock', { path: dir, method: 'passphrase', secret: testPassphrase }))).toMatchObject({ state: 'open' });
    const reviews = valueOf<Array<{ id: string; title: string }>>(await client.invoke('review:list', {}));
    expect(reviews.map((item) => item.id)).toEqual([review.id]);
  });

  it('shutting down locks the workspace cleanly and then refuses calls', async () => {
    const client = start(host());
    const dir = await createWorkspace(client);
    await client.shutdown();
    expect(existsSync(path.join(dir, 'workspace.lock'))).toBe(false);
    expect(await client.invoke('workspace:status', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
