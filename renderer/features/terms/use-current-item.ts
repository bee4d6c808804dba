import type { Editor } from '@tiptap/core';
import { useEffect, useRef, useState } from 'react';
import { targetElement, type ContentsItem } from './contents';

/** How far down the window a heading must have come to count as the one being read. */
const readingLine = () => Math.min(160, window.innerHeight / 3);

/**
 * Which entry of the contents is in view: the last whose element has scrolled above the reading
 * line. A jump marks its entry at once, and keeps it marked while the page settles — an entry near
 * the end cannot scroll to the top, and would otherwise hand the mark to the one before it.
 */
export function useCurrentItem(items: readonly ContentsItem[], editor: Editor | null): [string | null, (key: string) => void] {
  const [current, setCurrent] = useState<string | null>(items[0]?.key ?? null);
  const jumpedAt = useRef(0);
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  });

  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      if (performance.now() - jumpedAt.current < 600) return;
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
    };
  }, [editor]);

  return [
    current,
    (key) => {
      jumpedAt.current = performance.now();
      setCurrent(key);
    },
  ];
}
