/** The pack's dates, addressee and file names, as the agency reads them. */
import type { RequestPackInput } from '../../../../shared/agency-returns/model';

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(iso: string): Date | null {
  const match = isoDay.exec(iso.trim());
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-04-03" → "Friday 3 April 2026"; anything else as given, so a slip in a date never stops a letter. */
export function dayWithWeekday(iso: string): string {
  const date = utcDay(iso);
  if (!date) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "2018-01-01" → "1 January 2018". */
export function day(iso: string): string {
  const date = utcDay(iso);
  return date ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date) : iso;
}

/** The period under review in words ("from 1 January 2018 to 14 June 2019"), or null when none is set. */
export function periodWords(input: Pick<RequestPackInput, 'periodFrom' | 'periodTo'>): string | null {
  const { periodFrom: from, periodTo: to } = input;
  if (from && to) return `from ${day(from)} to ${day(to)}`;
  if (from) return `from ${day(from)} onwards`;
  if (to) return `up to ${day(to)}`;
  return null;
}

/** Who the letter is to: the contact's role and team, with the agency unless the contact already names it. */
export function addressee(input: Pick<RequestPackInput, 'contact' | 'agency'>): string {
  const contact = input.contact?.trim();
  if (!contact) return `The safeguarding lead, ${input.agency}`;
  return contact.toLowerCase().includes(input.agency.trim().toLowerCase()) ? contact : `${contact}, ${input.agency}`;
}

/** "Northshire Police" → "northshire-police", for file names; "agency" when nothing is left. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'agency';
}
