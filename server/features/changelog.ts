// Hover on a SELECT / INSERT: the changelog the statement produces, read off the engine's plan
// (the same inference `flinksql explain` prints and the runtime executes: one code path).
import { analyze, changelogModeString, explainTree } from '../../engine/index.ts';
import type { PlanNode } from '../../engine/index.ts';
import type { Analysis } from '../server.ts';
import type { StatementInfo } from '../model.ts';

export function describeChangelog(node: PlanNode): string {
  const mode = changelogModeString(node);
  if (!node.kinds.update && !node.kinds.delete) return `**insert-only** \`${mode}\`: every row is final, an append-only sink (kafka, filesystem) can take it.`;
  if (node.updateBefore || node.upsertKeys.length === 0) {
    return `**updates with retractions** \`${mode}\`: earlier results are retracted (-U) and replaced (+U); only a retract or upsert sink (upsert-kafka with a PRIMARY KEY, jdbc, print) accepts it, and every intermediate result becomes a message.`;
  }
  const keys = node.upsertKeys.map((k) => k.map((i) => node.fields[i]?.name ?? '?').join(', ')).map((k) => `(${k})`).join(', ');
  return `**upserts on key ${keys}** \`${mode}\`: each change replaces the row with the same key; an upsert sink keyed by that primary key accepts it.`;
}

export function changelogHover(a: Analysis, st: StatementInfo, catalogText: string): string | undefined {
  const at = a.doc.positionAt(st.span.start);
  const opts: Parameters<typeof analyze>[1] = { at };
  if (catalogText) opts.catalogTexts = [catalogText];
  const res = analyze(a.model.text, opts);
  const stmtRange = res.statement?.range;
  if (!stmtRange || stmtRange.start.line !== at.line || stmtRange.start.character !== at.character) {
    const err = res.errors.find((e) => e.className !== 'NotSupportedYet');
    return err && res.statement === undefined ? undefined : err ? `Flink would reject it: \`${err.className}\`: ${err.message}` : undefined;
  }
  const lines: string[] = [];
  const root = res.plan;
  if (root) {
    const query = root.kind === 'Sink' && root.inputs[0] ? root.inputs[0] : root;
    lines.push(`Changelog: ${describeChangelog(query)}`);
    lines.push('```\n' + explainTree(root) + '\n```');
  }
  for (const e of res.errors) lines.push(e.className === 'NotSupportedYet' ? `Not supported by the embedded engine yet: ${e.message}` : `Flink would reject it: \`${e.className}\`: ${e.message}`);
  return lines.length ? lines.join('\n\n') : undefined;
}
