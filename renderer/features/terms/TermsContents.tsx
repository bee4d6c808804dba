import type { Editor } from '@tiptap/core';
import { useEffect, useState, type MouseEvent } from 'react';
import { closingItems, fieldItems, jumpTo, sectionHeadings, sectionItems, type ContentsItem } from './contents';
import { useCurrentItem } from './use-current-item';

/**
 * The contents rail: every field and section of the terms, the one in view marked, and a jump
 * that takes focus there. Beside the terms on a wide window; on a narrow one (or at 200% zoom) it
 * folds into a "Contents" button above them, so it never takes the page's width.
 */
export function TermsContents({ editor }: { editor: Editor | null }) {
  const headings = useSectionHeadings(editor);
  const items = [...fieldItems, ...sectionItems(headings), ...closingItems];
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
        <h2 className="tor-contents-heading">The terms</h2>
        <ul className="tor-contents-list">{fieldItems.map(link)}</ul>
        <h2 className="tor-contents-heading">Sections</h2>
        {headings.length > 0 ? <ul className="tor-contents-list">{sectionItems(headings).map(link)}</ul> : <p className="hint">No headings yet.</p>}
        <ul className="tor-contents-list tor-contents-closing">{closingItems.map(link)}</ul>
      </div>
    </nav>
  );
}

/** The sections' headings, read again as the user types (a heading added, renamed or removed). */
function useSectionHeadings(editor: Editor | null) {
  const [headings, setHeadings] = useState(() => (editor ? sectionHeadings(editor) : []));
  useEffect(() => {
    if (!editor) return;
    const read = () => setHeadings((previous) => {
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
