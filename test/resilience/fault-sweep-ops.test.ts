/** Fault sweep (issue 10), second half: refreshes, reset, schedule. See scenarios.ts. */
import { describe } from 'vitest';
import { sweep } from './scenarios';

describe('refresh, reset and schedule are safe to retry after a failure at any service call', () => {
  sweep([
    'refresh that creates the log',
    'refresh that closes a month',
    'reset',
    'schedule change',
  ]);
});
