import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { groupsFor, groupsShown, shortcutText, toolbarState, type ToolbarActions } from './toolbar-items';

interface ToolbarProps extends ToolbarActions {
  editor: Editor;
}

/**
 * The WAI-ARIA toolbar pattern: one tab stop; Left and Right (and Home, End) move between
 * buttons; Tab leaves. Unavailable buttons stay focusable (aria-disabled) so arrowing along the
 * toolbar never skips one silently. tiptap's own shortcuts (Ctrl+B…) work as ever in the text.
 */
export function Toolbar({ editor, ...actions }: ToolbarProps) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => toolbarState(current) });
  const shown = useEditorState({ editor, selector: ({ editor: current }) => groupsShown(current) });
  const groups = groupsFor(actions, shown);
  const items = groups.flatMap((group) => group.items);
  const positions = new Map(items.map((item, position) => [item.id, position]));
  const [current, setCurrent] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  function onKeyDown(event: KeyboardEvent) {
    const last = items.length - 1;
    const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setCurrent(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label="Formatting" aria-controls="document-text" className="doc-toolbar" onKeyDown={onKeyDown}>
      {groups.map((group) => (
        <div key={group.label} role="group" aria-label={group.label} className="doc-toolbar-group">
          {group.items.map((item) => {
            const position = positions.get(item.id) ?? 0;
            const { active, enabled } = state[item.id] ?? { active: false, enabled: true };
            return (
              <button
                key={item.id}
                ref={(element) => {
                  buttons.current[position] = element;
                }}
                type="button"
                className={`doc-tool doc-tool-${item.id}`}
                tabIndex={position === current ? 0 : -1}
                aria-pressed={item.active ? active : undefined}
                aria-disabled={enabled ? undefined : true}
                aria-keyshortcuts={item.shortcut}
                aria-label={item.short ? item.label : undefined}
                title={item.shortcut ? `${item.label} (${shortcutText(item.shortcut)})` : item.short ? item.label : undefined}
                onFocus={() => setCurrent(position)}
                onClick={() => {
                  if (enabled) item.run(editor, actions);
                }}
              >
                {item.short ?? item.label}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
