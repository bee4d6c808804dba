import type { Theme } from '../../../shared/interviews/model';

/** An excerpt's themes: each a chip with its colour and its name (never the colour alone). */
export function ThemeChips({ themes, ids }: { themes: readonly Theme[] | null; ids: readonly string[] }) {
  if (ids.length === 0) return <span className="iv-flag">Uncoded: no theme</span>;
  return (
    <ul className="iv-chips" aria-label="Themes">
      {ids.map((id) => {
        const theme = themes?.find((each) => each.id === id);
        return (
          <li key={id} className="iv-chip">
            <span className="iv-swatch" style={{ background: theme?.colour ?? 'transparent' }} aria-hidden="true" />
            {theme?.name ?? 'A theme no longer listed'}
          </li>
        );
      })}
    </ul>
  );
}
