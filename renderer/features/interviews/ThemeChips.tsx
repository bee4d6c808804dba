import type { Theme } from '../../../shared/interviews/model';
import { themePath } from './theme-tree';

/** An excerpt's themes: each a chip with its colour and its name (never the colour alone), a sub-theme with its parents'. */
export function ThemeChips({ themes, ids }: { themes: readonly Theme[] | null; ids: readonly string[] }) {
  if (ids.length === 0) return <span className="iv-flag">Uncoded: no theme</span>;
  return (
    <ul className="iv-chips" aria-label="Themes">
      {ids.map((id) => {
        const theme = themes?.find((each) => each.id === id);
        return (
          <li key={id} className="iv-chip">
            <span className="iv-swatch" style={{ background: theme?.colour ?? 'transparent' }} aria-hidden="true" />
            {theme && themes ? themePath(themes, id) : 'A theme no longer listed'}
          </li>
        );
      })}
    </ul>
  );
}
