// parse() contract: never throws, recovers at `;`, ranges inside the text; the grammar passes
// Chevrotain's own validations; the token-level API used by the language server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, lexTokens, expectedTokens, compareKeywordNames } from '../../engine/syntax/parse.ts';
import { allTokens } from '../../engine/syntax/tokens.ts';
import { FlinkSqlParser } from '../../engine/syntax/parser.ts';
import type { Range } from '../../engine/diagnostics.ts';

test('the grammar passes Chevrotain validations (production runs with skipValidations)', () => {
  assert.doesNotThrow(() => new FlinkSqlParser(false));
});

test('compareKeywordNames orders token names as localeCompare does (the expected-keyword lists)', () => {
  const names = [...allTokens.map((t) => t.name), 'KW_A1', 'KW_A_1', 'KW_Ab', 'KW_A-B'];
  for (const a of names) for (const b of names) assert.equal(Math.sign(compareKeywordNames(a, b)), Math.sign(a.localeCompare(b)), `${a} ${b}`);
});

const SAMPLES = [
  `CREATE TABLE t (a INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND, PRIMARY KEY (a) NOT ENFORCED) WITH ('connector' = 'kafka');`,
  `SELECT a, COUNT(*) AS c FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) WHERE a IN (SELECT b FROM u) GROUP BY a HAVING c > 1 ORDER BY c DESC LIMIT 3;`,
  `EXECUTE STATEMENT SET BEGIN INSERT INTO s SELECT CASE WHEN x THEN 1 END FROM t; END; SET 'k' = 'v'`,
  `SELECT * FROM t MATCH_RECOGNIZE (PARTITION BY k ORDER BY ts MEASURES A.x AS ax PATTERN (A B+) DEFINE A AS A.x > 0) AS m`,
];

function within(r: Range, lines: string[]): boolean {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  return ok(r.start) && ok(r.end);
}

test('parse() never throws on any prefix of a few statements, and its ranges lie inside the text', () => {
  for (const sample of SAMPLES) {
    for (let i = 0; i <= sample.length; i++) {
      const text = sample.slice(0, i);
      const r = parse(text, { recover: i % 2 === 0 });
      const lines = text.split('\n');
      for (const d of r.diagnostics) {
        assert.ok(within(d.range, lines), `diagnostic range outside ${JSON.stringify(text)}: ${JSON.stringify(d)}`);
        assert.match(d.code, /^FSQL00[123]$/);
      }
    }
  }
});

test('parse() never throws on hostile input', () => {
  for (const text of ['', ';;;', '\u0000', "'", '`', '/*', '/*+', ')))', 'SELECT (((((((((((', 'END END END', '\uD800', 'SELECT 1e', 'x'.repeat(10000)]) {
    const r = parse(text);
    assert.ok(Array.isArray(r.statements) && Array.isArray(r.diagnostics));
  }
});

test('a broken statement does not hide the statements after it', () => {
  const text = 'SELECT * FROM t WHERE a = 1;\nSELECT a, FROM t;\nSELECT b FROM u WHERE;\nINSERT INTO s SELECT * FROM t';
  const r = parse(text);
  assert.deepEqual(r.statements.map((s) => s.kind), ['QueryStatement', 'InvalidStatement', 'InvalidStatement', 'Insert']);
  assert.deepEqual(r.statements[1], { kind: 'InvalidStatement', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } }, text: 'SELECT a, FROM t' });
  // with recovery the broken statements keep partial trees; the diagnostics are the same
  const recovered = parse(text, { recover: true });
  assert.deepEqual(recovered.statements.map((s) => s.kind), ['QueryStatement', 'QueryStatement', 'QueryStatement', 'Insert']);
  assert.deepEqual(recovered.diagnostics, r.diagnostics);
  assert.deepEqual(r.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['FSQL001', 1, 10], ['FSQL001', 2, 21]]);
  assert.match(r.diagnostics[0]!.message, /^Encountered "FROM" at line 2, column 11\./);
  assert.match(r.diagnostics[1]!.message, /^Encountered "<EOF>" at line 3, column 22\./);
  const insert = r.statements[3]!;
  assert.equal(insert.kind, 'Insert');
  assert.deepEqual(insert.range, { start: { line: 3, character: 0 }, end: { line: 3, character: 29 } });
});

test('a reserved word used as a name says so and suggests back-quotes', () => {
  const r = parse('CREATE TABLE t (\n  views BIGINT\n)');
  assert.equal(r.diagnostics.length, 1);
  const d = r.diagnostics[0]!;
  assert.equal(d.code, 'FSQL002');
  assert.deepEqual(d.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
  assert.match(d.message, /^Encountered "views" at line 2, column 3\. "views" is a reserved keyword .*back-quote it: `views`/);
  assert.deepEqual(parse('CREATE TABLE t (`views` BIGINT, ts INT, name STRING, type INT, status INT, key INT)').diagnostics, []);
});

test('NOT after an operator is an operand (a = NOT b), but Flink fails on it as BETWEEN\'s upper bound', () => {
  // Flink 2.3.0 accepts `a = NOT b` and `1 + NOT b`; on `a BETWEEN 1 AND NOT b` its parser throws
  // IndexOutOfBoundsException (a reject without a position, so not in the recorded corpus)
  assert.deepEqual(parse('SELECT * FROM t WHERE a = NOT b AND 1 + NOT c').diagnostics, []);
  const d = parse('SELECT * FROM t WHERE a BETWEEN 1 AND NOT b').diagnostics;
  assert.equal(d.length, 1);
  assert.deepEqual(d[0]!.range, { start: { line: 0, character: 38 }, end: { line: 0, character: 41 } });
  assert.match(d[0]!.message, /BETWEEN's upper bound/);
  assert.deepEqual(parse('SELECT * FROM t WHERE a BETWEEN 1 AND NOT b', { diagnosticsOnly: true }).diagnostics, d);
  assert.deepEqual(parse('SELECT * FROM t WHERE a BETWEEN 1 AND (NOT b)').diagnostics, []);
});

test('legacy SET/RESET only when the statement text starts with the keyword', () => {
  const r = parse('SET table.sql-dialect=hive;\nRESET pipeline.name;\n-- c\nSET a.b=c');
  assert.deepEqual(r.statements.slice(0, 2), [
    { kind: 'Set', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 26 } }, legacy: true, key: 'table.sql-dialect', value: 'hive' },
    { kind: 'Reset', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 19 } }, legacy: true, key: 'pipeline.name' },
  ]);
  assert.equal(r.diagnostics.length, 1);
  assert.deepEqual(r.diagnostics[0]!.range.start, { line: 3, character: 4 });
});

test('lexTokens: categories and ranges for semantic tokens', () => {
  const toks = lexTokens("SELECT `date`, ts, 'x', 1.5 FROM t /*+ OPTIONS('a'='b') */ WHERE day = ?");
  const brief = toks.map((t) => `${t.image}:${t.category}${t.reserved ? '!' : ''}`);
  assert.deepEqual(brief, [
    'SELECT:keyword!', '`date`:identifier', ',:operator', 'ts:identifier', ',:operator', "'x':string", ',:operator', '1.5:number',
    'FROM:keyword!', 't:identifier', '/*+:hint', 'OPTIONS:keyword', '(:operator', "'a':string", '=:operator', "'b':string", '):operator',
    '*/:hint', 'WHERE:keyword!', 'day:keyword!', '=:operator', '?:parameter',
  ]);
  assert.deepEqual(toks[1]!.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 13 } });
});

test('expectedTokens: keywords that may follow, from the grammar', () => {
  assert.deepEqual(expectedTokens('CREATE '), ['CATALOG', 'CONNECTION', 'DATABASE', 'FUNCTION', 'MATERIALIZED', 'MODEL', 'OR', 'SYSTEM', 'TABLE', 'TEMPORARY', 'VIEW']);
  const afterFrom = expectedTokens('SELECT a FROM t ');
  for (const k of ['WHERE', 'GROUP', 'JOIN', 'LEFT', 'ORDER', 'UNION']) assert.ok(afterFrom.includes(k), k);
  assert.ok(!afterFrom.includes('SELECT'));
  // a word being typed is replaced, not extended
  assert.ok(expectedTokens('SELECT a FROM t WH').includes('WHERE'));
  assert.ok(expectedTokens('SELECT 1; SH').includes('SHOW'));
});

test('a parse cut between a flag being set and read leaves nothing to the next text (the parser is reused)', () => {
  // each first text stops right after the parser noted what the next call's arguments may hold;
  // the second text's first call would take that note if it were left over
  const pairs: [cut: string, next: string, errors: number][] = [
    ['SELECT * FROM TABLE(', 'SELECT COUNT(*) FROM t', 0], // table call: no `*`
    ['SELECT PREV', 'SELECT f(a, b) FROM t', 0], // navigation: an integer offset only
    ['SELECT JSON_OBJECT', "SELECT f('a' VALUE 1) FROM t", 1], // key VALUE value only in JSON_OBJECT
  ];
  for (const [cut, next, errors] of pairs) {
    assert.ok(parse(cut).diagnostics.length > 0, cut);
    assert.equal(parse(next).diagnostics.length, errors, `${JSON.stringify(next)} after ${JSON.stringify(cut)}`);
  }
});
