// The extension's entry (bundled to dist/extension.js): the language client, the Run / Explain /
// Stop commands and their CodeLenses, the status bar item, progress with Cancel, the output
// channel, and the changelog panel (client/panel.ts) fed by the engine's worker thread.
// Pure logic lives in vscode-free modules (statements.ts, commands.ts, run-protocol.ts,
// sample-data.ts, gateway.ts) with unit tests in test/unit/client*.test.ts.
import * as vscode from 'vscode';
import { dirname } from 'node:path';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ChangelogPanel } from './panel.ts';
import { COMMANDS, documentLabel, effectiveMode, lensArgs, maxRowsSetting, parseRunArgs } from './commands.ts';
import type { RunArgs, RunMode } from './commands.ts';
import { runnableSpans, runTarget } from './statements.ts';
import { EngineRunner } from './engine-runner.ts';
import type { RunHandle } from './engine-runner.ts';
import { endLine, foldMessage, newSummary, statusText } from './run-protocol.ts';
import type { RunSummary } from './run-protocol.ts';
import { sampleCsv, sampleTargets } from './sample-data.ts';
import { runOnGateway } from './gateway.ts';
import type { ExtensionToWebview } from './webview/protocol.ts';

const LANGUAGE = 'flinksql';

/** What activate() returns: read by the end-to-end suite (and usable by other extensions). */
export interface FlinkSqlApi {
  /** the summary of the latest run or explain (rows as Row.toString() lines) */
  lastRun(): RunSummary | undefined;
  /** the run going on for a document, if any */
  isRunning(uri?: vscode.Uri): boolean;
  /** resolves when the language server is up */
  clientReady: Promise<void>;
  /** how long the latest Stop took, from the request to the run's end (ms) */
  lastStopMs(): number | undefined;
}

let client: LanguageClient | undefined;
let runner: EngineRunner | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<FlinkSqlApi> {
  const output = vscode.window.createOutputChannel('Flink SQL', { log: true });
  context.subscriptions.push(output);

  // --- language server (dist/server.js over node IPC) ---
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE }],
    synchronize: { configurationSection: 'flinksql' },
    outputChannel: output,
  };
  client = new LanguageClient('flinksql', 'Flink SQL Language Server', serverOptions, clientOptions);
  const clientReady = client.start().catch((e: unknown) => {
    output.appendLine(`the language server did not start: ${e instanceof Error ? e.message : String(e)}`);
  });

  // --- runs ---
  runner = new EngineRunner({ workerFile: vscode.Uri.joinPath(context.extensionUri, 'dist', 'run-worker.js').fsPath });
  const engine = runner;
  context.subscriptions.push({ dispose: () => engine.dispose() });
  const active = new Map<string, RunHandle>();
  let last: RunSummary | undefined;
  let stopMs: number | undefined;
  const status = vscode.window.createStatusBarItem('flinksql.run', vscode.StatusBarAlignment.Left, 50);
  status.name = 'Flink SQL run';
  context.subscriptions.push(status);
  let statusTimer: NodeJS.Timeout | undefined;
  const setRunningContext = (): void => { void vscode.commands.executeCommand('setContext', 'flinksql.running', active.size > 0); };

  const showStatus = (s: RunSummary, running: boolean): void => {
    status.text = statusText(s);
    status.tooltip = running ? 'Flink SQL: a query is running. Click to stop it.' : 'Flink SQL: the last run';
    status.command = running ? COMMANDS.stop : undefined;
    status.show();
    if (statusTimer) clearTimeout(statusTimer);
    if (!running) statusTimer = setTimeout(() => { if (active.size === 0) status.hide(); }, 10_000);
  };

  /** The document and position a command acts on. */
  async function target(args: RunArgs): Promise<{ doc: vscode.TextDocument; position?: vscode.Position } | undefined> {
    let doc: vscode.TextDocument | undefined;
    let position: vscode.Position | undefined;
    const editor = vscode.window.activeTextEditor;
    if (args.uri) {
      doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
      if (args.position) position = new vscode.Position(args.position.line, args.position.character);
      else if (editor && editor.document.uri.toString() === doc.uri.toString()) position = editor.selection.active;
    } else if (editor) {
      doc = editor.document;
      position = args.position ? new vscode.Position(args.position.line, args.position.character) : editor.selection.active;
    }
    if (!doc) {
      void vscode.window.showInformationMessage('Flink SQL: open a Flink SQL file (.fsql, .flink.sql) to run a query.');
      return undefined;
    }
    return position ? { doc, position } : { doc };
  }

  function baseDirOf(doc: vscode.TextDocument): string {
    if (doc.uri.scheme === 'file') return dirname(doc.uri.fsPath);
    return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? process.cwd();
  }

  async function start(kind: 'run' | 'explain', rawArgs: unknown, forcedMode?: RunMode): Promise<RunSummary | undefined> {
    const args = parseRunArgs(rawArgs);
    if (forcedMode) args.mode = forcedMode;
    const t = await target(args);
    if (!t) return undefined;
    const { doc } = t;
    const key = doc.uri.toString();
    const config = vscode.workspace.getConfiguration('flinksql', doc.uri);
    const mode = effectiveMode(args, config.get('run.defaultMode'));
    const maxRows = maxRowsSetting(config.get('run.maxRows'));
    const label = documentLabel(key);
    const tgt = runTarget(doc.getText(), t.position ? { line: t.position.line, character: t.position.character } : undefined);

    await active.get(key)?.stop();
    const panel = ChangelogPanel.show(context, doc.uri);
    const runId = EngineRunner.newRunId();
    output.appendLine(`${kind === 'run' ? 'Run' : 'Explain'} ${label}${tgt.statement ? ` (statement at line ${tgt.statement.range.start.line + 1})` : ' (whole file)'}, ${mode} mode`);
    const handle = engine.start({
      type: kind, runId, text: tgt.text, documentUri: key, documentLabel: label, baseDir: baseDirOf(doc), mode, maxRows,
      ...(tgt.at ? { at: tgt.at } : {}),
    }, (m) => toPanel(panel, handle.summary, m));
    const s = await follow(key, handle, panel, `running ${label}`);
    if (kind === 'explain' && s.explain) output.appendLine(s.explain);
    output.appendLine(endLine(s, label));
    if (engine.reachedMaxRows(runId)) output.appendLine(`stopped at flinksql.run.maxRows = ${maxRows}`);
    if (s.state === 'failed' && s.error) {
      void vscode.window.showErrorMessage(`Flink SQL: ${s.error.exceptionClass.split('.').pop()}: ${s.error.message}`);
    }
    return s;
  }

  /** A run's message to its panel, and the status bar updated; the delivery paces the run. */
  function toPanel(panel: ChangelogPanel, summary: RunSummary, m: ExtensionToWebview): Promise<void> {
    const delivered = panel.post(m);
    if (m.type === 'rows' || m.type === 'done' || m.type === 'error') showStatus(summary, m.type === 'rows');
    return delivered;
  }

  /**
   * Follows a run (embedded or on a cluster) until it ends: the document's active run (so Stop
   * and a new run stop it), the status bar, the panel's Stop, and after a second a notification
   * with Cancel.
   */
  async function follow(key: string, handle: RunHandle, panel: ChangelogPanel, title: string): Promise<RunSummary> {
    last = handle.summary;
    active.set(key, handle);
    setRunningContext();
    const stopSub = panel.onDidReceiveMessage((m) => { if (m.type === 'stop' && m.runId === handle.runId) void handle.stop(); });
    showStatus(handle.summary, true);
    const progressTimer = setTimeout(() => {
      if (handle.summary.state !== 'running') return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Flink SQL: ${title}`, cancellable: true }, async (progress, token) => {
        token.onCancellationRequested(() => { void handle.stop(); });
        const tick = setInterval(() => progress.report({ message: `${handle.summary.changes.toLocaleString('en-US')} changes` }), 250);
        try { await handle.finished; } finally { clearInterval(tick); }
      });
    }, 1000);
    const s = await handle.finished;
    clearTimeout(progressTimer);
    stopSub.dispose();
    if (active.get(key) === handle) active.delete(key);
    setRunningContext();
    showStatus(s, false);
    return s;
  }

  /** Run on Flink Cluster: the statement under the cursor, through the SQL Gateway (client/gateway.ts). */
  async function runOnCluster(rawArgs: unknown): Promise<RunSummary | undefined> {
    const t = await target(parseRunArgs(rawArgs));
    if (!t) return undefined;
    const { doc } = t;
    const key = doc.uri.toString();
    const label = documentLabel(key);
    const config = vscode.workspace.getConfiguration('flinksql', doc.uri);
    const gatewayUrl = config.get<string>('gatewayUrl') || 'http://127.0.0.1:8083';
    const tgt = runTarget(doc.getText(), t.position ? { line: t.position.line, character: t.position.character } : undefined);
    await active.get(key)?.stop();
    const panel = ChangelogPanel.show(context, doc.uri);
    const runId = EngineRunner.newRunId();
    const summary = newSummary(runId);
    const ac = new AbortController();
    let settle!: (s: RunSummary) => void;
    const finished = new Promise<RunSummary>((r) => { settle = r; });
    const handle: RunHandle = { runId, summary, finished, stop: async () => { ac.abort(); await finished; } };
    output.appendLine(`Run on Flink cluster ${gatewayUrl}: ${label}`);
    void runOnGateway({
      gatewayUrl, text: tgt.text, documentUri: key, documentLabel: label, signal: ac.signal, runId, ...(tgt.at ? { at: tgt.at } : {}),
      // relative paths and CSV headers as the embedded engine reads them (client/cluster-files.ts)
      baseDir: baseDirOf(doc),
      maxRows: maxRowsSetting(config.get('run.maxRows')),
      post: (m) => { foldMessage(summary, m); return toPanel(panel, summary, m); },
      log: (l) => output.appendLine(l),
    }).then((r) => {
      if (summary.state === 'running') summary.state = r.stopped || ac.signal.aborted ? 'stopped' : r.error ? 'failed' : 'done';
      if (r.error && !summary.error) summary.error = { exceptionClass: 'org.apache.flink.table.gateway.api.utils.SqlGatewayException', message: r.error };
      const at = r.failure?.location ? ` (line ${r.failure.location.line}, column ${r.failure.location.column})` : '';
      if (r.error) void vscode.window.showErrorMessage(`Flink SQL (cluster): ${r.error.split('\n')[0]}${at}`);
    }, (e: unknown) => {
      summary.state = 'failed';
      summary.error = { exceptionClass: 'java.lang.RuntimeException', message: e instanceof Error ? e.message : String(e) };
    }).finally(() => settle(summary));
    const s = await follow(key, handle, panel, `running ${label} on ${gatewayUrl}`);
    output.appendLine(endLine(s, `${label} on the cluster`));
    return s;
  }

  async function stop(rawArgs: unknown): Promise<void> {
    const args = parseRunArgs(rawArgs);
    const key = args.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
    const handles = key && active.has(key) ? [active.get(key)!] : [...active.values()];
    if (handles.length === 0) { void vscode.window.setStatusBarMessage('Flink SQL: nothing is running', 3000); return; }
    const t0 = performance.now();
    await Promise.all(handles.map(async (h) => { await h.stop(); await h.finished; }));
    stopMs = performance.now() - t0;
    output.appendLine(`stopped in ${Math.round(stopMs)} ms`);
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.runQuery, (a?: unknown) => start('run', a)),
    vscode.commands.registerCommand(COMMANDS.runQueryBatch, (a?: unknown) => start('run', a, 'batch')),
    vscode.commands.registerCommand(COMMANDS.explainChangelog, (a?: unknown) => start('explain', a)),
    vscode.commands.registerCommand(COMMANDS.stop, (a?: unknown) => stop(a)),
    vscode.commands.registerCommand(COMMANDS.generateSampleData, (a?: unknown) => generateSampleData(a, output)),
    vscode.commands.registerCommand(COMMANDS.runOnCluster, (a?: unknown) => runOnCluster(a)),
  );

  // --- CodeLens: Run | Explain above every SELECT and INSERT ---
  const lensEvents = new vscode.EventEmitter<void>();
  context.subscriptions.push(lensEvents, vscode.languages.registerCodeLensProvider({ language: LANGUAGE }, {
    onDidChangeCodeLenses: lensEvents.event,
    provideCodeLenses(doc) {
      const uri = doc.uri.toString();
      const lenses: vscode.CodeLens[] = [];
      for (const s of runnableSpans(doc.getText())) {
        const r = new vscode.Range(s.range.start.line, s.range.start.character, s.range.start.line, s.range.start.character);
        const args = lensArgs(uri, s.range.start);
        lenses.push(
          new vscode.CodeLens(r, { title: '$(play) Run', tooltip: 'Run this statement on the embedded engine and show its changelog', command: COMMANDS.runQuery, arguments: [args] }),
          new vscode.CodeLens(r, { title: 'Explain', tooltip: 'Show the operators and their changelog modes', command: COMMANDS.explainChangelog, arguments: [args] }),
        );
      }
      return lenses;
    },
  }));

  // --- panels revived after a reload: run their document again (rows are not kept) ---
  ChangelogPanel.registerSerializer(context, (_panel, state) => {
    if (state?.documentUri) void start('run', { uri: state.documentUri });
  });

  return {
    lastRun: () => last,
    isRunning: (uri?: vscode.Uri) => (uri ? active.has(uri.toString()) : active.size > 0),
    clientReady: clientReady.then(() => undefined),
    lastStopMs: () => stopMs,
  };
}

async function generateSampleData(rawArgs: unknown, output: vscode.OutputChannel): Promise<void> {
  const args = parseRunArgs(rawArgs);
  const editor = vscode.window.activeTextEditor;
  const doc = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : editor?.document;
  if (!doc) { void vscode.window.showInformationMessage('Flink SQL: open a file with CREATE TABLE statements first.'); return; }
  const text = doc.getText();
  const tables = sampleTargets(text);
  if (tables.length === 0) { void vscode.window.showInformationMessage('Flink SQL: no CREATE TABLE in this file to generate data for.'); return; }
  const a = rawArgs as { table?: unknown; rows?: unknown; overwrite?: unknown } | undefined;
  let table = typeof a?.table === 'string' ? tables.find((t) => t.name.toLowerCase() === (a.table as string).toLowerCase()) : undefined;
  if (!table) {
    const pick = tables.length === 1 ? tables[0] : await vscode.window.showQuickPick(
      tables.map((t) => ({ label: t.name, description: t.path ?? `${t.name}.csv`, t })), { title: 'Generate sample data for' },
    ).then((p) => p?.t);
    if (!pick) return;
    table = pick;
  }
  let rows = typeof a?.rows === 'number' ? a.rows : undefined;
  if (rows === undefined) {
    const v = await vscode.window.showInputBox({ title: `Rows for ${table.name}`, value: '20', validateInput: (s) => (/^\d+$/.test(s) && Number(s) > 0 ? undefined : 'a positive number') });
    if (!v) return;
    rows = Number(v);
  }
  const base = doc.uri.scheme === 'file' ? vscode.Uri.file(dirname(doc.uri.fsPath)) : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!base) return;
  const target = vscode.Uri.joinPath(base, table.path ?? `${table.name}.csv`);
  const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
  if (exists && a?.overwrite !== true) {
    const ok = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target)} exists. Replace it?`, { modal: true }, 'Replace');
    if (ok !== 'Replace') return;
  }
  const csv = sampleCsv(text, table.name, rows);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(csv));
  output.appendLine(`wrote ${rows} rows for ${table.name} to ${target.fsPath}`);
  void vscode.window.showInformationMessage(`Flink SQL: wrote ${rows} sample rows to ${vscode.workspace.asRelativePath(target)}`);
}

export async function deactivate(): Promise<void> {
  runner?.dispose();
  await client?.stop();
}
