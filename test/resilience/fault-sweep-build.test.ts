/** Fault sweep (issue 10), first half: build and rebuilds. See scenarios.ts. */
import { describe } from 'vitest';
import { sweep } from './scenarios';

describe('build is safe to retry after a failure at any service call', () => {
  sweep([
    'first build',
    'rebuild with one more stage',
    'rebuild with one fewer stage',
    'second signature (signed snapshot)',
  ]);
});
