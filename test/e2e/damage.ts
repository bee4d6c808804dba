/**
 * Damaging a locked workspace as a failing disk would: four flipped bytes in the middle of one
 * page of a table the first screen never reads, so only the check after unlocking finds it.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { openWorkspaceDb, workspacePageSize } from '../../electron/services/workspace/db';
import { keyFileName, readKeyFile, unlockWithPassphrase } from '../../electron/services/workspace/keys';

export async function damageMiddlePageOf(workspaceDir: string, passphrase: string, table: string): Promise<void> {
  const file = path.join(workspaceDir, 'workspace.db');
  const keyFile = await readKeyFile(path.join(workspaceDir, keyFileName));
  const key = await unlockWithPassphrase(keyFile, passphrase);
  let page: number;
  try {
    const db = openWorkspaceDb(file, key, { cipher: keyFile.cipher, readonly: true });
    try {
      const pages = (db.prepare('select pageno from dbstat where name = ? order by pageno').all(table) as Array<{ pageno: number }>).map((row) => row.pageno);
      if (pages.length < 3) throw new Error(`${table} has only ${pages.length} pages`);
      page = pages[Math.floor(pages.length / 2)]!;
    } finally {
      db.close();
    }
  } finally {
    key.fill(0);
  }
  const handle = await open(file, 'r+');
  try {
    const at = (page - 1) * workspacePageSize + workspacePageSize / 2;
    const bytes = Buffer.alloc(4);
    await handle.read(bytes, 0, 4, at);
    for (let i = 0; i < 4; i++) bytes[i] = bytes[i]! ^ 0xff;
    await handle.write(bytes, 0, 4, at);
  } finally {
    await handle.close();
  }
}
