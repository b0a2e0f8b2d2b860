// Where the server meets the engine's semantic analysis (engine/analysis, engine/index.ts).
// Until the engine exports it, there is none and the server reports syntax diagnostics only.
// When it lands: `import { analyze } from '../engine/index.ts'` and adapt its result here to
// `Diagnostic[]` (engine/diagnostics.ts), with `catalogText` (DDL of flinksql.catalogFiles)
// visible to the document's queries.
import type { Diagnostic } from '../engine/diagnostics.ts';

export const engineAnalyzer: ((text: string, options: { catalogText?: string }) => Diagnostic[]) | undefined = undefined;
