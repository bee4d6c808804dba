/**
 * Page geometry, type sizes and colours in one place, so the cover, the body, the tables and the
 * page furniture agree. Units are PDF points (1/72 inch); pages are A4, portrait unless a request
 * asks for landscape (a wide table reads better across the long side).
 */
import type { PdfOrientation as Orientation } from './types';

export interface PageGeometry {
  orientation: Orientation;
  width: number;
  height: number;
  /** The text area's edges. The header and footer sit in the top and bottom margins. */
  margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  contentWidth: number;
  contentHeight: number;
}

const a4 = { short: 595.28, long: 841.89 } as const;
// The same margins either way round, so the furniture sits the same distance from the edges.
const margins = { top: 78, bottom: 72, left: 64, right: 64 } as const;

function geometry(orientation: Orientation): PageGeometry {
  const width = orientation === 'landscape' ? a4.long : a4.short;
  const height = orientation === 'landscape' ? a4.short : a4.long;
  return Object.freeze({
    orientation,
    width,
    height,
    margins,
    contentWidth: width - margins.left - margins.right,
    contentHeight: height - margins.top - margins.bottom,
  });
}

const geometries: Record<Orientation, PageGeometry> = { portrait: geometry('portrait'), landscape: geometry('landscape') };

/** Every page of one document shares its geometry; anything but 'landscape' is portrait. */
export function pageGeometry(orientation: Orientation | undefined): PageGeometry {
  return orientation === 'landscape' ? geometries.landscape : geometries.portrait;
}

/** Line box height as a multiple of the type size; the baseline sits `ascent` × size below the line's top. */
export const leading = 1.4;
export const ascent = 1.08;

export const sizes = {
  body: 10.5,
  note: 9,
  table: 9,
  appendix: 8,
  chrome: 8.5,
  headings: [18, 15, 13, 12, 11, 10.5] as readonly number[],
  coverTitle: 26,
  coverLine: 13,
  watermark: 120,
} as const;

export const colours = {
  text: '#111111',
  muted: '#555555',
  link: '#1f4e8c',
  code: '#7a2b12',
  codeBackground: '#efefef',
  rule: '#9a9a9a',
  grid: '#7f7f7f',
  headerFill: '#e4e4e4',
  watermark: '#dadada',
} as const;

/** Vertical space after a paragraph, inside list items, and around headings. */
export const spacing = {
  paragraph: 6,
  listItem: 2,
  headingBefore: 10,
  headingAfter: 4,
  cellPadding: 3.5,
} as const;
