import { currencyExponent, isCurrencyCode, MAX_SAFE_MINOR_UNITS } from '../currencies';
import type { FocusGroupDto, FocusMappingDto, FocusSourceDto } from '../focus-contract';

import { FocusDecimalError, parseFocusDecimal, roundHalfEvenToMinor } from './focus-decimal';
import type { FocusRuleCells } from './focus-rules';
import { matchFocusRow } from './focus-rules';
import { parseFocusTags } from './focus-tags';

/** How a noted row was treated: it blocks the import, was left out, or went in with a caveat. */
export type FocusNoteSeverity = 'problem' | 'skipped' | 'warning';

/** Rows that share a reason to be noted; `firstLines` are file line numbers (header is line 1). */
export type FocusRowNote = {
  readonly severity: FocusNoteSeverity;
  readonly reason: string;
  readonly rows: number;
  readonly firstLines: readonly number[];
  /** The first offending value, when there is one. */
  readonly example?: string;
};

/** Money in minor units of one currency, for totals shown in the preview. */
export type FocusAmount = { readonly currency: string; readonly amountMinor: number };

/** How many rows a rule (or `default`) caught and how much they sum to, per currency. */
export type FocusRuleHits = {
  readonly ruleId: string;
  readonly rows: number;
  readonly amounts: readonly FocusAmount[];
};

/** Everything the preview shows and the upload sends, from one pass over a file. */
export type FocusPreview = {
  readonly rowCount: number;
  /** Groups whose rounded sum is not zero: one cost entry each. */
  readonly groups: readonly FocusGroupDto[];
  readonly totals: readonly FocusAmount[];
  readonly ruleHits: readonly FocusRuleHits[];
  readonly notes: readonly FocusRowNote[];
  readonly sources: readonly FocusSourceDto[];
  /** Whether a note blocks the import (a malformed amount, date or currency). */
  readonly blocked: boolean;
};

/** Line numbers kept per note, so that a file full of one mistake stays small in memory. */
const MAX_LINES_PER_NOTE = 5;
const MONTH = /^(\d{4})-(\d{2})/;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/;

type GroupSum = {
  group: Omit<FocusGroupDto, 'amountMinor' | 'rowCount'>;
  sum: bigint;
  rows: number;
};

/**
 * Sums FOCUS rows, one at a time, into groups per bill source x issue x category x month (of
 * ChargePeriodStart) x billing currency. Sums are exact (BigInt at 11 decimal places) and are
 * rounded half-to-even to the currency's minor units once per group, in `finish`. Memory grows
 * with the number of groups and rules, not rows. `NULL` cells are read as empty.
 */
export function createFocusAggregator(mapping: FocusMappingDto) {
  const groups = new Map<string, GroupSum>();
  const hits = new Map<string, { rows: number; sums: Map<string, bigint> }>();
  const notes = new Map<
    string,
    { note: Omit<FocusRowNote, 'rows' | 'firstLines'>; rows: number; lines: number[] }
  >();
  let rowCount = 0;
  const note = (severity: FocusNoteSeverity, reason: string, line: number, example?: string) => {
    const key = `${severity}|${reason}`;
    const current = notes.get(key) ?? {
      note: { severity, reason, ...(example === undefined ? {} : { example }) },
      rows: 0,
      lines: [],
    };
    current.rows += 1;
    if (current.lines.length < MAX_LINES_PER_NOTE) current.lines.push(line);
    notes.set(key, current);
  };

  /** Adds one data row (a header-keyed record) found on `line` of the file. */
  const addRow = (row: Readonly<Record<string, string | undefined>>, line: number): void => {
    rowCount += 1;
    const cell = (column: string) => normalise(row[column]);
    // Limitation: amounts are recorded in BillingCurrency only; FOCUS 1.2's PricingCurrency and
    // the cost columns in it are not read.
    const currency = cell('BillingCurrency').toUpperCase();
    if (!isCurrencyCode(currency)) {
      note('problem', 'Unknown BillingCurrency', line, cell('BillingCurrency'));
      return;
    }
    const billingPeriod = monthOfFocusDate(cell('BillingPeriodStart'));
    const month = monthOfFocusDate(cell('ChargePeriodStart'));
    if (!billingPeriod || !month) {
      note('problem', 'BillingPeriodStart or ChargePeriodStart is not a date', line);
      return;
    }
    const costText = cell(mapping.costBasis);
    if (costText === '') {
      note('problem', `${mapping.costBasis} is empty`, line);
      return;
    }
    let cost: bigint;
    try {
      cost = parseFocusDecimal(costText);
    } catch (error: unknown) {
      if (!(error instanceof FocusDecimalError)) throw error;
      note('problem', `Malformed ${mapping.costBasis}`, line, error.message);
      return;
    }
    let tags: ReadonlyMap<string, string> | undefined | null = null;
    const cells: FocusRuleCells = {
      ServiceCategory: cell('ServiceCategory'),
      ServiceName: cell('ServiceName'),
      SubAccountName: cell('SubAccountName'),
      tags: () => {
        if (tags === null) {
          tags = parseFocusTags(cell('Tags'));
          if (tags === undefined)
            note('warning', 'Tags is not a JSON object; tag rules skip it', line);
        }
        return tags;
      },
    };
    const match = matchFocusRow(mapping, cells);
    if (!match) {
      note('skipped', 'No rule matches and no default issue is set', line);
      return;
    }

    const source: FocusSourceDto = {
      providerName: cell('ProviderName'),
      billingAccountId: cell('BillingAccountId'),
      billingPeriod,
    };
    addToGroup(groups, { source, ...match.target, month, currency }, cost);
    const hit = hits.get(match.ruleId) ?? { rows: 0, sums: new Map<string, bigint>() };
    hit.rows += 1;
    hit.sums.set(currency, (hit.sums.get(currency) ?? 0n) + cost);
    hits.set(match.ruleId, hit);
  };

  /** Counts a row the CSV reader could not split into the header's columns. */
  const rejectRow = (line: number, reason: string): void => {
    rowCount += 1;
    note('problem', reason, line);
  };

  /** The groups, rounded once each, with totals, rule statistics and notes. */
  const finish = (): FocusPreview => {
    const rounded: FocusGroupDto[] = [];
    const totals = new Map<string, number>();
    const extra: FocusRowNote[] = [];
    for (const { group, sum, rows } of groups.values()) {
      const amountMinor = toMinor(sum, group.currency);
      if (amountMinor === undefined) {
        extra.push({
          severity: 'problem',
          reason: 'A sum is too large to record',
          rows,
          firstLines: [],
        });
        continue;
      }
      totals.set(group.currency, (totals.get(group.currency) ?? 0) + amountMinor);
      if (amountMinor !== 0) rounded.push({ ...group, amountMinor, rowCount: rows });
    }
    const allNotes = [
      ...[...notes.values()].map(({ note: n, rows, lines }) => ({ ...n, rows, firstLines: lines })),
      ...extra,
    ];

    return {
      rowCount,
      groups: rounded.sort(compareGroups),
      totals: toAmounts(totals),
      ruleHits: [...hits].map(([ruleId, { rows, sums }]) => ({
        ruleId,
        rows,
        amounts: [...sums].map(([currency, sum]) => ({
          currency,
          amountMinor: toMinor(sum, currency) ?? Number.NaN,
        })),
      })),
      notes: allNotes,
      sources: uniqueSources([...groups.values()].map((g) => g.group.source)),
      blocked: allNotes.some((n) => n.severity === 'problem'),
    };
  };

  return { addRow, rejectRow, finish };
}

function addToGroup(groups: Map<string, GroupSum>, group: GroupSum['group'], cost: bigint): void {
  const { source, issueKey, categoryId, month, currency } = group;
  const key = [
    source.providerName,
    source.billingAccountId,
    source.billingPeriod,
    issueKey,
    categoryId,
    month,
    currency,
  ].join('\u0000');
  const current = groups.get(key);
  if (current) {
    current.sum += cost;
    current.rows += 1;
  } else {
    groups.set(key, { group, sum: cost, rows: 1 });
  }
}

/** `NULL`, as FOCUS exports write empty cells, is read as empty; cells are trimmed. */
function normalise(value: string | undefined): string {
  const text = (value ?? '').trim();

  return text === 'NULL' ? '' : text;
}

/**
 * The month `YYYY-MM` of a FOCUS date-time (`2024-09-01 00:00:00`, `2024-09-01T00:00:00Z`).
 * FOCUS date-times are UTC; one written with an offset is converted to UTC first.
 */
export function monthOfFocusDate(text: string): string | undefined {
  const match = MONTH.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (!ZONED.test(text) || text.endsWith('Z')) return `${match[1]}-${match[2]}`;
  const date = new Date(text.replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;

  return date.toISOString().slice(0, 7);
}

function toMinor(sum: bigint, currency: string): number | undefined {
  if (!isCurrencyCode(currency)) return undefined;
  const minor = roundHalfEvenToMinor(sum, currencyExponent(currency));
  if (minor > BigInt(MAX_SAFE_MINOR_UNITS) || minor < -BigInt(MAX_SAFE_MINOR_UNITS))
    return undefined;

  return Number(minor);
}

function toAmounts(totals: ReadonlyMap<string, number>): FocusAmount[] {
  return [...totals]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

function uniqueSources(sources: readonly FocusSourceDto[]): FocusSourceDto[] {
  const byKey = new Map(
    sources.map((s) => [`${s.providerName}|${s.billingAccountId}|${s.billingPeriod}`, s]),
  );

  return [...byKey.values()].sort((a, b) =>
    `${a.billingPeriod}|${a.providerName}|${a.billingAccountId}`.localeCompare(
      `${b.billingPeriod}|${b.providerName}|${b.billingAccountId}`,
    ),
  );
}

function compareGroups(a: FocusGroupDto, b: FocusGroupDto): number {
  return (
    a.month.localeCompare(b.month) ||
    a.issueKey.localeCompare(b.issueKey) ||
    a.categoryId.localeCompare(b.categoryId) ||
    a.currency.localeCompare(b.currency) ||
    a.source.billingPeriod.localeCompare(b.source.billingPeriod) ||
    a.source.providerName.localeCompare(b.source.providerName) ||
    a.source.billingAccountId.localeCompare(b.source.billingAccountId)
  );
}
