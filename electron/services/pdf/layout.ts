/**
 * The whole document, in page order: cover (unless left out), contents (when it helps), body, notes, appendices,
 * sign-off. Run once on the measuring surface and once on pdfkit, by the same code, so both agree
 * on every page.
 */
import { appendix } from './appendix';
import { block, notes, type Region } from './blocks';
import type { Flow } from './flow';
import { contents, cover } from './front-matter';
import { plainMarks, type ContentsEntry, type PreparedDoc } from './model';
import type { PrepareOptions } from './prepare';
import { signOffPage } from './sign-off';
import { spacing, type PageGeometry } from './theme';
import type { PdfRequest } from './types';

export const notesAnchor = 'notes';
export const signOffAnchor = 'sign-off';
export const appendixAnchor = (index: number) => `appendix-${index + 1}`;

/** Headings of level 1–2, the notes, each appendix and the sign-off, in page order. */
export function contentsEntries(request: PdfRequest, prepared: PreparedDoc): ContentsEntry[] {
  const entries = prepared.headings.filter((heading) => heading.level <= 2);
  if (prepared.notes.length > 0) entries.push({ anchor: notesAnchor, level: 1, title: 'Notes' });
  (request.tables ?? []).forEach((table, index) => entries.push({ anchor: appendixAnchor(index), level: 1, title: table.title }));
  if (request.signOff) entries.push({ anchor: signOffAnchor, level: 1, title: 'Sign-off' });
  return entries;
}

/**
 * Whether the document gets a contents page. A contents page earns its page when the text has
 * sections of its own (a heading of level 1–2: the writer structured it, and a reader expects to
 * find the sections listed and numbered) or when there are at least three places to go (say two
 * appendices and the sign-off). Otherwise it would list one or two entries that the
 * next page or two show anyway — the chronology export's contents was its one appendix on a
 * nearly empty page. The outline (bookmarks) lists every entry either way.
 */
export function hasContentsPage(prepared: PreparedDoc, entries: readonly ContentsEntry[]): boolean {
  return prepared.headings.some((heading) => heading.level <= 2) || entries.length >= 3;
}

/** Progress units of one pass: the front matter (two, with or without contents), each top-level block, note and appendix row, the sign-off. */
export function layoutUnits(request: PdfRequest, prepared: PreparedDoc): number {
  const rows = (request.tables ?? []).reduce((sum, table) => sum + table.rows.length, 0);
  return 2 + prepared.blocks.length + prepared.notes.length + rows + (request.signOff ? 1 : 0);
}

export interface LayoutInput {
  request: PdfRequest;
  prepared: PreparedDoc;
  entries: readonly ContentsEntry[];
  /** Each anchor's page, from the measuring pass; null while measuring. */
  pages: ReadonlyMap<string, number> | null;
  prepareOptions: PrepareOptions;
  /** Page size and margins, the same for every page: the flows are made with it. */
  geometry: PageGeometry;
}

export async function layoutDocument(flow: Flow, input: LayoutInput): Promise<void> {
  const { request, prepared } = input;
  const { margins, contentWidth } = flow.geometry;
  const region: Region = { x: margins.left, width: contentWidth, gap: spacing.paragraph, depth: 0 };
  if (request.cover !== false) cover(flow, request);
  await flow.progress.tick();
  if (hasContentsPage(prepared, input.entries)) contents(flow, input.entries, input.pages);
  await flow.progress.tick();

  flow.newPage();
  for (const item of prepared.blocks) {
    await block(flow, item, region);
    await flow.progress.tick();
  }
  if (prepared.notes.length > 0) {
    await block(flow, { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Notes', marks: plainMarks }], anchor: notesAnchor, title: 'Notes' }, region);
    await notes(flow, prepared.notes, region);
    await flow.progress.tick(prepared.notes.length);
  }
  for (const [index, table] of (request.tables ?? []).entries()) await appendix(flow, table, appendixAnchor(index));
  if (request.signOff) {
    await signOffPage(flow, request.signOff, input.prepareOptions);
    await flow.progress.tick();
  }
  flow.endContent();
}
