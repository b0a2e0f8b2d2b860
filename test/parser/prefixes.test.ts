// Statements as they are being typed: every token-boundary prefix of a quarter of the docs
// statements Flink accepts, with Flink 2.3.0's verdict and error position recorded in
// flink-prefixes.tsv (test/flink/prefixes.mjs, which test:flink re-checks against Flink).
// 1. Our verdict (any error diagnostic = reject) equals Flink's on every prefix.
// 2. Our first error is at Flink's line:col, except on the prefixes listed in
//    prefix-position-gaps.txt; that list must be exact (a new gap or a closed one fails);
//    UPDATE_EXPECT=1 rewrites it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../../engine/syntax/parse.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.resolve(here, '../../../shared/corpus/flink-docs');
const gapsFile = path.join(here, 'prefix-position-gaps.txt');
const rows = fs.readFileSync(path.join(here, 'flink-prefixes.tsv'), 'utf8').trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
const texts = new Map<string, string>();
const textOf = (file: string) => {
  let t = texts.get(file);
  if (t === undefined) texts.set(file, (t = fs.readFileSync(path.join(docsDir, file), 'utf8')));
  return t;
};

/** Our first error's line:col, as its message states it (else its range), or null. */
function ours(text: string): string | null {
  const e = parse(text).diagnostics.find((d) => d.severity === 'error');
  if (!e) return null;
  const m = /at line (\d+), column (\d+)/.exec(e.message);
  return m ? `${m[1]}:${m[2]}` : `${e.range.start.line + 1}:${e.range.start.character + 1}`;
}

const results = rows.map(([file, cut, verdict, pos]) => ({ key: `${file}:${cut}`, flink: verdict === 'accept' ? null : pos!, ours: ours(textOf(file!).slice(0, Number(cut))) }));

test(`prefixes: our verdict is Flink's on all ${rows.length} prefixes of docs statements`, () => {
  assert.ok(rows.length > 2000, 'the recorded prefixes are missing');
  const wrong = results.filter((r) => (r.flink === null) !== (r.ours === null));
  assert.deepEqual(wrong.map((r) => `${r.key} flink=${r.flink ?? 'accept'} ours=${r.ours ?? 'accept'}`), []);
});

test('prefixes: the first error is at Flink\'s line:col, but for the listed gaps', () => {
  const gaps = results.filter((r) => r.flink !== null && r.ours !== null && r.flink !== '-' && r.flink !== r.ours)
    .map((r) => `${r.key} flink=${r.flink} ours=${r.ours}`);
  const rejected = results.filter((r) => r.flink !== null).length;
  if (process.env.UPDATE_EXPECT === '1' || !fs.existsSync(gapsFile)) {
    fs.writeFileSync(gapsFile, `# ${gaps.length} of ${rejected} rejected prefixes have their first error elsewhere than Flink's (test/parser/prefixes.test.ts)\n${gaps.join('\n')}\n`);
    return;
  }
  const listed = fs.readFileSync(gapsFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.deepEqual(gaps, listed, 'prefix-position-gaps.txt differs: a position regressed, or a gap closed (UPDATE_EXPECT=1 rewrites it)');
});
