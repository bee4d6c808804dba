/** Rewriting a workspace's audit log from outside the app, as someone holding the passphrase could. */
import path from 'node:path';
import { auditHash } from '../../../../../electron/services/workspace/audit';
import type { WorkspaceCipher } from '../../../../../electron/services/workspace/db';
import { keyFileName, readKeyFile, unlockWithPassphrase } from '../../../../../electron/services/workspace/keys';
import { auditTriggers } from '../../../../../electron/services/workspace/migrations/0001-initial';
import { rawConnection } from '../db/helpers';

export type RawDb = ReturnType<typeof rawConnection>;

interface Row {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
}

/** Drops the triggers, runs `change`, then (unless told not to) puts the triggers back exactly as they were. */
export async function tamper(dir: string, passphrase: string, change: (db: RawDb) => void, restoreTriggers = true): Promise<void> {
  const keyFile = await readKeyFile(path.join(dir, keyFileName));
  const key = await unlockWithPassphrase(keyFile, passphrase);
  const db = rawConnection(path.join(dir, 'workspace.db'), key, keyFile.cipher as WorkspaceCipher);
  try {
    db.exec(auditTriggers.map((trigger) => `DROP TRIGGER ${trigger.name};`).join('\n'));
    change(db);
    if (restoreTriggers) db.exec(auditTriggers.map((trigger) => `${trigger.sql};`).join('\n'));
  } finally {
    db.close();
    key.fill(0);
  }
}

/** Recomputes every row's hash, so the chain on its own verifies again. */
export function rechain(db: RawDb): void {
  const rows = db.prepare('SELECT seq, at, actor, action, entity_type, entity_id FROM audit_log ORDER BY seq').all() as Row[];
  let prevHash = '0'.repeat(64);
  const update = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = auditHash({ seq: row.seq, at: row.at, actor: row.actor, action: row.action, entityType: row.entity_type, entityId: row.entity_id, prevHash });
    update.run(prevHash, hash, row.seq);
    prevHash = hash;
  }
}

/** Edits one entry's actor and recomputes the chain: the rewrite the chain alone cannot see. */
export function editAndRechain(db: RawDb, seq = 2): void {
  db.prepare("UPDATE audit_log SET actor = 'Someone else' WHERE seq = ?").run(seq);
  rechain(db);
}
