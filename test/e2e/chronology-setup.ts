/** Setting up the fictional Hartwell review for the chronology e2e specs, through the real core. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ChannelInput } from '../../shared/ipc/contract';
import type { ScriptedDialogs } from './dialogs';
import type { TestHost } from './host';
import { chronologyFixtures } from '../fixtures/paths';

export const fixtures = chronologyFixtures;
export const fixtureFiles = ['police.csv', 'health-visiting.xlsx', 'school.csv', 'childrens-social-care.xlsx', 'gp.tsv', 'hospital-ed.csv'];
export const realNames = /\b(Maisie|Tyler|Kerry|Dean|Farrow|Janet|Hartwell)\b/;

/** Imports a file as the wizard would, with the header row, mapping and agency the core suggests. */
export async function importFile(host: TestHost, dialogs: ScriptedDialogs, reviewId: string, file: string, agency?: string): Promise<void> {
  dialogs.nextOpenPath(file);
  const picked = await host.call('chronology:choose-files', { reviewId });
  const token = picked?.[0]?.token;
  if (!token) throw new Error(`No token for ${file}`);
  const inspection = await host.call('chronology:inspect', { token });
  await host.call('chronology:import', {
    reviewId,
    token,
    ...(inspection.sheet ? { sheet: inspection.sheet } : {}),
    headerIndex: inspection.headerIndex,
    mapping: inspection.mapping,
    agency: agency ?? inspection.agency ?? path.basename(file),
    jobId: randomUUID(),
    saveFormat: false,
  });
}

/** The Hartwell family as the people register holds them. */
export const hartwellPeople: ReadonlyArray<Omit<ChannelInput<'people:add'>, 'reviewId'>> = [
  { name: 'Maisie Hartwell', role: 'child', dateOfBirth: '2018-10-08', pseudonym: 'Child M' },
  { name: 'Tyler Hartwell', role: 'sibling', pseudonym: 'Sibling T' },
  { name: 'Kerry Hartwell', role: 'parent', relationship: 'Mother', pseudonym: 'Mother' },
  { name: 'Dean Farrow', role: 'carer', relationship: 'Mother’s partner', pseudonym: 'Mother’s partner' },
  { name: 'Janet Hartwell', role: 'other-family', relationship: 'Maternal grandmother', pseudonym: 'Maternal grandmother', aliases: ['Nan'] },
];

/**
 * A review with the six agencies' fixtures (33 entries) and the Hartwell family's people register:
 * all five of them, or only those named in `registered`.
 */
export async function hartwellReview(host: TestHost, dialogs: ScriptedDialogs, registered?: readonly string[]): Promise<string> {
  const review = await host.call('review:create', { type: 'lcspr', title: 'LCSPR: Child M', subject: 'Child M' });
  for (const file of fixtureFiles) await importFile(host, dialogs, review.id, path.join(fixtures, file));
  for (const person of hartwellPeople) {
    if (!registered || registered.includes(person.name)) await host.call('people:add', { reviewId: review.id, ...person });
  }
  return review.id;
}
