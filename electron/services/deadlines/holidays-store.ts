/**
 * The bank holidays the app counts working days with: the table bundled with the app, with a
 * newer gov.uk file the user loaded laid over it. The loaded file is public data (dates of bank
 * holidays), kept in the app's data folder, not in a workspace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import shipped from '../../../resources/bank-holidays/england-and-wales.json';
import { describeYears, mergeBankHolidays, parseBankHolidays, toGovUkJson, type BankHolidays } from '../../../shared/deadlines';
import { createLogger } from '../log';
import { readBankHolidaysFile } from './load';
import { writeFileAtomic } from '../atomic-file';

const log = createLogger('bank-holidays');

export const loadedHolidaysFileName = 'bank-holidays.json';

export interface HolidaysSummary {
  years: string;
  /** True when a file the user loaded is in use on top of the built-in table. */
  loaded: boolean;
}

export interface HolidaysStore {
  current(): BankHolidays;
  summary(): HolidaysSummary;
  /** Validates a gov.uk bank-holidays.json, merges it over what is in use and keeps it for next time. */
  load(file: string): Promise<HolidaysSummary>;
}

export function createHolidaysStore(dataDir: string | undefined): HolidaysStore {
  const builtIn = parseBankHolidays(shipped);
  const savedFile = dataDir ? path.join(dataDir, loadedHolidaysFileName) : undefined;
  let loaded = false;
  let holidays = builtIn;
  if (savedFile && existsSync(savedFile)) {
    try {
      holidays = mergeBankHolidays(builtIn, parseBankHolidays(JSON.parse(readFileSync(savedFile, 'utf8'))));
      loaded = true;
    } catch (error) {
      // A damaged saved copy must not stop the app: fall back to the built-in table.
      log.warn('ignored a saved bank-holidays file that could not be read', { type: error instanceof Error ? error.name : typeof error });
    }
  }

  const summary = (): HolidaysSummary => ({ years: describeYears(holidays.years), loaded });
  return {
    current: () => holidays,
    summary,
    load: async (file) => {
      const next = mergeBankHolidays(holidays, await readBankHolidaysFile(file));
      if (savedFile) {
        // Private like everything else the app writes (0700 folder, 0600 file, replaced whole).
        await mkdir(path.dirname(savedFile), { recursive: true, mode: 0o700 });
        await writeFileAtomic(savedFile, Buffer.from(JSON.stringify(toGovUkJson(next)), 'utf8'));
      }
      holidays = next;
      loaded = true;
      return summary();
    },
  };
}
