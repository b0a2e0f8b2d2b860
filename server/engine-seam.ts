// Where the server meets the engine's semantic analysis: engine/index.ts analyzeDocument() gives,
// per statement, the plan (changelog modes) or Flink's error with its class, message and range.
// Diagnostics, the changelog hover and code actions all read the same analysis, computed once
// per document text (memoized).
//
// Codes: the engine's errors carry Flink's exception class, not a code; until engine/codes.ts
// gets a semantic group, the server assigns these (stable, documented here):
//   FSQL100  Flink's validator rejects the statement (ValidationException, SqlValidatorException:
//            unknown table/column/function, types, time attributes, ...)
//   FSQL110  the sink cannot consume the query's changelog (TableException: "... doesn't support
//            consuming update changes ...") and other planner rejections (TableException)
// Errors of what the embedded engine does not support yet (NotSupportedYet) are not diagnostics:
// they are not faults of the user's SQL.
import { analyzeDocument } from '../engine/index.ts';
import type { StatementAnalysis } from '../engine/index.ts';
import type { Diagnostic } from '../engine/diagnostics.ts';

type Parse = NonNullable<Parameters<typeof analyzeDocument>[1]>['parse'];
let parseOverride: Parse | undefined;
/** Tests: analyse with another parser (the engine's mini parser) until the real one lands. */
export function setEngineParser(p: Parse | undefined): void {
  parseOverride = p;
  memo = undefined;
}

export interface DocumentAnalysis {
  statements: StatementAnalysis[];
}

let memo: { text: string; catalogText: string; result: DocumentAnalysis } | undefined;

/** The engine's analysis of a document (never throws; memoized on the text). */
export function documentAnalysis(text: string, catalogText = ''): DocumentAnalysis {
  if (memo && memo.text === text && memo.catalogText === catalogText) return memo.result;
  let result: DocumentAnalysis;
  try {
    const opts: NonNullable<Parameters<typeof analyzeDocument>[1]> = {};
    if (catalogText) opts.catalogTexts = [catalogText];
    if (parseOverride) opts.parse = parseOverride;
    result = { statements: analyzeDocument(text, opts).statements };
  } catch {
    result = { statements: [] };
  }
  memo = { text, catalogText, result };
  return result;
}

const NOT_SUPPORTED = 'NotSupportedYet';

function codeOf(className: string): string {
  return className.endsWith('TableException') ? 'FSQL110' : 'FSQL100';
}

export function engineAnalyzer(text: string, options: { catalogText?: string }): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of documentAnalysis(text, options.catalogText ?? '').statements) {
    const e = s.error;
    if (!e || e.className === NOT_SUPPORTED || e.className.endsWith('ParseException')) continue;
    const range = e.range ?? s.statement.range;
    const short = e.className.slice(e.className.lastIndexOf('.') + 1);
    out.push({ code: codeOf(e.className), severity: 'error', message: `${short}: ${e.message}`, range });
  }
  return out;
}
