// Command ids and their arguments, shared by package.json's `contributes`, the CodeLenses and the
// tests. No `vscode` here (unit-tested).
import type { Position } from '../engine/diagnostics.ts';

export const COMMANDS = {
  runQuery: 'flinksql.runQuery',
  runQueryBatch: 'flinksql.runQueryBatch',
  explainChangelog: 'flinksql.explainChangelog',
  stop: 'flinksql.stop',
  generateSampleData: 'flinksql.generateSampleData',
  runOnCluster: 'flinksql.runOnCluster',
} as const;

export type CommandId = typeof COMMANDS[keyof typeof COMMANDS];
export type RunMode = 'streaming' | 'batch';

/** What a Run / Explain command acts on, however it was invoked. */
export interface RunArgs {
  /** the document (a URI string); absent: the active editor's */
  uri?: string;
  /** where in it; absent: the active editor's cursor (palette) or the whole file (explorer menu) */
  position?: Position;
  mode?: RunMode;
}

/**
 * Normalizes a command's arguments:
 *  - a CodeLens passes `{ uri, line, character }` (plain JSON, so it survives serialization),
 *  - the editor title / explorer menus pass the resource's Uri (an object with `scheme`, `path`
 *    and `toString()`),
 *  - keybindings and tests may pass a URI string, or `{ uri, mode }`,
 *  - the command palette passes nothing.
 */
export function parseRunArgs(arg: unknown): RunArgs {
  if (arg === undefined || arg === null) return {};
  if (typeof arg === 'string') return arg ? { uri: arg } : {};
  if (typeof arg !== 'object') return {};
  const o = arg as Record<string, unknown>;
  if (typeof o['scheme'] === 'string' && typeof o['path'] === 'string' && typeof o['toString'] === 'function' && !('uri' in o)) {
    return { uri: String((o as { toString(): string }).toString()) };
  }
  const out: RunArgs = {};
  const uri = o['uri'];
  if (typeof uri === 'string' && uri) out.uri = uri;
  else if (uri && typeof uri === 'object' && typeof (uri as { toString(): string }).toString === 'function') out.uri = String(uri);
  const line = o['line'], character = o['character'];
  if (isIndex(line)) out.position = { line, character: isIndex(character) ? character : 0 };
  const pos = o['position'] as Record<string, unknown> | undefined;
  if (!out.position && pos && isIndex(pos['line'])) out.position = { line: pos['line'], character: isIndex(pos['character']) ? pos['character'] : 0 };
  if (o['mode'] === 'batch' || o['mode'] === 'streaming') out.mode = o['mode'];
  return out;
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** The lens arguments for a statement starting at `start` in document `uri`. */
export function lensArgs(uri: string, start: Position): { uri: string; line: number; character: number } {
  return { uri, line: start.line, character: start.character };
}

/** The mode a run uses: the command's, else the setting, else streaming. */
export function effectiveMode(args: RunArgs, setting: unknown): RunMode {
  if (args.mode) return args.mode;
  return setting === 'batch' ? 'batch' : 'streaming';
}

/** `flinksql.run.maxRows`: a positive integer, else the default. */
export function maxRowsSetting(v: unknown, fallback = 100_000): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
}

/** The display name of a document for titles and messages: its file name. */
export function documentLabel(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try { return decodeURIComponent(name) || uri; } catch { return name || uri; }
}
