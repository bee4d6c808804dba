import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ChronologyEntry } from '../../../shared/chronology/views';
import { cellText, columnCount, gridTemplate, rowWidth, type ShownColumn } from './columns';
import { CompositeHeader } from './CompositeHeader';
import { dateInWords, flagLabel } from './entry-words';
import { selectChecked, selectOpenId, useChronology } from './store';
import type { ColumnChoice } from './use-columns';

/** Fixed heights keep 50,000 rows cheap: long text is clipped here and read in full in the detail panel. */
export const rowHeight = 76;
const headerHeight = 48;
const pageRows = 8;

interface CompositeTableProps {
  entries: readonly ChronologyEntry[];
  columns: readonly ShownColumn[];
  columnChoice: ColumnChoice;
  /** Open an entry in the detail panel; `byKeyboard` moves focus there. */
  onOpen: (id: string, byKeyboard: boolean) => void;
}

/**
 * The composite as an ARIA grid that only renders the rows in view: aria-rowcount says how many
 * there are and each row's aria-rowindex where it is, so a screen reader counts the whole table.
 * One row is in the tab order; the arrows, Page Up/Down, Home and End move between rows, Enter
 * opens the row's entry and Space ticks it.
 */
export function CompositeTable({ entries, columns, columnChoice, onOpen }: CompositeTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, entries.length - 1));
  const checked = useChronology(selectChecked);
  const openId = useChronology(selectOpenId);
  const setChecked = useChronology((state) => state.setChecked);
  // Counted once per change of list or ticks, not on every keystroke that moves the focus (50,000 rows).
  const ticked = useMemo(() => entries.reduce((count, entry) => (checked.has(entry.id) ? count + 1 : count), 0), [entries, checked]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read fresh each render; no React Compiler memoises this component.
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    scrollMargin: headerHeight,
    getItemKey: (index) => entries[index]?.id ?? index,
    // The row in the tab order stays rendered when scrolled away, so Tab can always reach the grid.
    rangeExtractor: (range: Range) => withRow(defaultRangeExtractor(range), current),
  });

  useEffect(() => {
    if (!focusPending.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${current}"]`);
    if (!row) return;
    focusPending.current = false;
    row.focus({ preventScroll: true });
  });

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(index, entries.length - 1));
    setActive(target);
    focusPending.current = true;
    virtualizer.scrollToIndex(target, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const entry = entries[index];
    const inCheckbox = (event.target as HTMLElement).tagName === 'INPUT';
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + pageRows, PageUp: index - pageRows, Home: 0, End: entries.length - 1 };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      moveTo(to);
    } else if (event.key === 'Enter' && entry && !inCheckbox) {
      event.preventDefault();
      onOpen(entry.id, true);
    } else if (event.key === ' ' && entry && !inCheckbox) {
      event.preventDefault();
      setChecked([entry.id], !checked.has(entry.id));
    }
  }

  function onClick(event: MouseEvent<HTMLDivElement>, index: number, entry: ChronologyEntry) {
    setActive(index);
    if ((event.target as HTMLElement).tagName !== 'INPUT') onOpen(entry.id, false);
  }

  return (
    <div
      ref={scroller}
      role="grid"
      className="chron-grid"
      aria-labelledby="composite-grid-label"
      aria-describedby="composite-grid-keys"
      aria-rowcount={entries.length + 1}
      aria-colcount={columnCount}
      aria-multiselectable="true"
      style={{ scrollPaddingTop: headerHeight, ['--chron-columns' as string]: gridTemplate(columns), ['--chron-row-width' as string]: `${rowWidth(columns)}rem` }}
    >
      <CompositeHeader
        columns={columns}
        height={headerHeight}
        shown={entries.length}
        ticked={ticked}
        onTickAll={(on) => setChecked(entries.map((entry) => entry.id), on)}
        columnChoice={columnChoice}
      />
      <div role="rowgroup" className="chron-grid-body" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (!entry) return null;
          const isChecked = checked.has(entry.id);
          const isOpen = entry.id === openId;
          return (
            <div
              key={item.key}
              role="row"
              data-index={item.index}
              data-entry-id={entry.id}
              aria-rowindex={item.index + 2}
              aria-selected={isChecked}
              aria-current={isOpen ? 'true' : undefined}
              tabIndex={item.index === current ? 0 : -1}
              className={isOpen ? 'chron-row chron-row-open' : 'chron-row'}
              style={{ height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` }}
              onClick={(event) => onClick(event, item.index, entry)}
              onFocus={() => setActive(item.index)}
            >
              <EntryCells entry={entry} columns={columns} checked={isChecked} inTabOrder={item.index === current} onCheck={(on) => setChecked([entry.id], on)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function withRow(indexes: number[], row: number): number[] {
  if (indexes.includes(row) || row < 0) return indexes;
  return [...indexes, row].sort((a, b) => a - b);
}

interface EntryCellsProps {
  entry: ChronologyEntry;
  columns: readonly ShownColumn[];
  checked: boolean;
  inTabOrder: boolean;
  onCheck: (checked: boolean) => void;
}

function EntryCells({ entry, columns, checked, inTabOrder, onCheck }: EntryCellsProps) {
  return (
    <>
      <div role="gridcell" aria-colindex={1} className="chron-cell chron-cell-select">
        <input
          type="checkbox"
          checked={checked}
          tabIndex={inTabOrder ? 0 : -1}
          aria-label={`Select ${dateInWords(entry.date)}, ${entry.agency}`}
          onChange={(event) => onCheck(event.target.checked)}
        />
      </div>
      <div role="gridcell" aria-colindex={2} className="chron-cell chron-cell-date">
        <span className="chron-written">{dateInWords(entry.date)}</span>
        {/* How the agency wrote it: one step away, for checking against the source. */}
        <span className="chron-as-written">as written: {entry.date.text}</span>
        {entry.flags.length > 0 ? (
          <span className="chron-flags">
            {entry.flags.map((flag) => (
              <span key={flag} className="tag chron-flag">
                {flagLabel(flag)}
              </span>
            ))}
          </span>
        ) : null}
      </div>
      {columns.map((column) => (
        <div key={column.key} role="gridcell" aria-colindex={column.index} className="chron-cell">
          <span className="chron-clamp">{cellText(entry, column.key)}</span>
        </div>
      ))}
    </>
  );
}
