import type { AuditEventDto } from '@shared/contract';

import { changeLines, summaryText } from '../../../static/common/src/audit/audit-format';
import type { AuditFormatOptions } from '../../../static/common/src/audit/audit-format';

const OPTIONS: AuditFormatOptions = {
  locale: 'en-US',
  categoryNames: new Map([
    ['cat-cloud', 'Cloud'],
    ['cat-licences', 'Licences'],
  ]),
  roleNames: new Map([['10002', 'Administrators']]),
  peopleNames: { 'account-olga': 'Olga Owner' },
};

function event(changes: AuditEventDto['changes']): AuditEventDto {
  return {
    id: 'event-1',
    at: '2026-03-01T10:00:00.000Z',
    actor: 'account-me',
    action: 'settings.updated',
    target: 'settings',
    summary: 'Cost settings',
    changes,
  };
}

function lines(changes: AuditEventDto['changes'], options = OPTIONS): string[] {
  return changeLines(event(changes), options).map(
    (line) => `${line.label}: ${line.before} → ${line.after}`,
  );
}

describe('audit-format', () => {
  describe('changeLines of settings, objectives and import mappings', () => {
    it('reads cost settings in words, not as JSON', () => {
      expect(
        lines({
          categories: [
            [{ id: 'cat-cloud', name: 'Cloud', retired: false }],
            [
              { id: 'cat-cloud', name: 'Cloud', retired: true },
              { id: 'cat-licences', name: 'Licences', retired: false },
            ],
          ],
          viewers: [{ type: 'jira-permission' }, { type: 'roles', roleIds: ['10002', '10099'] }],
          forecastThresholds: [undefined, { onTrack: 0.65, atRisk: 0.3 }],
          fiscalYearStartMonth: [1, 4],
        }),
      ).toStrictEqual([
        'Categories: Cloud → Cloud (retired), Licences',
        'Who may view costs: Everyone with the Jira permission → Only Administrators, role 10099',
        'Forecast thresholds: the defaults (on track from 70%, at risk from 40%) → ' +
          'on track from 65%, at risk from 30%',
        'Fiscal year starts: January → April',
      ]);
    });

    it('reads an objective change with periods, owners and key result titles', () => {
      expect(
        lines({
          period: [
            { type: 'fiscal-quarter', fiscalYear: 2026, quarter: 1 },
            { type: 'custom', start: '2026-01-15', endInclusive: '2026-06-30' },
          ],
          ownerAccountId: ['account-olga', '5b10ac8d82e05b22cc7d4ef5'],
          status: ['active', 'closed'],
          keyResults: [
            [{ title: 'Cut cloud spend 15%', archived: false }],
            [
              { title: 'Cut cloud spend 15%', archived: true },
              { title: 'Keep licences under cap', archived: false },
            ],
          ],
        }),
      ).toStrictEqual([
        'Period: FY2026 Q1 → Jan 15, 2026 – Jun 30, 2026',
        'Owner: Olga Owner → 5b10ac8d…',
        'Status: Active → Closed',
        'Key results: Cut cloud spend 15% → Cut cloud spend 15% (archived); ' +
          'Keep licences under cap',
      ]);
    });

    it('reads a FOCUS mapping change with its rules and default target', () => {
      expect(
        lines({
          costBasis: ['BilledCost', 'EffectiveCost'],
          rules: [
            [],
            [
              {
                id: 'r1',
                field: 'tag',
                tagKey: 'application',
                value: 'checkout',
                issueKey: 'OPS-1',
                categoryId: 'cat-cloud',
              },
              {
                id: 'r2',
                field: 'ServiceCategory',
                value: 'Compute',
                issueKey: 'OPS-2',
                categoryId: 'cat-gone',
              },
            ],
          ],
          defaultTarget: [undefined, { issueKey: 'OPS-9', categoryId: 'cat-licences' }],
        }),
      ).toStrictEqual([
        'Cost basis: Billed cost → Effective cost',
        'Mapping rules: (none) → tag application = checkout → OPS-1 (Cloud); ' +
          'ServiceCategory = Compute → OPS-2 (cat-gone)',
        'Rows no rule matches: (none) → OPS-9 (Licences)',
      ]);
    });

    it('falls back to the recorded value for a shape this version does not know', () => {
      expect(
        lines({
          viewers: [{ type: 'groups', groups: ['a'] }, { type: 'jira-permission' }],
          categories: [['not-an-object'], []],
        }),
      ).toStrictEqual([
        'Who may view costs: {"type":"groups","groups":["a"]} → Everyone with the Jira permission',
        'Categories: ["not-an-object"] → (none)',
      ]);
    });
  });

  describe('summaryText', () => {
    it('reads an entry summary as money, category name and date', () => {
      expect(
        summaryText(
          { ...event(undefined), target: 'entry:e1', summary: 'EUR 10000 cat-cloud on 2026-01-15' },
          OPTIONS,
        ),
      ).toBe('€100.00 · Cloud · Jan 15, 2026');
    });

    it('names the person of a labour rate, or keeps the project default', () => {
      const labour = (summary: string) =>
        summaryText({ ...event(undefined), action: 'labour-rates.updated', summary }, OPTIONS);

      expect([
        labour('Labour rate of account-olga from 2026-01-01'),
        labour('Removed the labour rate of 5b10ac8d82e05b22cc7d4ef5 from 2026-02-01'),
        labour('Labour rate of the project default from 2026-03-01'),
      ]).toStrictEqual([
        'Labour rate of Olga Owner from Jan 1, 2026',
        'Removed the labour rate of 5b10ac8d… from Feb 1, 2026',
        'Labour rate of the project default from Mar 1, 2026',
      ]);
    });

    it('keeps any other summary as recorded', () => {
      expect(summaryText(event(undefined), OPTIONS)).toBe('Cost settings');
    });
  });
});
