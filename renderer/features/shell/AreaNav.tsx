import { areas } from '../../../shared/product';
import { selectArea, selectPage, useShell } from './store';

export function AreaNav() {
  // On the settings page no area is the current page.
  const current = useShell((state) => (selectPage(state) === 'area' ? selectArea(state) : null));
  const show = useShell((state) => state.show);
  return (
    <nav className="area-nav" aria-label="Areas">
      <ul>
        {areas.map((area) => (
          <li key={area.id}>
            <button
              type="button"
              className="area-nav-item"
              aria-current={area.id === current ? 'page' : undefined}
              onClick={() => show(area.id)}
            >
              {area.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
