// The Flink SQL language server: LSP in, engine out. Transport-agnostic: main.ts (dist/server.js)
// and cli/lsp.ts (`flinksql lsp --stdio`) create the connection and call startServer().
// Invariant: never imports `vscode`; every handler is wrapped by `safe()`, so an exception in a
// feature becomes a logged error and an empty answer, never a dead server.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import type {
  ClientCapabilities,
  Connection,
  Diagnostic as LspDiagnostic,
  InitializeParams,
  InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../engine/diagnostics.ts';
import { IncrementalDiagnoser } from './diagnose.ts';
import { buildModel } from './model.ts';
import type { DeclInfo, DocumentModel } from './model.ts';
import { DEFAULT_SETTINGS, loadCatalogFiles, settingsFrom } from './settings.ts';
import type { CatalogFiles, Settings } from './settings.ts';
import { documentSymbols } from './features/symbols.ts';
import { foldingRanges } from './features/folding.ts';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens.ts';
import { formatDocument, formatRange } from './features/format.ts';
import { complete } from './features/completion.ts';
import { hover } from './features/hover.ts';
import { definition, documentHighlights, prepareRename, references, rename } from './features/navigation.ts';
import { signatureHelp } from './features/signature.ts';
import { codeActions } from './features/codeActions.ts';
import { VERSION } from '../engine/version.ts';
import { isReserved } from './lexer.ts';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  return { range: d.range, severity: SEVERITY[d.severity] ?? 1, code: d.code, source: 'flinksql', message: d.message };
}

/** What one version of a document yields; computed lazily, at most once per version. */
export interface Analysis {
  uri: string;
  version: number;
  doc: TextDocument;
  model: DocumentModel;
  external: DeclInfo[];
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const diagnosers = new Map<string, IncrementalDiagnoser>();
  const analyses = new Map<string, Analysis>();
  const diagnosticsCache = new Map<string, { version: number; items: LspDiagnostic[] }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let catalog: CatalogFiles = { text: '', decls: [] };
  let workspaceFolders: string[] = [];
  let pullDiagnostics = false;
  let configurationSupport = false;
  let debounceMs = 150;

  const log = (msg: string): void => connection.console.error(msg);
  // The server never dies on a document: a stray rejection or exception is logged, not fatal.
  process.on('unhandledRejection', (e) => log(`flinksql: unhandled rejection failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  process.on('uncaughtException', (e) => log(`flinksql: uncaught exception failed: ${e.stack ?? e.message}`));
  let refreshSupport = false;
  let watchedFilesSupport = false;

  function safe<P extends unknown[], R>(name: string, fallback: R, fn: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
    return async (...args: P) => {
      try {
        return await fn(...args);
      } catch (e) {
        log(`flinksql: ${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        return fallback;
      }
    };
  }

  function analysis(uri: string): Analysis | undefined {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const cached = analyses.get(uri);
    if (cached && cached.version === doc.version && cached.external === catalog.decls) return cached;
    const a: Analysis = { uri, version: doc.version, doc, model: buildModel(doc.getText(), catalog.decls), external: catalog.decls };
    analyses.set(uri, a);
    return a;
  }

  function diagnostics(uri: string): LspDiagnostic[] {
    const doc = documents.get(uri);
    if (!doc) return [];
    const cached = diagnosticsCache.get(uri);
    if (cached && cached.version === doc.version) return cached.items;
    let d = diagnosers.get(uri);
    if (!d) diagnosers.set(uri, (d = new IncrementalDiagnoser()));
    const opts: Parameters<IncrementalDiagnoser['diagnose']>[1] = { maxDiagnostics: settings.maxDiagnostics };
    if (catalog.text) opts.catalogText = catalog.text;
    const items = d.diagnose(doc.getText(), opts).map(toLspDiagnostic);
    diagnosticsCache.set(uri, { version: doc.version, items });
    return items;
  }

  function publish(uri: string): void {
    const doc = documents.get(uri);
    if (!doc) return;
    try {
      const items = diagnostics(uri);
      void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: items }).catch(() => undefined);
    } catch (e) {
      log(`flinksql: diagnostics failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  }

  function schedule(uri: string): void {
    if (pullDiagnostics) return;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    if (debounceMs <= 0) { publish(uri); return; }
    timers.set(uri, setTimeout(() => { timers.delete(uri); publish(uri); }, debounceMs));
  }

  async function refreshSettings(): Promise<void> {
    if (configurationSupport) {
      const raw = (await connection.workspace.getConfiguration({ section: 'flinksql' })) as unknown;
      settings = settingsFrom(raw);
    }
    await watchCatalogFiles();
    reloadCatalog();
  }

  /** Ask the client to tell us when a catalog file changes on disk (when it can). */
  let watching: { dispose(): void } | undefined;
  let watchedGlobs = '';
  async function watchCatalogFiles(): Promise<void> {
    const key = JSON.stringify(settings.catalogFiles);
    if (!watchedFilesSupport || key === watchedGlobs) return;
    watchedGlobs = key;
    watching?.dispose();
    watching = undefined;
    if (settings.catalogFiles.length === 0) return;
    watching = await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: settings.catalogFiles.map((g) => ({ globPattern: g.startsWith('/') ? g : `**/${g.replace(/^\.\//, '')}` })),
    }).catch(() => undefined);
  }

  function reloadCatalog(): void {
    catalog = loadCatalogFiles(settings.catalogFiles, workspaceFolders, log);
    diagnosticsCache.clear();
    if (pullDiagnostics) { if (refreshSupport) void connection.languages.diagnostics.refresh().catch(() => undefined); }
    else for (const doc of documents.all()) schedule(doc.uri);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps: ClientCapabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    pullDiagnostics = !!caps.textDocument?.diagnostic && init['pushDiagnostics'] !== true;
    configurationSupport = !!caps.workspace?.configuration;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    watchedFilesSupport = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    if (typeof init['debounceMs'] === 'number') debounceMs = init['debounceMs'];
    if (init['settings']) settings = settingsFrom(init['settings']);
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (workspaceFolders.length === 0 && params.rootUri) {
      const p = uriToPath(params.rootUri);
      if (p) workspaceFolders.push(p);
    }
    const result: InitializeResult = {
      serverInfo: { name: 'flinksql', version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        completionProvider: { triggerCharacters: ['.', "'", ' ', '('], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [','] },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
    };
    if (pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'flinksql', interFileDependencies: true, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(safe('initialized', undefined, async () => {
    if (configurationSupport) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'flinksql' }).catch(() => undefined);
    }
    await refreshSettings();
  }));

  connection.onDidChangeConfiguration(safe('didChangeConfiguration', undefined, async (change) => {
    if (!configurationSupport) {
      const s = (change.settings as Record<string, unknown> | undefined)?.['flinksql'];
      if (s) settings = settingsFrom(s);
    }
    await refreshSettings();
  }));

  // a catalog file changed: on disk (watched) or saved from the editor
  connection.onDidChangeWatchedFiles(safe('didChangeWatchedFiles', undefined, () => reloadCatalog()));
  documents.onDidSave((e) => {
    if (catalog.decls.some((d) => d.source === e.document.uri)) reloadCatalog();
  });
  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    analyses.delete(uri);
    diagnosers.delete(uri);
    diagnosticsCache.delete(uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] }).catch(() => undefined);
  });

  connection.languages.diagnostics.on(safe('diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] as LspDiagnostic[] }, (params) => {
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics(params.textDocument.uri) };
  }));

  const empty: never[] = [];
  connection.onDocumentSymbol(safe('documentSymbol', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? documentSymbols(a) : [];
  }));
  connection.onFoldingRanges(safe('foldingRange', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? foldingRanges(a) : [];
  }));
  connection.languages.semanticTokens.on(safe('semanticTokens', { data: [] as number[] }, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? semanticTokens(a) : { data: [] };
  }));
  connection.onDocumentFormatting(safe('formatting', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? formatDocument(a, p.options) : [];
  }));
  connection.onDocumentRangeFormatting(safe('rangeFormatting', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? formatRange(a, p.range, p.options) : [];
  }));
  connection.onCompletion(safe('completion', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? complete(a, a.doc.offsetAt(p.position)) : [];
  }));
  connection.onHover(safe('hover', null, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? hover(a, a.doc.offsetAt(p.position), catalog.text) : null;
  }));
  connection.onDefinition(safe('definition', null, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? definition(a, a.doc.offsetAt(p.position)) : null;
  }));
  connection.onReferences(safe('references', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? references(a, a.doc.offsetAt(p.position), p.context.includeDeclaration) : [];
  }));
  connection.onDocumentHighlight(safe('documentHighlight', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? documentHighlights(a, a.doc.offsetAt(p.position)) : [];
  }));
  connection.onPrepareRename(safe('prepareRename', null, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? prepareRename(a, a.doc.offsetAt(p.position)) : null;
  }));
  connection.onRenameRequest(safe('rename', null, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? rename(a, a.doc.offsetAt(p.position), p.newName, isReserved) : null;
  }));
  connection.onSignatureHelp(safe('signatureHelp', null, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? signatureHelp(a, a.doc.offsetAt(p.position)) : null;
  }));

  connection.onCodeAction(safe('codeAction', empty, (p) => {
    const a = analysis(p.textDocument.uri);
    return a ? codeActions(a, p.range, p.context.diagnostics) : [];
  }));

  documents.listen(connection);
  connection.listen();
}

function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file://')) return undefined;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return undefined;
  }
}
