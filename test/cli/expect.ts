// Expectations as data files: compare, or rewrite them when UPDATE_EXPECT=1 so a reviewer
// reads the change as a diff.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export const updating = process.env.UPDATE_EXPECT === '1';

export function expectFile(path: string, actual: string): void {
  if (updating) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== actual) writeFileSync(path, actual);
    return;
  }
  assert.ok(existsSync(path), `${path} is missing; run with UPDATE_EXPECT=1 to create it`);
  assert.equal(actual, readFileSync(path, 'utf8'), `${path} differs (UPDATE_EXPECT=1 rewrites it)`);
}
