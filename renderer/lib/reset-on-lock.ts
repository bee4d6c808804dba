/**
 * When the workspace closes (the user locked it, idle time, suspend, screen lock, a restore),
 * the renderer must keep nothing of it. Every store that can hold workspace data registers here
 * once, at module load, and `dropWorkspaceData()` resets them all in one pass — so a store added
 * by a later feature cannot forget to clear itself on lock: registering is how it is written.
 */
import type { StoreApi } from 'zustand';

type Resettable<T> = Pick<StoreApi<T>, 'setState' | 'getInitialState'>;

const resetters = new Set<() => void>();

/**
 * Registers `store` to be reset when the workspace closes: to `initial` if given (merged, so
 * state that is not workspace data, such as the app's version, survives), otherwise to the
 * store's whole initial state. Returns an unregister function (for tests and hot reload).
 */
export function resetOnLock<T>(store: Resettable<T>, initial?: Partial<T>): () => void {
  const reset = initial ? () => store.setState({ ...initial }) : () => store.setState(store.getInitialState(), true);
  resetters.add(reset);
  return () => {
    resetters.delete(reset);
  };
}

/** Drops every piece of workspace data from every registered store. */
export function dropWorkspaceData(): void {
  for (const reset of resetters) reset();
}
