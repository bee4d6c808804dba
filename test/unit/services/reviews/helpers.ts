/**
 * An unlocked workspace (real files, real encryption, cheap scrypt) and calls made the way the
 * renderer makes them: through dispatch, so the contract's schemas are checked too.
 */
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from '../../../../electron/services';
import { AppError, type ErrorInfo } from '../../../../shared/errors';
import type { Channel, ChannelInput, ChannelResult } from '../../../../shared/ipc/contract';
import { createRig, testPassphrase, type TestRig } from '../workspace/session/helpers';

/** Fictional people from test/fixtures/chronologies/EXPECTED.md. */
export const names = {
  child: 'Maisie Hartwell',
  sibling: 'Tyler Hartwell',
  mother: 'Kerry Hartwell',
  partner: 'Dean Farrow',
  grandmother: 'Janet Hartwell',
} as const;

export interface Workspace {
  rig: TestRig;
  dir: string;
}

/** A fresh unlocked workspace per test, cleaned up after it. */
export function useWorkspace(): Workspace {
  const workspace = {} as Workspace;
  beforeEach(async () => {
    workspace.rig = createRig();
    workspace.dir = (await workspace.rig.core.session.create(workspace.rig.dataDir, 'Child M', testPassphrase)).path;
  });
  afterEach(() => workspace.rig.cleanup());
  return workspace;
}

export async function call<C extends Channel>(rig: TestRig, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(rig.core.handlers, channel, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

/** The error a call ends with; fails the test if it succeeds. */
export async function failure(rig: TestRig, channel: Channel, input: unknown): Promise<ErrorInfo> {
  const result = await dispatch(rig.core.handlers, channel, input);
  if (result.ok) throw new Error(`${channel} succeeded but was expected to fail`);
  return result.error;
}

export async function addRapidReview(rig: TestRig, dates: { aware?: string; notified?: string } = { aware: '2019-12-23' }) {
  return call(rig, 'review:create', { type: 'rapid-review', title: 'Rapid review: Child M', subject: 'Child M', dates });
}

export interface AuditRow {
  seq: number;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
}

export function auditRows(rig: TestRig): AuditRow[] {
  return rig.core.session.require().db.prepare('SELECT seq, actor, action, entity_type, entity_id FROM audit_log ORDER BY seq').all() as AuditRow[];
}

/** The audit rows written after `seq`. */
export function auditSince(rig: TestRig, seq: number): AuditRow[] {
  return auditRows(rig).filter((row) => row.seq > seq);
}

export function lastAuditSeq(rig: TestRig): number {
  return auditRows(rig).at(-1)?.seq ?? 0;
}

/** Runs `work` with everything written to stderr collected, at the most talkative log level. */
export async function captureStderr(work: () => Promise<void>): Promise<string> {
  const logged: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  const level = process.env.PRW_LOG_LEVEL;
  process.env.PRW_LOG_LEVEL = 'debug';
  process.stderr.write = ((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  }) as typeof process.stderr.write;
  try {
    await work();
  } finally {
    process.stderr.write = write;
    if (level === undefined) delete process.env.PRW_LOG_LEVEL;
    else process.env.PRW_LOG_LEVEL = level;
  }
  return logged.join('');
}
