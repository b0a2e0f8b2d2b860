// The changelog panel in real Chromium, fed with the protocol messages the extension posts,
// built from real changelogs (the cases' expected.txt, as recorded on Flink 2.3.0). Asserts
// what a person sees: tab contents, row texts, op colours, replay, sink counts, errors.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHarness, tableRows, clickTab, root } from './harness.ts';
import type { Harness, PanelPage } from './harness.ts';
import { caseDirs, caseMessages, loadCase } from './cases.ts';
import type { CaseData } from './cases.ts';
import { PROTOCOL_VERSION } from '../../../client/webview/protocol.ts';
import type { ExtensionToWebview } from '../../../client/webview/protocol.ts';

const v = PROTOCOL_VERSION;
const KIND_CLASS: Record<string, string> = { '+I': 'op-insert', '-U': 'op-update-before', '+U': 'op-update-after', '-D': 'op-delete' };
const sharedCases = join(root, '../shared/cases');
const dirs = caseDirs(sharedCases, join(root, 'test/cases'));

let h: Harness;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/**
 * Reads the whole Changelog tab back into Row.toString() lines plus the op cell's classes,
 * scrolling through it as a person would (only the visible rows exist in the DOM).
 */
async function changelogLines(p: PanelPage, total?: number): Promise<{ lines: string[]; opClasses: string[] }> {
  const lines: string[] = [], opClasses: string[] = [];
  for (let guard = 0; guard < 1000; guard++) {
    const seen = await p.page.$$eval('.panel-changelog .vt-body .vt-row:not([hidden])', (rows) => rows.map((r) => {
      const cells = Array.from(r.children) as HTMLElement[];
      const op = cells.find((c) => c.classList.contains('col-op'))!;
      const fields = cells.filter((c) => c.classList.contains('col-field')).map((c) => c.textContent);
      return {
        index: Number((r as HTMLElement).dataset['index']),
        line: `${op.textContent}[${fields.join(', ')}]`,
        cls: Array.from(op.classList).filter((c) => c.startsWith('op-')).join(' '),
      };
    }));
    for (const x of seen) { lines[x.index] = x.line; opClasses[x.index] = x.cls; }
    if (total === undefined || lines.length >= total || seen.length === 0) break;
    await p.page.$eval('.panel-changelog .vt', (e, top) => { e.scrollTop = top; }, lines.length * 22);
    await p.settle();
  }
  return { lines, opClasses };
}

async function openCase(c: CaseData, theme: 'dark' | 'light' = 'dark'): Promise<PanelPage> {
  // A short panel (about 9 rows visible), so longer changelogs are read by scrolling.
  const p = await h.open(theme, { width: 1100, height: 440 });
  await p.send(caseMessages(c));
  return p;
}

// Flink's RetractableTopNFunction can retract rows it never emitted (sort-limit-offset-updating*):
// the final table of such a changelog holds unmatched retractions, which no panel shows (as in
// test/unit/panel-replay.test.ts)
const UNMATCHED = 'Flink retracts rows it never emitted: the final table has unmatched retractions';
const unmatchedRetractions = (c: { final?: string[] | null }): boolean => !!c.final?.some((l) => l.includes('!retract of missing row'));

describe('every case, as a person sees it', () => {
  for (const dir of dirs) {
    const c = loadCase(dir);
    if (!c.expected) continue;
    if (c.ambiguous) { test(`${c.name}`, (t) => { t.skip('a row of expected.txt cannot be split into the query\'s columns (a string holds ", "): the engine\'s own run shows it below'); }); continue; }
    if (unmatchedRetractions(c)) { test(`${c.name}`, (t) => { t.skip(UNMATCHED); }); continue; }
    test(`${c.name}`, async () => {
      const p = await openCase(c);
      try {
        if (c.rejected) {
          assert.equal(await p.page.textContent('.error-class'), c.rejected.exceptionClass);
          assert.ok((await p.page.textContent('.error-message'))!.includes(c.rejected.message));
          assert.equal(await p.page.isVisible('.error'), true);
          assert.equal(await p.page.textContent('.status'), 'Failed');
          return;
        }
        if (c.runtimeError) {
          assert.equal(await p.page.textContent('.error-class'), c.runtimeError.exceptionClass);
        } else {
          assert.equal(await p.page.isVisible('.error'), false);
        }
        const tabCount = await p.page.textContent('.tab[data-tab="changelog"] .tab-count');
        assert.equal(tabCount, c.changes.length.toLocaleString('en-US'));
        const { lines, opClasses } = await changelogLines(p, c.changes.length);
        assert.deepEqual(lines, c.expected);
        assert.deepEqual(opClasses, c.changes.map((x) => KIND_CLASS[x.kind]));
        if (c.final && !c.runtimeError) {
          await clickTab(p.page, 'final');
          // the table is virtual: the rows it has rendered (about a screenful) are the first ones
          const rows = await tableRows(p.page, 'final');
          const n = Math.min(rows.length, c.final.length);
          assert.ok(n >= Math.min(c.final.length, 9), `the final tab renders ${rows.length} of ${c.final.length} rows`);
          assert.deepEqual(rows.slice(0, n).map((r) => `+I[${r.join(', ')}]`), c.final.slice(0, n));
          assert.match((await p.page.textContent('.final-summary'))!, new RegExp(`^${c.final.length} rows?`));
        }
        assert.deepEqual(p.errors, []);
      } finally { await p.close(); }
    });
  }
});

describe('the seed incident', () => {
  const seed = loadCase(join(sharedCases, 'seed-join-array-agg'));

  test('Changelog tab: seq, coloured op, fields with their types in the header', async () => {
    const p = await openCase(seed);
    try {
      const rows = await tableRows(p.page, 'changelog');
      assert.deepEqual(rows, [
        ['1', '+I', 'Show A', '[Kim]', ''],
        ['2', '-U', 'Show A', '[Kim]', ''],
        ['3', '+U', 'Show A', '[Kim, Lee]', ''],
        ['4', '+I', 'Show B', '[Park]', ''],
        ['5', '-U', 'Show A', '[Kim, Lee]', ''],
        ['6', '+U', 'Show A', '[Kim, Lee, Park]', ''],
      ]);
      const header = await p.page.$$eval('.panel-changelog .vt-header .vt-cell', (cs) => cs.map((c) => c.textContent));
      assert.deepEqual(header, ['#', 'op', 'program_name STRING', 'names ARRAY<STRING>', 'source row']);
      const colours = await p.page.$$eval('.panel-changelog .vt-body .vt-row:not([hidden]) .col-op', (cs) => cs.map((c) => getComputedStyle(c).color));
      assert.equal(colours[0], 'rgb(137, 209, 133)'); // +I: --vscode-charts-green (Dark Modern)
      assert.equal(colours[1], 'rgb(241, 76, 76)'); // -U: --vscode-charts-red
      assert.equal(colours[2], 'rgb(55, 148, 255)'); // +U: --vscode-charts-blue
      assert.equal(await p.page.textContent('.sink-line'), '→ SQL client (retract stream)');
      assert.match((await p.page.textContent('.status'))!, /^6 changes · 7 rows read · 0 ms$/);
    } finally { await p.close(); }
  });

  test('Sink tab: "6 messages for 2 keys", every message listed', async () => {
    const p = await openCase(seed);
    try {
      await clickTab(p.page, 'sink');
      assert.equal(await p.page.textContent('.sink-count'), '6 messages for 2 keys');
      assert.match((await p.page.textContent('.sink-note'))!, /a consumer reads 6 messages, while a keyed table would keep 2 rows/);
      const rows = await tableRows(p.page, 'sink');
      assert.deepEqual(rows.map((r) => r.join(' | ')), [
        '1 | 1 | +I | Show A | +I[Show A, [Kim]]',
        '2 | 2 | -U | Show A | -U[Show A, [Kim]]',
        '3 | 3 | +U | Show A | +U[Show A, [Kim, Lee]]',
        '4 | 4 | +I | Show B | +I[Show B, [Park]]',
        '5 | 5 | -U | Show A | -U[Show A, [Kim, Lee]]',
        '6 | 6 | +U | Show A | +U[Show A, [Kim, Lee, Park]]',
      ]);
    } finally { await p.close(); }
  });

  test('replay: the final table as of step N, with the buttons and the slider', async () => {
    const p = await openCase(seed);
    try {
      await clickTab(p.page, 'final');
      const finalRows = async (): Promise<string[]> => (await tableRows(p.page, 'final')).map((r) => r.join(' | '));
      assert.deepEqual(await finalRows(), ['Show A | [Kim, Lee, Park]', 'Show B | [Park]']);
      await p.page.fill('.slider', '3');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 3 / 6');
      assert.equal(await p.page.textContent('.step-change'), '#3 +U[Show A, [Kim, Lee]]');
      assert.deepEqual(await finalRows(), ['Show A | [Kim, Lee]']);
      assert.equal(await p.page.textContent('.final-summary'), '1 row as of step 3 (+I/+U add a row, -U/-D remove one)');
      await p.page.click('.replay button[title="Previous change"]');
      await p.settle();
      assert.deepEqual(await finalRows(), []); // after -U[Show A, [Kim]] the table is empty
      await p.page.click('.replay button[title="First step"]');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 0 / 6');
      await p.page.fill('.slider', '4');
      await p.settle();
      assert.deepEqual(await finalRows(), ['Show A | [Kim, Lee]', 'Show B | [Park]']);
      await clickTab(p.page, 'sink');
      assert.equal(await p.page.textContent('.sink-count'), '4 messages for 2 keys');
      await clickTab(p.page, 'changelog');
      const classes = await p.page.$$eval('.panel-changelog .vt-body .vt-row:not([hidden])', (rs) => rs.map((r) => r.className));
      assert.deepEqual(classes, ['vt-row', 'vt-row', 'vt-row', 'vt-row current', 'vt-row future', 'vt-row future']);
      // clicking a change moves the replay there
      await p.page.click('.panel-changelog .vt-body .vt-row[data-index="1"]');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 2 / 6');
      // arrow keys on the focused changelog step through it
      await p.page.focus('.panel-changelog .vt');
      await p.page.keyboard.press('ArrowDown');
      await p.page.keyboard.press('ArrowDown');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 4 / 6');
      await p.page.keyboard.press('ArrowUp');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 3 / 6');
      await p.page.click('.replay button[title="Last step (follow)"]');
      await p.settle();
      assert.equal(await p.page.textContent('.step-label'), 'step 6 / 6');
      // arrow keys move between tabs
      await p.page.focus('.tab[data-tab="changelog"]');
      await p.page.keyboard.press('ArrowRight');
      await p.settle();
      assert.equal(await p.page.getAttribute('.tab[data-tab="final"]', 'aria-selected'), 'true');
      assert.equal(await p.page.isVisible('.panel-final'), true);
      assert.equal(await p.page.isVisible('.panel-changelog'), false);
    } finally { await p.close(); }
  });

  test('Explain tab: operators with their changelog modes and upsert keys', async () => {
    const p = await openCase(seed);
    try {
      // The plan as the engine's explain describes the seed query (fixture: operators and modes
      // as Flink 2.3.0's EXPLAIN CHANGELOG_MODE prints them for this query).
      await p.send([{
        v, type: 'explain', runId: `run-${seed.name}`, operators: [
          { id: 4, name: 'GroupAggregate', detail: 'groupBy=[program_name], select=[program_name, ARRAY_AGG(person_name) AS names]', changelogMode: ['I', 'UB', 'UA'], upsertKeys: [['program_name']], inputs: [3] },
          { id: 3, name: 'Join', detail: 'joinType=[InnerJoin], where=[=(person_id, person_id0)]', changelogMode: ['I'], inputs: [1, 2] },
          { id: 1, name: 'TableSourceScan', detail: 'table=[[default_catalog, default_database, appearances]]', changelogMode: ['I'], inputs: [] },
          { id: 2, name: 'TableSourceScan', detail: 'table=[[default_catalog, default_database, people]]', changelogMode: ['I'], inputs: [] },
        ],
      }]);
      await clickTab(p.page, 'explain');
      const ops = await p.page.$$eval('.operator', (ls) => ls.map((l) => l.textContent));
      assert.deepEqual(ops, [
        'GroupAggregate(groupBy=[program_name], select=[program_name, ARRAY_AGG(person_name) AS names])changelogMode=[I,UB,UA]upsertKeys=[[program_name]]',
        'Join(joinType=[InnerJoin], where=[=(person_id, person_id0)])changelogMode=[I]',
        'TableSourceScan(table=[[default_catalog, default_database, appearances]])changelogMode=[I]',
        'TableSourceScan(table=[[default_catalog, default_database, people]])changelogMode=[I]',
      ]);
      assert.deepEqual(await p.page.$$eval('.operator:first-child .mode', (ms) => ms.map((m) => m.className)), ['mode mode-I', 'mode mode-UB', 'mode mode-UA']);
      assert.equal(await p.page.textContent('.tab[data-tab="explain"] .tab-count'), '4');
    } finally { await p.close(); }
  });
});

describe('errors, security, protocol', () => {
  test('a rejected query shows Flink\'s class and message; the location link posts reveal', async () => {
    const c = loadCase(join(sharedCases, 'reject-updates-into-kafka'));
    const p = await openCase(c);
    try {
      assert.equal(await p.page.textContent('.error-class'), 'org.apache.flink.table.api.TableException');
      assert.equal(await p.page.textContent('.error-location'), `${c.name}/query.sql:${c.statementLine}:1`);
      assert.equal(c.statementLine, 21); // the INSERT INTO line of query.sql
      await p.page.click('.error-location');
      const posted = (await p.posted()) as { type: string; location?: unknown }[];
      const reveal = posted.find((m) => m.type === 'reveal');
      assert.deepEqual(reveal, { v, type: 'reveal', location: { uri: `file://${c.dir}/query.sql`, line: 21, column: 1 } });
    } finally { await p.close(); }
  });

  test('a run that fails before planning (no sinks) shows its error on every tab', async () => {
    const p = await h.open('dark');
    try {
      const uri = 'file:///w/q.sql';
      await p.send([
        { v, type: 'runStarted', runId: 'ok', document: { uri, label: 'q.sql' }, query: 'SELECT 1', mode: 'streaming', sources: [],
          sinks: [{ name: 'collect', connector: 'collect', semantics: 'retract', columns: [{ name: 'EXPR$0', type: 'INT NOT NULL' }] }] },
        { v, type: 'rows', runId: 'ok', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['1'] }] },
        { v, type: 'done', runId: 'ok', totals: { changes: 1, rowsRead: 0 }, durationMs: 1 },
      ]);
      for (const tab of ['sink', 'final', 'explain', 'changelog'] as const) {
        await clickTab(p.page, tab);
        await p.send([
          { v, type: 'runStarted', runId: `bad-${tab}`, document: { uri, label: 'q.sql' }, query: 'SELEC 1', mode: 'streaming', sinks: [], sources: [] },
          { v, type: 'error', runId: `bad-${tab}`, exceptionClass: 'org.apache.flink.sql.parser.impl.ParseException', message: 'Encountered "SELEC" at line 1, column 1.', location: { uri, line: 1, column: 1 } },
        ]);
        assert.equal(await p.page.textContent('.error-class'), 'org.apache.flink.sql.parser.impl.ParseException');
        assert.equal(await p.page.textContent('.error-location'), 'q.sql:1:1');
        assert.equal(await p.page.textContent('.tab[data-tab="changelog"] .tab-count'), '0');
      }
      assert.deepEqual(p.errors, []);
    } finally { await p.close(); }
  });

  test('a CSV value <img src=x onerror=alert(1)> is shown as text; no dialog, no element', async () => {
    const c = loadCase(join(root, 'test/e2e/webview/fixtures/xss-projection'));
    const p = await h.open('dark');
    try {
      // A projection: change i is caused by CSV line i + 1, so the source rows are exact.
      const csvLines = ['<img src=x onerror=alert(1)>,1', '<script>alert(2)</script>,2', 'plain,3'];
      const msgs = caseMessages(c);
      for (const m of msgs) if (m.type === 'rows') m.changes.forEach((ch) => { ch.source = { table: 'names', file: 'names.csv', line: ch.seq + 1, text: csvLines[ch.seq - 1]! }; });
      await p.send(msgs);
      const rows = await tableRows(p.page, 'changelog');
      assert.deepEqual(rows, [
        ['1', '+I', '<img src=x onerror=alert(1)>', '1', 'names.csv:2  <img src=x onerror=alert(1)>,1'],
        ['2', '+I', '<script>alert(2)</script>', '2', 'names.csv:3  <script>alert(2)</script>,2'],
        ['3', '+I', 'plain', '3', 'names.csv:4  plain,3'],
      ]);
      await clickTab(p.page, 'final');
      await clickTab(p.page, 'sink');
      await p.page.fill('.slider', '2');
      await p.settle();
      await p.page.waitForTimeout(300); // give an injected onerror handler the time it would need
      assert.equal(await p.page.locator('.app img').count(), 0);
      assert.equal(await p.page.locator('.app script').count(), 0);
      assert.deepEqual(p.dialogs, []);
      assert.equal(await p.page.textContent('.step-change'), '#2 +I[<script>alert(2)</script>, 2]');
    } finally { await p.close(); }
  });

  test('the page is the HTML the extension builds, and its CSP blocks inline script', async () => {
    const p = await h.open('light');
    try {
      assert.match(h.served.at(-1)!, /<script nonce="[A-Za-z0-9]{32}" src="http:\/\/127\.0\.0\.1:\d+\/dist\/webview\.js"><\/script>/);
      const ran = await p.page.evaluate(async () => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 50));
        return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
      });
      assert.equal(ran, false, 'an inline script ran despite the CSP');
      assert.ok(p.errors.some((e) => /Content Security Policy/.test(e)), p.errors.join('\n'));
      assert.equal(await p.page.textContent('.placeholder'), 'Run a query (Flink SQL: Run Query, or the Run CodeLens) to see its changelog here.');
      const posted = await p.posted();
      assert.deepEqual(posted, [{ v, type: 'ready' }]);
    } finally { await p.close(); }
  });

  test('Stop posts stop for the running run; stale runs and other versions are ignored', async () => {
    const seed = loadCase(join(sharedCases, 'seed-join-array-agg'));
    const p = await h.open('dark');
    try {
      const msgs = caseMessages(seed, 'live');
      await p.send(msgs.filter((m) => m.type === 'runStarted'));
      assert.equal(await p.page.isVisible('.stop'), true);
      assert.equal(await p.page.textContent('.status'), 'Running · 0 changes');
      await p.send([
        { v, type: 'rows', runId: 'old-run', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['stale', '[x]'] }] },
        { v: 2, type: 'rows', runId: 'live', sink: 0, changes: [{ seq: 1, kind: '+I', fields: ['future', '[x]'] }] } as unknown as ExtensionToWebview,
        ...msgs.filter((m) => m.type === 'rows'),
      ]);
      assert.equal(await p.page.textContent('.status'), 'Running · 6 changes');
      assert.equal(await p.page.textContent('.notice'),
        'Ignored a message of panel protocol version 2 (this panel speaks version 1): reload the window after updating the extension.');
      await p.page.click('.stop');
      const posted = (await p.posted()) as { type: string }[];
      assert.deepEqual(posted.filter((m) => m.type === 'stop'), [{ v, type: 'stop', runId: 'live' }]);
      await p.send([{ v, type: 'done', runId: 'live', totals: { changes: 6, rowsRead: 5 }, durationMs: 12, stopped: true }]);
      assert.equal(await p.page.textContent('.status'), 'Stopped · 6 changes · 5 rows read · 12 ms');
      assert.equal(await p.page.isVisible('.stop'), false);
      // a run cut at the row limit says so; Explain Changelog brings its tab to front
      await p.send([
        { ...(msgs[0] as ExtensionToWebview & { type: 'runStarted' }), runId: 'limited', tab: 'explain' },
        ...msgs.filter((m) => m.type === 'rows').map((m) => ({ ...m, runId: 'limited' })),
        { v, type: 'done', runId: 'limited', totals: { changes: 6, rowsRead: 5 }, durationMs: 3, maxRowsReached: 6 },
      ]);
      assert.equal(await p.page.textContent('.status'), '6 changes (stopped at the 6-row limit) · 5 rows read · 3 ms');
      assert.equal(await p.page.getAttribute('.tab[data-tab="explain"]', 'aria-selected'), 'true');
    } finally { await p.close(); }
  });

  test('state survives a reload (serializer revive): tab, step and document, but no rows', async () => {
    const seed = loadCase(join(sharedCases, 'seed-join-array-agg'));
    const p = await openCase(seed);
    try {
      await clickTab(p.page, 'sink');
      await p.page.fill('.slider', '2');
      await p.settle();
      const saved = await p.page.evaluate(() => sessionStorage.getItem('vscode-state'));
      assert.ok(saved!.length < 400, saved!);
      await p.page.reload();
      await p.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
      const posted = (await p.posted()) as { type: string; restored?: Record<string, unknown> }[];
      assert.deepEqual(posted[0]!.restored, {
        v, tab: 'sink', step: 2, sink: 0, documentUri: `file://${seed.dir}/query.sql`, documentLabel: 'seed-join-array-agg/query.sql',
      });
      assert.equal(await p.page.textContent('.doc-title'), 'seed-join-array-agg/query.sql');
      await p.send(caseMessages(seed, 'again'));
      assert.equal(await p.page.getAttribute('.tab[data-tab="sink"]', 'aria-selected'), 'true');
    } finally { await p.close(); }
  });

  test('watermark timeline: marks per advance, late rows in red, the label says how many', async () => {
    const c = loadCase(join(sharedCases, 'tumble-window'));
    const p = await h.open('dark');
    try {
      const run = `run-${c.name}`;
      const msgs = caseMessages(c, run).filter((m) => m.type !== 'progress' && m.type !== 'done');
      await p.send(msgs);
      // Watermarks after each clicks.csv row (max ts - 5 s) and a late row, as the engine reports them.
      const wm = ['2024-05-01T10:00:05', '2024-05-01T10:00:35', '2024-05-01T10:00:58', '2024-05-01T10:01:15', '2024-05-01T10:02:25'];
      await p.send([
        ...wm.map((w, i) => ({ v, type: 'progress' as const, runId: run, rowsRead: { clicks: i + 1 }, emitted: i < 3 ? 0 : i < 4 ? 1 : 2, watermark: w, lateRowsDropped: 0 })),
        { v, type: 'progress', runId: run, rowsRead: { clicks: 6 }, emitted: 2, watermark: wm[4]!, lateRowsDropped: 1,
          lateRows: [{ source: { table: 'clicks', file: 'clicks.csv', line: 7, text: 'u4,2024-05-01 10:00:30' }, watermark: wm[4]! }] },
        { v, type: 'done', runId: run, totals: { changes: 3, rowsRead: 6 }, durationMs: 3 },
      ]);
      assert.equal(await p.page.textContent('.tl-label'), 'watermark 2024-05-01T10:02:25 · rows read: clicks 6 · 1 late row dropped');
      assert.equal(await p.page.locator('.tl-watermark').count(), 5);
      assert.equal(await p.page.getAttribute('.tl-late', 'title'), 'late row dropped: clicks.csv:7 u4,2024-05-01 10:00:30 (watermark 2024-05-01T10:02:25)');
      assert.match((await p.page.getAttribute('.tl-label', 'class'))!, /has-late/);
    } finally { await p.close(); }
  });

  test('an upsert-kafka sink receives +I/+U/-D by key and no -U', async () => {
    const c = loadCase(join(root, 'test/e2e/webview/fixtures/word-count-upsert-kafka'));
    const p = await openCase(c);
    try {
      assert.equal(await p.page.textContent('.sink-line'), '→ word_cnt: upsert-kafka topic word_cnt (upserts by word)');
      await clickTab(p.page, 'sink');
      assert.equal(await p.page.textContent('.sink-count'), '5 messages for 3 keys');
      assert.deepEqual((await tableRows(p.page, 'sink')).map((r) => r[2]), ['+I', '+I', '+U', '+I', '+U']);
      await clickTab(p.page, 'final');
      assert.deepEqual((await tableRows(p.page, 'final')).map((r) => r.join(' ')), ['flink 1', 'hello 3', 'world 1']);
      assert.equal(await p.page.textContent('.final-summary'), '3 rows as of step 5 (upserted by word)');
    } finally { await p.close(); }
  });
});

// The same cases run by the embedded engine through runIntoPanel (what the extension does): where
// the engine already reproduces Flink's changelog, the panel must show it row for row. Cases the
// engine cannot run yet are skipped, with the reason.
describe('the engine\'s own runs, through runIntoPanel', () => {
  for (const dir of dirs) {
    const c = loadCase(dir);
    if (!c.expected) continue;
    if (unmatchedRetractions(c)) { test(`engine: ${c.name}`, (t) => { t.skip(UNMATCHED); }); continue; }
    test(`engine: ${c.name}`, async (t) => {
      const { runIntoPanel } = await import('../../../client/panel-feed.ts');
      const { readFileSync } = await import('node:fs');
      const { pathToFileURL } = await import('node:url');
      const msgs: ExtensionToWebview[] = [];
      await runIntoPanel({
        text: readFileSync(join(dir, 'query.sql'), 'utf8'), documentUri: pathToFileURL(join(dir, 'query.sql')).toString(),
        documentLabel: `${c.name}/query.sql`, baseDir: dir, post: (m) => msgs.push(structuredClone(m)), runId: 'engine',
      });
      const err = msgs.find((m) => m.type === 'error');
      const lines = msgs.flatMap((m) => (m.type === 'rows' ? m.changes.map((x) => `${x.kind}[${x.fields.join(', ')}]`) : []));
      if (c.rejected) {
        if (err?.type !== 'error' || err.exceptionClass !== c.rejected.exceptionClass) { t.skip(`engine does not reject it as Flink does yet (${err?.type === 'error' ? err.exceptionClass : 'no error'})`); return; }
      } else if ((err?.type === 'error') !== !!c.runtimeError || (err?.type === 'error' && err.exceptionClass !== c.runtimeError?.exceptionClass) ||
        JSON.stringify(lines) !== JSON.stringify(c.expected)) {
        t.skip(err?.type === 'error' ? `engine: ${err.exceptionClass}: ${err.message.split('\n')[0]}` : 'engine changelog differs from Flink\'s');
        return;
      }
      const p = await h.open('dark');
      try {
        await p.send(msgs);
        if (c.rejected) {
          assert.equal(await p.page.textContent('.error-class'), c.rejected.exceptionClass);
          return;
        }
        const { lines: shown, opClasses } = await changelogLines(p, c.expected!.length);
        assert.deepEqual(shown, c.expected);
        assert.deepEqual(opClasses, c.expected!.map((l) => KIND_CLASS[l.slice(0, 2)]));
        if (c.final && !c.runtimeError) {
          await clickTab(p.page, 'final');
          assert.deepEqual((await tableRows(p.page, 'final')).slice(0, 20).map((r) => `+I[${r.join(', ')}]`), c.final.slice(0, 20));
        }
        assert.deepEqual(p.errors, []);
      } finally { await p.close(); }
    });
  }
});
