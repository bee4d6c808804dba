/** Reading what the app left on disk, byte for byte. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, recursively (absolute paths). */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The files whose bytes contain `text` in UTF-8 or UTF-16 (SQLite can store either), as paths
 * relative to `dir`. An encrypted file never matches; a plaintext leak always does.
 */
export async function filesContaining(dir: string, text: string, except: readonly string[] = []): Promise<string[]> {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  for (const file of await listFiles(dir)) {
    if (except.includes(file)) continue;
    const bytes = await readFile(file);
    if (needles.some((needle) => bytes.includes(needle))) found.push(path.relative(dir, file));
  }
  return found;
}
