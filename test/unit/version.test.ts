import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { VERSION } from '../../engine/version.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('engine VERSION matches package.json', () => {
  assert.equal(VERSION, pkg.version);
});

test('flinksql --version prints the version', () => {
  const out = execFileSync(process.execPath, [new URL('../../dist/cli.js', import.meta.url).pathname, '--version'], { encoding: 'utf8' });
  assert.equal(out.trim(), pkg.version);
});
