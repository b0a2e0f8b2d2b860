// A stand-in for the `vscode` module, just big enough for client/panel.ts: it records what the
// panel does (panels created, HTML, messages posted, documents shown) for panel-host.test.ts.
export const calls: { kind: string; args: unknown[] }[] = [];

export class Uri {
  readonly scheme: string; readonly path: string; readonly authority: string;
  constructor(scheme: string, path: string, authority = '') { this.scheme = scheme; this.path = path; this.authority = authority; }
  static file(p: string): Uri { return new Uri('file', p); }
  static parse(s: string): Uri { const m = /^(\w[\w+.-]*):(?:\/\/)?(.*)$/.exec(s)!; return new Uri(m[1]!, m[2]!.startsWith('/') ? m[2]! : '/' + m[2]!); }
  static joinPath(u: Uri, ...parts: string[]): Uri { return new Uri(u.scheme, [u.path.replace(/\/$/, ''), ...parts].join('/')); }
  get fsPath(): string { return this.path; }
  toString(): string { return `${this.scheme}://${this.authority}${this.path}`; }
}

export const ViewColumn = { Active: -1, Beside: -2, One: 1, Two: 2 } as const;

export class EventEmitter<T> {
  private listeners: ((e: T) => void)[] = [];
  event = (l: (e: T) => void): { dispose(): void } => { this.listeners.push(l); return { dispose: () => { this.listeners = this.listeners.filter((x) => x !== l); } }; };
  fire(e: T): void { for (const l of [...this.listeners]) l(e); }
  dispose(): void { this.listeners = []; }
}

export class Position { line: number; character: number; constructor(l: number, c: number) { this.line = l; this.character = c; } }
export class Range { start: Position; end: Position; constructor(s: Position, e: Position) { this.start = s; this.end = e; } }

export class FakeWebview {
  html = '';
  options: unknown;
  readonly cspSource = 'https://*.vscode-cdn.net';
  readonly posted: unknown[] = [];
  readonly fromUi = new EventEmitter<unknown>();
  onDidReceiveMessage = this.fromUi.event;
  constructor(options: unknown) { this.options = options; }
  asWebviewUri(u: Uri): Uri { return new Uri('https', u.path, 'file+.vscode-resource.vscode-cdn.net'); }
  postMessage(m: unknown): Promise<boolean> { this.posted.push(m); return Promise.resolve(true); }
}

export class FakePanel {
  readonly viewType: string; title: string; viewColumn: number | undefined; iconPath: unknown;
  readonly webview: FakeWebview;
  readonly disposedEmitter = new EventEmitter<void>();
  onDidDispose = this.disposedEmitter.event;
  disposed = false;
  revealed = 0;
  constructor(viewType: string, title: string, column: number | undefined, options: unknown) {
    this.viewType = viewType; this.title = title; this.viewColumn = column; this.webview = new FakeWebview(options);
  }
  reveal(): void { this.revealed++; }
  dispose(): void { if (this.disposed) return; this.disposed = true; this.disposedEmitter.fire(); }
}

export const created: FakePanel[] = [];
export const serializers = new Map<string, { deserializeWebviewPanel(p: unknown, state: unknown): Promise<void> }>();

export const window = {
  visibleTextEditors: [] as unknown[],
  createWebviewPanel(viewType: string, title: string, show: { viewColumn?: number }, options: unknown): FakePanel {
    const p = new FakePanel(viewType, title, show.viewColumn, options);
    created.push(p);
    return p;
  },
  registerWebviewPanelSerializer(viewType: string, s: { deserializeWebviewPanel(p: unknown, state: unknown): Promise<void> }) {
    serializers.set(viewType, s);
    return { dispose: () => serializers.delete(viewType) };
  },
  async showTextDocument(doc: unknown, opts: unknown) { calls.push({ kind: 'showTextDocument', args: [doc, opts] }); },
};

export const workspace = {
  async openTextDocument(uri: Uri) { calls.push({ kind: 'openTextDocument', args: [uri.toString()] }); return { uri }; },
};
