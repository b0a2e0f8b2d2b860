#!/usr/bin/env node
// npm run test:grammar: the TextMate grammar and the language configuration.
//   1. syntaxes/flinksql.tmLanguage.json is what syntaxes/grammar.src.mjs generates;
//   2. package.json contributes both files under the right language and scope;
//   3. language-configuration.json: comments, brackets, auto-closing pairs, folding markers and
//      word pattern behave as intended;
//   4. every test/grammar/*.fsql passes vscode-tmgrammar-test (assertion comments, exact scopes);
//   5. every assertion in test/grammar/must-fail/*.fsql fails on its own, which proves that a
//      wrong scope makes the suite fail.
// Prints one line per check and `N passed, N failed`; exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const here = join(root, 'test/grammar');
const require = createRequire(import.meta.url);
const grammarPath = join(root, 'syntaxes/flinksql.tmLanguage.json');
let passed = 0, failed = 0;
function check(name, fn) {
  try {
    const note = fn();
    passed++;
    console.log(`ok    ${name}${note ? ` (${note})` : ''}`);
  } catch (err) {
    failed++;
    console.log(`FAIL  ${name}\n      ${String(err instanceof Error ? err.message : err).replace(/\n/g, '\n      ')}`);
  }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

check('grammar JSON is generated from syntaxes/grammar.src.mjs', () => {
  const r = spawnSync(process.execPath, [join(root, 'syntaxes/grammar.src.mjs'), '--check'], { encoding: 'utf8' });
  assert(r.status === 0, r.stderr || r.stdout);
});

check('package.json contributes the language, grammar and configuration', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lang = pkg.contributes.languages.find((l) => l.id === 'flinksql');
  assert(lang, 'no language flinksql');
  assert(lang.configuration === './syntaxes/language-configuration.json', `configuration is ${lang.configuration}`);
  for (const ext of ['.fsql', '.flink.sql']) assert(lang.extensions.includes(ext), `extension ${ext} missing`);
  const g = pkg.contributes.grammars.find((x) => x.language === 'flinksql');
  assert(g && g.path === './syntaxes/flinksql.tmLanguage.json', 'grammar path');
  const grammar = JSON.parse(readFileSync(join(root, g.path), 'utf8'));
  assert(g.scopeName === 'source.flinksql' && grammar.scopeName === 'source.flinksql', 'scopeName must be source.flinksql in both');
});

check('language configuration', () => {
  const conf = JSON.parse(readFileSync(join(root, 'syntaxes/language-configuration.json'), 'utf8'));
  assert(conf.comments.lineComment === '--', 'line comment --');
  assert(JSON.stringify(conf.comments.blockComment) === '["/*","*/"]', 'block comment /* */');
  const pairs = new Map(conf.autoClosingPairs.map((p) => [p.open, p]));
  for (const [open, close] of [['(', ')'], ['[', ']'], ["'", "'"], ['"', '"'], ['`', '`']]) {
    assert(pairs.get(open)?.close === close, `auto-closing ${open}${close}`);
  }
  for (const q of ["'", '`', '"']) assert(pairs.get(q).notIn?.includes('string') && pairs.get(q).notIn?.includes('comment'), `${q} not auto-closed in strings/comments`);
  const start = new RegExp(conf.folding.markers.start), end = new RegExp(conf.folding.markers.end);
  for (const s of ['-- #region sources', '  --#region', '-- region']) assert(start.test(s) && !end.test(s), `folding start: ${s}`);
  for (const s of ['-- #endregion', '   -- endregion x']) assert(end.test(s) && !start.test(s), `folding end: ${s}`);
  assert(!start.test('SELECT 1 -- #region'), 'a marker must start the line');
  const word = new RegExp(conf.wordPattern, 'g');
  const words = 'SELECT order_id, `my col`, 3.14 FROM db1.orders'.match(word);
  // Back-quotes are not part of a word: double-click on `user` selects user, as completion expects.
  assert(JSON.stringify(words) === JSON.stringify(['SELECT', 'order_id', 'my', 'col', '3.14', 'FROM', 'db1', 'orders']), `wordPattern split: ${JSON.stringify(words)}`);
  for (const re of Object.values(conf.indentationRules ?? {})) new RegExp(re);
});

const cases = readdirSync(here).filter((f) => f.endsWith('.fsql')).sort().map((f) => join(here, f));
const assertionCount = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => /^--\s*(\^|<~*-)/.test(l)).length;
check(`vscode-tmgrammar-test on test/grammar/*.fsql`, () => {
  assert(cases.length >= 4, `only ${cases.length} test files`);
  const bin = join(root, 'node_modules/vscode-tmgrammar-test/dist/unit.js');
  const r = spawnSync(process.execPath, [bin, '--compact', '-g', grammarPath, ...cases], { encoding: 'utf8', cwd: root });
  process.stdout.write((r.stdout + r.stderr).split('\n').map((l) => (l ? `      ${l}` : l)).join('\n'));
  assert(r.status === 0, `vscode-tmgrammar-test exited ${r.status}`);
  return `${cases.length} files, ${cases.reduce((n, f) => n + assertionCount(f), 0)} assertions`;
});

// The same library, in process, one assertion at a time: each must fail.
const { createRegistry } = require('vscode-tmgrammar-test/dist/common/index.js');
const { parseGrammarTestCase, runGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/index.js');
const registry = createRegistry([{ path: grammarPath, scopeName: 'source.flinksql' }]);
const mustFail = readdirSync(join(here, 'must-fail')).filter((f) => f.endsWith('.fsql')).sort();
let wrong = 0, caught = 0;
const uncaught = [];
for (const f of mustFail) {
  const tc = parseGrammarTestCase(readFileSync(join(here, 'must-fail', f), 'utf8'));
  for (const line of tc.assertions) {
    for (const sa of line.scopeAssertions) {
      wrong++;
      const failures = await runGrammarTestCase(registry, { ...tc, assertions: [{ ...line, scopeAssertions: [sa] }] });
      if (failures.length > 0) caught++;
      else uncaught.push(`${f}:${line.testCaseLineNumber + 1} columns ${sa.from}-${sa.to}: ${sa.scopes.join(' ')}${sa.exclude.length ? ' - ' + sa.exclude.join(' ') : ''}`);
    }
  }
}
check('every wrong scope in test/grammar/must-fail/ is caught', () => {
  assert(wrong >= 10, `only ${wrong} wrong assertions`);
  assert(uncaught.length === 0, `these wrong assertions passed:\n${uncaught.join('\n')}`);
  return `${caught}/${wrong}`;
});

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
