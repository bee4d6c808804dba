/**
 * The toolbar's buttons: what each does, when it shows as pressed and when it can act. Kept as
 * data so the toolbar stays one keyboard pattern and each button one line here.
 */
import type { Editor } from '@tiptap/core';

/** What the toolbar can open besides running an editor command. */
export interface ToolbarActions {
  openLink: () => void;
  openReference: () => void;
  /** Optional: an editor without footnotes (or its form) has no Footnote button. */
  openFootnote?: () => void;
}

export interface ToolbarItem {
  id: string;
  /** The button's name, read aloud and shown as its tooltip. */
  label: string;
  /**
   * What the button shows when its name is long for a toolbar ("B" for Bold); the name otherwise.
   * Always part of the name (or a symbol), so speech users can say what they see (WCAG 2.5.3).
   */
  short?: string;
  /** For aria-keyshortcuts and the tooltip: tiptap's own shortcut for the same command. */
  shortcut?: string;
  run: (editor: Editor, actions: ToolbarActions) => void;
  /** Marks and block types: shown with aria-pressed. */
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
  /** Shown only when the toolbar is given this action. */
  needs?: keyof ToolbarActions;
}

export interface ToolbarGroup {
  label: string;
  items: ToolbarItem[];
  /** Shown only then (the table's rows and columns, while the caret is in a table). */
  showWhen?: (editor: Editor) => boolean;
}

const heading = (level: 1 | 2 | 3): ToolbarItem => ({
  id: `heading-${level}`,
  label: `Heading ${level}`,
  shortcut: `Control+Alt+${level}`,
  run: (editor) => editor.chain().focus().toggleHeading({ level }).run(),
  active: (editor) => editor.isActive('heading', { level }),
});

export const toolbarGroups: ToolbarGroup[] = [
  {
    label: 'History',
    items: [
      { id: 'undo', label: 'Undo', short: '↶', shortcut: 'Control+Z', run: (editor) => editor.chain().focus().undo().run(), enabled: (editor) => editor.can().undo() },
      { id: 'redo', label: 'Redo', short: '↷', shortcut: 'Control+Shift+Z', run: (editor) => editor.chain().focus().redo().run(), enabled: (editor) => editor.can().redo() },
    ],
  },
  { label: 'Headings', items: [heading(1), heading(2), heading(3)] },
  {
    label: 'Text style',
    items: [
      { id: 'bold', label: 'Bold', short: 'B', shortcut: 'Control+B', run: (editor) => editor.chain().focus().toggleBold().run(), active: (editor) => editor.isActive('bold') },
      { id: 'italic', label: 'Italic', short: 'I', shortcut: 'Control+I', run: (editor) => editor.chain().focus().toggleItalic().run(), active: (editor) => editor.isActive('italic') },
      { id: 'underline', label: 'Underline', short: 'U', shortcut: 'Control+U', run: (editor) => editor.chain().focus().toggleUnderline().run(), active: (editor) => editor.isActive('underline') },
      { id: 'strike', label: 'Strikethrough', short: 'S', shortcut: 'Control+Shift+S', run: (editor) => editor.chain().focus().toggleStrike().run(), active: (editor) => editor.isActive('strike') },
      { id: 'link', label: 'Link', run: (_editor, actions) => actions.openLink(), active: (editor) => editor.isActive('link') },
    ],
  },
  {
    label: 'Lists and quotes',
    items: [
      { id: 'bullets', label: 'Bulleted list', short: 'Bulleted', shortcut: 'Control+Shift+8', run: (editor) => editor.chain().focus().toggleBulletList().run(), active: (editor) => editor.isActive('bulletList') },
      { id: 'numbers', label: 'Numbered list', short: 'Numbered', shortcut: 'Control+Shift+7', run: (editor) => editor.chain().focus().toggleOrderedList().run(), active: (editor) => editor.isActive('orderedList') },
      { id: 'quote', label: 'Quotation', short: '“ ”', shortcut: 'Control+Shift+B', run: (editor) => editor.chain().focus().toggleBlockquote().run(), active: (editor) => editor.isActive('blockquote') },
    ],
  },
  {
    label: 'Insert',
    items: [
      { id: 'reference', label: 'Reference…', run: (_editor, actions) => actions.openReference() },
      {
        id: 'footnote',
        label: 'Footnote',
        needs: 'openFootnote',
        run: (_editor, actions) => actions.openFootnote?.(),
        active: (editor) => editor.isActive('footnote'),
        enabled: (editor) => editor.can().setFootnote('note'),
      },
      { id: 'rule', label: 'Dividing line', short: '—', run: (editor) => editor.chain().focus().setHorizontalRule().run() },
      {
        id: 'table',
        label: 'Table',
        run: (editor) => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        enabled: (editor) => editor.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
      },
    ],
  },
  {
    label: 'Table rows and columns',
    showWhen: (editor) => editor.isActive('table'),
    items: [
      { id: 'row-add', label: 'Add row', run: (editor) => editor.chain().focus().addRowAfter().run(), enabled: (editor) => editor.can().addRowAfter() },
      { id: 'row-delete', label: 'Delete row', run: (editor) => editor.chain().focus().deleteRow().run(), enabled: (editor) => editor.can().deleteRow() },
      { id: 'column-add', label: 'Add column', run: (editor) => editor.chain().focus().addColumnAfter().run(), enabled: (editor) => editor.can().addColumnAfter() },
      { id: 'column-delete', label: 'Delete column', run: (editor) => editor.chain().focus().deleteColumn().run(), enabled: (editor) => editor.can().deleteColumn() },
    ],
  },
];

export const toolbarItems: ToolbarItem[] = toolbarGroups.flatMap((group) => group.items);

/** The groups with only the buttons these actions allow, and only the groups that apply where the caret is. */
export function groupsFor(actions: ToolbarActions, shown: Record<string, boolean> = {}): ToolbarGroup[] {
  return toolbarGroups
    .filter((group) => !group.showWhen || shown[group.label])
    .map((group) => ({ ...group, items: group.items.filter((item) => !item.needs || actions[item.needs]) }));
}

/** Which of the groups that come and go apply to the editor as it is now. */
export function groupsShown(editor: Editor): Record<string, boolean> {
  return Object.fromEntries(toolbarGroups.filter((group) => group.showWhen).map((group) => [group.label, group.showWhen!(editor)]));
}

export interface ItemState {
  active: boolean;
  enabled: boolean;
}

/** Every button's pressed and enabled state for the editor as it is now. */
export function toolbarState(editor: Editor): Record<string, ItemState> {
  const state: Record<string, ItemState> = {};
  for (const item of toolbarItems) state[item.id] = { active: item.active?.(editor) ?? false, enabled: item.enabled?.(editor) ?? true };
  return state;
}

/** "Control+Shift+8" as a tooltip reads it: "Ctrl+Shift+8". */
export function shortcutText(shortcut: string): string {
  return shortcut.replace('Control', 'Ctrl');
}
