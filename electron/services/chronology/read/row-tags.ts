/**
 * Counts a worksheet's <row> elements as its XML streams past, without parsing it: the cheap
 * way to refuse a sheet of 1,500,000 rows before exceljs builds an object for each. Chunks are
 * latin1 text (a UTF-8 byte of a name can never look like "<row"); a tag cut between two chunks
 * is carried over and counted once. The sheet's <dimension> (its used range, written near the
 * top by Excel) is kept, so a refusal can say how many rows the sheet has, not only "more than".
 */
export interface RowTagCounter {
  /** Adds a chunk of the sheet's XML; returns the rows counted so far. */
  add(chunk: string): number;
  /** Counts what was carried over; returns the total. */
  finish(): number;
  /** The rows the sheet's used range spans, once seen; null before (or without) it. */
  readonly dimensionRows: number | null;
}

// "<row " or "<x:row>" (some writers prefix the spreadsheet namespace); never "<rowBreaks".
const rowTag = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;
const dimension = /<(?:[A-Za-z_][\w.-]*:)?dimension\s+ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/;
/** Longer than any row tag: a match starting this close to a chunk's end waits for the next. */
const carry = 64;
/** The dimension comes before the rows; no need to look for it after this much. */
const dimensionWithin = 4096;

export function countRowTags(): RowTagCounter {
  let count = 0;
  let pending = '';
  let head = '';
  let dimensionRows: number | null = null;
  const countIn = (text: string, upTo: number): void => {
    rowTag.lastIndex = 0;
    for (let match = rowTag.exec(text); match !== null && match.index < upTo; match = rowTag.exec(text)) count++;
  };
  return {
    add(chunk) {
      if (head.length < dimensionWithin) {
        head += chunk.slice(0, dimensionWithin);
        const found = dimension.exec(head);
        if (found) dimensionRows = found[2] === undefined ? 1 : Number(found[2]) - Number(found[1]) + 1;
      }
      const text = pending + chunk;
      const upTo = Math.max(0, text.length - carry);
      countIn(text, upTo);
      pending = text.slice(upTo);
      return count;
    },
    finish() {
      countIn(pending, pending.length);
      pending = '';
      return count;
    },
    get dimensionRows() {
      return dimensionRows;
    },
  };
}
