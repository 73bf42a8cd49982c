import { z } from 'zod';

import { isIsoDate } from '../domain/calendar';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../shared/currencies';

/** Payload schemas of the FOCUS import's resolvers. Unknown fields are refused (strict objects). */

/** Groups per batch: a batch stays near 60 KB, far below Forge's payload and KVS value limits. */
export const MAX_FOCUS_GROUPS_PER_BATCH = 200;
/** Batches per run: 200,000 groups, far more than any bill's issues x categories x months. */
export const MAX_FOCUS_BATCHES = 1000;
export const MAX_FOCUS_RULES = 100;
export const MAX_FOCUS_SOURCES = 50;

const categoryId = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'Use a category id of lower-case letters, digits or dashes.');
const issueKey = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,29}-[1-9][0-9]{0,9}$/, 'Use an issue key such as OPS-12.');
const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'Use a month YYYY-MM.')
  .refine((value) => isIsoDate(`${value}-01`), 'Use a month between 1970 and 2100.');
const runId = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'Use an id of 8-64 letters, digits or dashes.');
const costBasis = z.enum(['BilledCost', 'EffectiveCost']);
const target = { categoryId, issueKey };

const rule = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'Use a rule id of letters, digits or dashes.'),
    field: z.enum(['tag', 'ServiceCategory', 'ServiceName', 'SubAccountName']),
    tagKey: z.string().trim().min(1).max(200).optional(),
    value: z.string().trim().min(1, 'Give the value to match.').max(200),
    ...target,
  })
  .refine((r) => (r.field === 'tag') === (r.tagKey !== undefined), {
    message: 'A tag rule names the tag key; other rules do not.',
    path: ['tagKey'],
  });

export const saveFocusMappingRequest = z.strictObject({
  costBasis,
  rules: z.array(rule).max(MAX_FOCUS_RULES, `At most ${MAX_FOCUS_RULES} rules.`),
  defaultTarget: z.strictObject(target).optional(),
});

const source = z.strictObject({
  providerName: z.string().max(100),
  billingAccountId: z.string().max(200),
  billingPeriod: month,
});

const group = z.strictObject({
  source,
  ...target,
  month,
  currency: z.string().refine(isCurrencyCode, 'Use an ISO 4217 currency code such as EUR.'),
  amountMinor: z.number().int().min(-MAX_SAFE_MINOR_UNITS).max(MAX_SAFE_MINOR_UNITS),
  rowCount: z.number().int().min(1).max(1_000_000_000),
});

export const stageFocusBatchRequest = z.strictObject({
  runId,
  batchIndex: z
    .number()
    .int()
    .min(0)
    .max(MAX_FOCUS_BATCHES - 1),
  costBasis,
  fileName: z.string().max(200),
  groups: z
    .array(group)
    .max(MAX_FOCUS_GROUPS_PER_BATCH, `At most ${MAX_FOCUS_GROUPS_PER_BATCH} groups.`),
});

export const commitFocusImportRequest = z.strictObject({
  runId,
  batchCount: z.number().int().min(1).max(MAX_FOCUS_BATCHES),
  sources: z.array(source).min(1).max(MAX_FOCUS_SOURCES, `At most ${MAX_FOCUS_SOURCES} bills.`),
});
