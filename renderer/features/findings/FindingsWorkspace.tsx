import { useEffect, type ReactNode } from 'react';
import { assertNever } from '../../../shared/errors';
import type { PlanSource } from '../../../shared/findings/model';
import { ActionForm } from './ActionForm';
import { ActionScreen } from './ActionScreen';
import { BriefingScreen } from './BriefingScreen';
import { FindingForm } from './FindingForm';
import { FindingScreen } from './FindingScreen';
import { Overview } from './Overview';
import { RecommendationForm } from './RecommendationForm';
import { selectScreen, selectSource, sourceKey, useFindings, type FindingsScreen } from './store';
import '../documents/documents.css';
import './findings.css';

interface FindingsWorkspaceProps {
  source: PlanSource;
  /** The review's or activity's name, shown above every screen's heading. */
  title: string;
  /** Shown under the first screen's heading: the Findings area's choice of review. */
  picker?: ReactNode;
}

/** A review's or an activity's findings, recommendations and actions: the Action plan area shows an activity's with it. */
export function FindingsWorkspace({ source, title, picker }: FindingsWorkspaceProps) {
  const showSource = useFindings((state) => state.showSource);
  const shown = useFindings(selectSource);
  const screen = useFindings(selectScreen);

  useEffect(() => {
    showSource(source);
  }, [showSource, source]);

  // Until the store has moved to this source, nothing of another one is shown.
  if (sourceKey(shown) !== sourceKey(source)) return <p role="status">Loading…</p>;
  return <Screen key={sourceKey(source)} screen={screen} source={source} title={title} picker={picker} />;
}

function Screen({ screen, source, title, picker }: FindingsWorkspaceProps & { screen: FindingsScreen }) {
  switch (screen.name) {
    case 'list':
      return <Overview source={source} title={title} picker={picker} />;
    case 'finding-form':
      return <FindingForm key={screen.id ?? 'new'} id={screen.id} title={title} />;
    case 'finding':
      return <FindingScreen key={screen.id} id={screen.id} source={source} title={title} />;
    case 'recommendation-form':
      return <RecommendationForm key={screen.id ?? 'new'} id={screen.id} title={title} />;
    case 'action-form':
      return <ActionForm key={screen.id ?? 'new'} recommendationId={screen.recommendationId} id={screen.id} title={title} />;
    case 'action':
      return <ActionScreen key={screen.id} id={screen.id} title={title} />;
    case 'briefing':
      return <BriefingScreen key={screen.documentId} documentId={screen.documentId} title={title} />;
    default:
      return assertNever(screen);
  }
}
