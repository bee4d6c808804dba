/**
 * The one rich-text model every editor writes (terms of reference, interview notes, the report):
 * ProseMirror JSON as tiptap produces it, stored with a schema version. Nothing here knows about
 * the editor or the PDF engine; both read these names.
 */
import { z } from 'zod';

/** Bumped when a stored document needs migrating; stored beside every document and version. */
export const documentSchemaVersion = 1;

export const defaultMarking = 'OFFICIAL-SENSITIVE';

export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** The root: `{ type: 'doc', content: [...] }`. */
export interface DocJson extends DocNode {
  type: 'doc';
}

/**
 * Block and inline nodes the app writes and the PDF engine draws. Anything else is refused at
 * export with a message naming it — never dropped.
 */
export const supportedNodes = [
  'doc',
  'paragraph',
  'heading', // attrs.level 1..6
  'text',
  'hardBreak',
  'horizontalRule',
  'bulletList',
  'orderedList', // attrs.start
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'reference', // attrs: ReferenceAttrs
  'footnote', // inline; content: paragraph text of the note; drawn as a numbered note
] as const;

export const supportedMarks = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;

export type SupportedNode = (typeof supportedNodes)[number];
export type SupportedMark = (typeof supportedMarks)[number];

/**
 * A chip pointing at something in the workspace. `label` is what the editor showed when the
 * reference was made (a real name for a person); the PDF engine asks the service for the current
 * name or pseudonym and falls back to the label only for named output.
 */
export interface ReferenceAttrs {
  kind: 'person' | 'entry' | 'excerpt';
  id: string;
  label: string;
}

export const referenceAttrsSchema = z.object({
  kind: z.enum(['person', 'entry', 'excerpt']),
  id: z.string().min(1).max(200),
  label: z.string().max(500),
});

const markSchema: z.ZodType<DocMark> = z.object({
  type: z.string().min(1).max(60),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Deep enough for nested lists and tables; deeper is a malformed or hostile file. */
const maxDepth = 40;

const nodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(60),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/** How deep a value nests, without recursion, so a hostile file cannot overflow the stack. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const content = (node as { content?: unknown } | null)?.content;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return false;
}

/** Well-formed ProseMirror JSON with a `doc` root (node names are checked at export). */
export const docJsonSchema = z
  .unknown()
  .refine((value) => !nestsDeeperThan(value, maxDepth), `A document may nest at most ${maxDepth} levels deep.`)
  .pipe(nodeSchema)
  .refine((node) => node.type === 'doc', 'A document must start with a "doc" node.') as unknown as z.ZodType<DocJson>;

export function emptyDoc(): DocJson {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/**
 * The canonical serialisation a version's SHA-256 is taken of: keys sorted, no whitespace,
 * undefined left out. The same content always gives the same string, whatever order the editor
 * wrote its keys in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** Every node name in the document that the app cannot draw, once each, in document order. */
export function unsupportedIn(doc: DocNode): { nodes: string[]; marks: string[] } {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  const visit = (node: DocNode) => {
    if (!(supportedNodes as readonly string[]).includes(node.type)) nodes.add(node.type);
    for (const mark of node.marks ?? []) if (!(supportedMarks as readonly string[]).includes(mark.type)) marks.add(mark.type);
    node.content?.forEach(visit);
  };
  visit(doc);
  return { nodes: [...nodes], marks: [...marks] };
}
