/**
 * Very long table cells. The workspace keeps every character of a cell; a PDF table draws at most
 * `cellCharacterBudget` of them, cut at a word, and ends the cell with a note that says so and
 * where the full text is. One 5 MB cell used to become a PDF of thousands of pages that nobody
 * could print or read in a meeting; cutting before the text is wrapped also means the engine
 * never breaks megabytes into lines only to draw a few pages of them.
 */
import type { Measurer } from './measure';
import { plainMarks, type Block, type Inline, type Line, type Style } from './model';
import { styleFor } from './styles';
import { colours } from './theme';
import { wrapPlain } from './wrap';

/**
 * The most characters one table cell draws. Real chronology entries run to a few thousand
 * characters at most (see shared/chronology/limits.ts), and 3,000 is about a page and a half in
 * the chronology's widest column: long real entries stay whole, while one cell, even in a narrow
 * column, can never take more than a few pages.
 */
export const cellCharacterBudget = 3_000;

/**
 * The most lines one cell draws, about three pages: far more than any cell within the character
 * budget needs in a usable column, but a column dragged very narrow in the editor can fit a
 * character or two per line, and 3,000 characters would then run to dozens of pages.
 */
export const cellLineBudget = 180;

/** How far back from the budget a cut looks for a space; a run of letters longer than this is not a word. */
const wordReach = 100;

/** "41,260", as readers write numbers. */
export function formatCharacters(count: number): string {
  return count.toLocaleString('en-GB');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * `text` cut to at most `limit` characters, at the last space within reach. With no space there,
 * `hard` cuts inside the word (one endless "word" still shows its start); otherwise nothing is kept.
 */
export function cutAtWord(text: string, limit: number, hard = true): string {
  if (text.length <= limit) return text;
  for (let index = limit; index >= Math.max(0, limit - wordReach); index--) {
    if (isSpace(text.charCodeAt(index))) return text.slice(0, index).trimEnd();
  }
  if (!hard) return '';
  const last = text.charCodeAt(limit - 1);
  // Never half of a character written as a surrogate pair (an emoji, a rare CJK character).
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/** A plain-text cell cut to the budget, with an ellipsis where it stops; null when it fits whole. */
export function shortenText(text: string, budget = cellCharacterBudget): string | null {
  if (text.length <= budget) return null;
  return `${cutAtWord(text, budget)}…`;
}

function inlineCharacters(inlines: readonly Inline[]): number {
  let count = 0;
  for (const inline of inlines) if (inline.kind === 'text') count += inline.text.length;
  return count;
}

/** Characters of text in a cell's blocks, nested lists, quotes and tables included. */
export function blockCharacters(blocks: readonly Block[]): number {
  let count = 0;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        count += inlineCharacters(block.inlines);
        break;
      case 'list':
        for (const item of block.items) count += blockCharacters(item);
        break;
      case 'quote':
        count += blockCharacters(block.blocks);
        break;
      case 'table':
        for (const row of block.rows) for (const cell of row) count += blockCharacters(cell.blocks);
        break;
      case 'rule':
        break;
    }
  }
  return count;
}

/** Walks a cell's blocks in reading order, keeping text until the budget is spent. */
class Cutter {
  private left: number;

  constructor(private readonly budget: number) {
    this.left = budget;
  }

  get spent(): boolean {
    return this.left <= 0;
  }

  inlines(inlines: readonly Inline[]): Inline[] {
    const out: Inline[] = [];
    for (const inline of inlines) {
      if (this.spent) break;
      if (inline.kind === 'break' || inline.text.length <= this.left) {
        out.push(inline);
        if (inline.kind === 'text') this.left -= inline.text.length;
        continue;
      }
      // Inside a word only when nothing has been kept yet: otherwise the cut ends at a whole word.
      const text = cutAtWord(inline.text, this.left, this.left === this.budget);
      out.push({ ...inline, text: `${text}…` });
      this.left = 0;
    }
    return out;
  }

  blocks(blocks: readonly Block[]): Block[] {
    const out: Block[] = [];
    for (const block of blocks) {
      if (this.spent) break;
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
          out.push({ ...block, inlines: this.inlines(block.inlines) });
          break;
        case 'list': {
          const items: Block[][] = [];
          for (const item of block.items) if (!this.spent) items.push(this.blocks(item));
          out.push({ ...block, items });
          break;
        }
        case 'quote':
          out.push({ ...block, blocks: this.blocks(block.blocks) });
          break;
        case 'table':
          out.push({ ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, blocks: this.blocks(cell.blocks) }))) });
          break;
        case 'rule':
          out.push(block);
          break;
      }
    }
    return out;
  }
}

/** A rich cell cut to the budget, and how long it really is; null when it fits whole. */
export function shortenBlocks(blocks: readonly Block[], budget = cellCharacterBudget): { blocks: Block[]; characters: number } | null {
  const characters = blockCharacters(blocks);
  if (characters <= budget) return null;
  return { blocks: new Cutter(budget).blocks(blocks), characters };
}

const noteStyles = new Map<number, Style>();

/** Italic in the muted grey of the page numbers: the engine's words, not the cell's. */
function noteStyle(size: number): Style {
  let style = noteStyles.get(size);
  if (!style) {
    style = Object.freeze({ ...styleFor({ ...plainMarks, italic: true }, size), colour: colours.muted });
    noteStyles.set(size, style);
  }
  return style;
}

/**
 * A cell's lines as drawn: at most `cellLineBudget` of them, and the note (made only when needed)
 * after them when the text was cut to the character budget (`shortened`) or to the line budget.
 */
export function withNote(lines: Line[], shortened: boolean, note: () => string, size: number, width: number, measurer: Measurer): Line[] {
  const tall = lines.length > cellLineBudget;
  if (!tall && !shortened) return lines;
  const kept = tall ? lines.slice(0, cellLineBudget) : lines;
  return [...kept, ...wrapPlain(note(), noteStyle(size), width, measurer)];
}
