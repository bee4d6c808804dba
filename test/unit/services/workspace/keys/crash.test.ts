import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  createKeyFile,
  generateRecoveryCode,
  readKeyFile,
  serialiseKeyFile,
  unlockWithPassphrase,
} from '../../../../../electron/services/workspace/keys';
import { fastKdf, passphrase, tempFolder } from './helpers';

const root = path.resolve(__dirname, '../../../../..');
const folder = tempFolder();

/** Starts the write loop, waits until it is writing, lets it run a random moment, then SIGKILLs it. */
function killMidWrite(target: string, first: string, second: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/write-loop.ts'), target, first, second], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 40));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`write loop exited early: ${stderr}`))));
  });
}

describe('a crash while keys.json is being written', () => {
  it('always leaves a complete keys.json (the old or the new one) that unlocks — 10 SIGKILLs', { timeout: 60_000 }, async () => {
    const dataKey = randomBytes(32);
    const a = await createKeyFile({ dataKey, passphrase, recoveryCode: generateRecoveryCode(), cipher: 'chacha20', kdfParams: fastKdf });
    const b = await changePassphrase(a, dataKey, passphrase, { kdfParams: fastKdf });
    const dir = folder();
    const [first, second, target] = ['a.json', 'b.json', 'keys.json'].map((name) => path.join(dir, name)) as [string, string, string];
    writeFileSync(first, serialiseKeyFile(a));
    writeFileSync(second, serialiseKeyFile(b));
    const valid = [serialiseKeyFile(a), serialiseKeyFile(b)];

    for (let run = 0; run < 10; run += 1) {
      await killMidWrite(target, first, second);
      const bytes = readFileSync(target);
      expect(valid.some((version) => version.equals(bytes))).toBe(true);
      expect(await unlockWithPassphrase(await readKeyFile(target), passphrase)).toEqual(dataKey);
    }
  });
});
