// The changelog panel's host in the extension: one WebviewPanel per document, revived after a
// reload by a serializer, talking to the UI (client/webview/) by the messages of protocol.ts.
//
// API for client/extension.ts:
//
//   import { ChangelogPanel } from './panel.ts';
//   // once, in activate():
//   ChangelogPanel.registerSerializer(context, (panel, state) => { /* optionally re-run state.documentUri */ });
//   // on Run:
//   const panel = ChangelogPanel.show(context, document.uri);      // creates or reveals; never two per document
//   panel.post({ v: PROTOCOL_VERSION, type: 'runStarted', runId, document: { uri, label }, query, mode, sinks, sources });
//   panel.post({ v: PROTOCOL_VERSION, type: 'rows', runId, sink: 0, changes: [...] });   // pages of ~5,000
//   panel.post({ ...type: 'progress' | 'explain' | 'done' | 'error' });
//   panel.onDidReceiveMessage((m) => { if (m.type === 'stop') cancel(m.runId); });
//   panel.onDidDispose(() => ...);
//
// post() queues messages until the webview says `ready`, so a run may start posting right after
// show(). `reveal` messages (the user clicked an error's location) are handled here: the panel
// opens the document and selects the range; they are also passed to onDidReceiveMessage.
// Only this file imports `vscode`; the HTML comes from the pure builder in webview/html.ts.
import * as vscode from 'vscode';
import type { ExtensionToWebview, PanelState, SourceLocation, WebviewToExtension } from './webview/protocol.ts';
import { isWebviewToExtension } from './webview/protocol.ts';
import { buildPanelHtml, makeNonce } from './webview/html.ts';

export const CHANGELOG_VIEW_TYPE = 'flinksql.changelog';

export class ChangelogPanel {
  private static readonly panels = new Map<string, ChangelogPanel>();

  /** Opens the panel for `documentUri`, or reveals the one that exists. */
  static show(context: vscode.ExtensionContext, documentUri: vscode.Uri, column?: vscode.ViewColumn): ChangelogPanel {
    const key = documentUri.toString();
    const existing = ChangelogPanel.panels.get(key);
    if (existing) {
      existing.panel.reveal(column ?? existing.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      CHANGELOG_VIEW_TYPE,
      titleFor(documentUri),
      { viewColumn: column ?? vscode.ViewColumn.Beside, preserveFocus: true },
      ChangelogPanel.webviewOptions(context),
    );
    return new ChangelogPanel(context, panel, key);
  }

  /** The open panel of a document, if any. */
  static get(documentUri: vscode.Uri): ChangelogPanel | undefined {
    return ChangelogPanel.panels.get(documentUri.toString());
  }

  /**
   * Revives panels after a window reload. `onRevive` gets the panel and the small UI state the
   * webview had saved (its documentUri says which document it showed); rows are not kept, so
   * the extension may run the query again.
   */
  static registerSerializer(
    context: vscode.ExtensionContext,
    onRevive?: (panel: ChangelogPanel, state: PanelState | undefined) => void,
  ): vscode.Disposable {
    const d = vscode.window.registerWebviewPanelSerializer(CHANGELOG_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown) {
        const s = state as PanelState | undefined;
        const key = s?.documentUri ?? `untitled:changelog-${Date.now()}`;
        const old = ChangelogPanel.panels.get(key);
        if (old) old.dispose();
        webviewPanel.webview.options = ChangelogPanel.webviewOptions(context);
        const p = new ChangelogPanel(context, webviewPanel, key);
        onRevive?.(p, s);
      },
    });
    context.subscriptions.push(d);
    return d;
  }

  private static webviewOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      // The UI keeps up to millions of changes in compact arrays; re-sending them each time the
      // tab is shown again would cost more than keeping the hidden webview alive.
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
    };
  }

  readonly panel: vscode.WebviewPanel;
  readonly documentKey: string;
  private readonly received = new vscode.EventEmitter<WebviewToExtension>();
  private readonly disposed = new vscode.EventEmitter<void>();
  /** Messages from the webview (ready, reveal, stop). */
  readonly onDidReceiveMessage: vscode.Event<WebviewToExtension> = this.received.event;
  readonly onDidDispose: vscode.Event<void> = this.disposed.event;
  private ready = false;
  private isDisposed = false;
  private queue: { message: ExtensionToWebview; delivered: () => void }[] = [];
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, key: string) {
    this.panel = panel;
    this.documentKey = key;
    ChangelogPanel.panels.set(key, this);
    const webview = panel.webview;
    webview.html = buildPanelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'panel.css')).toString(),
      title: panel.title,
    });
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'changelog.svg');
    this.disposables.push(
      webview.onDidReceiveMessage((m: unknown) => this.onMessage(m)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /**
   * Sends a message to the UI; queued until the UI is ready. Settles once VS Code has handed it
   * to the webview (never rejects), which the run's flow control waits for.
   */
  post(message: ExtensionToWebview): Promise<void> {
    if (this.isDisposed) return Promise.resolve();
    if (!this.ready) return new Promise<void>((res) => { this.queue.push({ message, delivered: res }); });
    return this.send(message);
  }

  private send(message: ExtensionToWebview): Promise<void> {
    return Promise.resolve(this.panel.webview.postMessage(message)).then(() => undefined, () => undefined);
  }

  reveal(column?: vscode.ViewColumn): void { this.panel.reveal(column, true); }

  private onMessage(m: unknown): void {
    if (!isWebviewToExtension(m)) return;
    if (m.type === 'ready') {
      // A reload of the webview (or its first load): flush what was posted meanwhile.
      this.ready = true;
      const q = this.queue;
      this.queue = [];
      for (const x of q) void this.send(x.message).then(x.delivered);
    } else if (m.type === 'reveal') {
      void revealLocation(m.location);
    }
    this.received.fire(m);
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    if (ChangelogPanel.panels.get(this.documentKey) === this) ChangelogPanel.panels.delete(this.documentKey);
    for (const x of this.queue.splice(0)) x.delivered();
    this.disposed.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.received.dispose();
    this.disposed.dispose();
    this.panel.dispose();
  }
}

function titleFor(uri: vscode.Uri): string {
  const name = uri.path.split('/').pop() || uri.toString();
  return `Changelog: ${name}`;
}

/** Opens the document and selects the 1-based location the webview names. */
export async function revealLocation(loc: SourceLocation): Promise<void> {
  const uri = vscode.Uri.parse(loc.uri);
  const start = new vscode.Position(Math.max(0, loc.line - 1), Math.max(0, loc.column - 1));
  const end = loc.endLine !== undefined
    ? new vscode.Position(Math.max(0, loc.endLine - 1), Math.max(0, (loc.endColumn ?? loc.column) - 1))
    : start;
  const doc = await vscode.workspace.openTextDocument(uri);
  const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  await vscode.window.showTextDocument(doc, {
    viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(start, end),
    preserveFocus: false,
  });
}
