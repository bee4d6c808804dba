import type { Theme } from '../../../shared/interviews/model';
import { themeTree, type ThemeNode } from './theme-tree';

interface ThemeChecklistProps {
  /** Unique in the page: each box's id starts with it. */
  id: string;
  legend: string;
  themes: readonly Theme[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** The theme tree as nested checkboxes: a sub-theme sits under its parent and is chosen on its own. */
export function ThemeChecklist({ id, legend, themes, checked, onChange, error }: ThemeChecklistProps) {
  const toggle = (themeId: string, on: boolean) => onChange(on ? [...checked, themeId] : checked.filter((each) => each !== themeId));
  const list = (nodes: readonly ThemeNode[]) => (
    <ul className="iv-tree">
      {nodes.map(({ theme, children }) => (
        <li key={theme.id}>
          <div className="checkbox">
            <input id={`${id}-${theme.id}`} type="checkbox" checked={checked.includes(theme.id)} onChange={(event) => toggle(theme.id, event.target.checked)} />
            <label htmlFor={`${id}-${theme.id}`}>
              <span className="iv-swatch" style={{ background: theme.colour }} aria-hidden="true" />
              {theme.name}
            </label>
          </div>
          {children.length > 0 ? list(children) : null}
        </li>
      ))}
    </ul>
  );
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'fieldset form-group-error' : 'fieldset'}>
      <legend className="label">{legend}</legend>
      {error ? <p className="error-message">{error}</p> : null}
      {themes.length === 0 ? <p>There are no themes yet. Add them under Themes and exports.</p> : list(themeTree(themes))}
    </fieldset>
  );
}
