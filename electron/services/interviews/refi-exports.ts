/**
 * The REFI-QDA files of a review's conversations, through the one export path: the codebook
 * (.qdc: the theme tree) and the whole coded project (.qdpx: each conversation's notes as a text
 * source, the themes as codes, each excerpt as a coding at its place, memos as notes). Anonymised
 * unless named: the notes are anonymised piece by piece between excerpt boundaries, so every
 * coding still lands on its words; the leak check then reads the whole file back.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { withBytes, writeBytes, type InMemoryProduct } from '../exports';
import type { Kernel } from '../kernel';
import { codedProject, projectSourceTexts, reviewTitle, type CodedProject } from './project';
import { codebookXml, projectBytes, type RefiCode, type RefiCoding, type RefiSource } from './refi';

const origin = 'Practice Review Workspace';

function codes(project: CodedProject): RefiCode[] {
  return project.themes.map((theme) => ({
    guid: theme.id,
    name: project.shown(theme.name),
    colour: theme.colour,
    description: theme.description ? project.shown(theme.description) : null,
    memo: theme.memo ? project.shown(theme.memo) : null,
    parentGuid: theme.parentId,
  }));
}

export function codebookExport(kernel: Kernel, reviewId: string): InMemoryProduct {
  const project = codedProject(kernel, reviewId, true);
  if (project.themes.length === 0) throw new AppError('validation', 'This review has no themes yet: add a theme before saving the codebook.');
  const xml = codebookXml(codes(project), { origin });
  return withBytes({
    kind: 'interviews',
    format: 'qdc',
    reviewId,
    subjectId: null,
    version: null,
    anonymised: true,
    filtered: false,
    fileName: 'codebook.qdc',
    dialogTitle: 'Save the codebook (REFI-QDA)',
    describes: `the codebook: ${project.themes.length} theme${project.themes.length === 1 ? '' : 's'}`,
    sourceTexts: () => projectSourceTexts({ ...project, excerpts: [] }),
    renderTo: ({ output }) => writeBytes(output, new TextEncoder().encode(xml)),
  });
}

export function projectExport(kernel: Kernel, reviewId: string, options: { anonymised: boolean }): InMemoryProduct {
  const project = codedProject(kernel, reviewId, options.anonymised);
  const sources: RefiSource[] = [];
  const codings: RefiCoding[] = [];
  for (const conversation of project.conversations) {
    const excerpts = project.excerpts.filter((excerpt) => excerpt.conversationId === conversation.id && !excerpt.orphaned);
    const { text, at } = piecewise(conversation.text, excerpts.flatMap((excerpt) => [excerpt.anchor.start, excerpt.anchor.end]), project.shown);
    sources.push({ guid: conversation.id, name: conversation.label, text, createdAt: conversation.createdAt });
    for (const excerpt of excerpts) {
      if (excerpt.themeIds.length === 0) continue;
      codings.push({
        guid: excerpt.id,
        sourceGuid: conversation.id,
        start: at(excerpt.anchor.start),
        end: at(excerpt.anchor.end),
        codeGuids: excerpt.themeIds,
        memo: excerpt.memo ? project.shown(excerpt.memo) : null,
        createdAt: excerpt.createdAt,
      });
    }
  }
  const orphans = project.excerpts.filter((excerpt) => excerpt.orphaned).length;
  const name = reviewTitle(project);
  return withBytes({
    kind: 'interviews',
    format: 'qdpx',
    reviewId,
    subjectId: null,
    version: null,
    anonymised: options.anonymised,
    filtered: false,
    fileName: options.anonymised ? 'conversations-anonymised.qdpx' : 'conversations.qdpx',
    dialogTitle: options.anonymised ? 'Save the anonymised coded project (REFI-QDA)' : 'Save the coded project (REFI-QDA, with real names)',
    describes: `${sources.length} conversation${sources.length === 1 ? '' : 's'}, ${project.themes.length} themes and ${codings.length} coded excerpts`,
    sourceTexts: () => [...projectSourceTexts(project), ...project.conversations.map((c) => ({ text: c.text, where: `the notes of ${c.label}` }))],
    renderTo: async ({ output }) => {
      const bytes = await projectBytes({
        name: `${name}: conversations with practitioners`,
        user: { guid: randomUUID(), name: kernel.session.actor() },
        createdAt: kernel.now().toISOString(),
        codes: codes(project),
        sources,
        codings,
        description: `Exported from ${origin}${options.anonymised ? ', anonymised' : ''}.${orphans > 0 ? ` ${orphans} excerpt${orphans === 1 ? ' is' : 's are'} left out: ${orphans === 1 ? 'its' : 'their'} text is no longer in the notes.` : ''}`,
      });
      await writeBytes(output, bytes);
    },
  });
}

/**
 * The text shown in pieces cut at `cuts`, and where each cut lands in it. Anonymising piece by
 * piece keeps each coding on its words; a name cut in two by a boundary would survive, and the
 * leak check after rendering refuses the file rather than let it out.
 */
export function piecewise(text: string, cuts: number[], shown: (text: string) => string): { text: string; at: (offset: number) => number } {
  const points = [...new Set([0, ...cuts.filter((cut) => cut > 0 && cut < text.length), text.length])].sort((a, b) => a - b);
  const mapped = new Map<number, number>([[0, 0]]);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    out += shown(text.slice(points[i], points[i + 1]));
    mapped.set(points[i + 1]!, out.length);
  }
  return { text: out, at: (offset) => mapped.get(offset) ?? offset };
}
