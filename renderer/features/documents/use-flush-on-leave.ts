import { useEffect } from 'react';
import type { Autosave } from './autosave';

/**
 * Saves what was typed when the editor goes away: leaving the screen or area (unmount), and
 * reloading or closing the window (pagehide), as far as there is time to.
 */
export function useFlushOnLeave(autosave: Pick<Autosave, 'flush'>): void {
  useEffect(() => {
    const flush = () => void autosave.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [autosave]);
}
