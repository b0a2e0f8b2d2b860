// The changelog panel's UI, inside the webview. It talks to the extension by messages only
// (protocol.ts) and renders PanelModel with plain DOM code. Every piece of data goes in as
// text (textContent / title), never as HTML: a CSV value `<img src=x onerror=...>` is shown,
// not run.
import type { ExtensionToWebview, PanelState, SourceLocation, TabId, WebviewToExtension } from './protocol.ts';
import { PROTOCOL_VERSION, isExtensionToWebview } from './protocol.ts';
import { PanelModel, initialState, isPanelState } from './model.ts';
import { KIND_CLASS, rowToString, sourceText } from './store.ts';
import { VirtualTable, div } from './table.ts';
import type { TableColumn } from './table.ts';

interface VsCodeApi { postMessage(m: unknown): void; getState(): unknown; setState(s: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const restored = vscode.getState();
const model = new PanelModel(isPanelState(restored) ? restored : initialState());

function post(m: WebviewToExtension): void { vscode.postMessage(m); }
function save(): void { vscode.setState(model.state satisfies PanelState); }

const fmt = new Intl.NumberFormat('en-US');
const n = (x: number): string => fmt.format(x);
const plural = (x: number, word: string): string => `${n(x)} ${word}${x === 1 ? '' : 's'}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// ---- layout ---------------------------------------------------------------------------------

const app = document.getElementById('app')!;
const header = div('header');
const title = el('span', 'doc-title');
const modeBadge = el('span', 'badge mode');
const sinkLine = el('span', 'sink-line');
const status = el('span', 'status');
const stopButton = el('button', 'button secondary stop', 'Stop');
stopButton.type = 'button';
header.append(title, modeBadge, sinkLine, status, stopButton);

const queryBox = el('details', 'query');
const querySummary = el('summary', 'query-summary');
const queryText = el('pre', 'query-text');
queryBox.append(querySummary, queryText);

const notice = div('notice');
notice.hidden = true;
const errorBox = div('error');
errorBox.setAttribute('role', 'alert');
const errorClass = el('div', 'error-class');
const errorMessage = el('pre', 'error-message');
const errorLink = el('a', 'error-location');
errorLink.href = '#';
errorBox.append(errorClass, errorMessage, errorLink);

const tabs: { id: TabId; label: string }[] = [
  { id: 'changelog', label: 'Changelog' },
  { id: 'final', label: 'Final table' },
  { id: 'sink', label: 'Sink' },
  { id: 'explain', label: 'Explain' },
];
const tabBar = div('tabs');
tabBar.setAttribute('role', 'tablist');
const tabButtons = new Map<TabId, HTMLButtonElement>();
const tabCounts = new Map<TabId, HTMLElement>();
for (const t of tabs) {
  const b = el('button', 'tab');
  b.type = 'button';
  b.setAttribute('role', 'tab');
  b.dataset['tab'] = t.id;
  const count = el('span', 'tab-count');
  b.append(el('span', 'tab-label', t.label), count);
  b.addEventListener('click', () => { model.setTab(t.id); save(); render(); });
  tabButtons.set(t.id, b);
  tabCounts.set(t.id, count);
  tabBar.append(b);
}

// Replay: slider, step buttons, the change at the cursor, and the watermark timeline.
const replay = div('replay');
const toStart = el('button', 'button icon', '«');
const back = el('button', 'button icon', '‹');
const slider = el('input', 'slider');
slider.type = 'range';
slider.min = '0';
slider.setAttribute('aria-label', 'Replay step');
const forward = el('button', 'button icon', '›');
const toEnd = el('button', 'button icon', '»');
toStart.title = 'First step'; back.title = 'Previous change'; forward.title = 'Next change'; toEnd.title = 'Last step (follow)';
for (const b of [toStart, back, forward, toEnd]) b.type = 'button';
const stepLabel = el('span', 'step-label');
const stepChange = el('span', 'step-change');
replay.append(toStart, back, slider, forward, toEnd, stepLabel, stepChange);

const timeline = div('timeline');
const track = div('tl-track');
const cursor = div('tl-cursor');
const timelineLabel = el('div', 'tl-label');
timeline.append(track, timelineLabel);

const panels = div('panels');
const placeholder = el('div', 'placeholder', 'Run a query (Flink SQL: Run Query, or the Run CodeLens) to see its changelog here.');

// Changelog tab
const changelogPanel = div('panel panel-changelog');
const changelogTable = new VirtualTable({ count: () => 0, fill: () => {} }, 22, 'No changes yet.');
changelogPanel.append(changelogTable.element);

// Final table tab
const finalPanel = div('panel panel-final');
const finalHeader = div('panel-header');
const finalSummary = el('span', 'final-summary');
const finalSinkSelect = el('select', 'sink-select');
finalHeader.append(finalSinkSelect, finalSummary);
const finalTable = new VirtualTable({ count: () => 0, fill: () => {} }, 22, 'The table is empty at this step.');
finalPanel.append(finalHeader, finalTable.element);

// Sink tab
const sinkPanel = div('panel panel-sink');
const sinkHeader = div('panel-header');
const sinkSelect = el('select', 'sink-select');
const sinkTitle = el('span', 'sink-title');
const sinkCount = el('span', 'sink-count');
const sinkNote = el('div', 'sink-note');
sinkHeader.append(sinkSelect, sinkTitle, sinkCount);
const sinkTable = new VirtualTable({ count: () => 0, fill: () => {} }, 22, 'No messages at this step.');
sinkPanel.append(sinkHeader, sinkNote, sinkTable.element);

// Explain tab
const explainPanel = div('panel panel-explain');
const explainList = el('ol', 'operators');
const explainText = el('pre', 'explain-text');
explainPanel.append(explainList, explainText);

const tabPanels = new Map<TabId, HTMLElement>([
  ['changelog', changelogPanel], ['final', finalPanel], ['sink', sinkPanel], ['explain', explainPanel],
]);
for (const [id, p] of tabPanels) { p.setAttribute('role', 'tabpanel'); p.dataset['tab'] = id; }
panels.append(placeholder, changelogPanel, finalPanel, sinkPanel, explainPanel);
app.append(header, notice, queryBox, errorBox, tabBar, replay, timeline, panels);

// ---- table sources --------------------------------------------------------------------------

const store = model.store;
let columnsKey = '';

function configureColumns(): void {
  const run = model.run;
  const sinks = run?.sinks ?? [];
  const key = JSON.stringify([run?.runId, model.state.sink]);
  if (key === columnsKey) return;
  columnsKey = key;
  const single = sinks.length === 1;
  const fieldCols = (sink: number): TableColumn[] =>
    (sinks[sink]?.columns ?? []).map((c) => ({ title: c.name, detail: c.type, width: 'minmax(110px, 1fr)', className: 'col-field' }));
  changelogTable.setColumns([
    { title: '#', width: '72px', className: 'col-seq' },
    ...(single ? [] : [{ title: 'sink', width: '120px', className: 'col-sink' }]),
    { title: 'op', width: '44px', className: 'col-op' },
    ...(single ? fieldCols(0) : [{ title: 'row', width: 'minmax(200px, 3fr)', className: 'col-field' }]),
    { title: 'source row', width: 'minmax(160px, 1.2fr)', className: 'col-source' },
  ]);
  finalTable.setColumns(fieldCols(model.state.sink));
  sinkTable.setColumns([
    { title: 'msg #', width: '72px', className: 'col-seq' },
    { title: 'change #', width: '100px', className: 'col-seq' },
    { title: 'op', width: '44px', className: 'col-op' },
    { title: 'key', width: 'minmax(110px, 1fr)', className: 'col-key' },
    { title: 'value', width: 'minmax(200px, 3fr)', className: 'col-field' },
  ]);
}

changelogTable.setSource({
  count: () => store.count,
  fill(i, cells, row) {
    const step = model.step;
    if (i >= step) row.classList.add('future');
    if (i === step - 1) row.classList.add('current');
    const code = store.kindCode(i);
    let c = 0;
    cells[c++]!.textContent = String(store.seq(i));
    const single = (model.run?.sinks.length ?? 1) === 1;
    if (!single) cells[c++]!.textContent = model.run?.sinks[store.sink(i)]?.name ?? '';
    const op = cells[c++]!;
    op.textContent = store.kind(i);
    op.className = `vt-cell col-op op ${KIND_CLASS[code]}`;
    if (single) for (const f of store.fields(i)) { const cell = cells[c++]; if (cell) { cell.textContent = f; cell.title = f; } }
    else { const t = store.text(i); cells[c]!.textContent = t; cells[c++]!.title = t; }
    const src = store.source(i);
    const s = cells[cells.length - 1]!;
    s.textContent = sourceText(src);
    s.title = src ? `${src.table} (${src.file}, line ${src.line})` : '';
  },
  click(i) { setStep(i + 1); },
});

finalTable.setSource({
  count: () => (model.run?.sinks.length ? model.materializer().rows().length : 0),
  fill(i, cells) {
    const m = model.materializer();
    const fields = store.rowFields(m.rows()[i]!, store.arity(m.sink));
    for (let k = 0; k < cells.length; k++) { const f = fields[k] ?? ''; cells[k]!.textContent = f; cells[k]!.title = f; }
  },
});

sinkTable.setSource({
  count: () => (model.run?.sinks.length ? model.sinkMessages().countAt(model.step) : 0),
  fill(m, cells) {
    const v = model.sinkMessages();
    const i = v.index(m);
    const code = store.kindCode(i);
    cells[0]!.textContent = String(m + 1);
    cells[1]!.textContent = String(store.seq(i));
    cells[2]!.textContent = store.kind(i);
    cells[2]!.className = `vt-cell col-op op ${KIND_CLASS[code]}`;
    cells[3]!.textContent = v.keyText(m);
    const value = v.info.semantics === 'upsert' && store.kind(i) === '-D' ? 'null (tombstone)' : rowToString(store.kind(i), store.fields(i));
    cells[4]!.textContent = value;
    cells[4]!.title = value;
  },
  click(m) { setStep(model.sinkMessages().index(m) + 1); },
});

// ---- interaction ----------------------------------------------------------------------------

function setStep(s: number | null): void {
  model.setStep(s);
  save();
  render();
  if (model.state.tab === 'changelog' && model.step > 0) changelogTable.reveal(model.step - 1);
}

slider.addEventListener('input', () => setStep(Number(slider.value)));
// Arrow keys on the changelog step through it, as the ‹ › buttons do.
changelogTable.element.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  e.preventDefault();
  setStep(Math.max(0, model.step + (e.key === 'ArrowDown' ? 1 : -1)));
});
// Arrow keys move between tabs (WAI-ARIA tabs pattern).
tabBar.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
  const i = tabs.findIndex((t) => t.id === model.state.tab);
  const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
  model.setTab(next.id);
  save();
  render();
  tabButtons.get(next.id)!.focus();
});
toStart.addEventListener('click', () => setStep(0));
back.addEventListener('click', () => setStep(model.step - 1));
forward.addEventListener('click', () => setStep(model.step + 1));
toEnd.addEventListener('click', () => setStep(null));
stopButton.addEventListener('click', () => { if (model.run) post({ v: PROTOCOL_VERSION, type: 'stop', runId: model.run.runId }); });
for (const select of [sinkSelect, finalSinkSelect]) {
  select.addEventListener('change', () => { model.setSink(Number(select.value)); save(); render(); });
}
errorLink.addEventListener('click', (e) => {
  e.preventDefault();
  const loc: SourceLocation | undefined = model.error?.location;
  if (loc) post({ v: PROTOCOL_VERSION, type: 'reveal', location: loc });
});

window.addEventListener('message', (e: MessageEvent) => {
  const m: unknown = e.data;
  if (!isExtensionToWebview(m)) {
    model.ignored++;
    const other = typeof m === 'object' && m !== null ? (m as { v?: unknown }).v : undefined;
    if (typeof other === 'number') {
      notice.textContent = `Ignored a message of panel protocol version ${other} (this panel speaks version ${PROTOCOL_VERSION}): reload the window after updating the extension.`;
      notice.hidden = false;
    }
    return;
  }
  if (model.receive(m as ExtensionToWebview)) {
    if (m.type === 'runStarted') {
      save();
      for (const t of [changelogTable, finalTable, sinkTable]) t.resetScroll();
    }
    schedule();
  }
});

// ---- rendering ------------------------------------------------------------------------------

let frame = 0;
function schedule(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => { frame = 0; render(); });
}

function sinkDescription(i: number): string {
  const s = model.run?.sinks[i];
  if (!s) return '';
  const key = s.keyColumns?.length ? ` by ${s.keyColumns.join(', ')}` : '';
  if (s.connector === 'collect') return 'SQL client (retract stream)';
  const topic = s.topic ? ` topic ${s.topic}` : '';
  if (s.semantics === 'upsert') return `${s.name}: ${s.connector}${topic} (upserts${key})`;
  if (s.semantics === 'append') return `${s.name}: ${s.connector}${topic} (append-only)`;
  return `${s.name}: ${s.connector}${topic} (retract stream)`;
}

function fillSinkSelect(select: HTMLSelectElement): void {
  const sinks = model.run?.sinks ?? [];
  const key = JSON.stringify([model.run?.runId, sinks.length]);
  if (select.dataset['key'] !== key) {
    select.dataset['key'] = key;
    select.replaceChildren(...sinks.map((_, i) => { const o = el('option', '', sinkDescription(i)); o.value = String(i); return o; }));
  }
  select.hidden = sinks.length < 2;
  select.value = String(model.state.sink);
}

function renderHeader(): void {
  const run = model.run;
  title.textContent = run ? run.document.label : (model.state.documentLabel ?? 'Flink SQL changelog');
  modeBadge.textContent = run ? run.mode : '';
  modeBadge.hidden = !run;
  sinkLine.textContent = run ? '→ ' + run.sinks.map((_, i) => sinkDescription(i)).join(', ') : '';
  const total = model.totalChanges;
  const kept = store.dropped ? ` (first ${n(store.count)} kept)` : '';
  let s = '';
  switch (model.status) {
    case 'idle': s = ''; break;
    case 'running': s = `Running · ${plural(total, 'change')}${kept}`; break;
    case 'done':
    case 'stopped': {
      const read = model.rowsRead === null ? '' : ` · ${plural(model.rowsRead, 'row')} read`;
      const ms = model.durationMs === null ? '' : ` · ${n(Math.round(model.durationMs))} ms`;
      const limit = model.maxRowsReached === null ? '' : ` (stopped at the ${n(model.maxRowsReached)}-row limit)`;
      s = `${model.status === 'stopped' && !limit ? 'Stopped · ' : ''}${plural(total, 'change')}${limit}${kept}${read}${ms}`;
      break;
    }
    case 'failed': s = 'Failed'; break;
  }
  status.textContent = s;
  status.dataset['status'] = model.status;
  stopButton.hidden = model.status !== 'running';
  queryBox.hidden = !run;
  if (run) {
    // The statement that runs is the last one; show its first line.
    const last = run.query.split(';').map((x) => x.trim()).filter((x) => x.replace(/--.*$/gm, '').trim()).at(-1) ?? '';
    const first = last.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('--')) ?? '';
    querySummary.textContent = `Query: ${first.length > 100 ? first.slice(0, 99) + '…' : first}${last.includes('\n') ? ' …' : ''}`;
    queryText.textContent = run.query;
  }
  const err = model.error;
  errorBox.hidden = !err;
  if (err) {
    errorClass.textContent = err.exceptionClass;
    errorMessage.textContent = err.message;
    errorLink.hidden = !err.location;
    if (err.location) {
      const label = model.run?.document.label ?? err.location.uri;
      errorLink.textContent = `${label}:${err.location.line}:${err.location.column}`;
      errorLink.title = 'Show in the editor';
    }
  }
}

function renderTabs(): void {
  const active = model.run ? model.state.tab : null;
  placeholder.hidden = !!model.run;
  for (const [id, b] of tabButtons) {
    b.setAttribute('aria-selected', String(id === active));
    b.tabIndex = id === active ? 0 : -1;
    b.classList.toggle('active', id === active);
  }
  for (const [id, p] of tabPanels) p.hidden = id !== active;
  tabBar.hidden = replay.hidden = !model.run;
  const count = (id: TabId, text: string): void => { tabCounts.get(id)!.textContent = text; };
  if (!model.run) return;
  count('changelog', n(store.count));
  count('final', model.state.tab === 'final' && model.run.sinks.length > 0 ? n(model.materializer().size) : '');
  // While a big run streams in, keep the per-frame work to the visible tab.
  const live = model.status === 'running';
  const hasSink = model.run.sinks.length > 0;
  count('sink', hasSink && (!live || model.state.tab === 'sink') ? n(model.sinkMessages().countAt(model.step)) : '');
  count('explain', model.explain ? n(model.explain.operators.length) : '');
}

function renderReplay(): void {
  const total = store.count, step = model.step;
  slider.max = String(total);
  slider.value = String(step);
  stepLabel.textContent = `step ${n(step)} / ${n(total)}`;
  stepChange.textContent = step > 0 ? `#${store.seq(step - 1)} ${store.text(step - 1)}` : '';
  stepChange.className = `step-change op ${step > 0 ? KIND_CLASS[store.kindCode(step - 1)] : ''}`;
  toStart.disabled = back.disabled = step === 0;
  forward.disabled = toEnd.disabled = step >= total;
}

let timelineKey = '';
function renderTimeline(): void {
  const p = model.progress;
  timeline.hidden = !model.run || !p;
  if (!p) return;
  const total = Math.max(1, store.count);
  const key = `${model.watermarks.length}/${model.lateRows.length}/${total}`;
  if (key !== timelineKey) {
    timelineKey = key;
    const marks: HTMLElement[] = [];
    for (const w of model.watermarks) {
      const m = div('tl-mark tl-watermark');
      m.style.left = `${(100 * Math.min(w.at, total)) / total}%`;
      m.title = `watermark ${w.label} after change #${w.at}`;
      marks.push(m);
    }
    for (const l of model.lateRows) {
      const m = div('tl-mark tl-late');
      m.style.left = `${(100 * Math.min(l.at, total)) / total}%`;
      m.title = l.label;
      marks.push(m);
    }
    track.replaceChildren(...marks, cursor);
  }
  cursor.style.left = `${(100 * model.step) / total}%`;
  const read = Object.entries(p.rowsRead).map(([t, c]) => `${t} ${n(c)}`).join(', ');
  timelineLabel.textContent =
    `${p.watermark === null ? 'no watermark' : `watermark ${p.watermark}`} · rows read: ${read || '0'} · ${plural(p.lateRowsDropped, 'late row')} dropped`;
  timelineLabel.classList.toggle('has-late', p.lateRowsDropped > 0);
}

function renderFinal(): void {
  fillSinkSelect(finalSinkSelect);
  if (!model.run?.sinks.length) { finalSummary.textContent = 'No result: the query did not run.'; finalTable.refresh(); return; }
  const m = model.materializer();
  const info = model.run!.sinks[m.sink]!;
  const how = m.upsert ? `upserted by ${info.keyColumns?.join(', ') || 'key'}` : '+I/+U add a row, -U/-D remove one';
  finalSummary.textContent = `${plural(m.size, 'row')} as of step ${n(model.step)} (${how})`;
  finalTable.refresh();
}

function renderSink(): void {
  fillSinkSelect(sinkSelect);
  if (!model.run?.sinks.length) {
    sinkTitle.textContent = ''; sinkCount.textContent = ''; sinkNote.textContent = 'No sink: the query did not run.';
    sinkTable.refresh();
    return;
  }
  const v = model.sinkMessages();
  const step = model.step;
  sinkTitle.textContent = sinkDescription(v.sink);
  sinkCount.textContent = v.summary(step);
  const messages = v.countAt(step), keys = v.keysAt(step);
  const what = v.info.semantics === 'upsert'
    ? `${v.info.connector} writes +I and +U as messages keyed by ${v.info.keyColumns?.join(', ') || 'the primary key'}, -D as a tombstone, and never sends -U.`
    : v.info.semantics === 'append'
      ? `${v.info.connector} is append-only: it receives inserts (+I) only.`
      : 'The SQL client receives the retract stream: every change, -U right before the +U that replaces it.';
  const extra = v.keyed && messages > keys
    ? ` Every intermediate result is a message: a consumer reads ${plural(messages, 'message')}, while a keyed table would keep ${plural(keys, 'row')}.`
    : '';
  sinkNote.textContent = what + extra;
  sinkNote.classList.toggle('warning', v.keyed && messages > keys);
  sinkTable.refresh();
}

function renderExplain(): void {
  const e = model.explain;
  const key = JSON.stringify([model.run?.runId, e?.operators.length]);
  if (explainList.dataset['key'] === key) return;
  explainList.dataset['key'] = key;
  if (!e) { explainList.replaceChildren(el('li', 'operator empty', 'No plan received.')); explainText.textContent = ''; return; }
  const byId = new Map(e.operators.map((o) => [o.id, o]));
  const fed = new Set(e.operators.flatMap((o) => o.inputs));
  const items: HTMLElement[] = [];
  const visit = (id: number, depth: number, seen: Set<number>): void => {
    const o = byId.get(id);
    if (!o || seen.has(id)) return;
    seen.add(id);
    const li = el('li', 'operator');
    li.style.setProperty('--depth', String(depth));
    li.append(el('span', 'op-name', o.name));
    if (o.detail) li.append(el('span', 'op-detail', `(${o.detail})`));
    const mode = el('span', 'changelog-mode');
    mode.append('changelogMode=[');
    o.changelogMode.forEach((letter, k) => {
      if (k) mode.append(',');
      mode.append(el('span', `mode mode-${letter}`, letter));
    });
    if (o.changelogMode.length === 0) mode.append('NONE'); // a sink: it consumes, emits nothing
    mode.append(']');
    li.append(mode);
    if (o.upsertKeys?.length) li.append(el('span', 'upsert-keys', `upsertKeys=[${o.upsertKeys.map((k) => `[${k.join(', ')}]`).join(', ')}]`));
    items.push(li);
    for (const i of o.inputs) visit(i, depth + 1, seen);
  };
  const seen = new Set<number>();
  for (const o of e.operators) if (!fed.has(o.id)) visit(o.id, 0, seen);
  for (const o of e.operators) visit(o.id, 0, seen);
  explainList.replaceChildren(...items);
  explainText.textContent = e.text ?? '';
  explainText.hidden = !e.text;
}

function render(): void {
  configureColumns();
  renderHeader();
  renderTabs();
  if (!model.run) return;
  renderReplay();
  renderTimeline();
  switch (model.state.tab) {
    case 'changelog': changelogTable.refresh(); break;
    case 'final': renderFinal(); break;
    case 'sink': renderSink(); break;
    case 'explain': renderExplain(); break;
  }
}

render();
post({ v: PROTOCOL_VERSION, type: 'ready', ...(isPanelState(restored) ? { restored } : {}) });
