// A million changes through the protocol, and the panel in the light and dark themes (with
// screenshots kept under test-results/ and, with UPDATE_SCREENSHOT=1 or when missing, the
// README's docs/panel.png).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { startHarness, tableRows, clickTab, root } from './harness.ts';
import type { Harness, PanelPage } from './harness.ts';
import { caseMessages, loadCase } from './cases.ts';
import { PROTOCOL_VERSION } from '../../../client/webview/protocol.ts';
import type { ExtensionToWebview } from '../../../client/webview/protocol.ts';

const v = PROTOCOL_VERSION;
const results = join(root, 'test-results');
let h: Harness;
before(async () => { h = await startHarness(); mkdirSync(results, { recursive: true }); });
after(async () => { await h?.close(); });

const N = 1_000_000, WORDS = 1000;

/**
 * Posts a word count's changelog over 1,000 words, 1,000,000 changes, in pages of 10,000, from
 * inside the page (as the extension host's messages arrive: message events with cloned data).
 * Change k (1-based): the first 1,000 are +I[w<k-1>, 1]; then pairs -U[w, c] +U[w, c+1].
 */
async function postMillion(p: PanelPage): Promise<{ firstRowsMs: number; allMs: number }> {
  await p.send([{
    v, type: 'runStarted', runId: 'big', document: { uri: 'file:///w/big.sql', label: 'big.sql' }, query: 'SELECT word, COUNT(*) AS cnt FROM words GROUP BY word',
    mode: 'streaming', sources: [{ table: 'words', file: 'words.csv' }],
    sinks: [{ name: 'collect', connector: 'collect', semantics: 'retract', keyColumns: ['word'], columns: [{ name: 'word', type: 'STRING' }, { name: 'cnt', type: 'BIGINT NOT NULL' }] }],
  }]);
  return p.page.evaluate(async ({ N, WORDS, v }) => {
    const counts = new Int32Array(WORDS);
    let seq = 0, line = 1;
    const pages: unknown[][] = [];
    let page: unknown[] = [];
    while (seq < N) {
      const w = line % WORDS;
      line++;
      const source = { table: 'words', file: 'words.csv', line, text: `w${w}` };
      if (counts[w] === 0) { counts[w] = 1; page.push({ seq: ++seq, kind: '+I', fields: [`w${w}`, '1'], source }); }
      else {
        page.push({ seq: ++seq, kind: '-U', fields: [`w${w}`, String(counts[w])], source });
        counts[w]!++;
        page.push({ seq: ++seq, kind: '+U', fields: [`w${w}`, String(counts[w])], source });
      }
      if (page.length >= 10_000) { pages.push(page); page = []; }
    }
    if (page.length) pages.push(page);
    // Timing starts when the messages are posted (what the extension host does), not while
    // this test generates them.
    const t0 = performance.now();
    // One page per task, as messages from the extension host arrive (a MessageChannel schedules
    // the next post without setTimeout's clamping).
    const channel = new MessageChannel();
    let next = 0;
    channel.port1.onmessage = () => {
      if (next < pages.length) {
        window.postMessage({ v, type: 'rows', runId: 'big', sink: 0, changes: pages[next++] }, '*');
        channel.port2.postMessage(0);
      } else {
        window.postMessage({ v, type: 'done', runId: 'big', totals: { changes: N, rowsRead: line - 1 }, durationMs: 0 }, '*');
      }
    };
    channel.port2.postMessage(0);
    let firstRowsMs = -1;
    await new Promise<void>((r) => {
      const check = (): void => {
        if (firstRowsMs < 0 && document.querySelector('.panel-changelog .vt-body .vt-row[data-index="0"]:not([hidden])')) firstRowsMs = performance.now() - t0;
        if (document.querySelector('.status')?.textContent?.startsWith('1,000,000 changes')) r(); else requestAnimationFrame(check);
      };
      check();
    });
    return { firstRowsMs, allMs: performance.now() - t0 };
  }, { N, WORDS, v });
}

test('1,000,000 changes: bounded DOM, the end shows the last change, replay and sink counts work', async () => {
  const p = await h.open('dark');
  try {
    const t = await postMillion(p);
    const heap = await p.page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    console.log(`# 1M changes (100 pages): first rows on screen after ${t.firstRowsMs.toFixed(0)} ms, all taken in after ${t.allMs.toFixed(0)} ms, JS heap ${(heap / 1e6).toFixed(0)} MB`);
    assert.equal(await p.page.textContent('.tab[data-tab="changelog"] .tab-count'), '1,000,000');
    const domRows = await p.page.locator('.panel-changelog .vt-body .vt-row').count();
    assert.ok(domRows <= 60, `${domRows} rows in the DOM`);
    assert.deepEqual((await tableRows(p.page, 'changelog'))[0], ['1', '+I', 'w1', '1', 'words.csv:2  w1']);
    // The end: keyboard End on the table.
    await p.page.focus('.panel-changelog .vt');
    await p.page.keyboard.press('End');
    await p.settle();
    let rows = await tableRows(p.page, 'changelog');
    const last = rows.at(-1)!;
    // 500,500 CSV lines (lines 2..500,501) make 1,000 +I then 499,500 -U/+U pairs; line L holds
    // w<(L-1) % 1000>, so w1..w500 occur 501 times and the last change is +U[w500, 501].
    assert.deepEqual(last, ['1000000', '+U', 'w500', '501', 'words.csv:500501  w500']);
    assert.ok(await p.page.locator('.panel-changelog .vt-body .vt-row[data-index="999999"]').isVisible());
    // The middle: rows are contiguous wherever we land.
    await p.page.$eval('.panel-changelog .vt', (e) => { e.scrollTop = e.scrollHeight / 2; });
    await p.settle();
    rows = await tableRows(p.page, 'changelog');
    const seqs = rows.map((r) => Number(r[0]));
    assert.ok(seqs[0]! > 400_000 && seqs[0]! < 600_000, `middle starts at ${seqs[0]}`);
    assert.deepEqual(seqs, seqs.map((_, i) => seqs[0]! + i));
    // Mouse-wheel scrolling moves by rows, and the DOM stays bounded.
    const before = seqs[0]!;
    await p.page.hover('.panel-changelog .vt-body');
    await p.page.mouse.wheel(0, 22 * 10);
    await p.settle();
    const after = Number((await tableRows(p.page, 'changelog'))[0]![0]);
    assert.ok(after > before, `wheel moved from ${before} to ${after}`);
    assert.ok(await p.page.locator('.panel-changelog .vt-body .vt-row').count() <= 60);
    // Final table and sink counts over the whole run.
    await clickTab(p.page, 'final');
    assert.match((await p.page.textContent('.final-summary'))!, /^1,000 rows as of step 1,000,000 /);
    const first = (await tableRows(p.page, 'final'))[0];
    assert.deepEqual(first, ['w0', '500']); // sorted as final.txt is: +I[w0, 500] first
    await clickTab(p.page, 'sink');
    assert.equal(await p.page.textContent('.sink-count'), '1,000,000 messages for 1,000 keys');
    // replay half-way back and forth
    await p.page.fill('.slider', '1000');
    await p.settle();
    assert.equal(await p.page.textContent('.sink-count'), '1,000 messages for 1,000 keys');
    await clickTab(p.page, 'final');
    assert.match((await p.page.textContent('.final-summary'))!, /^1,000 rows as of step 1,000 /);
    assert.deepEqual(p.errors, []);
    if (heap) assert.ok(heap < 600e6, `JS heap ${heap}`);
  } finally { await p.close(); }
});

/** Relative luminance contrast of two rgb() colours (WCAG). */
function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = c.match(/\d+/g)!.slice(0, 3).map((x) => Number(x) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/**
 * The seed case as a user's run shows it: the engine's own messages (runIntoPanel, as the
 * extension posts them) when the engine reproduces Flink's changelog for it; otherwise the
 * recorded changelog with the appearances row that caused each change.
 */
async function seedMessages(): Promise<{ msgs: ExtensionToWebview[]; fromEngine: boolean }> {
  const dir = join(root, '../shared/cases/seed-join-array-agg');
  const seed = loadCase(dir);
  const engine: ExtensionToWebview[] = [];
  try {
    const { runIntoPanel } = await import('../../../client/panel-feed.ts');
    await runIntoPanel({
      text: readFileSync(join(dir, 'query.sql'), 'utf8'), documentUri: pathToFileURL(join(dir, 'query.sql')).toString(),
      documentLabel: 'seed-join-array-agg/query.sql', baseDir: dir, post: (m) => engine.push(structuredClone(m)), runId: 'engine-seed',
    });
  } catch { /* the engine cannot run yet */ }
  const lines = engine.flatMap((m) => (m.type === 'rows' ? m.changes.map((c) => `${c.kind}[${c.fields.join(', ')}]`) : []));
  if (JSON.stringify(lines) === JSON.stringify(seed.expected)) {
    // A stable duration for the screenshot.
    return { msgs: engine.map((m) => (m.type === 'done' ? { ...m, durationMs: 4 } : m)), fromEngine: true };
  }
  const runId = `run-${seed.name}`;
  const msgs: ExtensionToWebview[] = caseMessages(seed, runId).filter((m) => m.type !== 'done');
  const cause = [2, 3, 3, 4, 5, 5];
  const appearances = ['Show A,1', 'Show A,2', 'Show B,3', 'Show A,3'];
  for (const m of msgs) if (m.type === 'rows') m.changes.forEach((c, i) => { c.source = { table: 'appearances', file: 'appearances.csv', line: cause[i]!, text: appearances[cause[i]! - 2]! }; });
  msgs.push({ v, type: 'done', runId, totals: { changes: 6, rowsRead: 7 }, durationMs: 4 });
  return { msgs, fromEngine: false };
}

async function seedShowcase(theme: 'dark' | 'light'): Promise<PanelPage> {
  const p = await h.open(theme, { width: 1000, height: 440 });
  await p.send((await seedMessages()).msgs);
  return p;
}

test('the engine\'s run of the seed: sources, explain with changelog modes, as the extension shows it', async (t) => {
  const { msgs, fromEngine } = await seedMessages();
  if (!fromEngine) { t.skip('the engine does not reproduce the seed changelog yet'); return; }
  const p = await h.open('dark');
  try {
    await p.send(msgs);
    assert.deepEqual((await tableRows(p.page, 'changelog')).map((r) => r.join(' | ')), [
      '1 | +I | Show A | [Kim] | appearances.csv:2  Show A,1',
      '2 | -U | Show A | [Kim] | appearances.csv:3  Show A,2',
      '3 | +U | Show A | [Kim, Lee] | appearances.csv:3  Show A,2',
      '4 | +I | Show B | [Park] | appearances.csv:4  Show B,3',
      '5 | -U | Show A | [Kim, Lee] | appearances.csv:5  Show A,3',
      '6 | +U | Show A | [Kim, Lee, Park] | appearances.csv:5  Show A,3',
    ]);
    assert.equal(await p.page.textContent('.tl-label'), 'no watermark · rows read: people 3, appearances 4 · 0 late rows dropped');
    await clickTab(p.page, 'explain');
    const agg = await p.page.$$eval('.operator', (ls) => ls.map((l) => l.textContent ?? '').find((x) => x.startsWith('GroupAggregate')));
    assert.match(agg!, /changelogMode=\[I,UB,UA\]upsertKeys=\[\[program_name\]\]$/);
    await clickTab(p.page, 'sink');
    assert.equal(await p.page.textContent('.sink-count'), '6 messages for 2 keys');
    assert.deepEqual(p.errors, []);
  } finally { await p.close(); }
});

for (const theme of ['dark', 'light'] as const) {
  test(`${theme} theme: readable colours from --vscode-* variables; screenshots`, async () => {
    const p = await seedShowcase(theme);
    try {
      const c = await p.page.evaluate(() => {
        const col = (sel: string, prop: 'color' | 'backgroundColor' = 'color'): string => getComputedStyle(document.querySelector(sel)!)[prop];
        return {
          bg: col('body', 'backgroundColor'), fg: col('body'),
          insert: col('.panel-changelog .op-insert'), before: col('.panel-changelog .op-update-before'), afterU: col('.panel-changelog .op-update-after'),
        };
      });
      assert.equal(c.bg, theme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');
      assert.ok(contrast(c.fg, c.bg) >= 4.5, `text contrast ${contrast(c.fg, c.bg)}`);
      for (const k of ['insert', 'before', 'afterU'] as const) assert.ok(contrast(c[k], c.bg) >= 3, `${k} contrast ${contrast(c[k], c.bg)}`);
      assert.equal(new Set([c.insert, c.before, c.afterU]).size, 3, 'three distinct op colours');
      await p.page.fill('.slider', '5');
      await p.settle();
      await p.page.screenshot({ path: join(results, `panel-${theme}.png`) });
      const update = (name: string): boolean => process.env['UPDATE_SCREENSHOT'] === '1' || !existsSync(join(root, 'docs', name));
      if (theme === 'dark' && update('panel.png')) await p.page.screenshot({ path: join(root, 'docs/panel.png') });
      await clickTab(p.page, 'sink');
      assert.equal(await p.page.textContent('.sink-count'), '5 messages for 2 keys');
      await p.page.screenshot({ path: join(results, `panel-sink-${theme}.png`) });
      await p.page.click('.replay button[title="Last step (follow)"]');
      await p.settle();
      assert.equal(await p.page.textContent('.sink-count'), '6 messages for 2 keys');
      if (theme === 'dark' && update('panel-sink.png')) await p.page.screenshot({ path: join(root, 'docs/panel-sink.png') });
      assert.ok(existsSync(join(results, `panel-${theme}.png`)));
    } finally { await p.close(); }
  });
}
