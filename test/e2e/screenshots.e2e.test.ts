import fs from 'node:fs';
import path from 'node:path';

import type { Frame, Page } from 'playwright-core';

import { DEMO_USERS } from '../../local/jira/demo-people';
import { FOCUS_SAMPLE_FILE } from '../builders/focus-import';

import { actAs, moduleFrame, SCREENSHOT_DIR, setColorMode, startLocalJira } from './browser';

type LocalJira = Awaited<ReturnType<typeof startLocalJira>>;

/**
 * The README's screenshots, taken from the demo data as the site admin (en-US). They go to
 * test-results/screenshots; with OKR_UPDATE_SCREENSHOTS=1 they replace docs/screenshots.
 */
const OUTPUT_DIR =
  process.env.OKR_UPDATE_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : SCREENSHOT_DIR;

const PANEL = 'okr-cost-issue-panel';
const SETTINGS = 'okr-cost-project-settings';
const GADGET = 'okr-cost-gadget';

/**
 * Waits until the page is ready to photograph: no request in flight, fonts loaded, no module
 * loading or refreshing (no spinner), and every module frame showing all of its content.
 *
 * Two quirks of the local shell's frame sizing (local/shell/shell-page.ts; Jira sizes frames
 * itself) are undone first, or the pictures would be wrong:
 * - it only ever grows a frame (a document is never shorter than its frame), so the settings
 *   page kept the longer Costs tab's height below the Objectives tab: back to the minimum
 *   height, and its resizer (every 250 ms) fits the frame to the content again;
 * - it sets the gadget frame's height to the content's height, but the frame is border-box
 *   with 8px of vertical padding, so the last 16px of the gadget were cut off: the padding
 *   becomes a margin (same place on the page, and the frame's height is its content's again).
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    (window as unknown as { okrLastHeights?: string }).okrLastHeights = undefined;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe.forge-frame')) {
      const { padding } = getComputedStyle(frame);
      frame.style.height = '';
      frame.style.padding = '0';
      frame.style.margin = padding;
      frame.style.width = `calc(100% - ${frame.style.marginLeft} - ${frame.style.marginRight})`;
    }
  });
  // Checked every 300 ms (the shell resizes every 250 ms) until two checks in a row agree. The
  // check must be synchronous: waitForFunction takes a returned promise for a truthy answer.
  await page.waitForFunction(
    () => {
      const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe.forge-frame')];
      const state = window as unknown as { okrLastHeights?: string };
      const previous = state.okrLastHeights;
      state.okrLastHeights = frames.map((frame) => frame.offsetHeight).join(',');
      if (document.fonts.status !== 'loaded') return false;
      for (const frame of frames) {
        const doc = frame.contentDocument;
        if (!doc?.body || !doc.querySelector('#root > *')) return false;
        if (doc.fonts.status !== 'loaded') return false;
        // Atlaskit spinners (loading states, busy buttons) and refreshing lists.
        if (doc.querySelector('[data-testid$="spinner-wrapper"], [aria-busy="true"]')) return false;
        // Nothing left to scroll inside the frame: all of the module is on the page.
        const { clientHeight, scrollHeight } = doc.documentElement;
        if (Math.max(scrollHeight, doc.body.scrollHeight) > clientHeight + 1) return false;
      }
      return frames.length > 0 && previous === state.okrLastHeights;
    },
    undefined,
    { polling: 300 },
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
}

/** Visible text with runs of white space (including Intl's no-break spaces) as one space. */
async function visibleText(frame: Frame): Promise<string> {
  return (await frame.locator('body').innerText()).replace(/\s+/g, ' ');
}

/** The issue panel of OPS-2 (a year of imported FOCUS bills in USD) once its entries have loaded. */
async function openIssuePanel(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}/browse/OPS-2`);
  const frame = await moduleFrame(page, PANEL);
  await frame
    .getByRole('table', { name: 'Cost entries' })
    .getByText(/AWS BilledCost, .* of the FOCUS bill/)
    .first()
    .waitFor();

  return frame;
}

/** The gadget's view once the OPS figures and charts have loaded. */
async function openGadget(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}/dashboard`);
  const frame = await moduleFrame(page, GADGET);
  await frame.getByRole('heading', { name: 'Platform Operations (OPS)' }).waitFor();
  await frame.getByRole('heading', { name: 'Monthly trend' }).waitFor();

  return frame;
}

describe('README screenshots (Chromium)', () => {
  let jira: LocalJira;

  beforeAll(async () => {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    jira = await startLocalJira();
    await actAs(jira.page, jira.baseUrl, DEMO_USERS.admin);
  });

  afterEach(async () => {
    await setColorMode(jira.page, jira.baseUrl, 'light');
  });

  afterAll(async () => {
    await jira.stop();
  });

  it('issue panel of OPS-2, light and dark', async () => {
    const { page, baseUrl } = jira;
    let frame = await openIssuePanel(page, baseUrl);
    const text = await visibleText(frame);
    await shoot(page, 'issue-panel');

    await setColorMode(page, baseUrl, 'dark');
    await page.reload();
    frame = await openIssuePanel(page, baseUrl);
    const dark = await frame.locator('html').getAttribute('data-color-mode');
    await shoot(page, 'issue-panel-dark');

    expect(text).toContain('Counts toward');
    expect(text).toContain('Run a leaner platform');
    expect(text).toMatch(/AWS BilledCost, \d{4}-\d{2}: \d+ rows of the FOCUS bill/);
    expect(text).not.toMatch(/Couldn't load|Something went wrong/);
    expect(dark).toBe('dark');
  });

  it('project settings, Objectives tab, with the demo objectives', async () => {
    const { page, baseUrl } = jira;
    await page.goto(`${baseUrl}/projects/OPS/settings`);
    const frame = await moduleFrame(page, SETTINGS);
    await frame.getByRole('tab', { name: 'Objectives' }).click();
    const lean = frame.getByRole('list', { name: 'Key results of Run a leaner platform' });
    const finops = frame.getByRole('list', {
      name: 'Key results of Make costs visible to every team',
    });
    await lean.getByText('Keep software licences under €25,000').waitFor();
    await finops.getByText('Teams reviewing a cost dashboard monthly').waitFor();
    const text = await visibleText(frame);
    await shoot(page, 'settings');

    expect(await lean.getByRole('listitem').count()).toBe(4);
    expect(await finops.getByRole('listitem').count()).toBe(1);
    expect(await frame.getByRole('progressbar').count()).toBeGreaterThanOrEqual(7);
    expect(text).toContain('Reduce infrastructure costs by 15% within six months');
    expect(text).toContain('Last check-in');
    expect(text).not.toMatch(/Couldn't load|Not measurable/);
  });

  it('dashboard gadget for OPS with the charts layout, light and dark', async () => {
    const { page, baseUrl } = jira;
    await page.goto(`${baseUrl}/dashboard?edit=1`);
    const edit = await moduleFrame(page, GADGET);
    await edit.getByRole('combobox', { name: 'Project' }).fill('Platform');
    await edit.getByRole('combobox', { name: 'Project' }).press('Enter');
    await edit.getByRole('radio', { name: /^Charts/ }).check();
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${baseUrl}/dashboard`);
    let frame = await openGadget(page, baseUrl);
    const text = await visibleText(frame);
    await shoot(page, 'gadget');

    await setColorMode(page, baseUrl, 'dark');
    frame = await openGadget(page, baseUrl);
    await shoot(page, 'gadget-dark');

    for (const heading of [
      'Objectives',
      'Key result trend',
      'Totals in EUR',
      'Monthly trend',
      'Spend by category',
    ]) {
      expect(await frame.getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    }
    expect(text).toContain('Run a leaner platform');
    expect(text).toContain('Cloud');
    expect(text).not.toMatch(/Couldn't load|No project chosen/);
  });
  it('project settings, Labour tab, with the demo rates and the finished recomputation', async () => {
    const { page, baseUrl } = jira;
    await page.goto(`${baseUrl}/projects/OPS/settings`);
    const frame = await moduleFrame(page, SETTINGS);
    await frame.getByRole('tab', { name: 'Labour' }).click();
    await frame.getByRole('heading', { name: 'Labour cost from worklogs' }).waitFor();
    const text = await visibleText(frame);
    await shoot(page, 'labour');

    expect(text).toMatch(/€65\.00/);
    expect(text).not.toMatch(/Couldn't load|Something went wrong/);
  });

  it('project settings, Import tab, previewing the FOCUS sample with the demo mapping', async () => {
    const { page, baseUrl } = jira;
    await page.goto(`${baseUrl}/projects/OPS/settings`);
    const frame = await moduleFrame(page, SETTINGS);
    await frame.getByRole('tab', { name: 'Import' }).click();
    await frame.getByRole('heading', { name: 'Mapping' }).waitFor();
    await frame.getByLabel('FOCUS CSV file').setInputFiles(FOCUS_SAMPLE_FILE);
    await frame.getByText(/1,000 rows \(FOCUS 1\.0\) become \d+ cost entries/).waitFor();
    const text = await visibleText(frame);
    await shoot(page, 'import');

    expect(text).toContain('Compute');
    expect(text).not.toMatch(/Couldn't load|Something went wrong/);
  });

  it('fits every settings tab and the panel into a narrow 380 px page', async () => {
    const { page, baseUrl } = jira;
    await page.setViewportSize({ width: 380, height: 900 });
    try {
      await page.goto(`${baseUrl}/projects/OPS/settings`);
      const frame = await moduleFrame(page, SETTINGS);
      const overflow: Record<string, number> = {};
      for (const tab of ['Costs', 'Objectives', 'Labour', 'Import', 'Audit']) {
        await frame.getByRole('tab', { name: tab }).click();
        await frame.locator('[role="tabpanel"] h2:visible').first().waitFor();
        // Measured once the frame has its content's height and the tab's data has loaded.
        await settle(page);
        // How far the page is wider than its frame: wide tables scroll inside their own box.
        overflow[tab] = await frame.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
      }
      await page.goto(`${baseUrl}/browse/OPS-2`);
      const panel = await moduleFrame(page, PANEL);
      await panel.getByRole('table').first().waitFor();
      await settle(page);
      overflow.panel = await panel.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );

      expect(overflow).toStrictEqual({
        Costs: 0,
        Objectives: 0,
        Labour: 0,
        Import: 0,
        Audit: 0,
        panel: 0,
      });
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('opens a dialog where the user is, even far down the tall settings frame', async () => {
    const { page, baseUrl } = jira;
    await page.setViewportSize({ width: 1100, height: 700 });
    try {
      await page.goto(`${baseUrl}/projects/OPS/settings`);
      const frame = await moduleFrame(page, SETTINGS);
      const trigger = frame.getByRole('button', { name: 'Import rates…' });
      // The shell grows the frame to its content's height; only then is there a page to scroll.
      await settle(page);
      await trigger.scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => window.scrollY);
      await trigger.click();
      const dialog = frame.getByRole('dialog', { name: 'Import exchange rates' });
      await dialog.waitFor();
      // The dialog moves once the frame's observer has reported the visible band.
      let box = await dialog.boundingBox();
      for (let tries = 0; tries < 20 && (box?.y ?? -1) < 0; tries += 1) {
        await page.waitForTimeout(100);
        box = await dialog.boundingBox();
      }
      const onScreen = box && { top: box.y, bottom: box.y + box.height };

      expect(scrolled).toBeGreaterThan(300);
      expect(onScreen?.top).toBeGreaterThanOrEqual(0);
      expect(onScreen?.bottom).toBeLessThanOrEqual(700);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
