import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';
import type { Browser, Frame, Page } from 'playwright-core';

import { seedDemo } from '../../local/demo/seed';
import { LocalHost } from '../../local/host';
import { createServer } from '../../local/server';

/** Flags for Debian's Chromium as root on a machine without network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where e2e screenshots go (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

/** The local host with demo data on a free port, and a Chromium page pointed at it. */
export async function startLocalJira(options: { seed?: boolean } = {}) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'okr-e2e-'));
  const host = new LocalHost({ dataFile: path.join(dataDir, 'kvs.sqlite') });
  if (options.seed !== false) await seedDemo(host, new Date().toISOString().slice(0, 10));
  const server = createServer(host);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser: Browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });

  return {
    host,
    page,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await host.shutdown();
    },
  };
}

/** The frame of a Forge module on the page, once its app has rendered. */
export async function moduleFrame(page: Page, moduleKey: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe[src*="/frame/${moduleKey}/"]`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`No frame for ${moduleKey}`);
  await frame.waitForSelector('#root > *');

  return frame;
}

/** Switches the acting user through the shell's user switch. */
export async function actAs(page: Page, baseUrl: string, accountId: string): Promise<void> {
  await page.request.post(`${baseUrl}/host/acting-user`, { data: { accountId } });
}

/** Switches the shell's colour mode. */
export async function setColorMode(
  page: Page,
  baseUrl: string,
  mode: 'light' | 'dark',
): Promise<void> {
  await page.request.post(`${baseUrl}/host/color-mode`, { data: { mode } });
}

/** Adds a cost through the issue panel's dialog (Atlaskit selects: type, then Enter). */
export async function addCost(
  frame: Frame,
  input: { amount: string; currency: string; category: string; date: string },
): Promise<void> {
  await frame
    .getByRole('button', { name: /^(Add cost|Add the first cost)$/ })
    .first()
    .click();
  const dialog = frame.getByRole('dialog');
  await dialog.getByLabel('Amount').fill(input.amount);
  await dialog.getByLabel('Currency').fill(input.currency);
  await dialog.getByLabel('Currency').press('Enter');
  await dialog.getByLabel('Category').fill(input.category);
  await dialog.getByLabel('Category').press('Enter');
  await dialog.getByRole('textbox', { name: 'Date' }).fill(input.date);
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}
