import type { ReactNode } from 'react';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { selectNotice, useFindings } from './store';

/** Every screen past the first: back to the findings, the review's (or activity's) name over the heading, and what the last change did. */
export function ScreenFrame({ title, heading, children }: { title: string; heading: string; children: ReactNode }) {
  const show = useFindings((state) => state.show);
  const notice = useFindings(selectNotice);
  return (
    <section aria-labelledby="area-heading" className="fd-area">
      <BackLink onClick={() => show({ name: 'list' })}>Findings and recommendations</BackLink>
      <PageHeading id="area-heading" caption={title}>
        {heading}
      </PageHeading>
      <p role="status" className="confirmation-text fd-notice">
        {notice}
      </p>
      {children}
    </section>
  );
}
