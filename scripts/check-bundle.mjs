// Bundles the back end the way Forge deploys it (src/index.ts for the nodejs22.x runtime, every
// dependency inlined) to catch what only a deploy would: unresolvable imports, ESM/CommonJS
// mismatches, Node built-ins the runtime lacks, and accidental imports of the local host.
// Exits 1 on any problem and prints the bundle size.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const outdir = mkdtempSync(path.join(os.tmpdir(), 'okr-forge-bundle-'));
try {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    outdir,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter(
    (file) => /^(local|static|test|bench)\//.test(file) || file.includes('better-sqlite3'),
  );
  if (forbidden.length > 0) {
    process.stderr.write(`The back-end bundle pulls in non-app code:\n${forbidden.join('\n')}\n`);
    process.exit(1);
  }
  const [output] = result.outputFiles;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  process.stdout.write(
    `Forge back-end bundle (node22, cjs): ${kb(output.contents.length)}, ` +
      `${kb(gzipSync(output.contents).length)} gzip, ${inputs.length} modules\n`,
  );
} catch (error) {
  process.stderr.write(`The back end does not bundle for Forge:\n${error.message}\n`);
  process.exit(1);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
