/**
 * The bounds of a delimited file, checked in one pass over its text before the parser builds a
 * string for every cell (a 50 MB file of empty cells is 25 million strings). The pass follows
 * the parser's quoting: a quote opens a cell only at its start, "" inside is one quote, and a
 * quote closes only before a delimiter, a line end or the end. A cell or row over a limit stops
 * the pass where it ends (so the message can say how long or wide it is); rows are counted to
 * the end, which costs nothing but a loop. A quote never closed is left to the parser to report.
 */
import { AppError } from '../../../../shared/errors';
import { overLimit, type ImportLimits } from '../../../../shared/chronology/limits';

const quote = 0x22;
const lf = 0x0a;
const cr = 0x0d;

export function checkDelimitedBounds(text: string, delimiter: string, fileName: string, limits: ImportLimits): void {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  let row = 1;
  let lastWithContent = 0;
  let columns = 1;
  let cell = 0;
  let quoted = false;
  let atCellStart = true;
  let content = false;
  const endCell = (): void => {
    if (cell > limits.cellCharacters) throw new AppError('validation', overLimit.cellCharacters(fileName, row, cell, limits));
    cell = 0;
    atCellStart = true;
  };
  const endRow = (): void => {
    endCell();
    if (columns > limits.columns) throw new AppError('validation', overLimit.columns(fileName, columns, limits));
    if (content) lastWithContent = row;
    row++;
    columns = 1;
    content = false;
  };
  for (let at = text.charCodeAt(0) === 0xfeff ? 1 : 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (quoted) {
      if (code === quote) {
        const next = text.charCodeAt(at + 1);
        if (next === quote) at++;
        else if (next === separator || next === lf || next === cr || at + 1 === length) {
          quoted = false;
          continue;
        }
      }
      cell++;
      content = true;
    } else if (code === separator) {
      endCell();
      columns++;
    } else if (code === lf || code === cr) {
      if (code === cr && text.charCodeAt(at + 1) === lf) at++;
      endRow();
    } else if (code === quote && atCellStart) {
      quoted = true;
      atCellStart = false;
    } else {
      cell++;
      content = true;
      atCellStart = false;
    }
  }
  if (quoted) return;
  endRow();
  if (lastWithContent > limits.rows) throw new AppError('validation', overLimit.rows(fileName, lastWithContent, limits));
}
