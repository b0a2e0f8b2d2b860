// The settings the server uses, under `flinksql.*`, read through workspace/configuration (the
// extension contributes them in package.json), and the DDL files named by `flinksql.catalogFiles`.
// Runs (`flinksql.run.*`, `flinksql.gatewayUrl`) belong to the extension's worker, not the server.
import { globSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildModel } from './model.ts';
import type { DeclInfo } from './model.ts';

export interface Settings {
  /** Globs (relative to each workspace folder) of DDL files whose tables queries may use. */
  catalogFiles: string[];
  /** At most this many diagnostics per document. */
  maxDiagnostics: number;
}

export const DEFAULT_SETTINGS: Settings = {
  catalogFiles: [],
  maxDiagnostics: 1000,
};

export function settingsFrom(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d);
  const cf = r['catalogFiles'];
  return {
    catalogFiles: Array.isArray(cf) ? cf.filter((x): x is string => typeof x === 'string') : typeof cf === 'string' && cf ? [cf] : [],
    maxDiagnostics: num(r['maxDiagnostics'], DEFAULT_SETTINGS.maxDiagnostics),
  };
}

export interface CatalogFiles {
  /** The DDL statements of every catalog file, concatenated (for the engine's analysis). */
  text: string;
  /** Their declarations, with `source` set to the file's uri (for completion, hover, definition). */
  decls: DeclInfo[];
}

export function loadCatalogFiles(globs: string[], folders: string[], log: (m: string) => void): CatalogFiles {
  const files = new Set<string>();
  for (const g of globs) {
    const bases = isAbsolute(g) ? ['/'] : folders.length ? folders : [process.cwd()];
    for (const base of bases) {
      try {
        for (const f of globSync(g, { cwd: base })) files.add(resolve(base, f));
      } catch (e) {
        log(`flinksql: bad catalogFiles glob ${g}: ${String(e)}`);
      }
    }
  }
  let text = '';
  const decls: DeclInfo[] = [];
  for (const file of [...files].sort()) {
    try {
      const src = readFileSync(file, 'utf8');
      const uri = pathToFileURL(file).href;
      const model = buildModel(src);
      for (const st of model.statements) {
        if (!st.decl) continue;
        text += src.slice(st.span.start, st.span.end) + ';\n';
        decls.push({ ...st.decl, source: uri, sourceText: src });
      }
    } catch (e) {
      log(`flinksql: cannot read catalog file ${file}: ${String(e)}`);
    }
  }
  return { text, decls };
}
