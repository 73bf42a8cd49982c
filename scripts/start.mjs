// `npm start`: builds the front ends when they are missing, then runs the local Forge host
// (local/main.ts, TypeScript run by tsx). Arguments after `--` go to the host.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';

const apps = ['issue-panel', 'project-settings', 'gadget'];
const built = apps.every((app) => fs.existsSync(`static/${app}/build/assets`));
if (!built || process.argv.includes('--build')) {
  const build = spawnSync(process.execPath, ['scripts/build-static.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = process.argv.slice(2).filter((arg) => arg !== '--build');
const host = spawnSync(process.execPath, ['--import', 'tsx', 'local/main.ts', ...args], {
  stdio: 'inherit',
});
process.exit(host.status ?? 0);
