/** A core with real files, real encryption and cheap scrypt, plus ports a test can drive. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCore, type Core, type Ports, type PowerEvent } from '../../../../../electron/services';
import type { SessionOptions } from '../../../../../electron/services/workspace';
import type { EventName } from '../../../../../shared/ipc/contract';
import { defaultSettings, type Settings } from '../../../../../shared/workspace';

export const testPassphrase = 'violet otter lantern 42';
export const fastKdf = { N: 2 ** 12, r: 8, p: 1 };

export interface TestRig {
  dataDir: string;
  core: Core;
  ports: Ports;
  events: Array<{ event: EventName; payload: unknown }>;
  firePower(event: PowerEvent): void;
  /** Moves the clock on and runs every interval timer once, as time passing would. */
  advance(ms: number): void;
  prefsFile: string;
  cleanup(): void;
}

export function createRig(
  settings: Partial<Settings> = {},
  dataDir = mkdtempSync(path.join(tmpdir(), 'prw-session-')),
  sessionOptions: Omit<SessionOptions, 'kdfParams'> = {},
): TestRig {
  const prefsFile = path.join(dataDir, 'preferences.json');
  let now = new Date('2026-11-26T09:00:00Z').getTime();
  const intervals = new Set<() => void>();
  const powerListeners = new Set<(event: PowerEvent) => void>();
  const events: TestRig['events'] = [];
  const read = () => JSON.parse(readFileSyncOr(prefsFile, '{}')) as { settings?: Settings; recent?: string[] };
  const write = (patch: object) => writeFileSync(prefsFile, JSON.stringify({ ...read(), ...patch }));
  write({ settings: { ...defaultSettings, backupEveryMinutes: 0, ...settings }, recent: [] });

  const ports: Ports = {
    app: { name: 'Practice Review Workspace', version: '0.0.0-test', platform: process.platform },
    dialogs: {
      showOpen: () => Promise.resolve(null),
      showSave: () => Promise.resolve(null),
      confirm: () => Promise.resolve(false),
    },
    preferences: {
      settings: () => read().settings!,
      saveSettings: (next) => write({ settings: next }),
      recentPaths: () => read().recent ?? [],
      saveRecentPaths: (paths) => write({ recent: paths }),
    },
    power: {
      on: (listener) => {
        powerListeners.add(listener);
        return () => powerListeners.delete(listener);
      },
    },
    timers: {
      now: () => new Date(now),
      setInterval: (callback) => {
        intervals.add(callback);
        return { cancel: () => intervals.delete(callback) };
      },
    },
    emit: (event, payload) => {
      events.push({ event, payload });
    },
  };
  const core = createCore(ports, { kdfParams: fastKdf, ...sessionOptions });
  return {
    dataDir,
    core,
    ports,
    events,
    prefsFile,
    firePower: (event) => [...powerListeners].forEach((listener) => listener(event)),
    advance: (ms) => {
      now += ms;
      [...intervals].forEach((callback) => callback());
    },
    cleanup: () => {
      void core.shutdown().finally(() => rmSync(dataDir, { recursive: true, force: true }));
    },
  };
}

function readFileSyncOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

/** Every file under dir with the SHA-256 of its bytes: compare before and after to prove nothing changed. */
export function fingerprint(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const file of listFiles(dir)) result[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  return result;
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).isFile());
}
