// The parser takes its lookahead paths from engine/syntax/lookahead-table.ts (generated); this
// fails when the grammar changed and the table was not regenerated:
//   node engine/syntax/lookahead-gen.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeLookaheadTable } from '../../engine/syntax/lookahead-gen.ts';
import { LOOKAHEAD_TABLE } from '../../engine/syntax/lookahead-table.ts';

test('lookahead-table.ts matches the grammar (else run: node engine/syntax/lookahead-gen.ts)', () => {
  const fresh = computeLookaheadTable();
  const stored = JSON.parse(LOOKAHEAD_TABLE) as Record<string, string[][][]>;
  assert.ok(Object.keys(fresh).length > 400, 'every decision of the grammar is in the table');
  assert.deepEqual(stored, fresh);
});
