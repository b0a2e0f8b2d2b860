// Data-driven LSP tests: every test/server/fixtures/<feature>/<name>.sql is opened in a real
// server process (dist/server.js over stdio) and the feature's answer, rendered compactly, is
// compared with <name>.expect.txt. `$0` marks cursor positions for positional features.
// UPDATE_EXPECT=1 rewrites the expectations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient, markers, positionAt, ROOT } from './lsp-client.ts';
import { SEMANTIC_LEGEND } from '../../server/features/semanticTokens.ts';
import { parse } from '../../engine/syntax/parse.ts';

const DIR = join(ROOT, 'test/server/fixtures');
const UPDATE = process.env['UPDATE_EXPECT'] === '1';

type Pos = { line: number; character: number };
type Rng = { start: Pos; end: Pos };
const r = (x: Rng): string => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;
const slice = (text: string, x: Rng): string => {
  const lines = text.split('\n');
  if (x.start.line !== x.end.line) return '…';
  return (lines[x.start.line] ?? '').slice(x.start.character, x.end.character);
};

let client: LspClient;
let n = 0;
before(async () => {
  client = new LspClient();
  await client.initialize({ textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } });
});
after(async () => {
  await client.shutdown();
});

const pushed = new Map<string, { range: Rng; code: string; severity: number; message: string }[]>();
async function openDoc(text: string): Promise<string> {
  const uri = `file:///fixture/${++n}.fsql`;
  client.open(uri, text);
  const m = await client.diagnosticsFor(uri);
  pushed.set(uri, (m.params as { diagnostics: { range: Rng; code: string; severity: number; message: string }[] }).diagnostics);
  return uri;
}
const parserReady = parse('SELECT 1').statements.length > 0;

function applyEdits(text: string, edits: { range: Rng; newText: string }[]): string {
  const lines = text.split('\n');
  const off = (p: Pos) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((x, y) => off(y.range.start) - off(x.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

type Render = (uri: string, text: string, offsets: number[]) => Promise<string>;

interface Sym { name: string; detail?: string; kind: number; range: Rng; selectionRange: Rng; children?: Sym[] }
const renderSymbols = (syms: Sym[], depth = 0): string[] =>
  syms.flatMap((s) => [`${'  '.repeat(depth)}${s.name} [${s.kind}] ${s.detail ?? ''} ${r(s.range)} sel ${r(s.selectionRange)}`.trimEnd(), ...renderSymbols(s.children ?? [], depth + 1)]);

const FEATURES: Record<string, Render> = {
  async diagnostics(uri, text) {
    // pushed on open: exact code, severity, range (with the text it covers) and message
    // the message up to Flink's list of expected tokens (that list is the grammar's, tested by the parser's suites)
    const msg = (m: string) => m.replace(/\. Was expecting[\s\S]*$/, '. Was expecting …').replace(/\n/g, '\n  ');
    return (pushed.get(uri) ?? []).map((d) => `${d.code} ${['', 'error', 'warning', 'information', 'hint'][d.severity]} ${r(d.range)} ${JSON.stringify(slice(text, d.range))}\n  ${msg(d.message)}`).join('\n') || '(no diagnostics)';
  },
  async symbols(uri) {
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    return renderSymbols(syms).join('\n');
  },
  async folding(uri) {
    const fr = await client.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', { textDocument: { uri } });
    return fr.map((f) => `${f.startLine}-${f.endLine}${f.kind ? ' ' + f.kind : ''}`).join('\n');
  },
  async semantic(uri, text) {
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const lines = text.split('\n');
    const out: string[] = [];
    let line = 0, ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      ch = data[i] === 0 ? ch + data[i + 1]! : data[i + 1]!;
      const mods = SEMANTIC_LEGEND.tokenModifiers.filter((_, k) => data[i + 4]! & (1 << k));
      out.push(`${line}:${ch} ${JSON.stringify(lines[line]!.slice(ch, ch + data[i + 2]!))} ${SEMANTIC_LEGEND.tokenTypes[data[i + 3]!]}${mods.length ? ' ' + mods.join(',') : ''}`);
    }
    return out.join('\n');
  },
  async format(uri, text, offsets) {
    const edits = await client.request<{ range: Rng; newText: string }[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    const whole = edits.length === 0 ? '(unchanged)\n' + text : edits.map((e) => `${r(e.range)}\n${e.newText}`).join('\n---\n');
    // range formatting at each $0: only the statements there change
    const ranged: string[] = [];
    for (const o of offsets) {
      const position = positionAt(text, o);
      const es = await client.request<{ range: Rng; newText: string }[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: position, end: position }, options: { tabSize: 2, insertSpaces: true } });
      ranged.push(`== range formatting at ${position.line}:${position.character}\n` + (es.map((e) => `${r(e.range)}\n${e.newText}`).join('\n---\n') || '(unchanged)'));
    }
    return [whole, ...ranged].join('\n');
  },
  async hover(uri, text, offsets) {
    const out: string[] = [];
    for (const o of offsets) {
      const h = await client.request<{ contents: { value: string }; range?: Rng } | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, o) });
      out.push(`== $0 at ${r({ start: positionAt(text, o), end: positionAt(text, o) }).split('-')[0]}${h?.range ? ` (${slice(text, h.range)})` : ''}\n${h ? h.contents.value : '(none)'}`);
    }
    return out.join('\n');
  },
  async completion(uri, text, offsets) {
    const out: string[] = [];
    for (const o of offsets) {
      const items = await client.request<{ label: string; kind?: number; insertText?: string; textEdit?: { newText: string; range: Rng }; sortText?: string }[]>('textDocument/completion', { textDocument: { uri }, position: positionAt(text, o) });
      // keywords inside statements come from the parser's follow sets (tested in completion.test.ts);
      // the fixtures show everything else, so they do not change with the grammar
      const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).filter((it) => !(it.sortText ?? '').startsWith('4'));
      out.push(`== $0 at ${positionAt(text, o).line}:${positionAt(text, o).character} (${sorted.length} items)`);
      for (const it of sorted.slice(0, 25)) out.push(`${it.label} [${it.kind}]${it.textEdit ? ` edit ${r(it.textEdit.range)} ${JSON.stringify(it.textEdit.newText)}` : it.insertText ? ` ${JSON.stringify(it.insertText)}` : ''}`);
    }
    return out.join('\n');
  },
  async navigation(uri, text, offsets) {
    const out: string[] = [];
    for (const o of offsets) {
      const position = positionAt(text, o);
      const def = await client.request<{ uri: string; range: Rng } | null>('textDocument/definition', { textDocument: { uri }, position });
      const refs = await client.request<{ uri: string; range: Rng }[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
      const ren = await client.request<{ changes: Record<string, { range: Rng; newText: string }[]> } | null>('textDocument/rename', { textDocument: { uri }, position, newName: 'renamed' });
      out.push(`== $0 at ${position.line}:${position.character}`);
      out.push(`definition: ${def ? `${r(def.range)} ${slice(text, def.range)}` : '(none)'}`);
      out.push(`references: ${refs.map((x) => `${r(x.range)} ${slice(text, x.range)}`).join(', ') || '(none)'}`);
      out.push(`rename: ${ren ? (ren.changes[uri] ?? []).map((e) => r(e.range)).join(', ') : '(none)'}`);
      const hl = await client.request<{ range: Rng; kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
      out.push(`highlight: ${hl.map((h) => `${r(h.range)}${h.kind === 3 ? ' write' : ''}`).join(', ') || '(none)'}`);
    }
    return out.join('\n');
  },
  async actions(uri, text, offsets) {
    // `-- diagnostic: message` lines become diagnostics at the markers, as an editor passes them
    const messages = [...text.matchAll(/^-- diagnostic: (.*)$/gm)].map((m) => m[1]!);
    const out: string[] = [];
    for (const o of offsets) {
      const position = positionAt(text, o);
      const diagnostics = messages.map((message) => ({ range: { start: position, end: position }, message, severity: 1, source: 'flinksql' }));
      const actions = await client.request<{ title: string; isPreferred?: boolean; diagnostics?: unknown[]; edit: { changes: Record<string, { range: Rng; newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } });
      out.push(`== $0 at ${position.line}:${position.character} (${actions.length} actions)`);
      for (const act of actions) {
        out.push(`-- ${act.title}${act.isPreferred ? ' (preferred)' : ''}${act.diagnostics?.length ? ` [fixes ${act.diagnostics.length} diagnostic(s)]` : ''}`);
        out.push(applyEdits(text, act.edit.changes[uri] ?? []));
      }
    }
    return out.join('\n');
  },
  async fixes(uri, text, offsets) {
    // the server's own pushed diagnostics under each marker, passed back as an editor does
    const out: string[] = [];
    const cmp = (a: Pos, b: Pos) => a.line - b.line || a.character - b.character;
    for (const o of offsets) {
      const position = positionAt(text, o);
      const diagnostics = (pushed.get(uri) ?? []).filter((d) => cmp(d.range.start, position) <= 0 && cmp(position, d.range.end) <= 0);
      const actions = await client.request<{ title: string; isPreferred?: boolean; diagnostics?: { code: string }[]; edit: { changes: Record<string, { range: Rng; newText: string }[]> } }[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } });
      out.push(`== $0 at ${position.line}:${position.character}: ${diagnostics.map((d) => d.code).join(', ') || 'no diagnostic'} (${actions.length} actions)`);
      for (const act of actions) {
        out.push(`-- ${act.title}${act.isPreferred ? ' (preferred)' : ''}${act.diagnostics?.length ? ` [fixes ${act.diagnostics.map((d) => d.code).join(', ')}]` : ''}`);
        out.push(applyEdits(text, act.edit.changes[uri] ?? []));
      }
    }
    return out.join('\n');
  },
  async signature(uri, text, offsets) {
    const out: string[] = [];
    for (const o of offsets) {
      const s = await client.request<{ signatures: { label: string }[]; activeSignature: number; activeParameter: number } | null>('textDocument/signatureHelp', { textDocument: { uri }, position: positionAt(text, o) });
      out.push(`== $0 at ${positionAt(text, o).line}:${positionAt(text, o).character}: ${s ? `${s.signatures[s.activeSignature]!.label} param ${s.activeParameter} (${s.signatures.length} signatures)` : '(none)'}`);
    }
    return out.join('\n');
  },
};

for (const feature of Object.keys(FEATURES).sort()) {
  const dir = join(DIR, feature);
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()) {
    // diagnostics need the real parser: skipped while parse() is the placeholder
    test(`lsp ${feature}: ${file}`, { skip: (feature === 'diagnostics' || feature === 'fixes') && !parserReady && 'parser not landed yet' }, async () => {
      const { text, offsets } = markers(readFileSync(join(dir, file), 'utf8'));
      const uri = await openDoc(text);
      const actual = (await FEATURES[feature]!(uri, text, offsets)).trimEnd() + '\n';
      const expectFile = join(dir, file.replace(/\.sql$/, '.expect.txt'));
      if (UPDATE || !existsSync(expectFile)) writeFileSync(expectFile, actual);
      assert.equal(actual, readFileSync(expectFile, 'utf8'));
    });
  }
}
