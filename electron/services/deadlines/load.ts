/**
 * Loads the England and Wales bank holidays the deadline engine needs: the table shipped in
 * resources/bank-holidays/ (2018–2030), then any newer gov.uk bank-holidays.json files the user
 * chose, each replacing the years it covers (shared/deadlines mergeBankHolidays).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeBankHolidays, parseBankHolidays, type BankHolidays } from '../../../shared/deadlines';
import { AppError } from '../../../shared/errors';

export const shippedBankHolidaysFile = path.join('bank-holidays', 'england-and-wales.json');

export interface LoadBankHolidaysOptions {
  /** The app's resources folder (the CLI and main each know where theirs is). */
  resourcesDir: string;
  /** Newer gov.uk files, applied in order. */
  newerFiles?: readonly string[];
}

export async function loadBankHolidays({ resourcesDir, newerFiles = [] }: LoadBankHolidaysOptions): Promise<BankHolidays> {
  let holidays = await readShipped(path.join(resourcesDir, shippedBankHolidaysFile));
  for (const file of newerFiles) holidays = mergeBankHolidays(holidays, await readBankHolidaysFile(file));
  return holidays;
}

/** Reads one gov.uk-format file. Messages name the file by its base name only (logs must not hold user paths). */
export async function readBankHolidaysFile(file: string): Promise<BankHolidays> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not-found', `The bank-holidays file "${name}" does not exist. Check the path and try again.`);
    throw new AppError('unavailable', `The bank-holidays file "${name}" could not be read (${code ?? 'unknown error'}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('validation', `The bank-holidays file "${name}" is not JSON. Download https://www.gov.uk/bank-holidays.json and load that.`);
  }
  try {
    return parseBankHolidays(json);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `"${name}": ${error.message}`);
    throw error;
  }
}

async function readShipped(file: string): Promise<BankHolidays> {
  try {
    return await readBankHolidaysFile(file);
  } catch (error) {
    // The shipped table is part of the app: a problem with it is an installation problem.
    if (error instanceof AppError && error.code === 'not-found') {
      throw new AppError('unavailable', 'The bank-holiday table that comes with the app is missing. Reinstall the app.');
    }
    throw error;
  }
}
