/** A benchmark figure: run `measure` N times, report the median. Never used as a test assertion. */
export interface Figure {
  name: string;
  unit: 'ms' | 'µs' | 'MB' | 'ratio';
  runs: number;
  /** Sets up once before the runs (not measured); returns state for measure. */
  measure: () => Promise<number> | number;
  setup?: () => Promise<void> | void;
  teardown?: () => Promise<void> | void;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
