/**
 * Runs once before the cross-check. A missing tool fails it with one line saying how to install
 * it: skipping would let CI report a pass for checks that never ran.
 */
import { missingTool } from './poppler';

export default function setup(): void {
  const missing = missingTool();
  if (!missing) return;
  // Thrown, vitest would print a stack trace and "No test files found" around the line that
  // matters; this way the line is all there is, and the run still fails.
  console.error(missing);
  process.exit(1);
}
