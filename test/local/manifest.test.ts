import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { parse } from 'yaml';

import * as app from '../../src/index';

const ROOT = path.resolve(__dirname, '../..');
const manifestText = fs.readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8');

function validate(file: string) {
  return spawnSync(process.execPath, ['scripts/validate-manifest.mjs', file], { cwd: ROOT, encoding: 'utf8' });
}

describe('manifest.yml', () => {
  const builtAll = ['issue-panel', 'project-settings', 'gadget'].every((a) =>
    fs.existsSync(path.join(ROOT, 'static', a, 'build', 'index.html')),
  );

  it('names only handlers that src/index.ts exports', () => {
    const manifest = parse(manifestText) as { modules: { function: Array<{ handler: string }> } };

    const missing = manifest.modules.function
      .map((f) => f.handler.replace(/^index\./, ''))
      .filter((name) => typeof (app as Record<string, unknown>)[name] !== 'function');

    expect(missing).toStrictEqual([]);
  });

  it('passes the offline Forge validation after the build', () => {
    expect(builtAll).toBe(true);
    const run = validate('manifest.yml');

    expect({ status: run.status, out: run.stdout.trim() }).toStrictEqual({ status: 0, out: 'manifest valid: manifest.yml' });
  });

  it('fails the validation when the issue panel has no icon', () => {
    const broken = path.join(ROOT, `.manifest-no-icon-${process.pid}.yml`);
    fs.writeFileSync(broken, manifestText.replace(/^\s+icon: .*\n/m, ''));
    try {
      const run = validate(broken);

      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/jira:issuePanel required properties/);
    } finally {
      fs.rmSync(broken, { force: true });
    }
  });
});

describe('manifest.yml resources', () => {
  // @forge/manifest does not check files named by `resource:<key>;<path>`; a missing one is a
  // broken icon in Jira, so the build output is checked here.
  it('has every icon and thumbnail file it names in the built resources', () => {
    const manifest = parse(manifestText) as { resources: Array<{ key: string; path: string }> };
    const referenced = [...manifestText.matchAll(/resource:([\w-]+);([\w./-]+)/g)].map(([, key, file]) => ({ key, file }));

    const missing = referenced.filter(({ key, file }) => {
      const resource = manifest.resources.find((r) => r.key === key);
      return !resource || !fs.existsSync(path.join(ROOT, resource.path, file ?? ''));
    });

    expect({ count: referenced.length, missing }).toStrictEqual({ count: 2, missing: [] });
  });
});
