// The engine never answers a call of a function Flink 2.3.0 has with Calcite's "No match found
// for function signature" (a false error in the editor, a wrong answer in `run`): it computes it
// or says not supported yet. And it does answer so for the names Flink does not know.
// The names: engine/knowledge/flink-functions.ts, generated from Flink by test/flink/functions.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../engine/index.ts';
import { FLINK_FUNCTIONS, NOT_FLINK_FUNCTIONS } from '../../engine/knowledge/flink-functions.ts';

const DDL = `CREATE TABLE s (x STRING, i INT, ts TIMESTAMP(3), arr ARRAY<INT>, m MAP<STRING, INT>)
  WITH ('connector' = 'filesystem', 'path' = 's.csv', 'format' = 'csv');\n`;
const TRIES = [[], ['x'], ['i'], ['x', 'x'], ['x', 'i'], ['i', 'i'], ['x', 'x', 'x'], ['arr'], ['arr', 'i'], ['m'], ['ts'], ['x', 'i', 'i'], ['arr', 'arr'], ['m', 'm']];
const unknown = (name: string, args: string[]) => {
  const e = analyze(`${DDL}SELECT ${name}(${args.join(', ')}) FROM s;`).errors[0];
  return !!e && /No match found for function signature/.test(e.message);
};

test('every function Flink 2.3.0 knows is computed or not supported yet, never "No match found"', () => {
  assert.ok(FLINK_FUNCTIONS.size > 200);
  const wrong = [...FLINK_FUNCTIONS].filter((n) => TRIES.every((a) => unknown(n, a)));
  assert.deepEqual(wrong, []);
});

test('a function Flink 2.3.0 does not know is "No match found" with every argument list', () => {
  assert.ok(NOT_FLINK_FUNCTIONS.has('NVL') && NOT_FLINK_FUNCTIONS.has('DATEDIFF'));
  // ARRAY(x) and MAP(x, y) (parentheses) are known gaps: the parser reads them as ARRAY[x] / MAP[x, y]
  const accepted = [...NOT_FLINK_FUNCTIONS].filter((n) => n !== 'ARRAY' && n !== 'MAP' && !TRIES.every((a) => unknown(n, a)));
  assert.deepEqual(accepted, []);
});

test("Flink's operand check (function-signatures.ts, recorded from Flink): verdicts by argument kind, literals apart", async () => {
  const { signatureError } = await import('../../engine/analysis/functions/signatures.ts');
  const { t } = await import('../../engine/types/types.ts');
  const col = (name: string, o: object = {}) => ({ type: t(name as 'INT', true, o) });
  const lit = (name: string, value: unknown, o: object = {}) => ({ type: t(name as 'INT', false, o), literal: value });
  const S = { precision: 2147483647 };
  // LISTAGG's separator must be a literal: a column there is Calcite's "Cannot apply"
  assert.equal(signatureError('LISTAGG', [col('VARCHAR', S), lit('CHAR', ',', { precision: 1 })]), undefined);
  assert.deepEqual(signatureError('LISTAGG', [col('VARCHAR', S), col('VARCHAR', S)])?.[0], 'C');
  // CONCAT takes strings only, UPPER one argument
  assert.deepEqual(signatureError('CONCAT', [col('VARCHAR', S), col('INT')]),
    ['C', "Cannot apply 'CONCAT' to arguments of type 'CONCAT(<VARCHAR(2147483647)>, <INTEGER>)'. Supported form(s): 'CONCAT(<CHARACTER>)'"]);
  assert.match(signatureError('UPPER', [col('VARCHAR', S), col('INT')])![1], /^Invalid number of arguments to function 'UPPER'\. Was expecting 1 arguments/);
  assert.equal(signatureError('UPPER', [col('VARCHAR', S)]), undefined);
  // an argument of a kind the probe did not try is not checked (ARRAY<STRING>), nor a fourth argument
  assert.equal(signatureError('ABS', [col('ARRAY', { element: t('VARCHAR', true, S) })]), undefined);
  assert.equal(signatureError('CONCAT', [col('VARCHAR', S), col('VARCHAR', S), col('VARCHAR', S), col('INT')]), undefined);
  // Calcite's "No match found" prints type families, a collection type as itself
  assert.match(signatureError('ARRAY_UNION', [col('ARRAY', { element: t('INT', true) })])![1], /^No match found for function signature ARRAY_UNION\(<INTEGER ARRAY>\)\./);
});
