/**
 * Page geometry, type sizes and colours in one place, so the cover, the body, the tables and the
 * page furniture agree. Units are PDF points (1/72 inch); the page is A4 portrait.
 */
export const pageSize = { width: 595.28, height: 841.89 } as const;

/** The text area. The header and footer sit in the top and bottom margins. */
export const margins = { top: 78, bottom: 72, left: 64, right: 64 } as const;

export const contentWidth = pageSize.width - margins.left - margins.right;

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
