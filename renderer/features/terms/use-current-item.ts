import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { targetElement, type ContentsItem } from './contents';

/** How far down the window a heading must have come to count as the one being read. */
const readingLine = () => Math.min(160, window.innerHeight / 3);

/** How long after a jump its own scrolling is still settling. */
const settling = 600;

/**
 * Which entry of the contents is in view: the last whose element has scrolled above the reading
 * line. A jump marks its entry at once, and keeps it marked while the page stays where the jump
 * put it — an entry near the end cannot scroll to the top, and a short one has the next entry
 * above the line too, so measuring would hand the mark to a neighbour. Scrolling while the jump
 * settles is measured when it has settled, so the mark never sticks to where the reader left.
 */
export function useCurrentItem(items: readonly ContentsItem[], editor: Editor | null): [string | null, (key: string) => void] {
  const [current, setCurrent] = useState<string | null>(items[0]?.key ?? null);
  const jumpedAt = useRef(0);
  /** Where the jump left the page, read on the frame after it. */
  const jumpedTo = useRef<number | null>(null);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });

  useEffect(() => {
    let frame = 0;
    let later: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      frame = 0;
      const since = performance.now() - jumpedAt.current;
      if (since < settling) {
        clearTimeout(later);
        later = setTimeout(measure, settling - since);
        return;
      }
      if (jumpedTo.current !== null) {
        // Still where the jump put it: the jump's own scrolling, so its mark stands.
        if (Math.abs(window.scrollY - jumpedTo.current) < 2) return;
        jumpedTo.current = null;
      }
      let found: string | null = itemsRef.current[0]?.key ?? null;
      for (const item of itemsRef.current) {
        const element = targetElement(item.target, editor);
        if (element && element.getBoundingClientRect().top <= readingLine()) found = item.key;
      }
      setCurrent(found);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
      clearTimeout(later);
    };
  }, [editor]);

  return [
    current,
    (key) => {
      jumpedAt.current = performance.now();
      jumpedTo.current = null;
      setCurrent(key);
      // The jump scrolls just after this call: where it lands is where the mark belongs.
      requestAnimationFrame(() => (jumpedTo.current = window.scrollY));
    },
  ];
}
