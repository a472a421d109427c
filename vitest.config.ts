import { availableParallelism, loadavg } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Timeouts that scale with the machine's load: on a busy 2-core machine the
 * same test takes several times longer, and a fixed 30 s limit fails tests
 * that are only slow. TEST_TIMEOUT_SCALE overrides (CI can pin it).
 */
const scale =
  Number(process.env.TEST_TIMEOUT_SCALE) ||
  Math.min(6, Math.max(1, loadavg()[0] / availableParallelism()));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Two cores: keep workers few so browser and emulator tests do not starve each other.
    maxWorkers: 2,
    testTimeout: Math.round(30_000 * scale),
    hookTimeout: Math.round(60_000 * scale),
  },
});
