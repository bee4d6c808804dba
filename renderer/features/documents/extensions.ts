/**
 * The editor's schema: only what shared/documents/model.ts lists as supported (the PDF engine
 * draws exactly those), so nothing typed or pasted can fail at export. Shared by the editor and
 * its unit tests, so the tests exercise the schema users get.
 */
import { mergeAttributes, type Extensions } from '@tiptap/core';
import { Table, TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { Footnote } from './footnote';
import { isSafeLink, normaliseLink } from './links';
import { Reference } from './reference';

/**
 * Tiptap's table writes its column widths as a `style` attribute, which the app's Content
 * Security Policy (style-src 'self') refuses, logging an error each time. Column widths are
 * not part of the document model, so the table is drawn without them.
 */
const PlainTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    const { style: _style, ...attributes } = mergeAttributes(this.options.HTMLAttributes, HTMLAttributes) as Record<string, unknown>;
    return ['table', attributes, ['tbody', 0]];
  },
});

/** A link target the editor may keep: a web or email address, or what autolink will make one of. */
function allowedLink(url: string): boolean {
  return isSafeLink(url) || normaliseLink(url) !== null;
}

export function documentExtensions(): Extensions {
  return [
    StarterKit.configure({
      // The PDF engine does not draw code blocks; a pasted one becomes paragraphs.
      codeBlock: false,
      heading: { levels: [1, 2, 3] },
      link: {
        // A click in a document places the caret; nothing is ever opened from the editor.
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: [],
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow', class: null },
        isAllowedUri: allowedLink,
        shouldAutoLink: allowedLink,
      },
    }),
    // The kit's rows and cells, with the table itself drawn without widths (above).
    TableKit.configure({ table: false }),
    PlainTable.configure({ resizable: false }),
    Reference,
    Footnote,
  ];
}
