import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { bridgeShimScript } from './bridge-shim';
import type { LocalHost, Location, UiModule } from './host';
import { escapeHtml, renderFrame, renderShell } from './shell/shell-page';
import { siteView } from './shell/site-view';
import { applyShellWorklog, renderWorklogSection } from './shell/worklog-section';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const MAX_BODY_BYTES = 5 * 1024 * 1024;

type Session = { accountId: string; colorMode: 'light' | 'dark' };

/**
 * The local host's web server: the Jira-like shell pages, each module's built resource with the
 * bridge shim injected, and the bridge endpoint that invokes the app's resolvers.
 */
export function createServer(host: LocalHost): http.Server {
  const site = siteView(host);
  const session: Session = { accountId: site.defaultAccountId, colorMode: 'light' };

  return http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof TooLargeError ? 413 : 500;
      send(response, status, 'application/json', JSON.stringify({ message: String(error) }));
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    if (request.method === 'POST' && url.pathname === '/host/acting-user') {
      const body = (await readJson(request)) as { accountId?: string };
      if (site.users.some((u) => u.accountId === body.accountId))
        session.accountId = String(body.accountId);
      return send(response, 204);
    }
    if (request.method === 'POST' && url.pathname === '/host/color-mode') {
      const body = (await readJson(request)) as { mode?: string };
      session.colorMode = body.mode === 'dark' ? 'dark' : 'light';
      return send(response, 204);
    }
    if (request.method === 'POST' && url.pathname === '/host/worklog') {
      const body = (await readJson(request)) as Parameters<typeof applyShellWorklog>[2];
      const done = await applyShellWorklog(host, session.accountId, body);
      return send(response, done ? 204 : 400);
    }
    if (url.pathname.startsWith('/host/theme.css')) {
      return send(response, 200, MIME['.css'], themeCss());
    }
    if (parts[0] === 'frame' && parts.length >= 3) {
      return serveFrame(request, response, parts, url);
    }
    if (url.pathname === '/') return redirect(response, `/browse/${site.firstIssueKey}`);
    const page = renderPage(url, parts);
    if (!page)
      return send(response, 404, MIME['.html'], shell('Not found', '/', '<h1>Page not found</h1>'));

    return send(response, 200, MIME['.html'], page);
  }

  function renderPage(url: URL, parts: string[]): string | undefined {
    if (parts[0] === 'browse' && parts[1]) {
      const issue = site.issueByKey(parts[1]);
      if (!issue) return undefined;
      const panel = host.module('jira:issuePanel');
      const body = `<div class="crumbs">${escapeHtml(issue.projectName)} / ${escapeHtml(issue.key)}</div>
<h1>${escapeHtml(issue.summary)}</h1>
<div class="issue-grid"><div>
<div class="section-title">${escapeHtml(panel.title)}</div>
${renderFrame({ src: frameUrl(panel, { kind: 'issue', issueId: issue.id }), title: panel.title, minHeight: 320 })}
</div><dl class="fields">
<dt>Type</dt><dd>${escapeHtml(issue.type)}</dd><dt>Status</dt><dd>${escapeHtml(issue.status)}</dd>
<dt>Labels</dt><dd>${escapeHtml(issue.labels.join(', ') || 'None')}</dd>
<dt>Other issues</dt><dd class="issue-list">${site.issues
        .filter((i) => i.projectKey === issue.projectKey)
        .slice(0, 14)
        .map((i) => `<a href="/browse/${escapeHtml(i.key)}">${escapeHtml(i.key)}</a>`)
        .join(' ')}</dd></dl></div>
${renderWorklogSection(host, issue.id)}`;
      return shell(issue.key, url.pathname, body);
    }
    if (parts[0] === 'projects' && parts[1] && parts[2] === 'settings') {
      const project = site.projectByKey(parts[1]);
      if (!project) return undefined;
      const settings = host.module('jira:projectSettingsPage');
      const body = `<div class="crumbs">Projects / ${escapeHtml(project.name)} / Project settings / Apps</div>
<h1>${escapeHtml(settings.title)}</h1>
${renderFrame({ src: frameUrl(settings, { kind: 'project-settings', projectId: project.id }), title: settings.title, minHeight: 480 })}`;
      return shell(settings.title, url.pathname, body);
    }
    if (parts[0] === 'dashboard') {
      const gadget = host.module('jira:dashboardGadget');
      const editing = url.searchParams.get('edit') === '1';
      const location: Location = {
        kind: 'gadget',
        gadgetId: '1',
        ...(editing ? { entryPoint: 'edit' as const } : {}),
      };
      const body = `<h1>Dashboard</h1><section class="gadget" aria-label="${escapeHtml(gadget.title)}">
<header><span>${escapeHtml(gadget.title)}</span><span>${
        editing
          ? ''
          : '<button id="gadget-refresh" type="button">Refresh</button> <a href="/dashboard?edit=1">Edit</a>'
      }</span></header>
${renderFrame({ src: frameUrl(gadget, location), title: gadget.title, minHeight: 360 })}</section>`;
      return shell('Dashboard', url.pathname, body);
    }

    return undefined;
  }

  function shell(title: string, pathname: string, body: string): string {
    const project = site.projects[0];
    const nav = [
      { href: `/browse/${site.firstIssueKey}`, label: 'Issues' },
      {
        href: `/projects/${project?.key ?? ''}/settings`,
        label: `${project?.key ?? ''} settings: Objectives & costs`,
      },
      ...site.projects
        .slice(1)
        .map((p) => ({ href: `/projects/${p.key}/settings`, label: `${p.key} settings` })),
      { href: '/dashboard', label: 'Dashboard' },
    ].map((n) => ({ ...n, active: pathname.startsWith(n.href.split('?')[0] ?? n.href) }));

    return renderShell({
      title,
      users: site.users,
      actingAccountId: session.accountId,
      colorMode: session.colorMode,
      nav,
      body,
    });
  }

  async function serveFrame(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    parts: string[],
    url: URL,
  ) {
    const module = host.modules.find((m) => m.key === parts[1]);
    const location = parseLocation(parts[2] ?? '');
    if (!module || !location) return send(response, 404, 'text/plain', 'Unknown frame');
    const base = `/frame/${module.key}/${parts[2]}`;
    const rest = parts.slice(3).join('/');
    if (request.method === 'POST' && rest === 'bridge') {
      const body = (await readJson(request)) as { name?: string; payload?: unknown };
      const result = await bridgeCall(module, location, String(body.name), body.payload);
      return send(response, 200, 'application/json', JSON.stringify({ result }));
    }
    const file = path.resolve(module.resourcePath, rest === '' ? 'index.html' : rest);
    if (
      !file.startsWith(module.resourcePath) ||
      !fs.existsSync(file) ||
      fs.statSync(file).isDirectory()
    ) {
      return send(response, 404, 'text/plain', `Not built: run npm run build (${url.pathname})`);
    }
    if (file.endsWith('index.html')) {
      const shim = bridgeShimScript({
        bridgeUrl: `${base}/bridge`,
        themeCssUrl: '/host/theme.css',
        colorMode: session.colorMode,
      });
      const html = fs
        .readFileSync(file, 'utf8')
        .replace('<head>', `<head><script>${shim}</script>`);
      return send(response, 200, MIME['.html'], html);
    }

    return send(
      response,
      200,
      MIME[path.extname(file)] ?? 'application/octet-stream',
      fs.readFileSync(file),
    );
  }

  async function bridgeCall(
    module: UiModule,
    location: Location,
    name: string,
    payload: unknown,
  ): Promise<unknown> {
    const viewer = site.viewer(session.accountId);
    switch (name) {
      case 'getContext':
        return {
          ...host.context(module, location, viewer),
          theme: { colorMode: session.colorMode },
        };
      case 'invoke': {
        const { functionKey, payload: invokePayload } = (payload ?? {}) as {
          functionKey?: string;
          payload?: unknown;
        };
        const { result } = await host.invoke({
          module,
          location,
          ...viewer,
          functionKey: String(functionKey),
          payload: invokePayload,
        });
        return result;
      }
      case 'submit':
        if (location.kind !== 'gadget') return {};
        host.saveGadgetConfiguration(location.gadgetId, (payload ?? {}) as Record<string, unknown>);
        return { url: '/dashboard' };
      case 'close':
        return { url: location.kind === 'gadget' ? '/dashboard' : undefined };
      case 'navigate':
      case 'getUrl':
        return { url: site.urlFor(payload) };
      case 'fetchProduct': {
        const { restPath, fetchRequestInit } = (payload ?? {}) as {
          restPath?: string;
          fetchRequestInit?: { method?: string; body?: string };
        };
        const body = fetchRequestInit?.body
          ? (JSON.parse(fetchRequestInit.body) as unknown)
          : undefined;
        const answer = host.jira.handle(fetchRequestInit?.method ?? 'GET', String(restPath), body, {
          kind: 'user',
          accountId: session.accountId,
        });
        return {
          status: answer.status,
          statusText: '',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(answer.body ?? null),
        };
      }
      default:
        return undefined;
    }
  }
}

/** `issue-10100`, `settings-10000`, `gadget-1` or `gadget-1-edit`. */
function parseLocation(token: string): Location | undefined {
  const [kind, id, extra] = token.split('-');
  if (!id || !/^\d+$/.test(id)) return undefined;
  if (kind === 'issue') return { kind: 'issue', issueId: id };
  if (kind === 'settings') return { kind: 'project-settings', projectId: id };
  if (kind === 'gadget')
    return {
      kind: 'gadget',
      gadgetId: id,
      ...(extra === 'edit' ? { entryPoint: 'edit' as const } : {}),
    };

  return undefined;
}

function frameUrl(module: UiModule, location: Location): string {
  const token =
    location.kind === 'issue'
      ? `issue-${location.issueId}`
      : location.kind === 'project-settings'
        ? `settings-${location.projectId}`
        : `gadget-${location.gadgetId}${location.entryPoint ? '-edit' : ''}`;

  return `/frame/${module.key}/${token}/`;
}

let cachedThemeCss: string | undefined;
function themeCss(): string {
  if (cachedThemeCss) return cachedThemeCss;
  const themes = [
    'atlassian-light',
    'atlassian-dark',
    'atlassian-spacing',
    'atlassian-typography',
    'atlassian-shape',
  ];
  cachedThemeCss = themes
    .map((name) => {
      // The token package ships each theme's CSS as the default export of a generated module.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- generated CommonJS theme module
      const loaded = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as {
        default: string;
      };
      return loaded.default;
    })
    .join('\n');

  return cachedThemeCss;
}

/** A request body past MAX_BODY_BYTES: answered 413, as Forge refuses an oversized payload. */
class TooLargeError extends Error {
  constructor() {
    super('Request body too large');
    this.name = 'TooLargeError';
  }
}

function readJson(request: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new TooLargeError());
      else chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.on('error', reject);
  });
}

function send(
  response: http.ServerResponse,
  status: number,
  type?: string,
  body?: string | Buffer,
): void {
  response.writeHead(status, type ? { 'content-type': type, 'cache-control': 'no-store' } : {});
  response.end(body);
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(302, { location });
  response.end();
}
