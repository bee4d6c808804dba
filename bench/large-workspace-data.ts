/**
 * A large generated workspace (issue #13), built through the core's own channels so it is what
 * the app would have written: 20 reviews, each with 100 people, 15 documents of about five pages
 * and 10,000 chronology entries from two agencies' files (imported as the app imports them).
 * Every name is made up from invented syllables; nothing here is anyone real.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliPorts } from '../electron/cli/ports';
import { createCore, dispatch, type Core } from '../electron/services';
import { pickPath } from '../electron/services/chronology';
import type { DocJson, DocNode } from '../shared/documents/model';
import type { Channel, ChannelInput, ChannelResult } from '../shared/ipc/contract';
import { agencyCsv } from './workloads/chronology';

export const largeWorkspace = { reviews: 20, peoplePerReview: 100, documentsPerReview: 15, entriesPerReview: 10_000 } as const;
export const largePassphrase = 'bench passphrase for the large workspace';
/** Cheap scrypt: the figures are what comes after the KDF, which bench/workloads/workspace-unlock.ts measures. */
export const largeKdf = { N: 2 ** 12, r: 8, p: 1 };

const firstParts = ['Bel', 'Cor', 'Dav', 'Ell', 'Fen', 'Gar', 'Hal', 'Ist', 'Jor', 'Kel'];
const firstEnds = ['wyn', 'issa', 'ando', 'eth', 'ora', 'ick', 'ayne', 'oret', 'ulla', 'imon'];
const lastParts = ['Quar', 'Thrim', 'Vell', 'Brask', 'Ondel', 'Marrow', 'Pell', 'Strand', 'Yarl', 'Wex'];
const lastEnds = ['ington', 'ley', 'sworth', 'ham', 'ock', 'iter', 'by', 'ridge', 'stow', 'combe'];
const roles = ['child', 'sibling', 'parent', 'carer', 'other-family', 'practitioner'] as const;

/** The n-th invented name: first and family names from syllables no real register uses together. */
export function inventedName(n: number): string {
  const digit = (place: number) => Math.floor(n / 10 ** place) % 10;
  return `${firstParts[digit(0)]}${firstEnds[digit(1)]} ${lastParts[digit(2)]}${lastEnds[(digit(0) + digit(3)) % 10]}`;
}

const words = 'the review panel noted that agencies shared information about the family when concerns were raised and the plan was reviewed at each meeting with the practitioners involved'.split(' ');

function paragraph(seed: number, length: number): DocNode {
  const text = Array.from({ length }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(' ');
  return { type: 'paragraph', content: [{ type: 'text', text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.` }] };
}

/** About five printed pages: five sections of a heading and five 100-word paragraphs. */
export function fivePages(seed: number): DocJson {
  const content: DocNode[] = [];
  for (let section = 0; section < 5; section++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Section ${section + 1}` }] });
    for (let index = 0; index < 5; index++) content.push(paragraph(seed + section * 5 + index, 100));
  }
  return { type: 'doc', content };
}

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function importFile(core: Core, reviewId: string, file: string, agency: string): Promise<void> {
  const token = pickPath(core.kernel, file);
  const inspection = await call(core, 'chronology:inspect', { token });
  await call(core, 'chronology:import', { reviewId, token, headerIndex: inspection.headerIndex, mapping: inspection.mapping, agency, saveFormat: false });
}

/** Makes the workspace in `parent` and leaves it locked; returns its folder. */
export async function generateLargeWorkspace(parent: string): Promise<string> {
  const core = createCore(cliPorts(), { kdfParams: largeKdf });
  const { path: dir } = await core.session.create(parent, 'Large', largePassphrase, { cipher: 'aegis' });
  const { reviews, peoplePerReview, documentsPerReview, entriesPerReview } = largeWorkspace;
  for (let review = 0; review < reviews; review++) {
    const { id: reviewId } = await call(core, 'review:create', { type: 'lcspr', title: `Review ${review + 1}` });
    for (let person = 0; person < peoplePerReview; person++) {
      const n = review * peoplePerReview + person;
      const role = roles[person % roles.length]!;
      await call(core, 'people:add', { reviewId, name: inventedName(n), role, pseudonym: `Person ${person + 1}`, ...(role === 'practitioner' ? { practitionerRole: 'Social Worker' } : {}) });
    }
    for (let document = 0; document < documentsPerReview; document++) {
      await call(core, 'document:create', { reviewId, title: `Working paper ${document + 1}`, content: fivePages(review * documentsPerReview + document) });
    }
    for (const [half, agency] of ['Police', "Children's Social Care"].entries()) {
      const file = path.join(parent, `review-${review}-${half}.csv`);
      writeFileSync(file, agencyCsv(entriesPerReview / 2, review * 2 + half + 1));
      await importFile(core, reviewId, file, agency);
    }
  }
  await core.shutdown();
  return dir;
}
