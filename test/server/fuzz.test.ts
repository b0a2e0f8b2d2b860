// Fuzz the server through LSP: corpus statements from Flink's docs, mutated (deletions,
// duplications, swaps, random characters) and random token soups, sent as didOpen and
// incremental didChange, with every feature requested at random offsets. The process must stay
// alive, answer every request, and log no handler failure. Fixed seed: the same run every time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, positionAt, ROOT } from './lsp-client.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CORPUS = join(ROOT, '../shared/corpus/flink-docs/default');
const PIECES = ["'", '`', '(', ')', ',', ';', '/*', '*/', '/*+', '--', '\n', 'SELECT', 'FROM', 'WITH', '(', "'connector'", '=', "'kafka'", 'TABLE(', 'TUMBLE(', 'DESCRIPTOR(', 'CREATE TABLE', 'EXECUTE STATEMENT SET BEGIN', 'END', '.', 'ROW<', '>', 'é', '\u{1F600}', '\r\n', '\t', 'WATERMARK FOR', 'AS', 'x'];

test('the server survives mutated and random documents with every feature at random offsets', async () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.sql')).sort();
  const corpus = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const rand = rng(20261123);
  const pick = <T,>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const mutate = (s: string): string => {
    let out = s;
    const n = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const at = Math.floor(rand() * (out.length + 1));
      const op = rand();
      if (op < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(rand() * 20));
      else if (op < 0.6) out = out.slice(0, at) + pick(PIECES) + out.slice(at);
      else if (op < 0.8) { const b = Math.floor(rand() * out.length); out = out.slice(0, at) + out.slice(Math.min(at, b), Math.max(at, b)).slice(0, 200) + out.slice(at); }
      else out = out.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0x3000)) + out.slice(at);
    }
    return out;
  };
  const c = new LspClient();
  try {
    await c.initialize({ textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
    let requests = 0;
    for (let d = 0; d < 120; d++) {
      const uri = `file:///fuzz/${d}.fsql`;
      let text: string;
      const kind = rand();
      if (kind < 0.15) text = Array.from({ length: 40 }, () => pick(PIECES)).join(rand() < 0.5 ? ' ' : '');
      else if (kind < 0.3) text = corpus.slice(Math.floor(rand() * (corpus.length - 8))).slice(0, 8).join(';\n');
      else text = mutate(pick(corpus));
      c.open(uri, text);
      for (let e = 0; e < 3; e++) {
        // an incremental edit at a random place
        const a = Math.floor(rand() * (text.length + 1));
        const b = Math.min(text.length, a + Math.floor(rand() * 10));
        const ins = rand() < 0.5 ? pick(PIECES) : '';
        c.notify('textDocument/didChange', { textDocument: { uri, version: e + 2 }, contentChanges: [{ range: { start: positionAt(text, a), end: positionAt(text, b) }, text: ins }] });
        text = text.slice(0, a) + ins + text.slice(b);
        const o = Math.floor(rand() * (text.length + 1));
        const position = positionAt(text, o);
        const td = { textDocument: { uri } };
        await Promise.all([
          c.request('textDocument/hover', { ...td, position }),
          c.request('textDocument/completion', { ...td, position }),
          c.request('textDocument/signatureHelp', { ...td, position }),
          c.request('textDocument/definition', { ...td, position }),
          c.request('textDocument/references', { ...td, position, context: { includeDeclaration: true } }),
          c.request('textDocument/prepareRename', { ...td, position }),
          c.request('textDocument/rename', { ...td, position, newName: 'n' }),
          c.request('textDocument/documentHighlight', { ...td, position }),
          c.request('textDocument/rangeFormatting', { ...td, range: { start: position, end: position }, options: { tabSize: 2, insertSpaces: true } }),
          c.request('textDocument/codeAction', { ...td, range: { start: position, end: position }, context: { diagnostics: [] } }),
        ]);
        requests += 10;
      }
      const td = { textDocument: { uri } };
      await Promise.all([
        c.request('textDocument/documentSymbol', td),
        c.request('textDocument/foldingRange', td),
        c.request('textDocument/semanticTokens/full', td),
        c.request('textDocument/formatting', { ...td, options: { tabSize: 2, insertSpaces: true } }),
      ]);
      requests += 4;
      await c.diagnosticsFor(uri, 4);
      c.notify('textDocument/didClose', td);
    }
    assert.ok(requests > 2000);
    assert.equal(c.proc.exitCode, null, 'the server is alive');
    assert.doesNotMatch(c.stderr, /failed/, 'no handler failed');
    assert.equal(await c.shutdown(), 0);
  } finally {
    c.kill();
  }
});
