/**
 * Builds every Custom UI app (static/<app>) with Vite into static/<app>/build, then prints each
 * app's JavaScript size, raw and gzip, and fails when an app's initial JavaScript exceeds the
 * Forge readiness budget.
 *
 * "Initial" is what the iframe must download before the app can render: the entry chunk and
 * every chunk it imports statically. Chunks behind a dynamic import() (the issue panel's
 * editor dialogs, the gadget's settings form, the theme tables that view.theme.enable() picks
 * from) load on demand and are reported in the "all JS" columns.
 *
 * Usage: node scripts/build-static.mjs [app ...]   (default: every app)
 */
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

import { build } from 'vite';

import { APPS, createAppConfig } from '../static/vite.config.base.mjs';

const BUDGET_GZIP_BYTES = 200 * 1024;

async function main() {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((app) => !APPS.includes(app));
  if (unknown.length > 0) {
    throw new Error(`Unknown app(s): ${unknown.join(', ')}. Apps: ${APPS.join(', ')}`);
  }

  const apps = requested.length > 0 ? requested : APPS;
  const rows = [];
  // One app at a time: Rollup is single-threaded per build and CI machines have two cores.
  for (const app of apps) {
    const startedMs = Date.now();
    const output = await build(createAppConfig(app));
    rows.push({ app, elapsedMs: Date.now() - startedMs, ...measure(output) });
  }

  process.stdout.write(`${formatTable(rows)}\n`);
  const over = rows.filter((row) => row.initialGzip > BUDGET_GZIP_BYTES);
  if (over.length > 0) {
    const names = over.map((row) => row.app).join(', ');
    process.stderr.write(`Initial JS over the ${kb(BUDGET_GZIP_BYTES)} gzip budget: ${names}\n`);
    process.exitCode = 1;
  }
}

/** Sizes of one build: initial JS (entry + static imports), all JS, and CSS, raw and gzip. */
function measure(output) {
  const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  const chunks = new Map(files.filter((f) => f.type === 'chunk').map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (fileName) => {
    const chunk = chunks.get(fileName);
    if (!chunk || initial.has(fileName)) return;
    initial.add(fileName);
    chunk.imports.forEach(visit);
  };
  [...chunks.values()].filter((c) => c.isEntry).forEach((c) => visit(c.fileName));
  const sizes = (items) =>
    items.reduce(
      (sum, code) => ({
        raw: sum.raw + Buffer.byteLength(code),
        gzip: sum.gzip + gzipSync(code).length,
      }),
      { raw: 0, gzip: 0 },
    );
  const initialSizes = sizes([...initial].map((name) => chunks.get(name).code));
  const allSizes = sizes([...chunks.values()].map((c) => c.code));
  const cssSizes = sizes(
    files.filter((f) => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => f.source),
  );

  return {
    chunkCount: chunks.size,
    initialRaw: initialSizes.raw,
    initialGzip: initialSizes.gzip,
    allRaw: allSizes.raw,
    allGzip: allSizes.gzip,
    cssGzip: cssSizes.gzip,
  };
}

function formatTable(rows) {
  const header = [
    'app',
    'initial JS',
    'initial gzip',
    'all JS',
    'all JS gzip',
    'chunks',
    'CSS gzip',
    'budget',
    'time',
  ];
  const body = rows.map((r) => [
    r.app,
    kb(r.initialRaw),
    kb(r.initialGzip),
    kb(r.allRaw),
    kb(r.allGzip),
    String(r.chunkCount),
    kb(r.cssGzip),
    r.initialGzip > BUDGET_GZIP_BYTES ? 'OVER' : 'ok',
    `${(r.elapsedMs / 1000).toFixed(1)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])));

  return [
    `Custom UI bundles (budget: ${kb(BUDGET_GZIP_BYTES)} gzip of initial JS per app)`,
    line(header).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...body.map((cells) => line(cells).join('  ')),
  ].join('\n');
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
