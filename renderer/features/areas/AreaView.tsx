import { useEffect, useRef } from 'react';
import { areas, type AreaId } from '../../../shared/product';
import { ActionPlanArea } from '../action-plan/ActionPlanArea';
import { ChronologyArea } from '../chronology/ChronologyArea';
import { DocumentsArea } from '../documents/DocumentsArea';
import { FindingsArea } from '../findings/FindingsArea';
import { InterviewsArea } from '../interviews/InterviewsArea';
import { ReviewsArea } from '../reviews/ReviewsArea';
import { selectArea, useShell } from '../shell/store';
import { TermsArea } from '../terms/TermsArea';

/** What each area is for, until its own screens arrive. */
const purpose: Record<AreaId, string> = {
  reviews: 'The register of reviews in this workspace, with their statutory deadlines.',
  chronology: 'The multi-agency chronology merged from every agency’s submission.',
  terms: 'Terms of reference, their versions and the chair’s sign-off.',
  interviews: 'Appreciative-inquiry conversations with practitioners, coded to themes.',
  findings: 'The review’s findings with their evidence, its recommendations, their actions and learning briefings.',
  actions: 'The partnership’s action plan: every action from every review and activity, its progress and impact.',
  report: 'The draft review report, exported to PDF for sign-off.',
};

export function AreaView() {
  const areaId = useShell(selectArea);
  // Every area but those still to come has their own screens, each focusing its own heading.
  if (areaId === 'reviews') return <ReviewsArea />;
  if (areaId === 'chronology') return <ChronologyArea />;
  if (areaId === 'terms') return <TermsArea />;
  if (areaId === 'report') return <DocumentsArea />;
  if (areaId === 'interviews') return <InterviewsArea />;
  if (areaId === 'findings') return <FindingsArea />;
  if (areaId === 'actions') return <ActionPlanArea />;
  return <PlaceholderArea />;
}

function PlaceholderArea() {
  const areaId = useShell(selectArea);
  const heading = useRef<HTMLHeadingElement>(null);
  const area = areas.find((candidate) => candidate.id === areaId) ?? areas[0];

  // Move focus to the heading — on arrival (just unlocked) and on each change of area — so
  // keyboard and screen-reader users land on what changed.
  useEffect(() => {
    heading.current?.focus();
  }, [areaId]);

  return (
    <section aria-labelledby="area-heading">
      <h1 id="area-heading" ref={heading} tabIndex={-1}>
        {area.label}
      </h1>
      <p className="lead">{purpose[area.id]}</p>
      <p>This area arrives in a later version of the app.</p>
    </section>
  );
}
