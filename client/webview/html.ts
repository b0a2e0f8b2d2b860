// The panel's HTML, built by a pure function so that the extension (client/panel.ts) and the
// Chromium test (test/e2e/webview/) serve byte-for-byte the same page. No inline script, no
// inline style: one nonce'd script file and one stylesheet, under a Content-Security-Policy
// that allows nothing else (VS Code's webview-sample pattern).

export interface PanelHtmlOptions {
  /** webview.cspSource in VS Code; the test server's origin in the browser test. */
  cspSource: string;
  /** A fresh random nonce per page (makeNonce()). */
  nonce: string;
  /** URL of dist/webview.js as the webview may load it (webview.asWebviewUri). */
  scriptUri: string;
  /** URL of media/panel.css. */
  styleUri: string;
  title?: string;
}

/** 32 random alphanumerics, from the platform's CSPRNG (Node >= 19 and browsers have globalThis.crypto). */
export function makeNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return s;
}

/** Escapes text for an HTML attribute value or text node. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('nonce must be base64 characters');
  // Desktop VS Code gives one host source; the browser build (code-server, vscode.dev) gives
  // "'self' https://*.vscode-cdn.net". Accept host sources and the 'self' keyword, nothing that
  // could end the directive or add another.
  const sourceToken = /^(?:'self'|[A-Za-z0-9*.:/+-]+)$/;
  if (!cspSource.trim().split(/\s+/).every((t) => sourceToken.test(t))) throw new Error(`unexpected cspSource: ${cspSource}`);
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function buildPanelHtml(o: PanelHtmlOptions): string {
  const title = escapeHtml(o.title ?? 'Flink SQL changelog');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(o.styleUri)}">
<title>${title}</title>
</head>
<body>
<div id="app" class="app"></div>
<script nonce="${escapeHtml(o.nonce)}" src="${escapeHtml(o.scriptUri)}"></script>
</body>
</html>
`;
}
