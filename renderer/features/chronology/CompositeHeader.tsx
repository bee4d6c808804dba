import { useEffect, useRef, type PointerEvent } from 'react';
import type { CompositeColumns } from '../../../shared/chronology/columns';
import { entryCount } from './entry-words';
import { withWidth, type ShownColumn } from './columns';
import type { ColumnChoice } from './use-columns';

interface CompositeHeaderProps {
  columns: readonly ShownColumn[];
  height: number;
  /** Entries the filters show, and how many of them are ticked. */
  shown: number;
  ticked: number;
  onTickAll: (on: boolean) => void;
  columnChoice: ColumnChoice;
}

/**
 * The grid's header row: a tick box for every entry shown, the fixed date, and each column with
 * a handle to drag it wider or narrower (by keyboard, Columns above the grid does the same).
 */
export function CompositeHeader({ columns, height, shown, ticked, onTickAll, columnChoice }: CompositeHeaderProps) {
  const all = shown > 0 && ticked >= shown;
  return (
    <div role="rowgroup" className="chron-grid-head">
      <div role="row" aria-rowindex={1} className="chron-row" style={{ height }}>
        <div role="columnheader" aria-colindex={1} className="chron-cell chron-cell-select">
          <TickAll all={all} some={ticked > 0 && !all} label={`Select all ${entryCount(shown)} shown`} disabled={shown === 0} onChange={onTickAll} />
        </div>
        <div role="columnheader" aria-colindex={2} className="chron-cell chron-cell-date">
          Date
        </div>
        {columns.map((column) => (
          <div key={column.key} role="columnheader" aria-colindex={column.index} className="chron-cell">
            {column.label}
            <ResizeHandle column={column} columnChoice={columnChoice} />
          </div>
        ))}
      </div>
    </div>
  );
}

interface TickAllProps {
  all: boolean;
  some: boolean;
  label: string;
  disabled: boolean;
  onChange: (on: boolean) => void;
}

function TickAll({ all, some, label, disabled, onChange }: TickAllProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return <input ref={box} type="checkbox" checked={all} disabled={disabled} aria-label={label} onChange={(event) => onChange(event.target.checked)} />;
}

/** Pointer only (hidden from assistive technology): the Columns panel is the keyboard's way. */
function ResizeHandle({ column, columnChoice }: { column: ShownColumn; columnChoice: ColumnChoice }) {
  const drag = useRef<{ startX: number; startWidth: number; rem: number; last: CompositeColumns } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLSpanElement>) {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    drag.current = { startX: event.clientX, startWidth: column.width, rem, last: columnChoice.choice };
  }

  function onPointerMove(event: PointerEvent<HTMLSpanElement>) {
    const state = drag.current;
    if (!state) return;
    state.last = withWidth(columnChoice.choice, column.key, state.startWidth + (event.clientX - state.startX) / state.rem);
    columnChoice.change(state.last, false);
  }

  function onPointerUp() {
    const state = drag.current;
    drag.current = null;
    if (state) columnChoice.change(state.last, true);
  }

  return (
    <span
      aria-hidden="true"
      className="chron-resize"
      title={`Drag to make ${column.label} wider or narrower`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
