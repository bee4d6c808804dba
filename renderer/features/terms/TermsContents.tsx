import type { Editor } from '@tiptap/core';
import { useEffect, useState, type MouseEvent } from 'react';
import type { DocJson } from '../../../shared/documents/model';
import { closingItems, fieldItems, jumpTo, sectionHeadings, sectionItems, signedItems, type ContentsItem } from './contents';
import { useCurrentItem } from './use-current-item';

interface ContentsGroup {
  heading?: string;
  items: readonly ContentsItem[];
  /** Said when the group has no entries. */
  empty?: string;
}

/** The contents of a version being drafted: its fields, the headings of its sections (as typed), sign-off and the versions. */
export function TermsContents({ editor }: { editor: Editor | null }) {
  const headings = useSectionHeadings(editor);
  return (
    <ContentsNav
      editor={editor}
      groups={[
        { heading: 'The terms', items: fieldItems },
        { heading: 'Sections', items: sectionItems(headings), empty: 'No headings yet.' },
        { items: closingItems },
      ]}
    />
  );
}

/** The contents of a signed version: the headings of its text, as its PDF has them, then sign-off and the versions. */
export function SignedContents({ doc }: { doc: DocJson }) {
  return <ContentsNav editor={null} groups={[{ heading: 'The terms as signed', items: signedItems(doc) }, { items: closingItems }]} />;
}

/**
 * The contents rail: every part of the terms, the one in view marked, and a jump that takes
 * focus there. Beside the terms on a wide window; on a narrow one (or at 200% zoom) it folds into
 * a "Contents" button above them, so it never takes the page's width.
 */
function ContentsNav({ groups, editor }: { groups: readonly ContentsGroup[]; editor: Editor | null }) {
  const items = groups.flatMap((group) => group.items);
  const [current, setCurrent] = useCurrentItem(items, editor);
  const [open, setOpen] = useState(false);

  function jump(event: MouseEvent<HTMLAnchorElement>, item: ContentsItem) {
    event.preventDefault();
    setCurrent(item.key);
    setOpen(false);
    jumpTo(item.target, editor);
  }

  const link = (item: ContentsItem) => (
    <li key={item.key}>
      <a href={item.target.kind === 'element' ? `#${item.target.id}` : '#tor-sections-heading'} className="tor-contents-link" aria-current={current === item.key ? 'location' : undefined} onClick={(event) => jump(event, item)}>
        {item.label}
      </a>
    </li>
  );
  return (
    <nav aria-label="Contents of the terms of reference" className={open ? 'tor-contents tor-contents-open' : 'tor-contents'}>
      <button type="button" className="button button-secondary button-small tor-contents-toggle" aria-expanded={open} aria-controls="tor-contents-lists" onClick={() => setOpen(!open)}>
        Contents
      </button>
      <div id="tor-contents-lists" className="tor-contents-lists">
        {groups.map((group, index) => (
          <div key={index}>
            {group.heading ? <h2 className="tor-contents-heading">{group.heading}</h2> : null}
            {group.items.length > 0 ? <ul className={group.heading ? 'tor-contents-list' : 'tor-contents-list tor-contents-closing'}>{group.items.map(link)}</ul> : <p className="hint">{group.empty}</p>}
          </div>
        ))}
      </div>
    </nav>
  );
}

/** The sections' headings, read again as the user types (a heading added, renamed or removed). */
function useSectionHeadings(editor: Editor | null) {
  const [headings, setHeadings] = useState(() => (editor ? sectionHeadings(editor) : []));
  useEffect(() => {
    if (!editor) return;
    const read = () =>
      setHeadings((previous) => {
        const next = sectionHeadings(editor);
        return JSON.stringify(next.map((heading) => heading.text)) === JSON.stringify(previous.map((heading) => heading.text)) ? previous : next;
      });
    read();
    editor.on('update', read);
    return () => {
      editor.off('update', read);
    };
  }, [editor]);
  return headings;
}
