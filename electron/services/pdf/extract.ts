/**
 * Reads back what a PDF shows a reader: the text of every page, the document information and XMP
 * metadata, and the outline. The publication check uses it on every anonymised PDF before the
 * file is saved, so it reads the finished bytes the way a reader's software will — not the model
 * the engine drew from.
 */
export interface PdfReading {
  pages: string[];
  /** Document information (Title, Author, Subject, Keywords and our own keys) as text. */
  info: Record<string, string>;
  /** The XMP metadata packet, if any. */
  xmp: string | null;
  /** Outline (bookmark) titles, depth first. */
  outline: string[];
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}

/** `onPage` is told after each page is read (for progress: a long PDF takes seconds). */
export async function readPdf(bytes: Uint8Array, onPage?: (done: number, total: number) => void): Promise<PdfReading> {
  // pdf.js is an ES module; loaded when first needed so the app starts without it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may detach the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
      onPage?.(number, pdf.numPages);
    }
    const metadata = await pdf.getMetadata();
    const info = flattenInfo(metadata.info);
    const outline: string[] = [];
    const walk = (nodes: OutlineNode[] | null) => {
      for (const node of nodes ?? []) {
        outline.push(node.title);
        walk(node.items);
      }
    };
    walk((await pdf.getOutline()) as OutlineNode[] | null);
    const xmp = metadata.metadata?.getRaw() ?? null;
    return { pages, info, xmp, outline };
  } finally {
    await pdf.destroy();
  }
}

/** Only the document information, without reading a page (quick, for `audit verify --against`). */
export async function readPdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return flattenInfo((await pdf.getMetadata()).info);
  } finally {
    await pdf.destroy();
  }
}

/** Our own keys come back from pdf.js under "Custom": "Custom.PrwAuditAnchor". */
function flattenInfo(raw: unknown): Record<string, string> {
  const info: Record<string, string> = {};
  for (const [key, value] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'string') info[key] = value;
    else if (value && typeof value === 'object') for (const [inner, text] of Object.entries(value)) if (typeof text === 'string') info[`${key}.${inner}`] = text;
  }
  return info;
}
