/** The Jira-like page around the app's frames: top bar, sidebar, user and theme switches. */

export type ShellUser = {
  readonly accountId: string;
  readonly name: string;
  readonly role: string;
};

export type ShellPage = {
  readonly title: string;
  readonly users: readonly ShellUser[];
  readonly actingAccountId: string;
  readonly colorMode: 'light' | 'dark';
  readonly nav: ReadonlyArray<{
    readonly href: string;
    readonly label: string;
    readonly active: boolean;
  }>;
  readonly body: string;
};

const escapeMap: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** HTML-escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapeMap[c] ?? c);
}

/** Renders the whole shell page. `body` is trusted HTML built by the server. */
export function renderShell(page: ShellPage): string {
  const userOptions = page.users
    .map(
      (u) =>
        `<option value="${escapeHtml(u.accountId)}"${u.accountId === page.actingAccountId ? ' selected' : ''}>${escapeHtml(u.name)} (${escapeHtml(u.role)})</option>`,
    )
    .join('');
  const nav = page.nav
    .map(
      (n) =>
        `<a href="${escapeHtml(n.href)}"${n.active ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a>`,
    )
    .join('');

  return `<!doctype html>
<html lang="en" data-color-mode="${page.colorMode}">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} - Local Jira</title>
<style>${SHELL_CSS}</style>
</head>
<body>
<header class="topbar">
  <span class="logo" aria-hidden="true">◆</span><strong>Local Jira</strong>
  <span class="hint">OKR cost tracker on the local Forge host</span>
  <span class="spacer"></span>
  <label>Acting user <select id="acting-user" aria-label="Acting user">${userOptions}</select></label>
  <button id="theme-toggle" type="button" aria-pressed="${page.colorMode === 'dark'}">${page.colorMode === 'dark' ? 'Light theme' : 'Dark theme'}</button>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="Local Jira">${nav}</nav>
  <main>${page.body}</main>
</div>
<div id="flags" role="status" aria-live="polite"></div>
<script>${SHELL_SCRIPT}</script>
</body>
</html>`;
}

/** An iframe for a module, sized to its content like Jira does. */
export function renderFrame(input: { src: string; title: string; minHeight: number }): string {
  return `<iframe class="forge-frame" src="${escapeHtml(input.src)}" title="${escapeHtml(input.title)}" style="min-height:${input.minHeight}px" sandbox="allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts"></iframe>`;
}

const SHELL_CSS = `
:root { --bg:#ffffff; --bg-sunken:#f7f8f9; --text:#172b4d; --subtle:#626f86; --border:#dcdfe4; --brand:#0c66e4; --topbar:#ffffff; }
html[data-color-mode="dark"] { --bg:#1d2125; --bg-sunken:#161a1d; --text:#b6c2cf; --subtle:#8c9bab; --border:#38414a; --brand:#579dff; --topbar:#22272b; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.43 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", sans-serif; color:var(--text); background:var(--bg); }
.topbar { display:flex; align-items:center; gap:12px; height:56px; padding:0 16px; border-bottom:1px solid var(--border); background:var(--topbar); }
.logo { color:var(--brand); font-size:20px; } .hint { color:var(--subtle); font-size:12px; } .spacer { flex:1; }
select, button { font:inherit; color:var(--text); background:var(--bg-sunken); border:1px solid var(--border); border-radius:3px; padding:4px 8px; }
button:focus-visible, select:focus-visible, a:focus-visible { outline:2px solid var(--brand); outline-offset:2px; }
.layout { display:flex; min-height:calc(100vh - 56px); }
.sidebar { width:232px; padding:16px 8px; background:var(--bg-sunken); border-right:1px solid var(--border); display:flex; flex-direction:column; gap:2px; }
.sidebar a { color:var(--text); text-decoration:none; padding:6px 10px; border-radius:3px; }
.sidebar a[aria-current="page"] { background:rgba(12,102,228,.12); color:var(--brand); font-weight:600; }
main { flex:1; padding:24px 32px; min-width:0; }
h1 { font-size:24px; font-weight:500; margin:4px 0 16px; }
.crumbs { color:var(--subtle); font-size:13px; }
.issue-grid { display:grid; grid-template-columns:minmax(0,1fr) 280px; gap:32px; }
.fields dt { color:var(--subtle); font-size:12px; margin-top:10px; } .fields dd { margin:0; }
.section-title { font-size:16px; font-weight:600; margin:24px 0 8px; }
.forge-frame { width:100%; border:0; display:block; background:transparent; box-sizing:border-box; }
.gadget { border:1px solid var(--border); border-radius:4px; max-width:760px; }
.gadget header { display:flex; justify-content:space-between; align-items:center; padding:8px 12px; border-bottom:1px solid var(--border); font-weight:600; }
.gadget header a { font-weight:400; color:var(--brand); }
.gadget .forge-frame { padding:8px 12px; }
.issue-list a { color:var(--brand); }
#flags { position:fixed; left:24px; bottom:24px; display:flex; flex-direction:column; gap:8px; z-index:10; }
.flag { background:var(--bg); border:1px solid var(--border); border-left:4px solid var(--brand); box-shadow:0 4px 12px rgba(0,0,0,.2); padding:10px 14px; border-radius:4px; max-width:360px; }
.flag.error { border-left-color:#c9372c; } .flag.success { border-left-color:#22a06b; } .flag.warning { border-left-color:#e2b203; }
@media (max-width: 900px) { .issue-grid { grid-template-columns:1fr; } .sidebar { display:none; } }
`;

const SHELL_SCRIPT = `
(() => {
  const frames = () => [...document.querySelectorAll('iframe.forge-frame')];
  document.getElementById('acting-user').addEventListener('change', async (event) => {
    await fetch('/host/acting-user', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accountId: event.target.value }) });
    location.reload();
  });
  document.getElementById('theme-toggle').addEventListener('click', async () => {
    const mode = document.documentElement.getAttribute('data-color-mode') === 'dark' ? 'light' : 'dark';
    await fetch('/host/color-mode', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
    document.documentElement.setAttribute('data-color-mode', mode);
    const button = document.getElementById('theme-toggle');
    button.textContent = mode === 'dark' ? 'Light theme' : 'Dark theme';
    button.setAttribute('aria-pressed', String(mode === 'dark'));
    for (const frame of frames()) frame.contentWindow.postMessage({ type: 'okr-host:color-mode', mode }, location.origin);
  });
  const flags = document.getElementById('flags');
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || !event.data) return;
    const data = event.data;
    if (data.type === 'okr-host:flag') {
      const flag = document.createElement('div');
      const kind = data.flag.type || data.flag.appearance || 'info';
      flag.className = 'flag ' + kind;
      flag.dataset.id = data.flag.id;
      const title = document.createElement('strong');
      title.textContent = data.flag.title || '';
      const text = document.createElement('div');
      text.textContent = data.flag.description || '';
      flag.append(title, text);
      flags.append(flag);
      if (data.flag.isAutoDismiss !== false) setTimeout(() => flag.remove(), 8000);
    }
    if (data.type === 'okr-host:close-flag') flags.querySelector('[data-id="' + CSS.escape(String(data.id)) + '"]')?.remove();
    if (data.type === 'okr-host:open') window.open(data.url, '_blank', 'noopener');
    if (data.type === 'okr-host:navigate') {
      if (data.url === null) location.reload();
      else if (typeof data.url === 'string' && data.url.startsWith('/')) location.assign(data.url);
    }
  });
  // Forge sizes module frames to their content.
  // Measured from the app's root element, so that a frame also shrinks when its content does;
  // the frame's own padding is added back.
  setInterval(() => {
    for (const frame of frames()) {
      const doc = frame.contentDocument;
      if (!doc || !doc.body) continue;
      const root = doc.getElementById('root') || doc.body;
      const style = getComputedStyle(frame);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      // Open dialogs (Atlaskit modals are portals outside #root) count too.
      const parts = [root, ...doc.querySelectorAll('[role="dialog"]')];
      const bottom = Math.max(...parts.map((el) => el.getBoundingClientRect().bottom));
      const content = Math.ceil(bottom + doc.defaultView.scrollY) + 8;
      const height = content + padding;
      if (content > 8 && Math.abs(frame.offsetHeight - height) > 2) frame.style.height = height + 'px';
    }
  }, 250);
  const refresh = document.getElementById('gadget-refresh');
  if (refresh) refresh.addEventListener('click', () => {
    for (const frame of frames()) frame.contentWindow.postMessage({ type: 'okr-host:event', event: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: {} }, location.origin);
  });
})();
`;
