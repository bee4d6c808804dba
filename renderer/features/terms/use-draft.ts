import { useState } from 'react';
import { sameValue } from './lists';

/**
 * A field's value while it is being edited. When the stored value changes (this field saved,
 * another version, another review) the draft follows it — unless the draft already says the
 * same thing once cleaned up, so a row just added and not yet typed into survives the save of
 * the row before it. Adjusted during render, as React recommends, rather than in an effect.
 */
export function useDraft<T, S>(stored: S, fromStored: (stored: S) => T, toStored: (draft: T) => S): [T, (next: T) => void] {
  const key = JSON.stringify(stored);
  const [state, setState] = useState(() => ({ key, draft: fromStored(stored) }));
  let current = state;
  if (state.key !== key) {
    current = { key, draft: sameValue(toStored(state.draft), stored) ? state.draft : fromStored(stored) };
    setState(current);
  }
  return [current.draft, (draft: T) => setState({ key, draft })];
}
