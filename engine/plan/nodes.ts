// Plan nodes say *what* (Flink's physical node names and their explain attributes); `build`
// creates the operator that does it. The changelog mode of every node is inferred here once
// (FlinkChangelogModeInferenceProgram's two passes: modify kinds bottom-up, then whether
// UPDATE_BEFORE is needed top-down) and read by explain, the sink checks and the runtime.
import type { Operator } from '../runtime/operator.ts';
import type { Field } from '../analysis/expressions.ts';
import type { Range } from '../diagnostics.ts';
import type { RunContext } from './run-context.ts';

export interface ModifyKinds { insert: boolean; update: boolean; delete: boolean }

export interface PlanNode {
  /** Flink's node name: TableSourceScan, Calc, GroupAggregate, Join, ... */
  kind: string;
  inputs: PlanNode[];
  fields: Field[];
  /** explain attributes, inside the parentheses */
  attrs: string;
  kinds: ModifyKinds;
  /** emits UPDATE_BEFORE (decided top-down by requireUpdateBefore) */
  updateBefore: boolean;
  /** column sets that are unique in the output (upsert keys), by field index */
  upsertKeys: number[][];
  /** Calc, Union, WatermarkAssigner...: the UPDATE_BEFORE need of the input is this node's own */
  passThrough: boolean;
  /** needs UPDATE_BEFORE from its input whatever its consumer needs (a filter on an updating
   *  stream must see the old row to retract it) */
  requiresUpdateBefore?: boolean;
  range?: Range;
  /** how Flink names the node, and the changes it is taken to produce, while it infers changelog
   *  modes (a Rank or Deduplicate is still Rank(strategy=[UndefinedStrategy], ...) with the
   *  columns used above, producing update and delete changes) */
  inferenceName?: string;
  inferenceKinds?: ModifyKinds;
  /** its input need not send UPDATE_BEFORE (a Top-N with UpdateFastStrategy updates rows by key) */
  takesNoUpdateBefore?: boolean;
  /** a ROW_NUMBER top-1 that Flink 2.1+ declares insert-only although it replaces its rows (FSQL202) */
  top1DeclaredInsertOnly?: boolean;
  /** explain's name for the node where Flink's plan names what `build` makes otherwise
   *  (GlobalGroupAggregate, GlobalWindowAggregate, SortLimit, GroupWindowAggregate) */
  explainKind?: string;
  /** operators `build` puts in front of this node's own, as explain prints them between the node
   *  and its input, top-down (a LocalGroupAggregate, a LocalWindowAggregate); each is insert-only */
  explainChain?: { kind: string; attrs: string }[];
  /** set under mini-batch on the sources (a TableSourceScan, the WatermarkAssigner above it) and
   *  on the operators that work in mini-batches: explain prints Flink's MiniBatchAssigner
   *  (interval = allow-latency) right above every source (above its WatermarkAssigner) unless the
   *  plan is only projections, filters and unions (as Flink 2.3.0 plans it), in event time
   *  (mode=[RowTime]) below an operator with `rowtime` (window operators, a rowtime
   *  deduplication, an interval join) */
  miniBatch?: { intervalMs: number; rowtime: boolean };
  /** a VALUES whose rows are not all literals: explain shows Flink's Union of one Calc (these
   *  select lists) over a one-row Values per row */
  explainUnionOfRows?: string[];
  /** creates this node's operator sending to `out`; returns one Operator per input */
  build(out: Operator, rt: RunContext, self: PlanNode): Operator[];
}

export const INSERT_ONLY: ModifyKinds = { insert: true, update: false, delete: false };
export const ALL_CHANGES: ModifyKinds = { insert: true, update: true, delete: true };

export function isInsertOnly(k: ModifyKinds): boolean {
  return !k.update && !k.delete;
}

export function unionKinds(ks: ModifyKinds[]): ModifyKinds {
  return { insert: ks.some((k) => k.insert), update: ks.some((k) => k.update), delete: ks.some((k) => k.delete) };
}

/** Flink's notation: [I,UB,UA,D] */
export function changelogModeString(n: PlanNode): string {
  const parts: string[] = [];
  if (n.kinds.insert) parts.push('I');
  if (n.kinds.update) { if (n.updateBefore) parts.push('UB'); parts.push('UA'); }
  if (n.kinds.delete) parts.push('D');
  return `[${parts.join(',')}]`;
}

/** Top-down pass: does each node have to emit UPDATE_BEFORE? */
export function requireUpdateBefore(n: PlanNode, required: boolean): void {
  const need = required || !!n.requiresUpdateBefore;
  n.updateBefore = need && n.kinds.update;
  n.inputs.forEach((i, k) => requireUpdateBefore(i, n.passThrough ? need : !(n.kind === 'TemporalJoin' && k === 1) && !n.takesNoUpdateBefore));
}

/** Flink's getNodeName: `GroupAggregate(groupBy=[..], select=[..])`. */
export function nodeName(n: PlanNode): string {
  return n.inferenceName ?? `${n.kind}(${n.attrs})`;
}

/** The node that introduces the changes a consumer sees (through pass-through nodes). */
export function changeProducer(n: PlanNode): PlanNode {
  let cur = n;
  for (;;) {
    if (!cur.passThrough) return cur;
    const next = cur.inputs.find((i) => !isInsertOnly(i.kinds));
    if (!next) return cur;
    cur = next;
  }
}

export function kindsDescription(k: ModifyKinds): string {
  if (k.update && k.delete) return 'update and delete';
  if (k.update) return 'update';
  return 'delete';
}

/** One node as explain shows it (see explainNodes). */
export interface ExplainNode {
  /** Flink's name: GlobalGroupAggregate, MiniBatchAssigner, ... */
  kind: string;
  attrs: string;
  /** changelogMode in Flink's notation, `[I,UB,UA]`; a sink's `[NONE]` */
  mode: string;
  /** upsert keys by column name (as Flink prints them: on any node that has some) */
  upsertKeys: string[][];
  inputs: ExplainNode[];
  /** the plan node it shows (a node `build` chains in front shows its owner) */
  node: PlanNode;
}

/** The graph explain prints (see PlanNode.explainKind, explainChain, miniBatch): the operators
 *  `build` makes, named and shaped as Flink's plan (a WindowTableFunction feeding a window
 *  aggregation is part of that aggregation in Flink's plan; a Calc that changes nothing is not
 *  shown). The changelog panel can show the same. */
export function explainNodes(root: PlanNode): ExplainNode {
  const stateless = (n: PlanNode): boolean => ['Sink', 'Calc', 'Union', 'TableSourceScan', 'Values'].includes(n.kind) && n.inputs.every(stateless);
  return explainNode(root, undefined, new Set(), false, !stateless(root));
}

/** A Calc that hands its input's rows on unchanged (all columns, in order, no filter): Flink's
 *  plan has none (ProjectRemoveRule), explain does not print it. */
function identityCalc(n: PlanNode): boolean {
  const i = n.inputs[0];
  return n.kind === 'Calc' && n.inputs.length === 1 && !!i && n.fields.length === i.fields.length
    && n.fields.every((f, k) => f.name === i.fields[k]!.name) && n.attrs === `select=[${i.fields.map((f) => f.name).join(', ')}]`;
}

function explainNode(n: PlanNode, mb: PlanNode['miniBatch'], absorbed: Set<PlanNode>, inSource: boolean, assigners: boolean): ExplainNode {
  if (absorbed.has(n) || identityCalc(n)) return explainNode(n.inputs[0]!, mb, absorbed, inSource, assigners);
  if (n.kind === 'WindowAggregate') {
    // the window table function under a window aggregation (through Calc / Expand)
    const mark = (c: PlanNode): void => {
      if (c.kind === 'WindowTableFunction') absorbed.add(c);
      else if (c.kind === 'Calc' || c.kind === 'Expand') c.inputs.forEach(mark);
    };
    n.inputs.forEach(mark);
  }
  const source = n.kind === 'TableSourceScan' || n.kind === 'WatermarkAssigner';
  const below = n.miniBatch && !source ? { intervalMs: n.miniBatch.intervalMs, rowtime: !!mb?.rowtime || n.miniBatch.rowtime } : mb;
  const mode = n.kind === 'Sink' ? '[NONE]' : changelogModeString(n);
  const upsertKeys = n.kind === 'Sink' ? [] : n.upsertKeys.map((k) => k.map((i) => n.fields[i]!.name));
  if (n.explainUnionOfRows) {
    const row = (select: string): ExplainNode => ({
      kind: 'Calc', attrs: `select=[${select}]`, mode, upsertKeys: [], node: n,
      inputs: [{ kind: 'Values', attrs: 'type=[RecordType(INTEGER ZERO)], tuples=[[{ 0 }]]', mode, upsertKeys: [], inputs: [], node: n }],
    });
    return { kind: 'Union', attrs: `all=[true], union=[${n.fields.map((f) => f.name).join(', ')}]`, mode, upsertKeys: [], inputs: n.explainUnionOfRows.map(row), node: n };
  }
  const own: ExplainNode = { kind: n.explainKind ?? n.kind, attrs: n.attrs, mode, upsertKeys, inputs: [], node: n };
  let tail = own;
  if (n.explainChain?.length && n.inputs.length === 1) {
    for (const c of n.explainChain) {
      // a local aggregation sends accumulators: insert-only, whatever its input is
      const line: ExplainNode = { kind: c.kind, attrs: c.attrs, mode: '[I]', upsertKeys: [], inputs: [], node: n };
      tail.inputs.push(line);
      tail = line;
    }
  }
  // a legacy group window aggregation asks for no mini-batch (Flink's MiniBatchIntervalInferRule
  // gives its input NO_MINIBATCH): no assigner below it (case group-window-legacy-mini-batch)
  const assignersBelow = assigners && n.explainKind !== 'GroupWindowAggregate';
  tail.inputs.push(...n.inputs.map((i) => explainNode(i, source ? undefined : below, absorbed, inSource || source, assignersBelow)));
  const assigner = mb ?? n.miniBatch;
  if (source && !inSource && assigner && assigners) {
    // (it passes its input's upsert keys on, as Flink's plan shows them)
    return { kind: 'MiniBatchAssigner', attrs: `interval=[${assigner.intervalMs}ms], mode=[${mb?.rowtime ? 'RowTime' : 'ProcTime'}]`, mode, upsertKeys: own.upsertKeys, inputs: [own], node: n };
  }
  return own;
}

/** Flink's explain line: `Kind(attrs, changelogMode=[I,UB,UA], upsertKeys=[[a], [b, c]])`. */
export function explainLine(e: ExplainNode): string {
  const keys = e.upsertKeys.length ? `, upsertKeys=[${e.upsertKeys.map((k) => '[' + k.join(', ') + ']').join(', ')}]` : '';
  return `${e.kind}(${e.attrs}${e.attrs ? ', ' : ''}changelogMode=${e.mode}${keys})`;
}

export function explainTree(root: PlanNode): string {
  const lines: string[] = [];
  const walk = (n: ExplainNode, prefix: string, childPrefix: string) => {
    lines.push(prefix + explainLine(n));
    n.inputs.forEach((c, i) => {
      const last = i === n.inputs.length - 1;
      walk(c, childPrefix + (last ? '+- ' : ':- '), childPrefix + (last ? '   ' : ':  '));
    });
  };
  walk(explainNodes(root), '', '');
  return lines.join('\n');
}
