import type { CostEntry } from '../src/domain/cost-entry';
import { DEFAULT_CATEGORIES } from '../src/domain/cost-settings';
import type { CreateEntryRequest } from '../src/shared/contract';
import type { CurrencyCode } from '../src/shared/currencies';
import { currencyExponent } from '../src/shared/currencies';

/** Months of history the seeded entries span, the current month included. */
export const HISTORY_MONTHS = 24;

/**
 * Entries every size puts on each of the three issues the measured operations use (panel load,
 * writes, background job): a typical issue, whatever the size of the project.
 */
export const TYPICAL_ISSUE_ENTRIES = 20;

export type IssueRef = { readonly id: string; readonly key: string };

/** Where the generated entries go: the project, its issues, and who records them. */
export type DatasetScope = {
  readonly projectId: string;
  /** The issue measured by "panel load": gets exactly TYPICAL_ISSUE_ENTRIES entries. */
  readonly panelIssue: IssueRef;
  /** The issue measured by "add entry" and "edit entry": as many entries to start with. */
  readonly writeIssue: IssueRef;
  /** The issue whose writes' background job is measured: as many entries to start with. */
  readonly jobIssue: IssueRef;
  /** Every other issue of the project, which share the remaining entries. */
  readonly otherIssues: readonly IssueRef[];
  /** Account ids that record entries (each must be allowed to edit costs). */
  readonly authors: readonly string[];
  /** Today, `YYYY-MM-DD`: the newest month of history is today's month. */
  readonly today: string;
};

// Share of entries per currency (sums to 100) and a factor turning "euros" into that currency.
const CURRENCY_MIX: ReadonlyArray<{ code: CurrencyCode; share: number; perEuro: number }> = [
  { code: 'EUR', share: 50, perEuro: 1 },
  { code: 'USD', share: 25, perEuro: 1.1 },
  { code: 'GBP', share: 10, perEuro: 0.86 },
  { code: 'JPY', share: 8, perEuro: 165 },
  { code: 'CHF', share: 7, perEuro: 0.94 },
];

const DESCRIPTIONS = [
  'AWS monthly bill (compute and storage)',
  'Data centre colocation and network transit',
  'Contractor invoice',
  'Software licence renewal, annual seats',
  'Conference travel: flights and hotel',
  'Replacement SSDs for the build farm',
  'External penetration test',
  'Monitoring SaaS subscription',
  'Overtime for the weekend migration',
  'Courier and customs fees',
  'Consultancy: cost review workshop',
  'Spare laptops for new joiners',
];

/**
 * The `index`-th cost entry of the bench data, exactly as `entries/create` would build it from
 * `createRequestOf(entry)` (same field order, so the stored JSON has the same size), apart
 * from the timestamps, which are fixed here instead of the wall clock. Deterministic: the same
 * index and scope always give the same entry.
 */
export function benchEntry(index: number, scope: DatasetScope): CostEntry {
  const random = mulberry32(index + 1);
  const typical = [scope.panelIssue, scope.writeIssue, scope.jobIssue];
  const issue =
    typical[Math.floor(index / TYPICAL_ISSUE_ENTRIES)] ??
    pick(random, scope.otherIssues, 'scope.otherIssues');
  const currency = pickCurrency(random());
  const euros = Math.exp(Math.log(5) + random() * (Math.log(40_000) - Math.log(5)));
  const sign = random() < 0.02 ? -1 : 1;
  const amountMinor =
    sign *
    Math.max(1, Math.round(euros * currency.perEuro * 10 ** currencyExponent(currency.code)));
  const month = shiftMonth(scope.today.slice(0, 7), -Math.floor(random() * HISTORY_MONTHS));
  const incurredOn = `${month}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const recurring = random() < 0.05;
  const author = pick(random, scope.authors, 'scope.authors');
  const timestamp = `${incurredOn}T09:${String(index % 60).padStart(2, '0')}:00.000Z`;

  return {
    kind: random() < 0.85 ? 'actual' : 'planned',
    amountMinor,
    currency: currency.code,
    categoryId: pick(random, DEFAULT_CATEGORIES, 'categories').id,
    incurredOn,
    description: pick(random, DESCRIPTIONS, 'descriptions'),
    recurrence: recurring
      ? { frequency: 'monthly', months: 3 + Math.floor(random() * 10) }
      : { frequency: 'none' },
    id: benchEntryId(index),
    issueId: issue.id,
    issueKey: issue.key,
    projectId: scope.projectId,
    createdBy: author,
    createdAt: timestamp,
    updatedBy: author,
    updatedAt: timestamp,
    version: 1,
  };
}

/** The id of the `index`-th bench entry (8-64 letters, digits or dashes, as the schema wants). */
export function benchEntryId(index: number): string {
  return `bench-entry-${String(index).padStart(6, '0')}`;
}

/** The `entries/create` payload that makes the app store `entry`. */
export function createRequestOf(entry: CostEntry): CreateEntryRequest {
  return {
    id: entry.id,
    kind: entry.kind,
    amount: { amount: entry.amountMinor, currency: entry.currency },
    categoryId: entry.categoryId,
    incurredOn: entry.incurredOn,
    description: entry.description,
    recurrence: entry.recurrence,
  };
}

/** The month `YYYY-MM` that is `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;

  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function pickCurrency(draw: number) {
  let threshold = 0;
  for (const currency of CURRENCY_MIX) {
    threshold += currency.share / 100;
    if (draw < threshold) return currency;
  }

  return CURRENCY_MIX[0] ?? { code: 'EUR' as const, share: 100, perEuro: 1 };
}

function pick<T>(random: () => number, list: readonly T[], what: string): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error(`The bench dataset needs a non-empty ${what}.`);

  return item;
}

/** A small, fast, seedable PRNG (mulberry32): the bench data must not change between runs. */
function mulberry32(seed: number): () => number {
  let state = (seed * 0x9e3779b1) >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
