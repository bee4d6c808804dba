import { areas } from '../../../shared/product';
import { selectArea, useShell } from './store';

export function AreaNav() {
  const current = useShell(selectArea);
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
