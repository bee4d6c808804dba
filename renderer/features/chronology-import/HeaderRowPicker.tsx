import type { SourceInspection } from '../../../shared/chronology/views';
import { truncate } from './import-words';

interface HeaderRowPickerProps {
  inspection: SourceInspection;
  headerIndex: number;
  onPick: (index: number) => void;
}

/** "A", "B", … "Z", "AA": the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The first rows of the sheet, one radio button a row, to say which holds the column names. */
export function HeaderRowPicker({ inspection, headerIndex, onPick }: HeaderRowPickerProps) {
  const width = Math.max(1, ...inspection.topRows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, index) => index);
  return (
    <fieldset className="fieldset form-group" aria-describedby="import-header-hint">
      <legend className="legend">Header row</legend>
      <div id="import-header-hint" className="hint">
        The row with the column names; rows above it are skipped. If the app chose the wrong row, choose the right one.
      </div>
      <div className="ci-scroll" role="region" aria-label={`First rows of ${inspection.fileName}`} tabIndex={0}>
        <table className="table table-wide ci-rows">
          <caption className="visually-hidden">The first {inspection.topRows.length} rows of {inspection.fileName}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              {columns.map((index) => (
                <th scope="col" key={index}>
                  <span className="visually-hidden">Column </span>
                  {columnLetter(index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.topRows.map((row) => {
              const isHeader = row.index === headerIndex;
              const id = `import-header-${row.index}`;
              return (
                <tr key={row.index} className={isHeader ? 'ci-header-row' : undefined}>
                  <th scope="row">
                    <span className="ci-radio">
                      <input id={id} type="radio" name="import-header-row" checked={isHeader} onChange={() => onPick(row.index)} />
                      <label htmlFor={id}>Row {row.rowNumber}</label>
                      {isHeader && <span className="tag">Header</span>}
                    </span>
                  </th>
                  {columns.map((index) => (
                    <td key={index}>{truncate(row.cells[index] ?? '', 30)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
