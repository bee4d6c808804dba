/** Files a command reads from the user's disk (content to import), with the refusal worded for the command line. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export async function readInputFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new AppError('not-found', `Could not read ${path.basename(file)}: check the path and that you may read it.`);
  }
}

/** A file's text as JSON, or a refusal naming the file and what it should hold. */
export async function readJsonFile(file: string, shouldBe: string): Promise<unknown> {
  const text = await readInputFile(file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('validation', `${path.basename(file)} is not JSON. Give ${shouldBe}.`);
  }
}
