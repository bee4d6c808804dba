import { useEffect, type ReactNode } from 'react';
import { assertNever } from '../../../shared/errors';
import { ActivitiesScreen } from './ActivitiesScreen';
import { ActivityScreen } from './ActivityScreen';
import { AnnualScreen } from './AnnualScreen';
import { CategoriesScreen } from './CategoriesScreen';
import { ExportsScreen } from './ExportsScreen';
import { RegisterScreen } from './RegisterScreen';
import { selectScreen, usePlan, type PlanScreen } from './store';
import './action-plan.css';

type Section = Exclude<PlanScreen['name'], 'activity'>;

const sections: ReadonlyArray<{ name: Section; label: string }> = [
  { name: 'register', label: 'Register' },
  { name: 'exports', label: 'Exports' },
  { name: 'annual', label: 'Annual report tables' },
  { name: 'activities', label: 'Activities' },
  { name: 'categories', label: 'Categories' },
];

/**
 * The Action plan area: the partnership's one plan across every review and activity, for the
 * Quality and Impact Group and the business manager. Each screen's heading takes focus when it
 * opens; the screen shown is kept while the workspace is open.
 */
export function ActionPlanArea() {
  const screen = usePlan(selectScreen);
  const show = usePlan((state) => state.show);

  useEffect(() => {
    // Coming back to the area reads the screen's data again: other areas change it.
    show(usePlan.getState().screen);
    // Leaving closes the action shown, so coming back starts at the screen's heading, not the action's.
    return () => usePlan.getState().closeAction();
  }, [show]);

  const current: Section = screen.name === 'activity' ? 'activities' : screen.name;
  return (
    <div className="ap-area">
      <nav aria-label="Action plan screens" className="ap-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.name}>
              <button type="button" className="ap-nav-item" aria-current={section.name === current ? 'page' : undefined} onClick={() => show({ name: section.name })}>
                {section.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <Screen key={screen.name === 'activity' ? `activity-${screen.id}` : screen.name} screen={screen} />
    </div>
  );
}

function Screen({ screen }: { screen: PlanScreen }): ReactNode {
  switch (screen.name) {
    case 'register':
      return <RegisterScreen />;
    case 'exports':
      return <ExportsScreen />;
    case 'annual':
      return <AnnualScreen />;
    case 'activities':
      return <ActivitiesScreen />;
    case 'activity':
      return <ActivityScreen id={screen.id} />;
    case 'categories':
      return <CategoriesScreen />;
    default:
      return assertNever(screen);
  }
}
