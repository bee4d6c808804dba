import { useEffect, useState } from 'react';
import { assertNever, type AppError } from '../../../shared/errors';
import type { ImportResult } from '../../../shared/chronology/views';
import type { FormError } from '../../components/ErrorSummary';
import { CancelledStep } from './CancelledStep';
import { CheckStep } from './CheckStep';
import { ChooseStep } from './ChooseStep';
import { ImportedStep } from './ImportedStep';
import { ImportingStep } from './ImportingStep';
import { PreviewStep } from './PreviewStep';
import { selectFileIndex, selectFiles, selectStep, selectVisit, useChronologyImport, type ImportStep, type Replacing } from './store';
import './chronology-import.css';

export interface ImportWizardProps {
  reviewId: string;
  /** Opened to replace this submission with the agency's corrected file. */
  replacing?: Replacing | null;
  /** Opened from an agency's request: the agency its files are for. */
  answering?: string | null;
  /** The last file's import (null if nothing was imported), so the caller knows to reload. */
  onClose: (result: ImportResult | null) => void;
}

const none: FormError[] = [];

const stepNumber: Record<ImportStep, number> = { choose: 1, check: 2, preview: 3, importing: 4, imported: 4, cancelled: 4 };

/**
 * Import agencies' chronology files, one after another: choose, check (header row, agency,
 * column mapping), preview, import. It is a screen of its own: each step has an h1 that takes
 * focus, so mount it in place of the area's content.
 */
export function ImportWizard({ reviewId, replacing = null, answering = null, onClose }: ImportWizardProps) {
  const start = useChronologyImport((state) => state.start);
  const abandon = useChronologyImport((state) => state.abandon);
  const step = useChronologyImport(selectStep);
  const files = useChronologyImport(selectFiles);
  const fileIndex = useChronologyImport(selectFileIndex);
  const visit = useChronologyImport(selectVisit);
  // Failures that arrive with a step (a file that cannot be read, an import that failed) show on
  // that visit to the step only; each step's own form keeps its own errors.
  const [arrival, setArrival] = useState<{ visit: number; errors: FormError[] }>({ visit: -1, errors: none });
  const problems = arrival.visit === visit ? arrival.errors : none;

  useEffect(() => {
    start(reviewId, replacing, answering);
    return abandon;
  }, [reviewId, replacing, answering, start, abandon]);

  const close = () => onClose(useChronologyImport.getState().lastResult);
  const report = (error: AppError | null) => setArrival({ visit: useChronologyImport.getState().visit, errors: error ? [{ message: error.message }] : none });
  const fileCaption = files.length > 1 ? ` — file ${fileIndex + 1} of ${files.length}` : '';
  const caption = `Import agency submission — step ${stepNumber[step]} of 4${fileCaption}`;

  switch (step) {
    case 'choose':
      return <ChooseStep caption={caption} onRead={report} onCancel={close} />;
    case 'check':
      return <CheckStep caption={caption} problems={problems} onNext={report} onCancel={close} />;
    case 'preview':
      return <PreviewStep caption={caption} problems={problems} onImported={report} onCancel={close} />;
    case 'importing':
      return <ImportingStep caption={caption} />;
    case 'imported':
      return <ImportedStep caption={caption} reviewId={reviewId} onNext={report} onDone={close} />;
    case 'cancelled':
      return <CancelledStep caption={caption} onNext={report} onClose={close} />;
    default:
      return assertNever(step);
  }
}
