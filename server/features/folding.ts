// Folding: multi-line statements, parenthesised blocks, block comments, runs of line comments,
// and `-- #region` / `-- #endregion` markers.
import { FoldingRangeKind } from 'vscode-languageserver';
import type { FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../server.ts';

export function foldingRanges(a: Analysis): FoldingRange[] {
  const { doc, model } = a;
  const line = (o: number) => doc.positionAt(o).line;
  const out: FoldingRange[] = [];
  const add = (s: number, e: number, kind?: FoldingRangeKind) => {
    const sl = line(s), el = line(e);
    if (el > sl) out.push(kind ? { startLine: sl, endLine: el, kind } : { startLine: sl, endLine: el });
  };
  for (const st of model.statements) add(st.span.start, st.span.endWithSemicolon);
  const stack: number[] = [];
  const regions: number[] = [];
  let commentRun: [number, number] | undefined;
  const flushRun = () => {
    if (commentRun) add(commentRun[0], commentRun[1], FoldingRangeKind.Comment);
    commentRun = undefined;
  };
  for (const t of model.tokens) {
    if (t.kind === 'lineComment') {
      const body = t.text.replace(/^(--|\/\/)\s*/, '');
      if (/^#region\b/i.test(body)) { flushRun(); regions.push(t.start); continue; }
      if (/^#endregion\b/i.test(body)) {
        flushRun();
        const s = regions.pop();
        if (s !== undefined) add(s, t.start, FoldingRangeKind.Region);
        continue;
      }
      if (commentRun && line(t.start) === line(commentRun[1]) + 1) commentRun[1] = t.start;
      else { flushRun(); commentRun = [t.start, t.start]; }
      continue;
    }
    flushRun();
    if (t.kind === 'blockComment') { add(t.start, t.end, FoldingRangeKind.Comment); continue; }
    if (t.kind !== 'punct') continue;
    if (t.text === '(') stack.push(t.start);
    else if (t.text === ')') {
      const s = stack.pop();
      if (s !== undefined) {
        // fold up to the line before the `)` so the closing line stays visible
        const sl = line(s), el = line(t.start) - 1;
        if (el > sl) out.push({ startLine: sl, endLine: el });
      }
    }
  }
  flushRun();
  out.sort((x, y) => x.startLine - y.startLine || y.endLine - x.endLine);
  // one range per start line (the widest), as editors show one chevron per line
  return out.filter((r, i) => i === 0 || out[i - 1]!.startLine !== r.startLine);
}
