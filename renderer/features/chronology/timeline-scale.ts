/**
 * The timeline's time axis: calendar days as numbers (UTC, so a clock change never moves a day),
 * the period to draw, and ticks of years or months depending on how far it is zoomed in.
 */
const dayMs = 86_400_000;
const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Days since 1970-01-01 for YYYY-MM-DD; null for anything else. */
export function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / dayMs);
}

function parts(day: number): { year: number; month: number } {
  const date = new Date(day * dayMs);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

const monthStart = (year: number, month: number) => Math.round(Date.UTC(year, month, 1) / dayMs);

export interface Period {
  /** First day drawn. */
  first: number;
  /** The day after the last day drawn. */
  end: number;
}

/** Whole months around every day given, so the first and last marks are not on the edges. */
export function periodAround(days: ReadonlyArray<number>): Period | null {
  if (days.length === 0) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const day of days) {
    if (day < low) low = day;
    if (day > high) high = day;
  }
  const first = parts(low);
  const last = parts(high);
  return { first: monthStart(first.year, first.month), end: monthStart(last.year, last.month + 1) };
}

export interface Tick {
  day: number;
  label: string;
  /** A year boundary: drawn stronger. */
  major: boolean;
}

/** The narrowest gap between labelled ticks, in pixels, before labels would collide. */
const minGap = 56;
/** A tick that names its year ("1 Jan 2020") is wider: weeks are labelled only when it fits. */
const dayLabelGap = 80;

/**
 * Zoomed far in, days or weeks (the 1st, 8th, 15th and 22nd of each month), labelled day first
 * ("8 Mar"); otherwise month ticks when months are wide enough to label, every third month when
 * quarters are, and years. The first tick, and each year's first, names the year.
 */
export function ticks(period: Period, pixelsPerDay: number): Tick[] {
  if (pixelsPerDay * 7 >= dayLabelGap) return dayTicks(period, pixelsPerDay >= dayLabelGap ? null : [1, 8, 15, 22]);
  const step = pixelsPerDay * 30 >= minGap ? 1 : pixelsPerDay * 91 >= minGap ? 3 : 12;
  const out: Tick[] = [];
  const start = parts(period.first);
  let year = start.year;
  let month = step === 12 ? 0 : Math.floor(start.month / step) * step;
  for (;;) {
    const day = monthStart(year, month);
    if (day >= period.end) break;
    if (day >= period.first) {
      const major = month === 0;
      const label = step === 12 ? String(year) : major || out.length === 0 ? `${monthShort[month]} ${year}` : (monthShort[month] ?? '');
      out.push({ day, label, major });
    }
    month += step;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return out;
}

/** Every day, or only the days of the month given. */
function dayTicks(period: Period, daysOfMonth: readonly number[] | null): Tick[] {
  const out: Tick[] = [];
  for (let day = period.first; day < period.end; day += 1) {
    const date = new Date(day * dayMs);
    const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
    if (daysOfMonth && !daysOfMonth.includes(dayOfMonth)) continue;
    const major = month === 0 && dayOfMonth === 1;
    const words = `${dayOfMonth} ${monthShort[month] ?? ''}`;
    out.push({ day, label: major || out.length === 0 ? `${words} ${year}` : words, major });
  }
  return out;
}

/** The zoom levels: how many times the fitted width the axis is drawn at. */
export const zoomLevels = [1, 2, 4, 8, 16, 32, 64] as const;
