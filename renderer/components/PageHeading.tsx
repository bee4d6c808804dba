import { useEffect, useRef, type ReactNode } from 'react';

interface PageHeadingProps {
  children: ReactNode;
  /** Shown above the heading, e.g. "Create a workspace — step 2 of 3". */
  caption?: string;
  id?: string;
}

/**
 * The h1 of a screen or wizard step. It takes focus when it appears, so keyboard and
 * screen-reader users start reading at what changed rather than at a button that vanished.
 */
export function PageHeading({ children, caption, id }: PageHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      {caption && <p className="caption">{caption}</p>}
      <h1 id={id} ref={heading} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
