import { z } from 'zod';

import { isIsoDate } from '../domain/calendar';
import { MAX_DESCRIPTION_LENGTH, MAX_RECURRENCE_MONTHS } from '../domain/cost-entry';
import { GADGET_PERIODS } from '../shared/contract';
import { ENTRY_IMPORT_BATCH_SIZE, RATE_IMPORT_LIMITS } from '../shared/csv-contract';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../shared/currencies';
import { repeatsEndBefore } from '../shared/limits';

/** Payload schemas for every resolver. Unknown fields are refused (strict objects). */

export const emptyPayload = z.strictObject({});

const isoDate = z.string().refine(isIsoDate, 'Use a real date between 1970-01-01 and 2100-12-31.');
const currency = z.string().refine(isCurrencyCode, 'Use an ISO 4217 currency code such as EUR.');
const entryId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'Use an id of 8-64 letters, digits or dashes.');
const categoryId = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'Use a category id of lower-case letters, digits or dashes.');

export const money = z.strictObject({
  amount: z
    .number()
    .int('Amounts are whole minor units.')
    .min(-MAX_SAFE_MINOR_UNITS, 'The amount is too small.')
    .max(MAX_SAFE_MINOR_UNITS, 'The amount is too large.'),
  currency,
});

/** A forecast threshold: a fraction 0-1 that is a whole percentage, as the settings form enters it. */
const wholePercent = z
  .number()
  .min(0)
  .max(1)
  .refine(
    (n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9,
    'Use whole percentages from 0 to 100.',
  );

const recurrence = z.union([
  z.strictObject({ frequency: z.literal('none') }),
  z.strictObject({
    frequency: z.literal('monthly'),
    months: z.number().int().min(1).max(MAX_RECURRENCE_MONTHS),
  }),
  z.strictObject({ frequency: z.literal('monthly'), until: isoDate }),
]);

const entryFields = {
  kind: z.enum(['actual', 'planned']),
  amount: money,
  categoryId,
  incurredOn: isoDate,
  description: z
    .string()
    .trim()
    .max(MAX_DESCRIPTION_LENGTH, `At most ${MAX_DESCRIPTION_LENGTH} characters.`),
  recurrence,
};

type Recurring = { incurredOn: string; recurrence: z.infer<typeof recurrence> };

/**
 * A monthly entry repeating until a date before its own would count in no month at all, and one
 * repeating past MAX_RECURRENCE_MONTHS would silently stop early: both are refused.
 */
function checkedRecurrence<T extends z.ZodType<Recurring>>(schema: T) {
  return schema
    .refine(
      (entry) => !('until' in entry.recurrence) || entry.recurrence.until >= entry.incurredOn,
      {
        message: 'Repeat until a date on or after the cost’s date.',
        path: ['recurrence', 'until'],
      },
    )
    .refine(
      (entry) =>
        !('until' in entry.recurrence) ||
        entry.recurrence.until < repeatsEndBefore(entry.incurredOn),
      {
        message:
          `A cost repeats at most ${MAX_RECURRENCE_MONTHS} months: choose a last repeat ` +
          'less than a year after the cost’s date.',
        path: ['recurrence', 'until'],
      },
    );
}

export const createEntryRequest = checkedRecurrence(
  z.strictObject({ id: entryId, ...entryFields }),
);
export const updateEntryRequest = checkedRecurrence(
  z.strictObject({ id: entryId, version: z.number().int().min(1), ...entryFields }),
);
export const deleteEntryRequest = z.strictObject({ id: entryId, version: z.number().int().min(1) });

const accessRule = z.union([
  z.strictObject({ type: z.literal('jira-permission') }),
  z.strictObject({
    type: z.literal('roles'),
    roleIds: z
      .array(z.string().regex(/^\d{1,18}$/))
      .min(1)
      .max(50),
  }),
]);

export const updateCostSettingsRequest = z.strictObject({
  reportingCurrency: currency,
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  categories: z
    .array(
      z.strictObject({
        id: categoryId,
        name: z.string().trim().min(1).max(60),
        retired: z.boolean(),
      }),
    )
    .min(1)
    .max(100),
  viewers: accessRule,
  editors: accessRule,
  forecastThresholds: z
    .strictObject({ onTrack: wholePercent, atRisk: wholePercent })
    .refine((t) => t.atRisk < t.onTrack, 'The at-risk threshold must be below the on-track one.')
    .optional(),
});

const decimalRate = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,12})?$/, 'Use a positive decimal rate such as 1.0842.')
  .refine((text) => /[1-9]/.test(text), 'A rate must be above zero.');

export const saveRateRequest = z.strictObject({
  base: currency,
  quote: currency,
  rate: decimalRate,
  date: isoDate,
});
export const deleteRateRequest = z.strictObject({ base: currency, quote: currency, date: isoDate });

/** The module context the issue panel gets; checked with Jira before use. */
export const issueExtension = z.object({
  issue: z.object({ id: z.string().regex(/^\d{1,18}$/), key: z.string().max(255).optional() }),
});

/** The module context the project settings page gets; checked with Jira before use. */
export const projectExtension = z.object({
  project: z.object({ id: z.string().regex(/^\d{1,18}$/) }),
});

/** The module context of the gadget; the configuration is untrusted dashboard data. */
/** Most objectives one gadget can be narrowed to. */
export const MAX_GADGET_OBJECTIVES = 50;

export const gadgetExtension = z.object({
  gadgetConfiguration: z
    .object({
      projectId: z
        .string()
        .regex(/^\d{1,18}$/)
        .optional(),
      objectiveIds: z
        .array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/))
        .max(MAX_GADGET_OBJECTIVES)
        .optional(),
      period: z.enum(GADGET_PERIODS).optional(),
    })
    .optional()
    .nullable(),
});

/** The project whose objectives the gadget's edit view offers. */
export const gadgetObjectivesRequest = z.strictObject({
  projectId: z.string().regex(/^\d{1,18}$/, 'Choose a project.'),
});

const objectiveId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'Use an id of letters, digits or dashes.');
const minor = z.number().int().min(-MAX_SAFE_MINOR_UNITS).max(MAX_SAFE_MINOR_UNITS);
const windowMonths = z.number().int().min(1).max(24);
const keyResultBase = {
  id: objectiveId,
  title: z.string().trim().min(1, 'Enter a title.').max(255),
  weight: z.number().min(0).max(100),
  archived: z.boolean(),
};

const costKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('cost'),
  categoryIds: z.array(categoryId).min(1, 'Choose at least one category.').max(20),
  jql: z.string().trim().min(1).max(2000).optional(),
  kind: z.enum(['actual', 'planned']),
  // The service replaces it with the project's reporting currency.
  currency: z.string().max(3).default(''),
  measure: z.union([
    z.strictObject({ type: z.literal('total') }),
    z.strictObject({ type: z.literal('run-rate'), months: windowMonths }),
  ]),
  baseline: z
    .union([
      z.strictObject({ type: z.literal('fixed'), amountMinor: minor }),
      z.strictObject({ type: z.literal('window'), months: windowMonths }),
    ])
    .optional(),
  target: z.union([
    z.strictObject({ type: z.literal('amount'), amountMinor: minor }),
    z.strictObject({ type: z.literal('percent-change'), percent: z.number().min(-100).max(1000) }),
    z.strictObject({ type: z.literal('cap'), amountMinor: minor }),
  ]),
});

const checkInFields = {
  value: z.number().finite().min(-MAX_SAFE_MINOR_UNITS).max(MAX_SAFE_MINOR_UNITS),
  confidence: z.enum(['low', 'medium', 'high']),
  note: z.string().trim().max(2000),
  date: isoDate,
};

const manualKeyResult = z.strictObject({
  ...keyResultBase,
  type: z.literal('manual'),
  unit: z.enum(['number', 'percent', 'currency']),
  currency: currency.optional(),
  startValue: z.number().finite(),
  targetValue: z.number().finite(),
  checkIns: z
    .array(z.strictObject({ ...checkInFields, authorAccountId: z.string().max(128) }))
    .max(200),
});

const keyResult = z.discriminatedUnion('type', [costKeyResult, manualKeyResult]);

const periodSpec = z.union([
  z.strictObject({
    type: z.literal('fiscal-year'),
    fiscalYear: z.number().int().min(1971).max(2100),
  }),
  z.strictObject({
    type: z.literal('fiscal-half'),
    fiscalYear: z.number().int().min(1971).max(2100),
    half: z.union([z.literal(1), z.literal(2)]),
  }),
  z.strictObject({
    type: z.literal('fiscal-quarter'),
    fiscalYear: z.number().int().min(1971).max(2100),
    quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  z.strictObject({ type: z.literal('custom'), start: isoDate, endInclusive: isoDate }),
]);

export const saveObjectiveRequest = z.strictObject({
  id: objectiveId,
  title: z.string().trim().min(1, 'Enter a title.').max(255),
  description: z.string().max(5000),
  ownerAccountId: z.string().min(1).max(128),
  period: periodSpec,
  status: z.enum(['draft', 'active', 'closed', 'archived']),
  keyResults: z.array(keyResult).max(20),
  version: z.number().int().min(0),
});

export const deleteObjectiveRequest = z.strictObject({
  id: objectiveId,
  version: z.number().int().min(1),
});

export const checkInRequest = z.strictObject({
  objectiveId,
  keyResultId: objectiveId,
  version: z.number().int().min(1),
  ...checkInFields,
});

export const previewKeyResultRequest = z.strictObject({ period: periodSpec, keyResult });

export const entryHistoryRequest = z.strictObject({ id: entryId });

export const auditListRequest = z.strictObject({ cursor: z.string().max(1000).optional() });

export const contributionsRequest = z.strictObject({ objectiveId, keyResultId: objectiveId });

export const reconcileRequest = z.strictObject({ repair: z.boolean() });

/** A Jira account id as sent by the settings page (Atlassian ids: letters, digits, : and -). */
const accountId = z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Use a Jira account id.');

export const saveLabourRateRequest = z.strictObject({
  accountId: accountId.optional(),
  from: isoDate,
  hourly: money.refine((value) => value.amount >= 0, 'An hourly rate cannot be negative.'),
});

export const deleteLabourRateRequest = z.strictObject({
  accountId: accountId.optional(),
  from: isoDate,
});
const ratePoint = z.tuple([isoDate, decimalRate]);
export const importRatesRequest = z.strictObject({
  source: z.enum(['ecb', 'csv']),
  series: z
    .array(
      z.strictObject({
        base: currency,
        quote: currency,
        points: z.array(ratePoint).min(1).max(RATE_IMPORT_LIMITS.maxPoints),
      }),
    )
    .min(1)
    .max(RATE_IMPORT_LIMITS.maxSeries)
    .refine(
      (series) => series.reduce((n, s) => n + s.points.length, 0) <= RATE_IMPORT_LIMITS.maxPoints,
      `Send at most ${RATE_IMPORT_LIMITS.maxPoints} rates per batch.`,
    ),
});
export const importEntriesRequest = z.strictObject({
  importId: z.string().regex(/^imp-[0-9a-f]{16}$/, 'Use the import id the page computed.'),
  dryRun: z.boolean(),
  rows: z
    .array(
      z.strictObject({
        row: z.number().int().min(2).max(999_999),
        issueKey: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*-[1-9]\d{0,9}$/, 'Use an issue key.'),
        entry: checkedRecurrence(z.strictObject(entryFields)),
      }),
    )
    .min(1)
    .max(ENTRY_IMPORT_BATCH_SIZE)
    .refine((rows) => new Set(rows.map((r) => r.row)).size === rows.length, 'Rows repeat.'),
});
export const deleteRateSeriesRequest = z.strictObject({ base: currency, quote: currency });

/** Account ids to name: Atlassian ids are letters, digits, colons, dashes and underscores. */
export const peopleRequest = z.strictObject({
  accountIds: z
    .array(z.string().regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Use Jira account ids.'))
    .max(200, 'Ask for at most 200 people at once.'),
});
