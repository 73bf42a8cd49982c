import type { GadgetPeriod } from '@shared/contract';

/** How the edit view and the view name each spend window. */
export const PERIOD_LABELS: Readonly<Record<GadgetPeriod, string>> = {
  'last-12-months': 'Last 12 months',
  'this-month': 'This month',
  'this-quarter': 'This fiscal quarter',
  'this-fiscal-year': 'This fiscal year',
};
