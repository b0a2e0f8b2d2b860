// MATCH_RECOGNIZE: Flink 2.3.0's CepOperator over an NFA compiled as flink-cep's NFACompiler
// compiles the Pattern that StreamExecMatch builds from the SQL pattern (a sequence of distinct
// variables joined by `next`, each quantified: times/oneOrMore/timesOrMore with `consecutive`,
// optional, greedy unless reluctant).
//
// - NFA states and transitions are NFACompiler's (createLooping, createTimesState,
//   createSingletonState; a greedy quantifier ANDs NOT(its take condition) into every transition
//   of the state after it, updateWithGreedyCondition). All consumption is strict: no IGNORE edges.
// - NFA.process: each partial match computes its next states (createDecisionGraph: a stack walk
//   over PROCEED edges collecting TAKE edges; after a TAKE, findFinalStateAfterProceed completes a
//   match whose rest is optional), completed matches wait in a queue ordered by their first event
//   and leave it only while no partial match started earlier (processMatchesAccordingToSkipStrategy);
//   each emitted match prunes partial and completed matches by the AFTER MATCH SKIP strategy.
//   Queues are java.util.PriorityQueue (JavaPriorityQueue): ties between matches of one first
//   row are decided by the heap's array, as in Flink.
// - SharedBuffer: a taken row is a node per (row, variable) with edges to the previous node,
//   each edge tagged with the taking computation's Dewey number; a match's rows are read back
//   along compatible edges (extractPatterns, first path found), and nodes and edges are
//   reference-counted and dropped as Flink's lockNode/releaseNode do. That is not always the
//   computation's own path: with an optional variable two paths from one row share nodes
//   (test/cases/match-shared-buffer-extraction), and Flink reports what its buffer yields.
// - CepOperator (event time): a row at or behind the watermark is dropped; others wait per
//   partition and timestamp, with one timer per (partition, timestamp); a timer processes every
//   waiting timestamp at or before the watermark in order (advanceTime(ts), then its rows, sorted
//   by the ORDER BY's further keys), then advanceTime(watermark). WITHIN: a partial match whose
//   first row is `window` or more before advanceTime's time is dropped, and a timer at ts + window
//   is registered after each row processed once a partial match started in the timer's run.
import type { Operator } from './operator.ts';
import { INSERT, type Row } from './row.ts';
import { TimerQueue } from './timers.ts';
import { keyOf } from '../types/values.ts';
import { FlinkError } from '../analysis/errors.ts';

/** one input row as the NFA sees it */
export interface MatchEvent { f: unknown[]; ts: number; seq: number; id: number }

/** the rows a (partial) match has taken, per variable, in order */
export type MatchRows = Map<string, MatchEvent[]>;

/** a DEFINE condition: the row, the rows the partial match holds (without the row; read back
 *  from the shared buffer only when the condition asks for them) */
export type MatchCondition = (ev: MatchEvent, rows: () => MatchRows) => boolean;

export interface PatternVariable {
  name: string;
  /** the DEFINE condition (null: true) */
  cond: MatchCondition | null;
  kind: 'single' | 'looping' | 'times';
  from: number;
  to: number;
  optional: boolean;
  greedy: boolean;
}

export type SkipStrategy =
  | { kind: 'PAST_LAST' }
  | { kind: 'TO_NEXT' }
  | { kind: 'TO_FIRST' | 'TO_LAST'; variable: string };

interface Cond { f: MatchCondition | null; and?: [Cond, Cond]; not?: Cond }
interface Transition { action: 'TAKE' | 'PROCEED'; source: NfaState; target: NfaState; cond: Cond }
interface NfaState { name: string; original: string; final: boolean; start: boolean; transitions: Transition[] }

const TRUE: Cond = { f: null };

function check(c: Cond, ev: MatchEvent, rows: () => MatchRows): boolean {
  if (c.and) return check(c.and[0], ev, rows) && check(c.and[1], ev, rows);
  if (c.not) return !check(c.not, ev, rows);
  return c.f === null || c.f(ev, rows);
}

/** NFACompiler.compileFactory for a sequence of strictly contiguous variables. */
export function compileNfa(vars: PatternVariable[]): NfaState[] {
  const states: NfaState[] = [];
  const used = new Set<string>();
  const create = (original: string, final = false): NfaState => {
    let name = original;
    let i = 0;
    while (used.has(name)) name = `${original}:${i++}`;
    used.add(name);
    const s: NfaState = { name, original, final, start: false, transitions: [] };
    states.push(s);
    return s;
  };
  const add = (s: NfaState, action: Transition['action'], target: NfaState, cond: Cond) => s.transitions.push({ action, source: s, target, cond });
  const greedyUpdate = (s: NfaState, take: Cond) => { for (const t of s.transitions) t.cond = { f: null, and: [t.cond, { f: null, not: take }] }; };
  const singleton = (v: PatternVariable, sink: NfaState, proceed: NfaState | null, take: Cond, optional: boolean): NfaState => {
    const s = create(v.name);
    add(s, 'TAKE', sink, take);
    if (optional) add(s, 'PROCEED', proceed!, TRUE);
    return s;
  };
  const timesState = (v: PatternVariable, sink: NfaState, proceed: NfaState, from: number, to: number): NfaState => {
    const take: Cond = { f: v.cond };
    let last = sink;
    if (v.greedy && from !== to) greedyUpdate(sink, take);
    for (let i = from; i < to; i++) last = singleton(v, last, proceed, take, true);
    for (let i = 0; i < from - 1; i++) last = singleton(v, last, null, take, false);
    return singleton(v, last, proceed, take, v.optional);
  };
  const convert = (v: PatternVariable, sink: NfaState): NfaState => {
    if (v.kind === 'looping') {
      const looping = create(v.name);
      add(looping, 'PROCEED', sink, TRUE);
      if (v.greedy) greedyUpdate(sink, { f: v.cond });
      add(looping, 'TAKE', looping, { f: v.cond });
      return timesState(v, looping, sink, v.from, v.from);
    }
    if (v.kind === 'times') return timesState(v, sink, sink, v.from, v.to);
    return singleton(v, sink, sink, { f: v.cond }, v.optional);
  };
  let sink = create('$endState$', true);
  for (let i = vars.length - 1; i >= 0; i--) sink = convert(vars[i]!, sink);
  sink.start = true;
  return states;
}

/** NFACompiler.canProduceEmptyMatches: a PROCEED path from the start state to the final state. */
export function canProduceEmptyMatches(states: NfaState[]): boolean {
  const start = states.find((s) => s.start)!;
  const seen = new Set<NfaState>();
  const stack = [start];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const t of s.transitions) {
      if (t.action !== 'PROCEED') continue;
      if (t.target.final) return true;
      stack.push(t.target);
    }
  }
  return false;
}

/** java.util.PriorityQueue (JDK 17): a binary heap whose array order is the iteration order */
class JavaPriorityQueue<T> {
  es: T[] = [];
  private readonly cmp: (a: T, b: T) => number;
  constructor(cmp: (a: T, b: T) => number) { this.cmp = cmp; }
  get size(): number { return this.es.length; }
  peek(): T | undefined { return this.es[0]; }
  add(x: T): void {
    const es = this.es;
    let k = es.length;
    es.push(x);
    while (k > 0) {
      const parent = (k - 1) >>> 1;
      const e = es[parent]!;
      if (this.cmp(x, e) >= 0) break;
      es[k] = e;
      k = parent;
    }
    es[k] = x;
  }
  poll(): T | undefined {
    const es = this.es;
    if (!es.length) return undefined;
    const result = es[0]!;
    const x = es.pop()!;
    if (es.length) this.siftDown(0, x);
    return result;
  }
  private siftDown(k: number, x: T): void {
    const es = this.es;
    const n = es.length;
    const half = n >>> 1;
    while (k < half) {
      let child = (k << 1) + 1;
      let c = es[child]!;
      const right = child + 1;
      if (right < n && this.cmp(c, es[right]!) > 0) c = es[child = right]!;
      if (this.cmp(x, c) <= 0) break;
      es[k] = c;
      k = child;
    }
    es[k] = x;
  }
  /** removeAll / removeIf (bulkRemove): survivors keep their order, then heapify */
  removeIf(filter: (x: T) => boolean): void {
    const kept = this.es.filter((x) => !filter(x));
    if (kept.length === this.es.length) return;
    this.es = kept;
    for (let i = (kept.length >>> 1) - 1; i >= 0; i--) this.siftDown(i, kept[i]!);
  }
}

/** DeweyNumber as a persistent list (its last digit, the digits before it shared): a partial
 *  match adds a stage per row taken, so arrays would cost its length per version */
interface Dewey { parent: Dewey | null; digit: number; len: number; /** a hash of all digits */ h: number; /** the first digit */ run: number }
const hashOf = (parent: Dewey | null, digit: number) => (Math.imul(parent ? parent.h : 17, 1000003) + digit) | 0;
const dewey = (start: number): Dewey => ({ parent: null, digit: start, len: 1, h: hashOf(null, start), run: start });
function increase(d: Dewey, times: number): Dewey { return times === 0 ? d : { parent: d.parent, digit: d.digit + times, len: d.len, h: hashOf(d.parent, d.digit + times), run: d.parent ? d.run : d.digit + times }; }
function addStage(d: Dewey): Dewey { return { parent: d, digit: 0, len: d.len + 1, h: hashOf(d, 0), run: d.run }; }
/** the same digits (the hashes tell most differences at once) */
function sameDigits(a: Dewey | null, b: Dewey | null): boolean {
  if (a !== null && b !== null && a.h !== b.h) return false;
  while (a !== b) {
    if (a === null || b === null || a.digit !== b.digit) return false;
    a = a.parent; b = b.parent;
  }
  return true;
}
/** DeweyNumber.isCompatibleWith */
function compatible(d: Dewey, o: Dewey): boolean {
  if (d.len > o.len) {
    if (d.run !== o.run) return false;
    let a: Dewey = d;
    while (a.len > o.len) a = a.parent!;
    return sameDigits(a, o);
  }
  if (d.len === o.len) return d.digit >= o.digit && sameDigits(d.parent, o.parent);
  return false;
}

/** SharedBuffer entries: a row taken into a variable, with versioned edges to the rows before */
interface BufferNode { key: string; v: string; ev: MatchEvent; refs: number; edges: { target: string | null; version: Dewey; refs: number }[] }

/** ComputationState */
interface Computation {
  state: NfaState;
  entry: string | null;
  version: Dewey;
  start: MatchEvent | null;
}

/** NFAState.COMPUTATION_STATE_COMPARATOR: by the first row (timestamp, then id); start states last */
function compare(a: Computation, b: Computation): number {
  const x = a.start, y = b.start;
  const xt = x ? x.ts : Number.MAX_VALUE, yt = y ? y.ts : Number.MAX_VALUE;
  if (xt !== yt) return xt < yt ? -1 : 1;
  const xi = x ? x.id : 2147483647, yi = y ? y.id : 2147483647;
  return xi < yi ? -1 : xi > yi ? 1 : 0;
}
function eventCompare(x: MatchEvent, y: MatchEvent): number {
  return x.ts !== y.ts ? (x.ts < y.ts ? -1 : 1) : x.id - y.id;
}
const sameVersion = (a: Dewey, b: Dewey) => a.len === b.len && sameDigits(a, b);
function sameComputation(a: Computation, b: Computation): boolean {
  return a.state === b.state && a.entry === b.entry && a.start === b.start && sameVersion(a.version, b.version);
}

class Nfa {
  partial: JavaPriorityQueue<Computation>;
  completed = new JavaPriorityQueue<Computation>(compare);
  newStart = false;
  private readonly m: MatchSpec;
  private readonly buffer = new Map<string, BufferNode>();
  constructor(m: MatchSpec) {
    this.m = m;
    this.partial = this.initial();
  }

  /** NFA.createInitialNFAState */
  initial(): JavaPriorityQueue<Computation> {
    const q = new JavaPriorityQueue<Computation>(compare);
    q.add({ state: this.m.start, entry: null, version: dewey(1), start: null });
    return q;
  }

  /** NFA.process (doProcess): the matches this row completes (and that may leave the queue) */
  process(ev: MatchEvent): MatchRows[] {
    const next = new JavaPriorityQueue<Computation>(compare);
    const potential = new JavaPriorityQueue<Computation>(compare);
    for (const cs of this.partial.es) {
      for (const n of this.nextStates(cs, ev)) {
        if (cs.state.start && n.start !== null) this.newStart = true;
        if (n.state.final) potential.add(n);
        else next.add(n);
      }
    }
    const out: MatchRows[] = [];
    this.emit(potential, next, out);
    this.partial = next;
    return out;
  }

  /** NFA.advanceTime: drops partial matches out of the WITHIN window; may free completed ones */
  advance(ts: number): MatchRows[] {
    const w = this.m.windowMs;
    const keep = new JavaPriorityQueue<Computation>(compare);
    for (const cs of this.partial.es) {
      if (!cs.state.start && w > 0 && ts - cs.start!.ts >= w) { this.release(cs.entry, cs.version); continue; }
      keep.add(cs);
    }
    const out: MatchRows[] = [];
    this.emit(new JavaPriorityQueue<Computation>(compare), keep, out);
    this.partial = keep;
    return out;
  }

  /** NFA.computeNextStates */
  private nextStates(cs: Computation, ev: MatchEvent): Computation[] {
    let rows: MatchRows | null = null;
    const ctx = () => (rows ??= this.extract(cs.entry, cs.version)[0] ?? new Map());
    // createDecisionGraph
    const edges: Transition[] = [];
    let takes = 0;
    const stack = [cs.state];
    while (stack.length) {
      const s = stack.pop()!;
      for (const t of s.transitions) {
        if (!check(t.cond, ev, ctx)) continue;
        if (t.action === 'PROCEED') stack.push(t.target);
        else { edges.push(t); takes++; }
      }
    }
    const out: Computation[] = [];
    let takeBranchesToVisit = Math.max(0, takes - 1);
    for (const e of edges) {
      const currentVersion = increase(cs.version, takeBranchesToVisit);
      const nextVersion = addStage(currentVersion);
      takeBranchesToVisit--;
      if (ev.id < 0) ev.id = this.m.register(ev);
      const entry = this.put(e.source.original, ev, cs.entry, currentVersion);
      const start = cs.state.start ? ev : cs.start;
      this.addState(out, { state: e.target, entry, version: nextVersion, start });
      const fin = this.finalAfterProceed(e.target, ev, ctx);
      if (fin) this.addState(out, { state: fin, entry, version: nextVersion, start });
    }
    if (cs.state.start) {
      const branches = takes === 0 ? 0 : Math.max(1, takes);
      out.push({ state: cs.state, entry: null, version: increase(cs.version, branches), start: null });
    }
    if (cs.entry !== null) this.release(cs.entry, cs.version);
    return out;
  }

  private addState(out: Computation[], c: Computation): void {
    out.push(c);
    this.lock(c.entry, c.version);
  }

  private finalAfterProceed(state: NfaState, ev: MatchEvent, ctx: () => MatchRows): NfaState | null {
    const stack = [state];
    while (stack.length) {
      const s = stack.pop()!;
      for (const t of s.transitions) {
        if (t.action !== 'PROCEED' || !check(t.cond, ev, ctx)) continue;
        if (t.target.final) return t.target;
        stack.push(t.target);
      }
    }
    return null;
  }

  // ---- SharedBufferAccessor ----

  private put(v: string, ev: MatchEvent, previous: string | null, version: Dewey): string {
    if (previous !== null) this.lock(previous, version);
    const key = `${ev.ts}/${ev.id}/${v}`;
    let node = this.buffer.get(key);
    if (!node) { node = { key, v, ev, refs: 0, edges: [] }; this.buffer.set(key, node); }
    node.edges.push({ target: previous, version, refs: 0 });
    return key;
  }

  private lock(key: string | null, version: Dewey): void {
    const node = key === null ? undefined : this.buffer.get(key);
    if (!node) return;
    node.refs++;
    for (const e of node.edges) if (compatible(version, e.version)) e.refs++;
  }

  /** releaseNode */
  private release(key: string | null, version: Dewey): void {
    if (key === null) return;
    const nodes: string[] = [key];
    const versions: Dewey[] = [version];
    while (nodes.length) {
      const cur = nodes.pop()!;
      const node = this.buffer.get(cur);
      if (!node) break;
      const v = versions.pop()!;
      for (let i = 0; i < node.edges.length; i++) {
        const e = node.edges[i]!;
        if (!compatible(v, e.version)) continue;
        if (e.refs <= 0 || --e.refs === 0) {
          node.edges.splice(i--, 1);
          if (e.target !== null) { nodes.push(e.target); versions.push(e.version); }
        }
      }
      if (node.refs <= 0 || --node.refs === 0) this.buffer.delete(cur);
    }
  }

  /** extractPatterns: every path back from the entry along compatible edges (depth first) */
  private extract(key: string | null, version: Dewey): MatchRows[] {
    const result: MatchRows[] = [];
    const first = key === null ? undefined : this.buffer.get(key);
    if (!first) return result;
    const states: { node: BufferNode | null; version: Dewey; path: BufferNode[] }[] = [{ node: first, version, path: [] }];
    while (states.length) {
      const st = states.pop()!;
      if (st.node === null) {
        const m: MatchRows = new Map();
        for (let i = st.path.length - 1; i >= 0; i--) {
          const n = st.path[i]!;
          const l = m.get(n.v);
          if (l) l.push(n.ev); else m.set(n.v, [n.ev]);
        }
        result.push(m);
        continue;
      }
      st.path.push(st.node);
      let firstMatch = true;
      for (const e of st.node.edges) {
        if (!compatible(st.version, e.version)) continue;
        const path = firstMatch ? st.path : st.path.slice();
        firstMatch = false;
        states.push({ node: e.target === null ? null : this.buffer.get(e.target)!, version: e.version, path });
      }
    }
    return result;
  }

  /** processMatchesAccordingToSkipStrategy */
  private emit(potential: JavaPriorityQueue<Computation>, partial: JavaPriorityQueue<Computation>, out: MatchRows[]): void {
    for (const p of potential.es) this.completed.add(p);
    for (;;) {
      const earliest = this.completed.peek();
      if (!earliest) break;
      const ep = partial.peek();
      if (ep && compare(earliest, ep) > 0) break;
      this.completed.poll();
      const paths = this.extract(earliest.entry, earliest.version);
      const pruning = this.pruningId(paths);
      if (pruning) {
        const prune = (q: JavaPriorityQueue<Computation>) => {
          const discard: Computation[] = [];
          for (const c of q.es) {
            if (c.start !== null && this.shouldPrune(c.start, pruning)) { this.release(c.entry, c.version); discard.push(c); }
          }
          if (discard.length) q.removeIf((c) => discard.some((d) => sameComputation(c, d)));
        };
        prune(partial);
        prune(this.completed);
      }
      out.push(paths[0]!);
      this.release(earliest.entry, earliest.version);
    }
  }

  private pruningId(paths: MatchRows[]): MatchEvent | null {
    const s = this.m.skip;
    let id: MatchEvent | null = null;
    const max = (a: MatchEvent | null, b: MatchEvent) => (a === null || eventCompare(b, a) > 0 ? b : a);
    const min = (a: MatchEvent | null, b: MatchEvent) => (a === null || eventCompare(b, a) < 0 ? b : a);
    for (const rows of paths) {
      if (s.kind === 'PAST_LAST') { for (const l of rows.values()) id = max(id, l[l.length - 1]!); continue; }
      if (s.kind === 'TO_NEXT') { for (const l of rows.values()) id = min(id, l[0]!); continue; }
      const l = rows.get(s.variable);
      if (!l || !l.length) throw new FlinkError('org.apache.flink.util.FlinkRuntimeException', `Could not skip to ${s.variable}. No such element in the found match ${matchText(rows)}`);
      id = max(id, s.kind === 'TO_FIRST' ? l[0]! : l[l.length - 1]!);
      let startEv: MatchEvent | null = null;
      for (const x of rows.values()) for (const e of x) startEv = min(startEv, e);
      if (id === startEv) throw new FlinkError('org.apache.flink.util.FlinkRuntimeException', 'Could not skip to first element of a match.');
    }
    return id;
  }

  private shouldPrune(start: MatchEvent, pruning: MatchEvent): boolean {
    const c = eventCompare(start, pruning);
    return this.m.skip.kind === 'PAST_LAST' || this.m.skip.kind === 'TO_NEXT' ? c <= 0 : c < 0;
  }

  /** CepOperator.onEventTime's end: an NFA left with its start state alone is cleared */
  clearIfIdle(): void {
    if (this.partial.size === 1 && this.completed.size === 0) this.partial = this.initial();
  }
}

/** the found match as SkipToElementStrategy prints it: a HashMap of EventId lists */
function matchText(rows: MatchRows): string {
  const hash = (s: string) => { let h = 0; for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0; return (h ^ (h >>> 16)) & 15; };
  const keys = [...rows.keys()].sort((a, b) => hash(a) - hash(b));
  return `{${keys.map((k) => `${k}=[${rows.get(k)!.map((e) => `EventId{id=${e.id}, timestamp=${e.ts}}`).join(', ')}]`).join(', ')}}`;
}

export interface MatchSpec {
  start: NfaState;
  skip: SkipStrategy;
  /** WITHIN in milliseconds (0: none) */
  windowMs: number;
  /** gives a row its EventId's id when a partial match first takes it */
  register: (ev: MatchEvent) => number;
}

export interface MatchOptions {
  vars: PatternVariable[];
  skip: SkipStrategy;
  windowMs: number;
  partition: ((f: unknown[]) => unknown)[];
  /** the rowtime of a row (ms) */
  time: (f: unknown[]) => unknown;
  /** the ORDER BY's keys after the time attribute (rows of one timestamp), or null */
  order: ((a: unknown[], b: unknown[]) => number) | null;
  /** ORDER BY a processing-time attribute: rows go through the NFA as they come, at this clock */
  proctime?: () => number;
  /** the output row of a match: its rows per variable, the time it was found at */
  project: (rows: MatchRows, ts: number) => unknown[];
}

interface Partition { key: string; nfa: Nfa; waiting: Map<number, unknown[][]>; lastTs: number; counter: number }

/** CepOperator in event time. */
export class MatchOperator implements Operator {
  private parts = new Map<string, Partition>();
  private timers = new TimerQueue<string>();
  private current = -Infinity;
  private seq = 0;
  private states: NfaState[];
  onLate: (() => void) | null = null;
  private readonly out: Operator;
  private readonly o: MatchOptions;
  constructor(out: Operator, o: MatchOptions) {
    this.out = out;
    this.o = o;
    this.states = compileNfa(o.vars);
  }

  push(r: Row): void {
    if (this.o.proctime) {
      // CepOperator.processElement in processing time without a comparator
      const p = this.partition(keyOf(this.o.partition.map((g) => g(r.f))));
      const now = this.o.proctime();
      this.emit(p.nfa.advance(now), now);
      this.emit(p.nfa.process({ f: r.f, ts: now, seq: this.seq++, id: -1 }), now);
      return;
    }
    const ts = this.o.time(r.f) as number | null;
    if (ts === null) return;
    if (ts <= this.current) { this.onLate?.(); return; }
    const k = keyOf(this.o.partition.map((p) => p(r.f)));
    const p = this.partition(k);
    const rows = p.waiting.get(ts);
    if (rows) rows.push(r.f);
    else { p.waiting.set(ts, [r.f]); this.timers.add(k, ts, k); }
  }

  private partition(k: string): Partition {
    let p = this.parts.get(k);
    if (!p) {
      const part: Partition = { key: k, nfa: null as unknown as Nfa, waiting: new Map(), lastTs: NaN, counter: 0 };
      part.nfa = new Nfa({
        start: this.states.find((s) => s.start)!, skip: this.o.skip, windowMs: this.o.windowMs,
        // SharedBufferAccessor.registerEvent: ids count the rows of one timestamp that were taken
        register: (ev) => { if (ev.ts !== part.lastTs) { part.lastTs = ev.ts; part.counter = 0; } return part.counter++; },
      });
      p = part;
      this.parts.set(k, p);
    }
    return p;
  }

  watermark(ts: number): void {
    if (ts <= this.current) return;
    this.current = ts;
    this.timers.advance(ts, (t) => this.fire(t.payload));
    this.out.watermark(ts);
  }

  /** CepOperator.onEventTime */
  private fire(k: string): void {
    const p = this.parts.get(k);
    if (!p) return;
    const due = [...p.waiting.keys()].filter((t) => t <= this.current).sort((a, b) => a - b);
    for (const ts of due) {
      this.emit(p.nfa.advance(ts), ts);
      let rows = p.waiting.get(ts)!;
      if (this.o.order) rows = [...rows].sort(this.o.order);
      for (const f of rows) {
        const ev: MatchEvent = { f, ts, seq: this.seq++, id: -1 };
        const found = p.nfa.process(ev);
        if (this.o.windowMs > 0 && p.nfa.newStart) this.timers.add(k, ts + this.o.windowMs, k);
        this.emit(found, ts);
      }
      p.waiting.delete(ts);
    }
    // advanceTime(watermark): Long.MAX_VALUE at the end of input
    const wm = this.current === Infinity ? 9223372036854775807 : this.current;
    this.emit(p.nfa.advance(wm), wm);
    p.nfa.newStart = false;
    p.nfa.clearIfIdle();
  }

  private emit(found: MatchRows[], ts: number): void {
    for (const rows of found) this.out.push({ kind: INSERT, f: this.o.project(rows, ts) });
  }

  end(): void { this.out.end(); }
}
