import path from 'node:path';

import type { Frame, Locator, Page } from 'playwright-core';

import { DEMO_USERS } from '../../local/jira/demo-people';

import { actAs, addCost, moduleFrame, SCREENSHOT_DIR, startLocalJira } from './browser';

type LocalJira = Awaited<ReturnType<typeof startLocalJira>>;

const SETTINGS = 'okr-cost-project-settings';
const PANEL = 'okr-cost-issue-panel';

/**
 * A past half year, so that nothing depends on today: the demo seeds costs from 11 months
 * before today onwards (and Travel only 4 months before today), so 2025 H1 holds no demo costs
 * for any today from November 2025 on. The test checks that itself (the KR starts at €0.00).
 */
const PERIOD = { start: '2025-01-01', endInclusive: '2025-06-30' };
const OBJECTIVE_TITLE = 'Travel less in the first half of 2025';
/** The template's auto title once Travel, 25% and a fixed baseline are chosen. */
const KR_TITLE = 'Reduce Travel spend by 25%';

/**
 * The numbers, in EUR (OPS's reporting currency) and as `lead` (en-GB) sees them. The key
 * result measures the total of actual Travel costs over the period against a fixed baseline of
 * €12,000.00 with a 25% reduction, so its target is €12,000.00 × 0.75 = €9,000.00 and
 * progress = (current − baseline) / (target − baseline) = (current − 12,000) / −3,000.
 */
const BASELINE = '€12,000.00';
const TARGET = '€9,000.00';
/** Before any cost: current €0.00 → (0 − 12,000) / −3,000 = 4 → "400%", 100% below baseline. */
const BEFORE = { current: '€0.00', progress: '400%', change: '-100% vs baseline' };
/**
 * After €6,000.00 (15 Feb) + €4,200.00 (30 Jun, the last day) of Travel inside the period; a
 * Travel cost on 1 Jul 2025 (outside) and a Hardware cost inside do not count: current
 * €10,200.00 → (10,200 − 12,000) / −3,000 = 0.6 → "60%", (10,200 − 12,000) / 12,000 = −15%.
 */
const AFTER = { current: '€10,200.00', progress: '60%', change: '-15% vs baseline' };

/** Visible text with runs of white space (including Intl's no-break spaces) as one space. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

async function openObjectivesTab(page: Page, baseUrl: string): Promise<Frame> {
  await page.goto(`${baseUrl}/projects/OPS/settings`);
  const frame = await moduleFrame(page, SETTINGS);
  await frame.getByRole('tab', { name: 'Objectives' }).click();
  await frame.getByRole('heading', { name: 'Objectives', level: 2 }).waitFor();

  return frame;
}

/** The key result's row in the objectives list, once the list shows `current`. */
async function keyResultRow(frame: Frame, current: string): Promise<Locator> {
  const objective = frame.getByRole('article', { name: OBJECTIVE_TITLE });
  const row = objective
    .getByRole('list', { name: `Key results of ${OBJECTIVE_TITLE}` })
    .getByRole('listitem')
    .filter({ hasText: KR_TITLE });
  await row.getByText(current, { exact: true }).waitFor();

  return row;
}

describe('objectives and key results (Chromium)', () => {
  let jira: LocalJira;

  beforeAll(async () => {
    jira = await startLocalJira();
  });

  afterAll(async () => {
    await jira.stop();
  });

  it('creates a cost key result from a template and measures costs added in the issue panel', async () => {
    const { page, baseUrl } = jira;
    await actAs(page, baseUrl, DEMO_USERS.lead);

    // 1. A new objective over 2025 H1 with one "reduce spend" key result on Travel.
    let frame = await openObjectivesTab(page, baseUrl);
    await frame.getByRole('heading', { name: 'Run a leaner platform' }).waitFor();
    await frame.getByRole('button', { name: 'New objective' }).click();
    const form = frame.getByRole('form', { name: 'New objective' });
    await form.getByRole('textbox', { name: 'Title', exact: true }).fill(OBJECTIVE_TITLE);
    await form
      .getByRole('textbox', { name: 'Description' })
      .fill('Meet vendors online where we can.');
    await form.getByRole('radio', { name: 'Custom dates' }).check();
    await form.getByRole('textbox', { name: 'First day' }).fill(PERIOD.start);
    await form.getByRole('textbox', { name: 'Last day' }).fill(PERIOD.endInclusive);
    // After the period: the template sizes its comparison window from the period's length.
    await form.getByRole('button', { name: 'Reduce spend by X% within N months' }).click();
    const keyResult = form.getByRole('region', { name: /^Key result 1 · measured from costs$/ });
    expect(
      await keyResult.getByRole('textbox', { name: 'Months before the period' }).inputValue(),
    ).toBe('6');
    expect(await keyResult.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(
      'Reduce spend by 10% within 6 months',
    );
    await keyResult.getByRole('combobox', { name: 'Cost categories' }).fill('Travel');
    await keyResult.getByRole('combobox', { name: 'Cost categories' }).press('Enter');
    await keyResult.getByRole('textbox', { name: 'Percent', exact: true }).fill('25');
    await keyResult.getByRole('radio', { name: 'A fixed amount' }).check();
    await keyResult.getByRole('textbox', { name: 'Baseline amount' }).fill('12,000.00');
    expect(await keyResult.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(KR_TITLE);

    // The editor's preview measures the draft against the recorded costs: none in 2025 H1.
    const preview = keyResult.getByRole('region', { name: 'Preview' });
    await preview.getByText(BEFORE.progress, { exact: true }).waitFor();
    const previewText = await textOf(preview);
    expect(previewText).toContain(`Now ${BEFORE.current}`);
    expect(previewText).toContain(`Target ${TARGET}`);
    expect(previewText).toContain(`Baseline ${BASELINE}`);

    await form.getByRole('button', { name: 'Create objective' }).click();
    await form.waitFor({ state: 'detached' });

    // 2. The saved objective in the list: no Travel costs yet, so €0.00, which is already
    //    below the target: a total against a decreasing target reads as ahead until costs come.
    let row = await keyResultRow(frame, BEFORE.current);
    const objective = frame.getByRole('article', { name: OBJECTIVE_TITLE });
    const before = await textOf(row);
    expect(before).toContain(
      'Actual costs of Travel · total over the period · against a fixed baseline',
    );
    expect(before).toContain(`Now ${BEFORE.current}`);
    expect(before).toContain(`Target ${TARGET}`);
    expect(before).toContain(`Baseline ${BASELINE}`);
    expect(before).toContain(BEFORE.change);
    // The period is over, so the lozenge gives the result rather than a forecast.
    expect(before).toContain('Target met');
    expect(before).toContain('Period ended 30 Jun 2025');
    const meter = row.getByRole('progressbar', { name: `Progress: ${KR_TITLE}` });
    expect(await meter.getAttribute('aria-valuetext')).toBe(BEFORE.progress);
    expect(await meter.getAttribute('aria-valuenow')).toBe('100');
    const objectiveText = await textOf(objective);
    expect(objectiveText).toContain('1 Jan 2025 – 30 Jun 2025');
    // The objective's progress is the key result's score, clamped to 100%.
    expect(
      await objective
        .getByRole('progressbar', { name: `Progress of ${OBJECTIVE_TITLE}` })
        .getAttribute('aria-valuetext'),
    ).toBe('100%');

    // 3. Costs in the issue panel of an OPS issue without demo costs.
    await page.goto(`${baseUrl}/browse/OPS-11`);
    frame = await moduleFrame(page, PANEL);
    await frame.getByText('Add the first cost').waitFor();
    const entries = [
      { amount: '6,000.00', category: 'Travel', date: '2025-02-15' },
      { amount: '4,200.00', category: 'Travel', date: '2025-06-30' },
      { amount: '999.00', category: 'Travel', date: '2025-07-01' },
      { amount: '500.00', category: 'Hardware', date: '2025-03-10' },
    ];
    for (const entry of entries) await addCost(frame, { ...entry, currency: 'EUR' });
    const table = frame.getByRole('table', { name: 'Cost entries' });
    await table.getByText('€999.00').waitFor();
    // The Travel costs now count toward the new key result, as the panel says.
    await frame
      .getByRole('region', { name: 'Counts toward' })
      .getByRole('listitem')
      .filter({ hasText: OBJECTIVE_TITLE })
      .getByText(KR_TITLE)
      .waitFor();
    const tableText = await textOf(table);
    for (const amount of ['€6,000.00', '€4,200.00', '€500.00']) expect(tableText).toContain(amount);

    // 4. Back in settings: the key result measured the two Travel costs inside the period.
    frame = await openObjectivesTab(page, baseUrl);
    row = await keyResultRow(frame, AFTER.current);
    const after = await textOf(row);
    await page.screenshot({
      path: path.join(SCREENSHOT_DIR, 'objectives-travel-key-result.png'),
      fullPage: true,
    });
    expect(after).toContain(`Now ${AFTER.current}`);
    expect(after).toContain(`Target ${TARGET}`);
    expect(after).toContain(`Baseline ${BASELINE}`);
    expect(after).toContain(`${AFTER.progress} ↓ ${AFTER.change}`);
    // The period has ended: the final score 0.6 missed the target ("at risk" band, amber).
    expect(after).toContain('Target missed');
    expect(after).toContain('Period ended 30 Jun 2025');
    expect(after).not.toContain('Forecast');
    const meterAfter = row.getByRole('progressbar', { name: `Progress: ${KR_TITLE}` });
    expect(await meterAfter.getAttribute('aria-valuetext')).toBe(AFTER.progress);
    expect(await meterAfter.getAttribute('aria-valuenow')).toBe('60');
    expect(
      await frame
        .getByRole('article', { name: OBJECTIVE_TITLE })
        .getByRole('progressbar', { name: `Progress of ${OBJECTIVE_TITLE}` })
        .getAttribute('aria-valuetext'),
    ).toBe(AFTER.progress);
  });
});
