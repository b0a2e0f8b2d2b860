// Hover on a SELECT / INSERT: the changelog the statement produces, read off the engine's plan
// (the same inference `flinksql explain` prints and the runtime executes: one code path).
import { changelogModeString, explainTree } from '../../engine/index.ts';
import type { PlanNode } from '../../engine/index.ts';
import type { Analysis } from '../server.ts';
import type { StatementInfo } from '../model.ts';
import { statementAnalysis } from '../engine-seam.ts';

export function describeChangelog(node: PlanNode): string {
  const mode = changelogModeString(node);
  if (!node.kinds.update && !node.kinds.delete) return `**insert-only** \`${mode}\`: every row is final; an append-only sink (kafka, filesystem) can take it.`;
  if (node.updateBefore || node.upsertKeys.length === 0) {
    return `**updates with retractions** \`${mode}\`: earlier results are retracted (-U) and replaced (+U); only a sink that accepts updates (upsert-kafka with a PRIMARY KEY, jdbc, print) can take it, and every intermediate result becomes a message.`;
  }
  const keys = node.upsertKeys.map((k) => `(${k.map((i) => node.fields[i]?.name ?? '?').join(', ')})`).join(', ');
  return `**upserts on key ${keys}** \`${mode}\`: each change replaces the row with the same key; an upsert sink keyed by that primary key takes it.`;
}

export function changelogHover(a: Analysis, st: StatementInfo, catalogText: string): string | undefined {
  const s = statementAnalysis(a.model.text, st.span.start, catalogText);
  if (!s) return undefined;
  const lines: string[] = [];
  if (s.plan) {
    const query = s.plan.kind === 'Sink' && s.plan.inputs[0] ? s.plan.inputs[0] : s.plan;
    lines.push(`Changelog: ${describeChangelog(query)}`);
    lines.push('```\n' + explainTree(s.plan) + '\n```');
  }
  const e = s.error;
  if (e) lines.push(e.className === 'NotSupportedYet' ? `Not supported by the embedded engine yet: ${e.message}` : `Flink rejects it: \`${e.className}\`: ${e.message}`);
  return lines.length ? lines.join('\n\n') : undefined;
}
