// The panel's HTML and Content-Security-Policy: one nonce'd script, no inline script or style,
// nothing loadable but the extension's own resources; and no webview code that writes HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPanelHtml, contentSecurityPolicy, escapeHtml, makeNonce } from '../../client/webview/html.ts';

const root = new URL('../..', import.meta.url).pathname;
const opts = {
  cspSource: 'https://*.vscode-cdn.net',
  nonce: 'abcDEF0123456789abcDEF0123456789',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/panel.css',
  title: 'Changelog: <q>.sql',
};

function csp(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(m, 'CSP meta tag present');
  return m[1]!.replace(/&#39;/g, "'");
}

test('CSP: scripts only by nonce, no unsafe-inline/unsafe-eval, default-src none', () => {
  const html = buildPanelHtml(opts);
  const policy = csp(html);
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  assert.deepEqual(directives.get('default-src'), ["'none'"]);
  assert.deepEqual(directives.get('script-src'), [`'nonce-${opts.nonce}'`]);
  assert.deepEqual(directives.get('style-src'), [opts.cspSource]);
  assert.ok(!policy.includes('unsafe-inline'));
  assert.ok(!policy.includes('unsafe-eval'));
  assert.ok(!/\*(?!\.vscode-cdn\.net)/.test(policy), 'no wildcard sources besides cspSource');
});

test('HTML: exactly one script, external, carrying the nonce; no inline handlers or styles', () => {
  const html = buildPanelHtml(opts);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.equal(scripts.length, 1);
  assert.match(scripts[0]![1]!, new RegExp(`nonce="${opts.nonce}"`));
  assert.match(scripts[0]![1]!, /src="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/dist\/webview\.js"/);
  assert.equal(scripts[0]![2]!.trim(), '', 'no inline script body');
  assert.ok(!/\son\w+=/i.test(html), 'no inline event handlers');
  assert.ok(!/<style\b|\sstyle=/i.test(html), 'no inline styles');
  assert.match(html, /<link rel="stylesheet" href="https:\/\/file\+\.vscode-resource\.vscode-cdn\.net\/ext\/media\/panel\.css">/);
  assert.match(html, /<title>Changelog: &lt;q&gt;\.sql<\/title>/);
});

test('nonces are fresh, 32 alphanumerics; the builder refuses a nonce that could break the policy', () => {
  const a = makeNonce(), b = makeNonce();
  assert.match(a, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(a, b);
  assert.throws(() => contentSecurityPolicy(opts.cspSource, "x'; script-src *"));
  assert.throws(() => contentSecurityPolicy("https://a; script-src 'unsafe-inline'", 'abc'));
  assert.throws(() => contentSecurityPolicy("'self' 'unsafe-inline'", 'abc'));
  // code-server / vscode.dev: the browser build's cspSource names 'self' too.
  assert.match(contentSecurityPolicy("'self' https://*.vscode-cdn.net", 'abc'), /style-src 'self' https:\/\/\*\.vscode-cdn\.net;/);
  assert.equal(escapeHtml(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
});

test('webview code never writes HTML and never imports vscode', () => {
  const dir = join(root, 'client/webview');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  assert.ok(files.includes('main.ts'));
  for (const f of files) {
    const src = readFileSync(join(dir, f), 'utf8').replace(/\/\/.*$/gm, '');
    assert.ok(!/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(src), `${f} writes HTML or evaluates code`);
    assert.ok(!/from ['"]vscode['"]/.test(src), `${f} imports vscode`);
    assert.ok(!/setAttribute\(\s*['"]style['"]/.test(src), `${f} sets a style attribute (blocked by the CSP)`);
  }
});

test('panel.ts limits localResourceRoots to dist/ and media/ and builds its HTML with the shared builder', () => {
  const src = readFileSync(join(root, 'client/panel.ts'), 'utf8');
  const roots = /localResourceRoots:\s*\[([^\]]*)\]/.exec(src);
  assert.ok(roots);
  assert.deepEqual([...roots[1]!.matchAll(/'(\w+)'\)/g)].map((m) => m[1]), ['dist', 'media']);
  assert.match(src, /buildPanelHtml\(\{/);
  assert.match(src, /registerWebviewPanelSerializer/);
});
