// Diagnostics latency of the language server on a 5,000-line document (issue 5: under 30 ms
// after an edit). Measured end to end over stdio (didChange -> publishDiagnostics, debounce
// off) and in-process; the anchor is a full, non-incremental re-analysis in the same run.
// Usage: node bench/lsp.mjs [lines] [edits]
import { LspClient, positionAt } from '../test/server/lsp-client.ts';
import { IncrementalDiagnoser } from '../server/diagnose.ts';
import { buildModel } from '../server/model.ts';
import os from 'node:os';

const LINES = Number(process.argv[2] ?? 5000);
const EDITS = Number(process.argv[3] ?? 40);

function makeDoc(lines) {
  const blocks = [];
  let n = 0, i = 0;
  while (n < lines) {
    const b = `CREATE TABLE orders_${i} (
  order_id BIGINT,
  user_id STRING,
  amount DECIMAL(10, 2),
  ts TIMESTAMP(3),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
) WITH (
  'connector' = 'kafka',
  'topic' = 'orders_${i}',
  'properties.bootstrap.servers' = 'localhost:9092',
  'format' = 'json'
);
-- revenue per user and minute
SELECT user_id, window_start, SUM(amount) AS revenue
FROM TABLE(TUMBLE(TABLE orders_${i}, DESCRIPTOR(ts), INTERVAL '1' MINUTE))
WHERE amount > ${i}
GROUP BY user_id, window_start, window_end;
`;
    blocks.push(b);
    n += b.split('\n').length - 1;
    i++;
  }
  return blocks.join('').split('\n').slice(0, lines).join('\n') + '\n';
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { min: s[0], median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x) => x.toFixed(2);

const text0 = makeDoc(LINES);
const lineCount = text0.split('\n').length - 1;

// in-process: incremental vs full
const inc = new IncrementalDiagnoser();
inc.diagnose(text0);
let text = text0;
const incT = [], fullT = [], modelT = [];
for (let e = 0; e < EDITS; e++) {
  const at = text.indexOf('WHERE amount > ', Math.floor((e / EDITS) * text.length));
  const pos = at < 0 ? text.indexOf('WHERE amount > ') : at;
  text = text.slice(0, pos + 15) + '1' + text.slice(pos + 15);
  let t = performance.now();
  inc.diagnose(text);
  incT.push(performance.now() - t);
  t = performance.now();
  new IncrementalDiagnoser().diagnose(text);
  fullT.push(performance.now() - t);
  t = performance.now();
  buildModel(text);
  modelT.push(performance.now() - t);
}

// over stdio
const c = new LspClient(['dist/server.js', '--stdio']);
await c.initialize({}, { debounceMs: 0 });
const uri = 'file:///bench/big.fsql';
let version = 1;
c.open(uri, text0, version);
await c.diagnosticsFor(uri, version);
let cur = text0;
const e2e = [];
for (let e = 0; e < EDITS; e++) {
  const at = cur.indexOf('WHERE amount > ', Math.floor((e / EDITS) * cur.length));
  const pos = (at < 0 ? cur.indexOf('WHERE amount > ') : at) + 15;
  const position = positionAt(cur, pos);
  cur = cur.slice(0, pos) + '1' + cur.slice(pos);
  version++;
  const t = performance.now();
  c.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: '1' }] });
  await c.diagnosticsFor(uri, version);
  e2e.push(performance.now() - t);
}
// a hover and a completion on the big document (the model is built once per version)
let t = performance.now();
await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 3 } });
const hoverMs = performance.now() - t;
t = performance.now();
await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 2512, character: 1 } });
const changelogHoverMs = performance.now() - t;
t = performance.now();
await c.request('textDocument/completion', { textDocument: { uri }, position: { line: 14, character: 5 } });
const complMs = performance.now() - t;
await c.shutdown();

const rows = [
  ['re-publish diagnostics after an edit (stdio, end to end)', stats(e2e)],
  ['incremental re-analysis (in-process)', stats(incT)],
  ['anchor: full re-analysis (in-process)', stats(fullT)],
  ['document model (tokens, statements, references)', stats(modelT)],
];
console.log(`LSP diagnostics latency: ${lineCount} lines, ${text0.length} chars, ${EDITS} edits`);
console.log(`machine load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (min is the least disturbed figure)`);
console.log('| measure | min ms | median ms | p95 ms | max ms |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, s] of rows) console.log(`| ${name} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.max)} |`);
console.log(`| first hover after an edit (model build + answer) | | ${ms(hoverMs)} | | |`);
console.log(`| hover on a SELECT mid-file (its plan and changelog mode) | | ${ms(changelogHoverMs)} | | |`);
console.log(`| completion | | ${ms(complMs)} | | |`);
const ratio = stats(fullT).median / stats(incT).median;
console.log(`\nincremental vs full re-analysis: ${ratio.toFixed(1)}x faster; goal: end-to-end median < 30 ms -> ${stats(e2e).median < 30 ? 'met' : 'NOT met'}`);
