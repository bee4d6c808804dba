import { useEffect, useState } from 'react';
import type { CompositeColumns } from '../../../shared/chronology/columns';
import { notifyError } from '../../lib/notify';
import { selectSettings, useSettings } from '../settings/store';
import { noColumnChoice } from './columns';

export interface ColumnChoice {
  choice: CompositeColumns;
  /** Shows a choice at once; `keep` also remembers it (a drag keeps only where it ends). */
  change: (next: CompositeColumns, keep: boolean) => void;
}

/**
 * The reviewer's column choice, remembered with the app's settings (it holds column names and
 * widths only, nothing from the workspace) so the composite opens as it was left.
 */
export function useCompositeColumns(): ColumnChoice {
  const settings = useSettings(selectSettings);
  const load = useSettings((state) => state.load);
  const save = useSettings((state) => state.save);
  const [shown, setShown] = useState<CompositeColumns | null>(null);

  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);

  function change(next: CompositeColumns, keep: boolean) {
    setShown(next);
    if (!keep) return;
    void save({ compositeColumns: next }).then((outcome) => {
      // Not remembered is no loss of work: the columns stay as chosen for now, and we say why.
      if (outcome.ok) setShown(null);
      else notifyError(outcome.error);
    });
  }

  return { choice: shown ?? settings?.compositeColumns ?? noColumnChoice, change };
}
