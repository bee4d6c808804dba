/**
 * Child process for crash-safety.test.ts: opens (or creates) an encrypted workspace through the
 * real open/migrate/audit code, then commits transactions forever, printing each number only after
 * its commit returned. The parent kills it with SIGKILL at a random moment.
 *
 * Usage: node --import tsx crash-writer.ts <workspace.db>   (data key in PRW_TEST_DATA_KEY, hex)
 */
import { existsSync } from 'node:fs';
import { appendAudit } from '../../../../../electron/services/workspace/audit';
import { openWorkspaceDb } from '../../../../../electron/services/workspace/db/open';
import { migrate } from '../../../../../electron/services/workspace/migrations';

const file = process.argv[2]!;
const key = Buffer.from(process.env.PRW_TEST_DATA_KEY ?? '', 'hex');
const db = openWorkspaceDb(file, key, { create: !existsSync(file) });
migrate(db, { appVersion: 'crash-test', now: () => new Date() });
db.exec('CREATE TABLE IF NOT EXISTS probe (n INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');

const insert = db.prepare('INSERT INTO probe (n, body) VALUES (?, ?)');
const rewrite = db.prepare('UPDATE probe SET body = ? WHERE n = ?');
const commit = db.transaction((n: number) => {
  // Varied sizes, and some rewrites of old rows, so kills land in every kind of write.
  insert.run(n, `row ${n} `.padEnd(200 + ((n * 7919) % 6000), 'x'));
  if (n % 5 === 0) rewrite.run(`rewritten at ${n} `.padEnd(3000, 'y'), Math.max(1, n - 37));
  appendAudit(db, { actor: 'Crash Test', action: 'probe.written', entityType: 'probe', entityId: String(n) }, () => new Date());
});

let n = ((db.prepare('SELECT max(n) AS n FROM probe').get() as { n: number | null }).n ?? 0) + 1;
for (;;) {
  commit(n);
  // stdout to a pipe is synchronous on Linux and macOS: once printed, the parent has the line.
  process.stdout.write(`${n}\n`);
  n++;
}
