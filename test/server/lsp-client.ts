// A minimal LSP client for tests: starts the server as a process and speaks framed JSON-RPC over
// its stdio, as an editor does (Content-Length headers, requests, notifications, and answers to
// the server's own requests such as workspace/configuration).
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  notifications: Message[] = [];
  private waiters: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  stderr = '';
  exited: Promise<number | null>;
  /** Answers to server->client requests, by method. */
  handlers: Record<string, (params: unknown) => unknown> = {};

  constructor(args: string[] = ['dist/server.js', '--stdio']) {
    this.proc = spawn(process.execPath, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => {
      for (const p of this.pending.values()) p.reject(new Error(`server exited (${code}) before answering; stderr:\n${this.stderr}`));
      this.pending.clear();
      resolve(code);
    }));
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buf.subarray(0, sep).toString();
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) throw new Error(`bad header ${header}`);
      const len = Number(m[1]);
      if (this.buf.length < sep + 4 + len) return;
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id as number);
      this.pending.delete(msg.id as number);
      if (!p) return;
      if (msg.error) p.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined && msg.method) {
      const h = this.handlers[msg.method];
      const result = h ? h(msg.params) : null;
      this.send({ jsonrpc: '2.0', id: msg.id, result: result ?? null });
      return;
    }
    this.notifications.push(msg);
    this.waiters = this.waiters.filter((w) => (w.pred(msg) ? (w.resolve(msg), false) : true));
  }

  send(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next notification matching `pred` (including ones already received and not yet taken). */
  waitFor(pred: (m: Message) => boolean): Promise<Message> {
    const i = this.notifications.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.notifications.splice(i, 1)[0]!);
    return new Promise((resolve) => this.waiters.push({ pred, resolve: (m) => { this.notifications.splice(this.notifications.indexOf(m), 1); resolve(m); } }));
  }

  diagnosticsFor(uri: string, version?: number): Promise<Message> {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string; version?: number }).uri === uri && (version === undefined || (m.params as { version?: number }).version === version));
  }

  async initialize(capabilities: object = {}, initializationOptions: object = { debounceMs: 0 }): Promise<{ capabilities: Record<string, unknown> }> {
    const r = await this.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: process.pid, rootUri: pathToFileURL(ROOT).href, capabilities, initializationOptions, workspaceFolders: null });
    this.notify('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'flinksql', version, text } });
  }

  async shutdown(): Promise<number | null> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

/** Removes `$0` markers; returns the text and the offsets where they were. */
export function markers(src: string): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  let i = 0;
  for (;;) {
    const j = src.indexOf('$0', i);
    if (j < 0) { text += src.slice(i); break; }
    text += src.slice(i, j);
    offsets.push(text.length);
    i = j + 2;
  }
  return { text, offsets };
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
