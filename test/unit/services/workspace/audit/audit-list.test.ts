/**
 * audit:list (issue #15): the audit log read back newest first, in words, filtered by day, person
 * and kind of action, a page at a time — and words for every action the app records.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActor, auditWhat, formatAuditTime, hasAuditWords, hasTargetWords, settingsSchema } from '../../../../../shared/workspace';
import type { Db } from '../../../../../electron/services/sqlite';
import { appendAudit, listAudit, type AuditEntry } from '../../../../../electron/services/workspace/audit';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate } from '../../../../../electron/services/workspace/migrations';
import { context, newKey, tempDir } from '../db/helpers';

const root = path.resolve(__dirname, '../../../../..');

function workspace(): Db {
  const db = openWorkspaceDb(path.join(tempDir(), 'workspace.db'), newKey(), { create: true });
  migrate(db, context());
  return db;
}

function record(db: Db, at: string, entry: Omit<AuditEntry, 'actor'> & { actor?: string }) {
  appendAudit(db, { actor: 'Sam Reviewer (Independent reviewer)', ...entry }, () => new Date(at));
}

/** Noon UTC, so the local day is the same in any time zone within eleven hours of UTC. */
function seeded(): Db {
  const db = workspace();
  record(db, '2026-12-05T12:00:00.000Z', { action: 'workspace.created', entityType: 'workspace', entityId: 'ws-1' });
  record(db, '2026-12-06T12:00:00.000Z', { action: 'review.created', entityType: 'review', entityId: '3f2a9c1b-1111-4222-8333-444455556666' });
  record(db, '2026-12-06T12:05:00.000Z', { actor: 'Jo Chair (Independent chair)', action: 'terms.signed-off', entityType: 'review', entityId: '3f2a9c1b-1111-4222-8333-444455556666' });
  record(db, '2026-12-07T12:00:00.000Z', { action: 'passphrase.changed', entityType: 'workspace', entityId: 'ws-1' });
  record(db, '2026-12-07T12:10:00.000Z', { action: 'backup.created', entityType: 'backup', entityId: 'workspace-2026-12-07T12-10-00Z.db' });
  record(db, '2026-12-08T12:00:00.000Z', { actor: 'Jo Chair (Independent chair)', action: 'workspace.unlocked', entityType: 'workspace', entityId: 'ws-1' });
  return db;
}

describe('listAudit', () => {
  it('lists every entry newest first, in words, with who and what it was about', () => {
    const page = listAudit(seeded());
    expect(page.total).toBe(6);
    expect(page.rows.map((row) => row.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(page.rows.map((row) => row.what)).toEqual([
      'Unlocked the workspace',
      'Took a backup',
      'Changed the passphrase',
      'Signed off the terms of reference',
      'Added a review',
      'Created the workspace',
    ]);
    expect(page.rows[3]).toMatchObject({ who: 'Jo Chair (Independent chair)', target: 'Review 3f2a9c1b', at: '2026-12-06T12:05:00.000Z' });
    expect(page.rows[0]!.target).toBe('Workspace');
    expect(page.rows[1]!.target).toBe(`Backup, taken ${formatAuditTime('2026-12-07T12:10:00Z')}`);
    expect(page.actors).toEqual(['Jo Chair (Independent chair)', 'Sam Reviewer (Independent reviewer)']);
  });

  it('filters by day (from and to, both inclusive), by person and by kind of action, and counts what matches', () => {
    const db = seeded();
    expect(listAudit(db, { since: '2026-12-06', until: '2026-12-07' }).rows.map((row) => row.seq)).toEqual([5, 4, 3, 2]);
    expect(listAudit(db, { since: '2026-12-08' }).rows.map((row) => row.what)).toEqual(['Unlocked the workspace']);
    expect(listAudit(db, { until: '2026-12-05' }).rows.map((row) => row.what)).toEqual(['Created the workspace']);
    expect(listAudit(db, { actor: 'Jo Chair (Independent chair)' }).rows.map((row) => row.seq)).toEqual([6, 3]);
    expect(listAudit(db, { kinds: ['security', 'backups'] }).rows.map((row) => row.what)).toEqual(['Took a backup', 'Changed the passphrase']);
    expect(listAudit(db, { kinds: ['terms'], actor: 'Sam Reviewer (Independent reviewer)' })).toMatchObject({ rows: [], total: 0 });
    expect(listAudit(db, { kinds: [] }).total).toBe(0);
    const filtered = listAudit(db, { since: '2026-12-06', kinds: ['reviews', 'terms', 'workspace'], limit: 1 });
    expect(filtered.total).toBe(3);
    expect(filtered.rows.map((row) => row.seq)).toEqual([6]);
  });

  it('pages through thousands of entries without repeating or skipping one', () => {
    const db = workspace();
    const insert = db.transaction(() => {
      for (let i = 0; i < 2500; i++) record(db, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), { action: 'document.edited', entityType: 'document', entityId: `doc-${i}` });
    });
    insert();
    const seen: number[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = listAudit(db, { limit: 500, offset });
      expect(page.total).toBe(2500);
      if (page.rows.length === 0) break;
      seen.push(...page.rows.map((row) => row.seq));
    }
    expect(seen).toHaveLength(2500);
    expect(seen[0]).toBe(2500);
    expect(seen.at(-1)).toBe(1);
    expect(new Set(seen).size).toBe(2500);
  });

  it('says what an export held, from the record of exports', () => {
    const db = workspace();
    db.pragma('foreign_keys = OFF');
    db.prepare(
      `INSERT INTO exports (id, sha256, kind, format, review_id, anonymised, filtered, file_name, exported_by, exported_at)
       VALUES ('exp-1', ?, 'chronology', 'pdf', 'r-1', 1, 0, 'chronology.pdf', 'Sam', '2026-12-07T12:00:00.000Z')`,
    ).run('a'.repeat(64));
    record(db, '2026-12-07T12:00:00.000Z', { action: 'export.anonymised', entityType: 'export', entityId: 'exp-1' });
    record(db, '2026-12-07T12:01:00.000Z', { action: 'export.named', entityType: 'export', entityId: 'exp-unknown' });
    expect(listAudit(db).rows.map((row) => [row.what, row.target])).toEqual([
      ['Exported a file (named)', 'Export exp-unknown'],
      ['Exported the chronology (anonymised)', 'Export exp-1'],
    ]);
  });

  it('an entry written at the next unlock says so, and an action this version does not know is read plainly, never as its id', () => {
    expect(auditWhat('passphrase.changed-found-at-unlock')).toBe('Changed the passphrase (recorded when the workspace was next unlocked)');
    expect(auditWhat('report.section-added')).toBe('Report: section added');
    expect(auditWhat('report.section-added')).not.toContain('.');
  });
});

describe('auditActor', () => {
  it('records the name, with the role in brackets when there is one', () => {
    expect(auditActor({ displayName: 'Jo Chair', role: 'Independent chair' })).toBe('Jo Chair (Independent chair)');
    expect(auditActor({ displayName: 'Jo Chair', role: '  ' })).toBe('Jo Chair');
    expect(auditActor({ displayName: 'Jo Chair' })).toBe('Jo Chair');
  });

  it('the longest name and role the settings accept still fit in an audit entry', () => {
    const longest = settingsSchema.parse({ displayName: 'N'.repeat(120), role: 'R'.repeat(60), autoLockMinutes: 10, backupEveryMinutes: 30, backupsToKeep: 10 });
    expect(() => settingsSchema.parse({ ...longest, role: 'R'.repeat(61) })).toThrow();
    const db = workspace();
    record(db, '2026-12-07T12:00:00.000Z', { actor: auditActor(longest), action: 'workspace.unlocked', entityType: 'workspace' });
    expect(listAudit(db).rows[0]!.who).toBe(`${'N'.repeat(120)} (${'R'.repeat(60)})`);
  });
});

/** Every .ts file under electron/: the app's core, its CLI and its shell. */
function sources(dir = path.join(root, 'electron')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Actions built from a template: the values each can take. A new template fails the test until it is listed here with words for each. */
const templates: Record<string, string[]> = {
  'chronology.duplicate-${input.decision}': ['chronology.duplicate-same', 'chronology.duplicate-dismissed'],
  'agency-request.${input.status}': ['agency-request.received', 'agency-request.nil-return', 'agency-request.withdrawn'],
  '${action}-found-at-unlock': ['passphrase.changed-found-at-unlock', 'recovery-code.replaced-found-at-unlock'],
};

function recorded(): { actions: Set<string>; entityTypes: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const entityTypes = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sources()) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/audit(On)?\(|action\b|entityType:/i.test(line)) continue;
      for (const [, quote, text] of line.matchAll(/(['`])([a-z$][a-z0-9${}.-]*\.[a-z$][a-z0-9${}.-]*)\1/g)) {
        // File names, and the action's type (`${string}.${string}`), are not actions.
        if (/\.(ts|js|cjs|json|db|pdf|csv|xlsx|tsv|review)$/.test(text!) || text!.includes('${string}')) continue;
        if (quote === '`' && text!.includes('${')) {
          if (templates[text!]) templates[text!]!.forEach((action) => actions.add(action));
          else unknownTemplates.push(`${path.relative(root, file)}: ${text}`);
        } else actions.add(text!);
      }
      if (/audit(On)?\(/i.test(line)) for (const [, type] of line.matchAll(/,\s*'([a-z][a-z0-9-]*)'\s*,/g)) entityTypes.add(type!);
      for (const [, type] of line.matchAll(/entityType: '([a-z][a-z0-9-]*)'/g)) entityTypes.add(type!);
    }
  }
  return { actions, entityTypes, unknownTemplates };
}

describe('words for every recorded action', () => {
  const found = recorded();

  it('finds the actions the code records (the collector itself works)', () => {
    for (const known of ['workspace.created', 'workspace.unlocked', 'workspace.locked', 'backup.created', 'chronology.imported', 'export.anonymised', 'terms.signed-off', 'chronology.duplicate-same']) {
      expect(found.actions).toContain(known);
    }
    expect(found.actions.size).toBeGreaterThan(40);
    expect(found.entityTypes).toContain('chronology-submission');
  });

  it('every action recorded anywhere in electron/ has words of its own', () => {
    expect(found.unknownTemplates, 'an action built from a template: list its values in `templates`').toEqual([]);
    expect([...found.actions].filter((action) => !hasAuditWords(action)).sort(), 'add words to shared/workspace/audit-words.ts').toEqual([]);
  });

  it('every kind of thing an entry can be about has a name', () => {
    expect([...found.entityTypes].filter((type) => !hasTargetWords(type)).sort(), 'add it to entityWords in shared/workspace/audit-words.ts').toEqual([]);
  });
});
