import { useEffect } from 'react';
import { useWorkspace } from './store';

const activityEvents = ['keydown', 'pointerdown', 'wheel'] as const;

/** While a workspace is open, tells the core the user is here (throttled in the store) so idle auto-lock waits. */
export function useActivityReporter(): void {
  const open = useWorkspace((state) => state.status?.state === 'open');
  const noteActivity = useWorkspace((state) => state.noteActivity);
  useEffect(() => {
    if (!open) return;
    const listener = () => noteActivity();
    for (const event of activityEvents) window.addEventListener(event, listener, { capture: true, passive: true });
    return () => {
      for (const event of activityEvents) window.removeEventListener(event, listener, { capture: true });
    };
  }, [open, noteActivity]);
}
