import type { ReactNode } from 'react';
import { PageHeading } from '../../components/PageHeading';

/** Every Interviews screen's h1, with the review it belongs to above it; focused when the screen opens. */
export function AreaHeading({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <PageHeading id="area-heading" caption={caption}>
      {children}
    </PageHeading>
  );
}
