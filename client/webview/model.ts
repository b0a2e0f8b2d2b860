// The panel's state machine: protocol messages in, what the panel shows out. No DOM, so the
// unit tests drive it with the same messages the extension posts; main.ts renders it.
import type {
  ErrorMessage, ExplainMessage, ExtensionToWebview, LateRow, PanelState, ProgressMessage, RunStartedMessage, TabId,
} from './protocol.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import { ChangeStore } from './store.ts';
import { Materializer, SinkMessages } from './replay.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

/** At most this many watermark/late-row marks are kept for the timeline. */
const MAX_MARKS = 512;

export interface TimelineMark { at: number; label: string }

export function initialState(): PanelState {
  return { v: PROTOCOL_VERSION, tab: 'changelog', step: null, sink: 0 };
}

export function isPanelState(s: unknown): s is PanelState {
  if (typeof s !== 'object' || s === null) return false;
  const o = s as Partial<PanelState>;
  return o.v === PROTOCOL_VERSION && typeof o.tab === 'string' && ['changelog', 'final', 'sink', 'explain'].includes(o.tab) &&
    (o.step === null || typeof o.step === 'number') && typeof o.sink === 'number';
}

export class PanelModel {
  readonly store: ChangeStore;
  state: PanelState;
  run: RunStartedMessage | null = null;
  status: RunStatus = 'idle';
  explain: ExplainMessage | null = null;
  progress: ProgressMessage | null = null;
  error: ErrorMessage | null = null;
  durationMs: number | null = null;
  rowsRead: number | null = null;
  /** The row limit the run stopped at, if it did. */
  maxRowsReached: number | null = null;
  /** Watermark advances, at the number of changes emitted when they happened. */
  watermarks: TimelineMark[] = [];
  lateRows: TimelineMark[] = [];
  /** Messages ignored: other protocol versions, other runs, malformed. */
  ignored = 0;
  private materializers = new Map<number, Materializer>();
  private sinkViews = new Map<number, SinkMessages>();

  constructor(state: PanelState = initialState(), limit?: number) {
    this.state = state;
    this.store = new ChangeStore(limit);
  }

  /** Applies one message; false when it was ignored. */
  receive(m: ExtensionToWebview): boolean {
    if (typeof m !== 'object' || m === null || m.v !== PROTOCOL_VERSION) { this.ignored++; return false; }
    if (m.type === 'runStarted') { this.start(m); return true; }
    if (!this.run || m.runId !== this.run.runId) { this.ignored++; return false; }
    switch (m.type) {
      case 'rows':
        if (m.sink < 0 || m.sink >= this.run.sinks.length || !Array.isArray(m.changes)) { this.ignored++; return false; }
        this.store.add(m.sink, m.changes);
        return true;
      case 'progress': this.onProgress(m); return true;
      case 'explain': this.explain = m; return true;
      case 'done':
        this.status = m.stopped ? 'stopped' : 'done';
        this.durationMs = m.durationMs;
        this.rowsRead = m.totals.rowsRead;
        this.maxRowsReached = m.maxRowsReached ?? null;
        return true;
      case 'error': this.error = m; this.status = 'failed'; return true;
      default: this.ignored++; return false;
    }
  }

  private start(m: RunStartedMessage): void {
    this.run = m;
    this.status = 'running';
    this.store.reset(m.sinks);
    this.materializers.clear();
    this.sinkViews.clear();
    this.explain = null; this.progress = null; this.error = null;
    this.durationMs = null; this.rowsRead = null; this.maxRowsReached = null;
    this.watermarks = []; this.lateRows = [];
    const sameDoc = this.state.documentUri === m.document.uri;
    this.state = {
      ...this.state,
      documentUri: m.document.uri,
      documentLabel: m.document.label,
      step: null,
      sink: sameDoc && this.state.sink < m.sinks.length ? this.state.sink : 0,
      tab: m.tab ?? this.state.tab,
    };
  }

  private onProgress(m: ProgressMessage): void {
    const prev = this.progress?.watermark ?? null;
    const prevLate = this.progress?.lateRowsDropped ?? 0;
    this.progress = m;
    if (m.watermark !== null && m.watermark !== prev) push(this.watermarks, { at: m.emitted, label: m.watermark });
    for (const l of m.lateRows ?? []) push(this.lateRows, { at: m.emitted, label: lateLabel(l) });
    // A sender that counts late rows without naming them still gets a mark per increase.
    const unnamed = m.lateRowsDropped - prevLate - (m.lateRows?.length ?? 0);
    if (unnamed > 0) {
      push(this.lateRows, { at: m.emitted, label: `${unnamed} late row${unnamed === 1 ? '' : 's'} dropped${m.watermark === null ? '' : ` (watermark ${m.watermark})`}` });
    }
  }

  /** The replay step in effect: the user's, or the end when following. */
  get step(): number { return this.state.step === null ? this.store.count : Math.min(this.state.step, this.store.count); }

  /** Moves the replay to step n; the end (or null) means: follow the changelog as it grows. */
  setStep(n: number | null): void {
    const step = n === null || n >= this.store.count ? null : Math.max(0, Math.floor(n));
    this.state = { ...this.state, step };
  }

  setTab(t: TabId): void { this.state = { ...this.state, tab: t }; }
  setSink(s: number): void { if (this.run && s >= 0 && s < this.run.sinks.length) this.state = { ...this.state, sink: s }; }

  /** The final table of the selected sink as of the current step. */
  materializer(sink = this.state.sink): Materializer {
    let m = this.materializers.get(sink);
    if (!m) { m = new Materializer(this.store, sink); this.materializers.set(sink, m); }
    m.seek(this.step);
    return m;
  }

  sinkMessages(sink = this.state.sink): SinkMessages {
    let v = this.sinkViews.get(sink);
    if (!v) { v = new SinkMessages(this.store, sink); this.sinkViews.set(sink, v); }
    v.update();
    return v;
  }

  /** Total changes of the run as known so far (kept or not). */
  get totalChanges(): number { return this.store.count + this.store.dropped; }
}

function push(a: TimelineMark[], m: TimelineMark): void {
  a.push(m);
  // Keep the timeline bounded: thin out every other mark when full.
  if (a.length > MAX_MARKS) for (let i = a.length - 2; i > 0; i -= 2) a.splice(i, 1);
}

function lateLabel(l: LateRow): string {
  const s = l.source;
  return `late row dropped: ${s.file}:${s.line}${s.text === undefined ? '' : ' ' + s.text} (watermark ${l.watermark})`;
}
