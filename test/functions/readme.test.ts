/**
 * The README documents every custom function. Regenerate the reference with
 * `npx tsx dev/readme-functions.ts` (also written to /tmp/functions-reference.md)
 * and paste it into README.md when a function is added or changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signature } from '../../dev/readme-functions';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const readme = existsSync(README) ? readFileSync(README, 'utf8') : '';

describe('README function reference', () => {
  it('README.md exists', () => {
    expect(existsSync(README), 'README.md is missing').toBe(true);
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    'documents %s with its example',
    (_name, fn) => {
      expect(readme, `paste the output of dev/readme-functions.ts into README.md`).toContain(
        signature(fn),
      );
      expect(readme).toContain(fn.example);
    },
  );
});
