/**
 * Store actions whose failure the screen shows inline (a wrong passphrase beside its field, a
 * stale lock with its "Open anyway" button) return an Outcome instead of throwing, so every
 * caller handles both cases and the error never needs to live in a store.
 */
import { AppError } from '../../shared/errors';
import { unexpectedErrorMessage } from './notify';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: error instanceof AppError ? error : new AppError('internal', unexpectedErrorMessage) };
  }
}

/** `attempt`, with a store's `busy` flag raised while the work runs (its buttons show it). */
export function busyAttempt(set: (state: { busy: boolean }) => void) {
  return async <T>(work: () => Promise<T>): Promise<Outcome<T>> => {
    set({ busy: true });
    const outcome = await attempt(work);
    set({ busy: false });
    return outcome;
  };
}
