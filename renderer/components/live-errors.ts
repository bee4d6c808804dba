/**
 * A form's errors kept true while the user corrects them. A submit decides which fields have a
 * problem; after that, each of those fields is checked again as the user types (once they pause),
 * so a fixed problem disappears and a changed one says what is wrong now. A field that was fine at
 * the submit is not judged mid-word: the next submit checks everything again.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormError } from './ErrorSummary';

const pauseMs = 250;

/**
 * `shown` with each watched field's error replaced by what `found` says of that field now (or
 * dropped if nothing); errors about other fields, or about no field, stay until the next submit.
 */
export function reconcileErrors(shown: readonly FormError[], found: readonly FormError[], watched: ReadonlySet<string>): FormError[] {
  const result: FormError[] = [];
  const done = new Set<string>();
  for (const error of shown) {
    if (!error.fieldId || !watched.has(error.fieldId)) {
      result.push(error);
      continue;
    }
    if (done.has(error.fieldId)) continue;
    done.add(error.fieldId);
    result.push(...found.filter((now) => now.fieldId === error.fieldId));
  }
  return result;
}

export type Recheck = () => Promise<readonly FormError[]> | readonly FormError[];

/**
 * The errors to show now. `shown` is what the last submit found (keep it in state, replaced on each
 * submit, and pass it to ErrorSummary's `focusOn` so only a submit moves focus); `values` are the
 * form's fields, whose change triggers the check; `recheck` checks them all; `watched` lists the
 * field ids it can judge.
 */
export function useLiveErrors(shown: readonly FormError[], values: readonly string[], watched: readonly string[], recheck: Recheck): readonly FormError[] {
  const [live, setLive] = useState<{ from: readonly FormError[]; errors: readonly FormError[] }>({ from: shown, errors: shown });
  const latest = useRef({ watched, recheck });
  useEffect(() => {
    latest.current = { watched, recheck };
  });
  // Held in memory only, to notice a change; never stored or sent anywhere.
  const valuesKey = values.join('\u0000');
  const last = useRef({ shown, valuesKey });
  useEffect(() => {
    const before = last.current;
    last.current = { shown, valuesKey };
    // Nothing typed, or a submit (whose errors are about the values as they are, even one it cleared).
    if (before.shown !== shown || before.valuesKey === valuesKey) return;
    const watchedSet = new Set(latest.current.watched);
    if (!shown.some((error) => error.fieldId !== undefined && watchedSet.has(error.fieldId))) return;
    const check = latest.current.recheck;
    let current = true;
    const timer = setTimeout(() => {
      void Promise.resolve(check()).then((found) => {
        if (current) setLive({ from: shown, errors: reconcileErrors(shown, found, watchedSet) });
      });
    }, pauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [valuesKey, shown]);
  // A new submit shows what it found at once, whatever an older check said.
  return live.from === shown ? live.errors : shown;
}
