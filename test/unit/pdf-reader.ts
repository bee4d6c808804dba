/**
 * Reads a PDF the way a reader's software sees it, with pdf.js in this process: no poppler, no
 * qpdf, no worker thread, no canvas. The unit tests, the e2e specs and the poppler/qpdf
 * cross-check (test/crosscheck) all use it, so `npm run test:unit` needs only Node. How page
 * text becomes lines is in pdf-text.ts.
 */
import { readFileSync } from 'node:fs';
import { getDocument, VerbosityLevel, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// Importing the worker module registers it on globalThis.pdfjsWorker, and pdf.js then runs it in
// this process. (Under Node it would otherwise import "./pdf.worker.mjs" itself, a path relative
// to pdf.mjs that a test runner's module loader need not resolve the same way.)
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { layOut, type TextItem, type TextMode } from './pdf-text';

export { layOut, type TextMode } from './pdf-text';

export interface PdfInfo {
  /** The document information dictionary, standard and custom keys as the file spells them. */
  fields: Record<string, string>;
  /** The catalogue's /Lang. */
  language: string | null;
  /** MarkInfo /Marked: a tagged PDF. */
  tagged: boolean;
  /** The version in the file's header, e.g. "1.7". */
  version: string;
  pages: number;
  /** The raw XMP metadata packet. */
  xmp: string | null;
}

export interface PdfFont {
  /** As the file names it, subset tag included: "ABCDEF+NotoSans-Regular". */
  name: string;
  /** pdf.js's font type: "CIDFontType2" is a CID-keyed TrueType font, "Type1" a Type 1. */
  type: string;
  /** The font's own program is in the file, rather than left to the reader's software. */
  embedded: boolean;
}

interface FontObject {
  name?: string;
  loadedName?: string;
  missingFile?: boolean;
  type?: string;
  data?: Uint8Array | null;
}

const options = {
  // Fonts are never installed or drawn; the system's fonts must not stand in for a missing one.
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  // Keeps each font's type (and file) on its object, for fonts().
  fontExtraProperties: true,
  // A page whose content cannot be read rejects instead of reading as blank. (Repairs to the file's
  // structure are only warnings, which checkPdf() turns into failures.)
  stopAtErrors: true,
};

/** A PDF opened with pdf.js; methods are async because pdf.js is. `close()` when done. */
export class PdfReader {
  readonly bytes: Buffer;
  private document: Promise<PDFDocumentProxy> | null = null;
  private items: Promise<TextItem[][]> | null = null;
  private readonly laidOut = new Map<TextMode, string[]>();

  constructor(bytes: Buffer | Uint8Array) {
    this.bytes = Buffer.from(bytes);
  }

  static fromFile(file: string): PdfReader {
    return new PdfReader(readFileSync(file));
  }

  private open(): Promise<PDFDocumentProxy> {
    // pdf.js takes ownership of the array it is given: give it a copy.
    this.document ??= getDocument({ ...options, data: new Uint8Array(this.bytes), verbosity: VerbosityLevel.ERRORS }).promise;
    return this.document;
  }

  private async eachPage<T>(read: (page: PDFPageProxy) => Promise<T>): Promise<T[]> {
    const pdf = await this.open();
    const out: T[] = [];
    for (let number = 1; number <= pdf.numPages; number++) out.push(await read(await pdf.getPage(number)));
    return out;
  }

  /** The text of every page, in order: in reading order, or each visual line as one line. */
  async pages(mode: TextMode = 'reading'): Promise<string[]> {
    // Reading a page's text is most of the time taken (a 5,000-row table is 400 pages): once.
    this.items ??= this.eachPage(async (page) => (await page.getTextContent()).items as TextItem[]);
    const items = await this.items;
    if (!this.laidOut.has(mode)) this.laidOut.set(mode, items.map((page) => layOut(page, mode)));
    return this.laidOut.get(mode)!;
  }

  async text(mode: TextMode = 'reading'): Promise<string> {
    return (await this.pages(mode)).join('\n');
  }

  async pageCount(): Promise<number> {
    return (await this.open()).numPages;
  }

  async info(): Promise<PdfInfo> {
    const pdf = await this.open();
    const { info, metadata } = await pdf.getMetadata();
    const raw = info as Record<string, unknown> & { Custom?: Record<string, unknown>; Language?: string | null; PDFFormatVersion?: string };
    const fields: Record<string, string> = {};
    // pdf.js mixes the dictionary's keys with facts about the file (IsLinearized…) and puts
    // non-standard keys under Custom; keep only what the dictionary says.
    for (const key of ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'Trapped']) {
      if (raw[key] !== undefined) fields[key] = String(raw[key]);
    }
    for (const [key, value] of Object.entries(raw.Custom ?? {})) fields[key] = String(value);
    return {
      fields,
      language: raw.Language ?? null,
      tagged: (await pdf.getMarkInfo())?.Marked === true,
      version: raw.PDFFormatVersion ?? '',
      pages: pdf.numPages,
      xmp: metadata?.getRaw() ?? null,
    };
  }

  /** Outline entries as "title@page", depth-first, children indented by two spaces per level. */
  async outline(): Promise<string[]> {
    const pdf = await this.open();
    type Entry = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
    const out: string[] = [];
    const walk = async (entries: Entry[], depth: number) => {
      for (const entry of entries) {
        const dest = typeof entry.dest === 'string' ? await pdf.getDestination(entry.dest) : entry.dest;
        const page = Array.isArray(dest) && dest[0] ? (await pdf.getPageIndex(dest[0])) + 1 : -1;
        out.push(`${'  '.repeat(depth)}${entry.title}@${page}`);
        await walk(entry.items, depth + 1);
      }
    };
    await walk((await pdf.getOutline()) ?? [], 0);
    return out;
  }

  /**
   * Every font the pages use. pdf.js loads a font when a page's drawing operations are read;
   * without standard font data (never given here) a font whose program is not in the file is
   * `missingFile` and has no data.
   */
  async fonts(): Promise<PdfFont[]> {
    const pdf = await this.open();
    await this.eachPage((page) => page.getOperatorList());
    const fonts = new Map<string, PdfFont>();
    const common = (await pdf.getPage(1)).commonObjs as unknown as Iterable<[string, unknown]>;
    // Keyed by pdf.js's id for the font: two missing fonts can share a loadedName (the fallback).
    for (const [id, value] of common) {
      const font = value as FontObject | null;
      if (typeof font?.name !== 'string' || typeof font.loadedName !== 'string') continue;
      fonts.set(id, { name: font.name, type: font.type ?? '', embedded: font.missingFile === false && !!font.data?.length });
    }
    return [...fonts.values()];
  }

  /** The web addresses of every link annotation, page by page. */
  async links(): Promise<string[]> {
    const annotations = await this.eachPage((page) => page.getAnnotations());
    return annotations.flat().flatMap((annotation: { subtype?: string; url?: string }) => (annotation.subtype === 'Link' && annotation.url ? [annotation.url] : []));
  }

  /** The structure types (H1, P, Table, TOCI…) of the tagged content, as a screen reader walks it. */
  async structureTypes(): Promise<Set<string>> {
    type Node = { role?: string; children?: Node[] };
    const types = new Set<string>();
    const walk = (node: Node) => {
      if (node.role) types.add(node.role);
      node.children?.forEach(walk);
    };
    for (const tree of await this.eachPage((page) => page.getStructTree() as Promise<Node | null>)) if (tree) walk(tree);
    return types;
  }

  close(): Promise<void> {
    const document = this.document;
    this.document = null;
    this.items = null;
    this.laidOut.clear();
    return document ? document.then((pdf) => pdf.destroy()).catch(() => undefined) : Promise.resolve();
  }
}

/** A PDF file's text with line breaks and runs of spaces made one space: a sentence may wrap anywhere. */
export async function pdfFileText(file: string): Promise<string> {
  const reader = PdfReader.fromFile(file);
  try {
    return (await reader.text()).replace(/\s+/g, ' ');
  } finally {
    await reader.close();
  }
}

/**
 * Proves the file well-formed as far as a reader's software goes: pdf.js opens it without
 * repairing it and reads every page's drawing and text without an error or a warning.
 * Resolves to the number of pages; rejects naming what went wrong.
 */
export async function checkPdf(bytes: Buffer | Uint8Array): Promise<number> {
  const warnings: string[] = [];
  const warn = console.warn;
  // pdf.js reports repairs ("Indexing all PDF objects") and bad streams as console warnings.
  console.warn = (...args: unknown[]) => {
    const message = typeof args[0] === 'string' ? args[0] : '';
    // Except that it has no standard font data to draw a font the file leaves out: that is about
    // this reader, not the file (fonts() is how a test finds a font that is not embedded).
    if (message.startsWith('Warning:') && !message.includes('standardFontDataUrl')) warnings.push(message);
    else if (!message.startsWith('Warning:')) warn(...args);
  };
  const task = getDocument({ ...options, data: new Uint8Array(bytes), verbosity: VerbosityLevel.WARNINGS });
  try {
    const pdf = await task.promise;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      await page.getOperatorList();
      await page.getTextContent();
    }
    if (warnings.length > 0) throw new Error(`pdf.js read the PDF with warnings:\n${warnings.join('\n')}`);
    return pdf.numPages;
  } finally {
    console.warn = warn;
    await task.destroy();
  }
}
