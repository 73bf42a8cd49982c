import { z } from 'zod';

import { isIsoDate } from '../domain/calendar';
import { MAX_DESCRIPTION_LENGTH, MAX_RECURRENCE_MONTHS } from '../domain/cost-entry';
import { isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../shared/currencies';

/** Payload schemas for every resolver. Unknown fields are refused (strict objects). */

export const emptyPayload = z.strictObject({});

const isoDate = z.string().refine(isIsoDate, 'Use a real date between 1970-01-01 and 2100-12-31.');
const currency = z.string().refine(isCurrencyCode, 'Use an ISO 4217 currency code such as EUR.');
const entryId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'Use an id of 8-64 letters, digits or dashes.');
const categoryId = z.string().regex(/^[a-z0-9-]{1,40}$/, 'Use a category id of lower-case letters, digits or dashes.');

export const money = z.strictObject({
  amount: z
    .number()
    .int('Amounts are whole minor units.')
    .min(-MAX_SAFE_MINOR_UNITS, 'The amount is too small.')
    .max(MAX_SAFE_MINOR_UNITS, 'The amount is too large.'),
  currency,
});

const recurrence = z.union([
  z.strictObject({ frequency: z.literal('none') }),
  z.strictObject({ frequency: z.literal('monthly'), months: z.number().int().min(1).max(MAX_RECURRENCE_MONTHS) }),
  z.strictObject({ frequency: z.literal('monthly'), until: isoDate }),
]);

const entryFields = {
  kind: z.enum(['actual', 'planned']),
  amount: money,
  categoryId,
  incurredOn: isoDate,
  description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, `At most ${MAX_DESCRIPTION_LENGTH} characters.`),
  recurrence,
};

export const createEntryRequest = z.strictObject({ id: entryId, ...entryFields });
export const updateEntryRequest = z.strictObject({ id: entryId, version: z.number().int().min(1), ...entryFields });
export const deleteEntryRequest = z.strictObject({ id: entryId, version: z.number().int().min(1) });

const accessRule = z.union([
  z.strictObject({ type: z.literal('jira-permission') }),
  z.strictObject({ type: z.literal('roles'), roleIds: z.array(z.string().regex(/^\d{1,18}$/)).min(1).max(50) }),
]);

export const updateCostSettingsRequest = z.strictObject({
  reportingCurrency: currency,
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  categories: z
    .array(z.strictObject({ id: categoryId, name: z.string().trim().min(1).max(60), retired: z.boolean() }))
    .min(1)
    .max(100),
  viewers: accessRule,
  editors: accessRule,
});

const decimalRate = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,12})?$/, 'Use a positive decimal rate such as 1.0842.')
  .refine((text) => /[1-9]/.test(text), 'A rate must be above zero.');

export const saveRateRequest = z.strictObject({ base: currency, quote: currency, rate: decimalRate, date: isoDate });
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
export const gadgetExtension = z.object({
  gadgetConfiguration: z
    .object({ projectId: z.string().regex(/^\d{1,18}$/).optional() })
    .optional()
    .nullable(),
});
