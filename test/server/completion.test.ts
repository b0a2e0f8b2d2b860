// Keyword completion inside a statement: the parser's follow set at the cursor when the parser
// offers it (engine/syntax/parse.ts expectedTokens), else the keywords of the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as parser from '../../engine/syntax/parse.ts';
import { buildModel } from '../../server/model.ts';
import { complete } from '../../server/features/completion.ts';
import type { Analysis } from '../../server/server.ts';

const followSets = typeof (parser as unknown as Record<string, unknown>)['expectedTokens'] === 'function';

function keywords(src: string): string[] {
  const offset = src.indexOf('$0');
  const text = src.replace('$0', '');
  const doc = TextDocument.create('file:///k.fsql', 'flinksql', 1, text);
  const a: Analysis = { uri: doc.uri, version: 1, doc, model: buildModel(text), external: [] };
  return complete(a, offset).filter((i) => i.kind === 14).map((i) => i.label);
}

test('keywords after a WHERE condition', () => {
  const k = keywords('SELECT a FROM t WHERE a > 1 $0');
  for (const w of ['AND', 'OR']) assert.ok(k.includes(w), `${w} in ${k.join(' ')}`);
  assert.ok(k.some((w) => w.startsWith('GROUP')), k.join(' '));
  assert.ok(!k.includes('SELECT'));
});

test('keywords after FROM t', () => {
  const k = keywords('SELECT a FROM t $0');
  assert.ok(k.includes('WHERE'), k.join(' '));
  assert.ok(k.some((w) => w.includes('JOIN')), k.join(' '));
});

test('follow sets come from the parser when it offers them', { skip: !followSets && 'parse.ts has no expectedTokens yet' }, () => {
  const k = keywords('CREATE TABLE t (a INT) $0');
  assert.ok(k.includes('WITH'), k.join(' '));
  assert.ok(k.includes('PARTITIONED'), k.join(' '));
});
