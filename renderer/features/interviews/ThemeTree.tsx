import { useState } from 'react';
import type { Theme } from '../../../shared/interviews/model';
import { excerptsText } from './words';
import { DeleteTheme } from './DeleteTheme';
import { useInterviews } from './store';
import { ThemeForm } from './ThemeForm';
import { themeTree, type ThemeNode } from './theme-tree';

type Doing = { kind: 'edit' | 'add-sub' | 'delete'; id: string } | null;

/** The theme tree, each theme with its count and what can be done to it, one form open at a time. */
export function ThemeTree({ themes, onNotice }: { themes: readonly Theme[]; onNotice: (message: string) => void }) {
  const show = useInterviews((state) => state.show);
  const [doing, setDoing] = useState<Doing>(null);
  const done = (message: string) => {
    setDoing(null);
    onNotice(message);
  };

  const list = (nodes: readonly ThemeNode[], label?: string) => (
    <ul className="iv-tree" aria-label={label}>
      {nodes.map(({ theme, children }) => (
        <li key={theme.id}>
          <div className="iv-theme-row">
            <span className="iv-swatch" style={{ background: theme.colour }} aria-hidden="true" />
            <button type="button" className="link-button" onClick={() => show({ name: 'theme', id: theme.id })}>
              {theme.name}
            </button>
            <span className="hint">{excerptsText(theme.excerpts)}</span>
            {(['edit', 'add-sub', 'delete'] as const).map((kind) => (
              <button key={kind} type="button" className="link-button iv-theme-action" aria-expanded={doing?.kind === kind && doing.id === theme.id} onClick={() => setDoing(doing?.kind === kind && doing.id === theme.id ? null : { kind, id: theme.id })}>
                {actionLabels[kind]}
                <span className="visually-hidden"> {theme.name}</span>
              </button>
            ))}
          </div>
          {theme.description ? <p className="hint">{theme.description}</p> : null}
          {doing?.id === theme.id && doing.kind === 'edit' ? <ThemeForm heading={`Edit ${theme.name}`} theme={theme} parentId={theme.parentId} onDone={done} /> : null}
          {doing?.id === theme.id && doing.kind === 'add-sub' ? <ThemeForm heading={`Add a sub-theme to ${theme.name}`} parentId={theme.id} onDone={done} /> : null}
          {doing?.id === theme.id && doing.kind === 'delete' ? <DeleteTheme theme={theme} onDone={done} /> : null}
          {children.length > 0 ? list(children) : null}
        </li>
      ))}
    </ul>
  );

  return themes.length === 0 ? <p>No themes yet. Add one below, or import a codebook.</p> : list(themeTree(themes), 'Themes');
}

const actionLabels = { edit: 'Edit', 'add-sub': 'Add sub-theme', delete: 'Delete' } as const;
