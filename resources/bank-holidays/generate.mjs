// Writes england-and-wales.json (the gov.uk bank-holidays.json format, England and Wales only)
// for 2018–2030. Run: node resources/bank-holidays/generate.mjs
// The regular holidays follow the standing rules; the one-off changes are listed in `changes`
// exactly as gov.uk published them. Years after gov.uk's own feed ends are computed, so check
// them against https://www.gov.uk/bank-holidays.json when it covers them and load that file
// instead. test/unit/shared/deadlines/bank-holiday-data.test.ts checks the output independently.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const firstYear = 2018;
const lastYear = 2030;

const iso = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (y, m, d) => new Date(Date.UTC(y, m - 1, d)).getUTCDay(); // 0 Sunday … 6 Saturday

/** Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easter(y) {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const firstMonday = (y, m) => 1 + ((8 - weekday(y, m, 1)) % 7);
const lastMonday = (y, m, days) => days - ((weekday(y, m, days) + 6) % 7);

const event = (title, date, notes = '', bunting = true) => ({ title, date, notes, bunting });

/** One-off changes by proclamation, as published on gov.uk. */
const changes = {
  2020: { earlyMay: event('Early May bank holiday (VE day)', '2020-05-08') },
  2022: {
    spring: event('Spring bank holiday', '2022-06-02'),
    extra: [
      event('Platinum Jubilee bank holiday', '2022-06-03'),
      event('Bank Holiday for the State Funeral of Queen Elizabeth II', '2022-09-19', '', false),
    ],
  },
  2023: { extra: [event('Bank holiday for the coronation of King Charles III', '2023-05-08')] },
};

function christmas(y) {
  const day = weekday(y, 12, 25);
  if (day === 6) return [event('Christmas Day', iso(y, 12, 27), 'Substitute day'), event('Boxing Day', iso(y, 12, 28), 'Substitute day')];
  if (day === 0) return [event('Boxing Day', iso(y, 12, 26)), event('Christmas Day', iso(y, 12, 27), 'Substitute day')];
  if (day === 5) return [event('Christmas Day', iso(y, 12, 25)), event('Boxing Day', iso(y, 12, 28), 'Substitute day')];
  return [event('Christmas Day', iso(y, 12, 25)), event('Boxing Day', iso(y, 12, 26))];
}

function year(y) {
  const change = changes[y] ?? {};
  const newYear = weekday(y, 1, 1);
  const newYearDay = newYear === 6 ? 3 : newYear === 0 ? 2 : 1;
  const [em, ed] = easter(y);
  const easterDate = new Date(Date.UTC(y, em - 1, ed));
  const shift = (days) => new Date(easterDate.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return [
    event('New Year’s Day', iso(y, 1, newYearDay), newYearDay === 1 ? '' : 'Substitute day'),
    event('Good Friday', shift(-2), '', false),
    event('Easter Monday', shift(1)),
    change.earlyMay ?? event('Early May bank holiday', iso(y, 5, firstMonday(y, 5))),
    change.spring ?? event('Spring bank holiday', iso(y, 5, lastMonday(y, 5, 31))),
    event('Summer bank holiday', iso(y, 8, lastMonday(y, 8, 31))),
    ...christmas(y),
    ...(change.extra ?? []),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const events = [];
for (let y = firstYear; y <= lastYear; y++) events.push(...year(y));
const file = { 'england-and-wales': { division: 'england-and-wales', events } };
const out = fileURLToPath(new URL('./england-and-wales.json', import.meta.url));
writeFileSync(out, JSON.stringify(file, null, 2) + '\n');
console.log(`Wrote ${events.length} bank holidays (${firstYear}–${lastYear}).`);
