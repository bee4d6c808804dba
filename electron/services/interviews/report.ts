/**
 * The theme report: each theme (sub-themes under their parent) with its description, how many
 * excerpts from how many conversations and agencies, and its excerpts cited by role and agency —
 * never by name. Possible quotes print as quotations; other excerpts as evidence, not for quoting.
 * Excerpts from a participant who declined or withdrew consent are left out and counted. Anonymised
 * by default, through the one export path (names check before, leak check after).
 */
import { defaultMarking, type DocNode } from '../../../shared/documents/model';
import type { Excerpt } from '../../../shared/interviews/model';
import { withBytes, type InMemoryProduct } from '../exports';
import type { Kernel } from '../kernel';
import { renderPdf } from '../pdf';
import { fontsDir } from '../resources';
import { assertQuotesConsented, codedProject, projectSourceTexts, reviewTitle, type CodedProject } from './project';

const paragraph = (text: string, marks?: DocNode['marks']): DocNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text, ...(marks ? { marks } : {}) }] : [] });
const heading = (level: number, text: string): DocNode => ({ type: 'heading', attrs: { level }, content: [{ type: 'text', text }] });
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function themeReport(kernel: Kernel, reviewId: string, options: { anonymised: boolean }): InMemoryProduct {
  const project = codedProject(kernel, reviewId, options.anonymised);
  assertQuotesConsented(project);
  const leftOut = project.withheld;
  return withBytes({
    kind: 'interviews',
    format: 'pdf',
    reviewId,
    subjectId: null,
    version: null,
    anonymised: options.anonymised,
    filtered: false,
    fileName: options.anonymised ? 'themes-anonymised.pdf' : 'themes.pdf',
    dialogTitle: options.anonymised ? 'Save the anonymised theme report' : 'Save the theme report (with real names)',
    describes: `the theme report: ${plural(project.themes.length, 'theme')}, ${plural(project.excerpts.length - leftOut.size, 'excerpt')}`,
    sourceTexts: () => projectSourceTexts(project),
    renderTo: async (target) => {
      await renderPdf({
        title: 'Themes from conversations with practitioners',
        reviewTitle: reviewTitle(project),
        marking: defaultMarking,
        versionLabel: options.anonymised ? 'Anonymised' : 'Contains real names',
        date: kernel.now().toISOString().slice(0, 10),
        draft: true,
        content: reportContent(project, leftOut),
        language: 'en-GB',
        subject: options.anonymised ? 'Anonymised' : 'Contains real names',
        referenceText: (attrs) => project.shown(attrs.label),
        transformText: project.shown,
        fontsDir,
        ...target,
      });
    },
  });
}

function reportContent(project: CodedProject, leftOut: Set<string>): { type: 'doc'; content: DocNode[] } {
  const { shown } = project;
  const label = new Map(project.conversations.map((c) => [c.id, c.label]));
  const cite = (excerpt: Excerpt) => {
    const who = excerpt.roles.map((role, i) => (excerpt.agencies[i] ? `${role}, ${excerpt.agencies[i]}` : role)).join('; ') || 'Participant';
    return `${shown(who)} — ${label.get(excerpt.conversationId) ?? ''}`;
  };
  const content: DocNode[] = [
    paragraph(
      `${plural(project.themes.length, 'theme')} from ${plural(project.conversations.length, 'conversation')} with practitioners. Participants are cited by their role and agency. Quotations are only those marked as possible quotes, from participants who consented to quotes.`,
    ),
  ];
  if (leftOut.size > 0) content.push(paragraph(`${plural(leftOut.size, 'excerpt')} from participants who declined or withdrew consent ${leftOut.size === 1 ? 'is' : 'are'} left out.`));
  const depth = (id: string | null): number => {
    let level = 0;
    for (let at = id; at; at = project.themes.find((theme) => theme.id === at)?.parentId ?? null) level++;
    return level;
  };
  for (const theme of project.themes) {
    const excerpts = project.excerpts.filter((excerpt) => excerpt.themeIds.includes(theme.id) && !leftOut.has(excerpt.id));
    const conversations = new Set(excerpts.map((excerpt) => excerpt.conversationId)).size;
    const agencies = [...new Set(excerpts.flatMap((excerpt) => excerpt.agencies))].sort();
    content.push(heading(Math.min(1 + depth(theme.id), 4), shown(theme.name)));
    if (theme.description) content.push(paragraph(shown(theme.description)));
    content.push(paragraph(`${plural(excerpts.length, 'excerpt')} from ${plural(conversations, 'conversation')}${agencies.length > 0 ? `; agencies: ${shown(agencies.join(', '))}` : ''}.`, [{ type: 'italic' }]));
    if (theme.memo) content.push(paragraph(`Memo: ${shown(theme.memo)}`));
    for (const excerpt of excerpts) {
      const text = shown(excerpt.anchor.exact);
      if (excerpt.possibleQuote) {
        content.push({ type: 'blockquote', content: [paragraph(`“${text}”`)] }, paragraph(cite(excerpt)));
      } else {
        content.push(paragraph(`${text}${excerpt.orphaned ? ' (no longer in the notes as written)' : ''}`), paragraph(`${cite(excerpt)} (not for quotation)`, [{ type: 'italic' }]));
      }
      if (excerpt.memo) content.push(paragraph(`Memo: ${shown(excerpt.memo)}`));
    }
  }
  return { type: 'doc', content };
}
