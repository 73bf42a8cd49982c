import type { IsoDate } from '@shared/contract';
import type { PeriodSpecDto } from '@shared/okr-contract';

/** An objective's period as typed: every choice's fields, so switching type loses nothing. */
export type PeriodDraft = {
  readonly type: PeriodSpecDto['type'];
  readonly fiscalYear: string;
  readonly half: 1 | 2;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly start: string;
  readonly endInclusive: string;
};

/** Fiscal years the back end accepts (named by the calendar year they end in). */
export const MIN_FISCAL_YEAR = 1971;
export const MAX_FISCAL_YEAR = 2100;

/**
 * The fiscal year a date falls in, for a fiscal year starting in `startMonth` (1-12): with an
 * April start, 2026-05-01 is in FY2027; with January, FY2026.
 */
export function fiscalYearOf(date: IsoDate, startMonth: number): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));

  return startMonth !== 1 && month >= startMonth ? year + 1 : year;
}

/** A new objective's period: the fiscal quarter today falls in. */
export function defaultPeriodDraft(today: IsoDate, startMonth: number): PeriodDraft {
  const month = Number(today.slice(5, 7));
  const monthInYear = (((month - startMonth) % 12) + 12) % 12;
  const quarter = ([1, 2, 3, 4] as const)[Math.floor(monthInYear / 3)] ?? 1;

  return {
    type: 'fiscal-quarter',
    fiscalYear: String(fiscalYearOf(today, startMonth)),
    half: quarter <= 2 ? 1 : 2,
    quarter,
    start: today,
    endInclusive: today,
  };
}

/**
 * The first and last day (inclusive) of a fiscal period, as the back end resolves it; for
 * the editor's "1 Apr 2026 – 30 Jun 2026" hint. Undefined for a fiscal year out of range.
 */
export function fiscalPeriodDates(
  draft: PeriodDraft,
  startMonth: number,
): { readonly start: IsoDate; readonly endInclusive: IsoDate } | undefined {
  const fiscalYear = Number(draft.fiscalYear);
  if (
    !Number.isInteger(fiscalYear) ||
    fiscalYear < MIN_FISCAL_YEAR ||
    fiscalYear > MAX_FISCAL_YEAR
  ) {
    return undefined;
  }
  const firstYear = startMonth === 1 ? fiscalYear : fiscalYear - 1;
  const offset =
    draft.type === 'fiscal-half'
      ? (draft.half - 1) * 6
      : draft.type === 'fiscal-quarter'
        ? (draft.quarter - 1) * 3
        : 0;
  const length = draft.type === 'fiscal-half' ? 6 : draft.type === 'fiscal-quarter' ? 3 : 12;
  const start = new Date(Date.UTC(firstYear, startMonth - 1 + offset, 1));
  const end = new Date(Date.UTC(firstYear, startMonth - 1 + offset + length, 0));

  return { start: start.toISOString().slice(0, 10), endInclusive: end.toISOString().slice(0, 10) };
}

/** How many calendar months a period touches: 12, 6 or 3, or a custom period's month count. */
export function periodMonthCount(draft: PeriodDraft): number | undefined {
  if (draft.type === 'fiscal-year') return 12;
  if (draft.type === 'fiscal-half') return 6;
  if (draft.type === 'fiscal-quarter') return 3;
  if (!/^\d{4}-\d{2}/.test(draft.start) || !/^\d{4}-\d{2}/.test(draft.endInclusive))
    return undefined;
  const index = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  const count = index(draft.endInclusive) - index(draft.start) + 1;

  return count > 0 ? count : undefined;
}

/** The draft of a saved period spec. */
export function toPeriodDraft(spec: PeriodSpecDto, fallback: PeriodDraft): PeriodDraft {
  switch (spec.type) {
    case 'fiscal-year':
      return { ...fallback, type: spec.type, fiscalYear: String(spec.fiscalYear) };
    case 'fiscal-half':
      return { ...fallback, type: spec.type, fiscalYear: String(spec.fiscalYear), half: spec.half };
    case 'fiscal-quarter':
      return {
        ...fallback,
        type: spec.type,
        fiscalYear: String(spec.fiscalYear),
        quarter: spec.quarter,
      };
    case 'custom':
      return { ...fallback, type: spec.type, start: spec.start, endInclusive: spec.endInclusive };
  }
}

/**
 * A period draft's first day and the day after its last ([start, end), as ObjectiveView's
 * `period`), for the preview; undefined while its dates are incomplete.
 */
export function periodBounds(
  draft: PeriodDraft,
  startMonth: number,
): { readonly start: IsoDate; readonly end: IsoDate } | undefined {
  const dates =
    draft.type === 'custom'
      ? { start: draft.start, endInclusive: draft.endInclusive }
      : fiscalPeriodDates(draft, startMonth);
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!dates || !iso.test(dates.start) || !iso.test(dates.endInclusive)) return undefined;
  // The pattern above guarantees three numeric parts.
  const [year, month, day] = dates.endInclusive.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);

  return { start: dates.start, end };
}
