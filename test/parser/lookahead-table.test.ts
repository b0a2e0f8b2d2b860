// The parser takes its lookahead paths from engine/syntax/lookahead-table.ts (generated); this
// fails when the grammar changed and the table was not regenerated:
//   node engine/syntax/lookahead-gen.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDecisions, computeGastTable } from '../../engine/syntax/lookahead-gen.ts';
import { GAST_TABLE } from '../../engine/syntax/gast-table.ts';
import { encodeGast } from '../../engine/syntax/gast-codec.ts';
import type { EncodedNode } from '../../engine/syntax/gast-codec.ts';
import { FlinkSqlParser } from '../../engine/syntax/parser.ts';
import { LOOKAHEAD_TABLE, PREDICATED } from '../../engine/syntax/lookahead-table.ts';

test('lookahead-table.ts matches the grammar (else run: node engine/syntax/lookahead-gen.ts)', () => {
  const fresh = computeDecisions();
  const stored = Object.fromEntries(Object.entries(LOOKAHEAD_TABLE).map(([k, v]) => [k, JSON.parse(v) as string[][][]]));
  assert.ok(Object.keys(fresh.paths).length > 400, 'every decision of the grammar is in the table');
  // the same decisions in the same (grammar) order, with the same paths
  assert.deepEqual(Object.keys(stored), Object.keys(fresh.paths));
  assert.deepEqual(stored, fresh.paths);
  assert.deepEqual(PREDICATED, fresh.predicated);
  assert.ok(PREDICATED.length > 0, 'the grammar has gated alternations');
});

test('gast-table.ts matches the grammar, and decodes to the recorded GAST (else run: node engine/syntax/lookahead-gen.ts)', () => {
  const fresh = computeGastTable();
  const stored = JSON.parse(GAST_TABLE) as EncodedNode[];
  assert.ok(fresh.length > 150, 'every rule of the grammar is in the table');
  assert.deepEqual(stored, fresh);
  // the parser built from the table has the same grammar as one that records it
  const fromTable = Object.values(new FlinkSqlParser(true, false, true).getGAstProductions()).map(encodeGast);
  assert.deepEqual(fromTable, fresh);
});
