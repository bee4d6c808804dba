import type { ReactNode } from 'react';
import type { PlanSource } from '../../../shared/findings/model';
import { PageHeading } from '../../components/PageHeading';
import { BriefingsSection } from './BriefingsSection';
import { FindingList } from './FindingList';
import { RecommendationList } from './RecommendationList';
import { selectNotice, useFindings } from './store';

/** The first screen: the findings, the recommendations with their actions, and (for a review) its briefings. */
export function Overview({ source, title, picker }: { source: PlanSource; title: string; picker?: ReactNode }) {
  const notice = useFindings(selectNotice);
  return (
    <section aria-labelledby="area-heading" className="fd-area">
      <PageHeading id="area-heading" caption={title}>
        Findings
      </PageHeading>
      <p className="lead">Findings about the system, each with its evidence; the recommendations that answer them, and the actions that carry them out.</p>
      {picker}
      <p role="status" className="confirmation-text fd-notice">
        {notice}
      </p>
      <FindingList />
      <RecommendationList />
      {source.kind === 'review' ? <BriefingsSection /> : null}
    </section>
  );
}
