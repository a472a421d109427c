/** One figure printed by `npm run bench`. */
export interface BenchLine {
  /** Which issue's figure this is, e.g. "custom functions". */
  group: string;
  name: string;
  value: number | string;
  unit?: string;
}

/** Each bench module default-exports one of these; dev/bench/index.ts runs them in order. */
export type BenchModule = () => Promise<BenchLine[]>;
