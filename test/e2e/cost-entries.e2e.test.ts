import path from 'node:path';

import { DEMO_USERS } from '../../local/jira/demo-people';

import {
  actAs,
  addCost,
  moduleFrame,
  SCREENSHOT_DIR,
  setColorMode,
  startLocalJira,
} from './browser';

type LocalJira = Awaited<ReturnType<typeof startLocalJira>>;

const PANEL = 'okr-cost-issue-panel';

describe('cost entries in the issue panel (Chromium)', () => {
  let jira: LocalJira;

  beforeAll(async () => {
    jira = await startLocalJira();
  });

  afterAll(async () => {
    await jira.stop();
  });

  it('adds, edits and deletes costs as a de-DE user, and they survive a reload', async () => {
    const { page, baseUrl } = jira;
    await actAs(page, baseUrl, DEMO_USERS.member);
    await page.goto(`${baseUrl}/browse/OPS-12`);
    let frame = await moduleFrame(page, PANEL);
    await frame.getByText('Add the first cost').waitFor();

    await addCost(frame, {
      amount: '1.234,56',
      currency: 'EUR',
      category: 'Cloud',
      date: '2026-10-01',
    });
    await addCost(frame, {
      amount: '1.000',
      currency: 'JPY',
      category: 'Hardware',
      date: '2026-10-02',
    });
    await addCost(frame, {
      amount: '2,755',
      currency: 'KWD',
      category: 'Other',
      date: '2026-10-03',
    });
    await page.reload();
    frame = await moduleFrame(page, PANEL);
    const table = frame.getByRole('table', { name: 'Cost entries' });
    await table.getByText('1.234,56 €').waitFor();
    // Intl puts no-break spaces between amount and symbol; compare with plain spaces.
    const afterReload = (await table.innerText()).replace(/\s+/g, ' ');
    await frame.getByRole('button', { name: /^Edit cost: .*1\.234,56/ }).click();
    const dialog = frame.getByRole('dialog');
    await dialog.getByLabel('Amount').fill('99,99');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await frame.getByRole('button', { name: /^Delete cost: .*JPY|^Delete cost: .*¥/ }).click();
    await frame.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });
    await table.getByText('99,99 €').waitFor();
    const afterChanges = (await table.innerText()).replace(/\s+/g, ' ');
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'issue-panel-de-DE-light.png'),
      fullPage: true,
    });
    await setColorMode(page, baseUrl, 'dark');
    await page.reload();
    await (await moduleFrame(page, PANEL)).getByText('99,99 €').first().waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'issue-panel-de-DE-dark.png'),
      fullPage: true,
    });
    await setColorMode(page, baseUrl, 'light');

    expect(afterReload).toContain('1.000 ¥');
    expect(afterReload).toContain('2,755 KWD');
    expect(afterChanges).not.toContain('¥');
    expect(afterChanges).toContain('2,755 KWD');
  });

  it('shows the chosen objective and the project total in the gadget after configuring it', async () => {
    const { page, baseUrl } = jira;
    await actAs(page, baseUrl, DEMO_USERS.admin);
    await page.goto(`${baseUrl}/dashboard?edit=1`);
    const edit = await moduleFrame(page, 'okr-cost-gadget');
    await edit.getByLabel('Project').fill('Platform');
    await edit.getByLabel('Project').press('Enter');
    await edit.getByRole('radio', { name: /^Chosen objectives/ }).check();
    await edit.getByRole('checkbox', { name: /Make costs visible to every team/ }).check();
    await edit.getByLabel('Spend period').selectOption('this-fiscal-year');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(`${baseUrl}/dashboard`);
    const view = await moduleFrame(page, 'okr-cost-gadget');
    await view.getByText('Platform Operations').first().waitFor();
    await view.getByText('Make costs visible to every team').first().waitFor();
    const text = await view.locator('body').innerText();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'gadget-light.png'), fullPage: true });
    await setColorMode(page, baseUrl, 'dark');
    await page.reload();
    await (
      await moduleFrame(page, 'okr-cost-gadget')
    )
      .getByText('Platform Operations')
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'gadget-dark.png'), fullPage: true });
    await setColorMode(page, baseUrl, 'light');

    expect(text).toMatch(/Cloud services/);
    expect(text).toMatch(/€/);
    expect(text).toContain('Spend: This fiscal year');
    expect(text).not.toContain('Run a leaner platform');
  });
});
