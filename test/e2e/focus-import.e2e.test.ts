import path from 'node:path';

import { DEMO_USERS } from '../../local/jira/demo-people';
import { FOCUS_SAMPLE_FILE } from '../builders/focus-import';

import { actAs, moduleFrame, SCREENSHOT_DIR, setColorMode, startLocalJira } from './browser';

type LocalJira = Awaited<ReturnType<typeof startLocalJira>>;

const SETTINGS = 'okr-cost-project-settings';
const PANEL = 'okr-cost-issue-panel';

describe('FOCUS import in the browser (Chromium)', () => {
  let jira: LocalJira;

  beforeAll(async () => {
    jira = await startLocalJira({ seed: false });
    await actAs(jira.page, jira.baseUrl, DEMO_USERS.admin);
  });

  afterAll(async () => {
    await jira.stop();
  });

  it('reads the FOCUS sample in the page, previews it and imports it onto the default issue', async () => {
    const { page, baseUrl } = jira;
    await page.goto(`${baseUrl}/projects/OPS/settings`);
    const frame = await moduleFrame(page, SETTINGS);
    await frame.getByRole('tab', { name: 'Import' }).click();
    await frame.getByRole('heading', { name: 'Mapping' }).waitFor();

    await frame.getByLabel('Send rows no rule matches to a default issue').check();
    await frame.getByLabel('Default: issue key').fill('OPS-1');
    await frame.getByLabel('FOCUS CSV file').setInputFiles(FOCUS_SAMPLE_FILE);
    const summary = frame.getByText(/1,000 rows \(FOCUS 1\.0\) become 4 cost entries/);
    await summary.waitFor();
    await frame.getByRole('button', { name: 'Import 4 cost entries' }).click();
    const done = frame.getByText('4 cost entries now hold this bill: 4 written, 0 removed');
    await done.waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'focus-import.png'), fullPage: true });
    await page.goto(`${baseUrl}/browse/OPS-1`);
    const panel = await moduleFrame(page, PANEL);
    const entry = panel.getByText(/AWS BilledCost, 2024-09: \d+ rows of the FOCUS bill/);
    await entry.waitFor();

    expect(await entry.isVisible()).toBe(true);
  });

  it('shows the remembered mapping on the Import tab in dark mode', async () => {
    const { page, baseUrl } = jira;
    await setColorMode(page, baseUrl, 'dark');
    await page.goto(`${baseUrl}/projects/OPS/settings`);
    const frame = await moduleFrame(page, SETTINGS);
    await frame.getByRole('tab', { name: 'Import' }).click();
    const issueKey = frame.getByLabel('Default: issue key');
    await issueKey.waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'focus-import-dark.png'),
      fullPage: true,
    });

    expect({
      mode: await frame.locator('html').getAttribute('data-color-mode'),
      issueKey: await issueKey.inputValue(),
    }).toStrictEqual({ mode: 'dark', issueKey: 'OPS-1' });
    await setColorMode(page, baseUrl, 'light');
  });
});
