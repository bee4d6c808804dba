/**
 * The columns an agency is asked to fill in, in the template and in the covering letter. Each name
 * is one the chronology import places without asking (electron/services/chronology/read/
 * header-names.ts: an exact name, not a looser match), except Sequence: the chronology has no
 * field for it, so the import keeps it with each entry as an "other column" and keeps the file's
 * order for contacts on the same day — the order Sequence asks the agency to give them in.
 */

export interface TemplateColumn {
  name: string;
  /** Width in characters. */
  width: number;
  /** What to write, for the instructions sheet: one or two plain sentences. */
  guidance: string;
  /** The box Excel shows beside a cell of the column: a title of at most 32 characters, a message of at most 255. */
  prompt: { title: string; message: string };
}

export const templateColumns: readonly TemplateColumn[] = [
  {
    name: 'Date',
    width: 18,
    guidance:
      'The day it happened, day first: 14/06/2019 or 14 June 2019. If your record does not give the day, write what it does give, in words: approx March 2019, w/c 18 February 2019, Spring term 2019. Never make up a day. A contact over several days can be written 18/02/2019 to 22/02/2019.',
    prompt: {
      title: 'Date, day first',
      message: 'Write the date day first: 14/06/2019 or 14 June 2019. Not sure of the day? Write what you know in words, for example approx March 2019 or w/c 18 February 2019. Never make up a day.',
    },
  },
  {
    name: 'Time',
    width: 9,
    guidance: 'The time, on the 24-hour clock: 14:30. Leave it blank if the record has no time.',
    prompt: { title: 'Time', message: 'The time on the 24-hour clock, for example 14:30. Leave it blank if your record has no time.' },
  },
  {
    name: 'Sequence',
    width: 11,
    guidance: 'Only when two or more contacts happened on the same day and the record has no times: number them 1, 2, 3 in the order they happened. Otherwise leave it blank.',
    prompt: { title: 'Sequence', message: 'Only for contacts on the same day without times: number them 1, 2, 3 in the order they happened. Otherwise leave it blank.' },
  },
  {
    name: 'Source of information',
    width: 24,
    guidance: 'Needed on every row: the record the entry comes from, for example GP record, police incident log or social care case notes.',
    prompt: { title: 'Source of information', message: 'Needed on every row: the record this comes from, for example GP record, police incident log or social care case notes.' },
  },
  {
    name: 'Author role',
    width: 22,
    guidance: 'The role of the person who made the record, for example health visitor or police constable.',
    prompt: { title: 'Author role', message: 'The role of the person who made the record, for example health visitor or police constable.' },
  },
  {
    name: 'Event',
    width: 60,
    guidance: 'What happened, as your record describes it.',
    prompt: { title: 'Event', message: 'What happened, as your record describes it.' },
  },
  {
    name: 'Action taken',
    width: 40,
    guidance: 'What your agency did about it.',
    prompt: { title: 'Action taken', message: 'What your agency did about it.' },
  },
  {
    name: 'Outcome',
    width: 40,
    guidance: 'What came of it, and any plan that was made.',
    prompt: { title: 'Outcome', message: 'What came of it, and any plan that was made.' },
  },
];

export const templateColumnNames: readonly string[] = templateColumns.map((column) => column.name);

/** "Date, Time, …, Action taken and Outcome", for a sentence. */
export function columnList(): string {
  return `${templateColumnNames.slice(0, -1).join(', ')} and ${templateColumnNames[templateColumnNames.length - 1]!}`;
}
