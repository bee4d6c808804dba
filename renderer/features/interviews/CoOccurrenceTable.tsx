import { useInterviews } from './store';

/** How often two themes code the same excerpt or overlapping text: a matrix with theme names on both axes. */
export function CoOccurrenceTable() {
  const matrix = useInterviews((state) => state.coOccurrence);
  return (
    <section aria-labelledby="iv-co-heading">
      <h2 id="iv-co-heading">Themes that occur together</h2>
      {matrix === null ? (
        <p role="status">Loading…</p>
      ) : matrix.themes.length < 2 ? (
        <p>With two or more themes, this shows how often each pair codes the same text.</p>
      ) : (
        <div className="table-scroll">
          <table className="table iv-matrix">
            <caption className="table-caption">Excerpts coded to both themes (the diagonal: excerpts coded to the theme)</caption>
            <thead>
              <tr>
                <td />
                {matrix.themes.map((theme) => (
                  <th key={theme.id} scope="col">
                    {theme.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.themes.map((theme, row) => (
                <tr key={theme.id}>
                  <th scope="row">{theme.name}</th>
                  {matrix.themes.map((other, column) => (
                    <td key={other.id} className="iv-number">
                      {matrix.counts[row]?.[column] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
