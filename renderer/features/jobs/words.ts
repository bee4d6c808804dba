/**
 * A running job in words: "Importing the file — checking rows 12,000 of 25,000", "Exporting the
 * PDF — laying out the pages (40%)". The phrases are shared with the CLI's progress line
 * (shared/jobs/words.ts).
 */
import { phaseWords, type PhaseProgress } from '../../../shared/jobs/words';

export { kindWords, phaseWords } from '../../../shared/jobs/words';

export type Progress = PhaseProgress;

/** "Exporting the PDF — laying out the pages (40%)"; just the name until the core reports. */
export function jobInWords(label: string, progress: Progress | null): string {
  return progress ? `${label} — ${phaseWords(progress)}` : `${label}…`;
}

/** "Cancel exporting the PDF": the button's name starts with what it says on it. */
export function cancelName(label: string): string {
  return `Cancel ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
