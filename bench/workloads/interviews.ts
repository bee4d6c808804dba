/**
 * Conversations at the scale the issue names: 200 conversations of about 3,000 words each and
 * 5,000 excerpts coded to 20 themes (five of them sub-themes). Figures: a theme view opened (the
 * largest theme), the co-occurrence matrix, re-anchoring every excerpt of one note after an edit
 * near its start (every excerpt moves), and the anonymised .qdpx through the whole export path.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliPorts } from '../../electron/cli/ports';
import { createCore, dispatch, type Core } from '../../electron/services';
import { deliverExport, renderToBytes } from '../../electron/services/exports';
import { projectExport, reanchorExcerpts } from '../../electron/services/interviews';
import { insertExcerpt } from '../../electron/services/interviews/theme-repository';
import { write } from '../../electron/services/kernel';
import type { DocNode } from '../../shared/documents/model';
import { anchorAt } from '../../shared/interviews/anchor';
import { noteText } from '../../shared/interviews/note-text';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/ipc/contract';
import { elapsedMs, type Figure } from '../harness';

let dir: string;
let core: Core;
let reviewId: string;
let largestTheme: string;
let edited: { conversationId: string; content: DocNode; original: DocNode };

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const words = 'the family visit school referral health team plan meeting notes worker child support review concern agency record shared risk'.split(' ');

/** A practitioner's account: ~3,000 words in 30 paragraphs, each a little different. */
function notes(seed: number): DocNode {
  const paragraphs: DocNode[] = [];
  for (let p = 0; p < 30; p++) {
    const sentence: string[] = [];
    for (let w = 0; w < 100; w++) sentence.push(words[(seed * 7 + p * 13 + w * 31 + ((w * w) % 11)) % words.length]!);
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${p + 1} of conversation ${seed + 1}: ${sentence.join(' ')}.` }] });
  }
  return { type: 'doc', content: paragraphs };
}

async function open(): Promise<void> {
  dir = mkdtempSync(path.join(tmpdir(), 'prw-bench-interviews-'));
  core = createCore(cliPorts(), { kdfParams: { N: 2 ** 12, r: 8, p: 1 } });
  await core.session.create(dir, 'Bench', 'bench passphrase for the conversations');
  reviewId = (await call('review:create', { type: 'lcspr', title: 'LCSPR: Child Q', subject: 'Child Q' })).id;
  await call('people:add', { reviewId, name: 'Tobias Fairweather', role: 'child', pseudonym: 'Child Q' });
  const practitioners: string[] = [];
  for (const [name, practitionerRole, agency] of [
    ['Imogen Trelawny', 'Social worker', 'Children’s Services'],
    ['Bartholomew Quince', 'Health visitor', 'Community Health'],
    ['Philippa Oakenshaw', 'Designated safeguarding lead', 'Riverside Primary School'],
    ['Cuthbert Ravensworth', 'Detective constable', 'Police'],
  ] as const) {
    practitioners.push((await call('people:add', { reviewId, name, role: 'practitioner', practitionerRole, agency })).id);
  }
  const themes: string[] = [];
  for (let t = 0; t < 20; t++) {
    const parentId = t >= 15 ? themes[t - 15]! : undefined;
    themes.push((await call('themes:add', { reviewId, name: `Theme ${t + 1}`, ...(parentId ? { parentId } : {}) })).id);
  }
  largestTheme = themes[0]!;
  for (let c = 0; c < 200; c++) {
    const conversation = await call('interviews:add', {
      reviewId,
      kind: c % 3 === 0 ? 'group' : 'individual',
      date: `2026-${String((c % 12) + 1).padStart(2, '0')}-${String((c % 27) + 1).padStart(2, '0')}`,
      participants: practitioners.slice(0, 1 + (c % 4)).map((personId) => ({ personId, consent: { status: 'given' as const, covers: ['notes' as const, 'quotes' as const] } })),
    });
    const content = notes(c);
    const loaded = await call('document:load', { id: conversation.notesDocumentId });
    await call('document:save', { id: conversation.notesDocumentId, content: content as never, revision: loaded.revision });
    const { text } = noteText(content);
    // 25 excerpts a note, each a stretch of a paragraph; the first theme codes about one in four.
    write(core.kernel, (db) => {
      for (let e = 0; e < 25; e++) {
        // Whole words, as a person selects them.
        const start = text.indexOf(' ', Math.floor((text.length / 26) * (e + 1))) + 1;
        insertExcerpt(db, {
          id: core.kernel.newId(),
          reviewId,
          conversationId: conversation.id,
          anchor: anchorAt(text, start, text.lastIndexOf(' ', start + 80)),
          orphaned: false,
          possibleQuote: false,
          memo: e % 5 === 0 ? 'A memo on this excerpt.' : null,
          createdAt: new Date().toISOString(),
          participantIds: [practitioners[e % (1 + (c % 4))]!],
          themeIds: e % 4 === 0 ? [themes[0]!, themes[(e + c) % 20]!] : [themes[(e + c) % 20]!],
        });
      }
    });
    if (c === 0) {
      const paragraphs = content.content!;
      edited = { conversationId: conversation.id, original: content, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A sentence added at the start.' }] }, ...paragraphs] } };
    }
  }
}

async function close(): Promise<void> {
  await core.shutdown();
  rmSync(dir, { recursive: true, force: true });
}

let flip = false;

export const figures: Figure[] = [
  {
    name: '200 conversations, 5,000 excerpts: open the largest theme view (through dispatch)',
    unit: 'ms',
    runs: 7,
    setup: open,
    measure: async () => {
      const start = process.hrtime.bigint();
      const view = await call('themes:view', { id: largestTheme });
      const ms = elapsedMs(start);
      if (view.excerpts.length < 1000) throw new Error(`only ${view.excerpts.length} excerpts`);
      return ms;
    },
  },
  {
    name: '200 conversations, 5,000 excerpts: the same view filtered by agency',
    unit: 'ms',
    runs: 7,
    measure: async () => {
      const start = process.hrtime.bigint();
      await call('themes:view', { id: largestTheme, agency: 'Police' });
      return elapsedMs(start);
    },
  },
  {
    name: '200 conversations, 5,000 excerpts: co-occurrence of 20 themes',
    unit: 'ms',
    runs: 7,
    measure: async () => {
      const start = process.hrtime.bigint();
      await call('themes:co-occurrence', { reviewId });
      return elapsedMs(start);
    },
  },
  {
    name: 're-anchor the 25 excerpts of a 3,000-word note after an edit at its start',
    unit: 'ms',
    runs: 11,
    measure: () => {
      // Alternate the edit and its undo so every run moves every excerpt.
      flip = !flip;
      const content = flip ? edited.content : edited.original;
      const start = process.hrtime.bigint();
      const result = write(core.kernel, (db) => reanchorExcerpts(db, edited.conversationId, content));
      const ms = elapsedMs(start);
      if (result.moved !== 25) throw new Error(`moved ${result.moved}`);
      return ms;
    },
  },
  {
    name: '200 conversations, 5,000 excerpts: .qdpx rendered (anonymised)',
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const start = process.hrtime.bigint();
      await renderToBytes(projectExport(core.kernel, reviewId, { anonymised: true }));
      return elapsedMs(start);
    },
  },
  {
    name: '200 conversations, 5,000 excerpts: .qdpx through the export path (names check, render, leak check, write)',
    unit: 'ms',
    runs: 3,
    measure: async () => {
      const start = process.hrtime.bigint();
      await deliverExport(core.kernel, projectExport(core.kernel, reviewId, { anonymised: true }), path.join(dir, 'conversations.qdpx'));
      return elapsedMs(start);
    },
    teardown: close,
  },
];
