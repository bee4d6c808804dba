/** Focus for the parts of a screen that open on demand (a form, a confirmation) and close again. */
import { useEffect, useRef } from 'react';

/** A heading that takes focus when it appears, so the user starts reading what just opened. */
export function useFocusOnOpen<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}

/** Once what opened has closed, focus goes back to the screen's heading (what it said is announced in its status line). */
export function focusScreenHeading(): void {
  document.getElementById('area-heading')?.focus();
}
