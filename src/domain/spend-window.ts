import type { GadgetPeriod, IsoDate } from '../shared/contract';

import { addMonths } from './calendar';
import { fiscalYear, fiscalYearOf, monthsIn } from './okr/periods';
import type { Period } from './okr/periods';

/** The spend window a gadget shows when its configuration names none. */
export const DEFAULT_GADGET_PERIOD: GadgetPeriod = 'last-12-months';

/**
 * The months whose spend a gadget sums, for `today` in a project whose fiscal year starts in
 * `fiscalYearStartMonth`: the twelve months up to this one, this month, this fiscal quarter or
 * this fiscal year (quarters count from the fiscal year's start). Fiscal windows include their
 * months still ahead, where only planned costs can be.
 */
export function spendWindow(
  period: GadgetPeriod,
  today: IsoDate,
  fiscalYearStartMonth: number,
): Period {
  const thisMonth = `${today.slice(0, 7)}-01`;
  switch (period) {
    case 'this-month':
      return { start: thisMonth, end: addMonths(thisMonth, 1) };
    case 'last-12-months':
      return { start: addMonths(thisMonth, -11), end: addMonths(thisMonth, 1) };
    case 'this-fiscal-year':
      return fiscalYear(fiscalYearOf(today, fiscalYearStartMonth), fiscalYearStartMonth);
    case 'this-quarter': {
      const year = fiscalYear(fiscalYearOf(today, fiscalYearStartMonth), fiscalYearStartMonth);
      const monthIndex = monthsIn({ start: year.start, end: thisMonth }).length;
      const start = addMonths(year.start, Math.floor(monthIndex / 3) * 3);

      return { start, end: addMonths(start, 3) };
    }
  }
}
