/** Loading a newer gov.uk bank-holidays file in the app: checked, laid over the built-in table, kept. */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHolidaysStore } from '../../../../electron/services/deadlines/holidays-store';
import { addWorkingDays, parseLocalDate } from '../../../../shared/deadlines';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-holidays-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A fictional-looking but well-formed 2031 table in gov.uk's shape (the real one is not published yet).
const events2031 = [
  { title: 'New Year’s Day', date: '2031-01-01', notes: '', bunting: true },
  { title: 'Good Friday', date: '2031-04-11', notes: '', bunting: false },
  { title: 'Easter Monday', date: '2031-04-14', notes: '', bunting: true },
  { title: 'Christmas Day', date: '2031-12-25', notes: '', bunting: true },
  { title: 'Boxing Day', date: '2031-12-26', notes: '', bunting: true },
];

function govUkFile(events: object[]): string {
  const file = path.join(dir, 'bank-holidays.json');
  writeFileSync(file, JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }));
  return file;
}

describe('bank holidays in the app', () => {
  it('starts with the built-in table and refuses to count in a year it does not cover', () => {
    const store = createHolidaysStore(path.join(dir, 'app-data'));
    expect(store.summary()).toEqual({ years: '2018–2030', loaded: false });
    expect(() => addWorkingDays(parseLocalDate('2031-04-10'), 1, store.current())).toThrow(/2031 are not loaded/);
  });

  it('loads a newer file, counts with it, and still has it after a restart', async () => {
    const appData = path.join(dir, 'app-data');
    const store = createHolidaysStore(appData);
    expect(await store.load(govUkFile(events2031))).toEqual({ years: '2018–2031', loaded: true });
    // Thursday 10 April 2031 + 1 working day skips Good Friday (11th), the weekend and Easter
    // Monday (14th): Tuesday 15 April.
    expect(addWorkingDays(parseLocalDate('2031-04-10'), 1, store.current())).toBe('2031-04-15');

    // Kept privately, like everything the app writes (not checked on Windows, which has no modes).
    if (process.platform !== 'win32') {
      for (const name of readdirSync(appData, { recursive: true }) as string[]) {
        const entry = statSync(path.join(appData, name));
        expect({ name, mode: entry.mode & 0o777 }).toEqual({ name, mode: entry.isDirectory() ? 0o700 : 0o600 });
      }
    }

    const restarted = createHolidaysStore(appData);
    expect(restarted.summary()).toEqual({ years: '2018–2031', loaded: true });
    expect(addWorkingDays(parseLocalDate('2031-04-10'), 1, restarted.current())).toBe('2031-04-15');
  });

  it('refuses a file that is not a gov.uk bank-holidays file, naming it, and keeps what it had', async () => {
    const store = createHolidaysStore(path.join(dir, 'app-data'));
    const bad = path.join(dir, 'holidays.json');
    writeFileSync(bad, '{"not": "the gov.uk format"}');
    await expect(store.load(bad)).rejects.toMatchObject({ message: expect.stringContaining('"holidays.json"') });
    writeFileSync(bad, 'not json');
    await expect(store.load(bad)).rejects.toMatchObject({ code: 'validation', message: expect.stringContaining('not JSON') });
    expect(store.summary()).toEqual({ years: '2018–2030', loaded: false });
  });
});
