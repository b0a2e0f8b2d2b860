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
//   A match's rows per variable are kept with the partial match (the shared buffer's path).
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

/** a DEFINE condition: the row, the rows the partial match holds (without the row) */
export type MatchCondition = (ev: MatchEvent, rows: MatchRows) => boolean;

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
  return c.f === null || c.f(ev, rows());
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

/** a (partial or completed) match: ComputationState with its path */
interface Computation {
  state: NfaState;
  /** the rows taken, oldest first, each with its variable */
  path: { v: string; ev: MatchEvent }[];
  start: MatchEvent | null;
}

/** NFAState.COMPUTATION_STATE_COMPARATOR: by the first row (timestamp, then id); start states last */
function compare(a: Computation, b: Computation): number {
  const x = a.start, y = b.start;
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x.ts !== y.ts ? (x.ts < y.ts ? -1 : 1) : x.id - y.id;
}
function eventCompare(x: MatchEvent, y: MatchEvent): number {
  return x.ts !== y.ts ? (x.ts < y.ts ? -1 : 1) : x.id - y.id;
}

function rowsOf(path: Computation['path']): MatchRows {
  const m: MatchRows = new Map();
  for (const p of path) {
    const l = m.get(p.v);
    if (l) l.push(p.ev); else m.set(p.v, [p.ev]);
  }
  return m;
}

/** Inserts keeping the comparator's order (after equal ones). */
function insertSorted(q: Computation[], c: Computation): void {
  let i = q.length;
  while (i > 0 && compare(q[i - 1]!, c) > 0) i--;
  q.splice(i, 0, c);
}

class Nfa {
  partial: Computation[];
  completed: Computation[] = [];
  newStart = false;
  private readonly m: MatchSpec;
  constructor(m: MatchSpec) {
    this.m = m;
    this.partial = [{ state: m.start, path: [], start: null }];
  }

  /** NFA.process: the matches this row completes (and that may leave the queue) */
  process(ev: MatchEvent): MatchRows[] {
    const next: Computation[] = [];
    const potential: Computation[] = [];
    for (const cs of this.partial) {
      for (const n of this.nextStates(cs, ev)) {
        if (cs.state.start && n.start !== null) this.newStart = true;
        if (n.state.final) insertSorted(potential, n);
        else insertSorted(next, n);
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
    const keep: Computation[] = [];
    for (const cs of this.partial) {
      if (!cs.state.start && w > 0 && ts - cs.start!.ts >= w) continue;
      keep.push(cs);
    }
    const out: MatchRows[] = [];
    this.emit([], keep, out);
    this.partial = keep;
    return out;
  }

  private nextStates(cs: Computation, ev: MatchEvent): Computation[] {
    let rows: MatchRows | null = null;
    const ctx = () => (rows ??= rowsOf(cs.path));
    // createDecisionGraph
    const edges: Transition[] = [];
    const stack = [cs.state];
    while (stack.length) {
      const s = stack.pop()!;
      for (const t of s.transitions) {
        if (!check(t.cond, ev, ctx)) continue;
        if (t.action === 'PROCEED') stack.push(t.target);
        else edges.push(t);
      }
    }
    const out: Computation[] = [];
    for (const e of edges) {
      const path = [...cs.path, { v: e.source.original, ev }];
      const start = cs.state.start ? ev : cs.start;
      if (ev.id < 0) ev.id = this.m.register(ev);
      out.push({ state: e.target, path, start });
      const fin = this.finalAfterProceed(e.target, ev, ctx);
      if (fin) out.push({ state: fin, path, start });
    }
    if (cs.state.start) out.push({ state: cs.state, path: [], start: null });
    return out;
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

  /** processMatchesAccordingToSkipStrategy */
  private emit(potential: Computation[], partial: Computation[], out: MatchRows[]): void {
    for (const p of potential) insertSorted(this.completed, p);
    for (;;) {
      const earliest = this.completed[0];
      if (!earliest) break;
      const ep = partial[0];
      if (ep && compare(earliest, ep) > 0) break;
      this.completed.shift();
      const rows = rowsOf(earliest.path);
      const pruning = this.pruningId(rows, earliest);
      if (pruning) {
        const prune = (q: Computation[]) => {
          for (let i = q.length - 1; i >= 0; i--) {
            const s = q[i]!.start;
            if (s !== null && this.shouldPrune(s, pruning)) q.splice(i, 1);
          }
        };
        prune(partial);
        prune(this.completed);
      }
      out.push(rows);
    }
  }

  private pruningId(rows: MatchRows, c: Computation): MatchEvent | null {
    const s = this.m.skip;
    if (s.kind === 'PAST_LAST') return c.path[c.path.length - 1]!.ev;
    if (s.kind === 'TO_NEXT') return c.path[0]!.ev;
    const l = rows.get(s.variable);
    let id: MatchEvent | null = null;
    if (!l || !l.length) {
      throw new FlinkError('org.apache.flink.util.FlinkRuntimeException', `Could not skip to ${s.variable}. No such element in the found match ${matchText(rows)}`);
    }
    id = s.kind === 'TO_FIRST' ? l[0]! : l[l.length - 1]!;
    if (id === c.path[0]!.ev) throw new FlinkError('org.apache.flink.util.FlinkRuntimeException', 'Could not skip to first element of a match.');
    return id;
  }

  private shouldPrune(start: MatchEvent, pruning: MatchEvent): boolean {
    const c = eventCompare(start, pruning);
    return this.m.skip.kind === 'PAST_LAST' || this.m.skip.kind === 'TO_NEXT' ? c <= 0 : c < 0;
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
  }

  private emit(found: MatchRows[], ts: number): void {
    for (const rows of found) this.out.push({ kind: INSERT, f: this.o.project(rows, ts) });
  }

  end(): void { this.out.end(); }
}
