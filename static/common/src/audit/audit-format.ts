import type { AuditEventDto, RecurrenceDto } from '@shared/contract';
import { formatMoney } from '@shared/format-money';

import { formatCalendarDate, isIsoDate } from '../format-date';

/** How one changed field reads: "Amount: $100.00 → $150.00". */
export type ChangeLine = {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
};

export type AuditFormatOptions = {
  readonly locale: string;
  /** Category ids to names, for `categoryId` changes; unknown ids show as they are. */
  readonly categoryNames?: ReadonlyMap<string, string>;
  /** The currency of amounts when the event itself names none (e.g. the entry's currency). */
  readonly fallbackCurrency?: string;
  /** Project role ids to names, for `viewers` and `editors` changes. */
  readonly roleNames?: ReadonlyMap<string, string>;
  /** Account ids to people's names, for `ownerAccountId` changes. */
  readonly peopleNames?: Readonly<Record<string, string>>;
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  amountMinor: 'Amount',
  currency: 'Currency',
  categoryId: 'Category',
  incurredOn: 'Date',
  description: 'Description',
  recurrence: 'Repeats',
  kind: 'Kind',
  projectId: 'Project',
  issueKey: 'Issue',
  reportingCurrency: 'Reporting currency',
  fiscalYearStartMonth: 'Fiscal year starts',
  categories: 'Categories',
  viewers: 'Who may view costs',
  editors: 'Who may edit costs',
  forecastThresholds: 'Forecast thresholds',
  title: 'Title',
  ownerAccountId: 'Owner',
  period: 'Period',
  status: 'Status',
  keyResults: 'Key results',
  costBasis: 'Cost basis',
  rules: 'Mapping rules',
  defaultTarget: 'Rows no rule matches',
};

const ACTION_LABELS: Readonly<Record<string, string>> = {
  'entry.created': 'Created',
  'entry.updated': 'Changed',
  'entry.deleted': 'Deleted',
  'entry.moved': 'Moved',
  'objective.created': 'Objective created',
  'objective.updated': 'Objective changed',
  'objective.deleted': 'Objective deleted',
  'settings.updated': 'Settings changed',
  'rates.updated': 'Rates changed',
  'labour-rates.updated': 'Labour rates changed',
  'labour.sync-started': 'Labour recomputation started',
  'import.committed': 'Bill imported',
  'entries.imported': 'Costs imported',
};

/** "Created", "Changed", "Deleted"…; an action this version does not know shows as recorded. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

/**
 * "You" for the viewer, "Jira" for automatic changes, else the person's name when Jira gave it,
 * else the account id shortened.
 */
export function actorLabel(
  actor: string,
  viewerAccountId: string | undefined,
  names: Readonly<Record<string, string>> = {},
): string {
  if (viewerAccountId !== undefined && actor === viewerAccountId) return 'You';
  if (actor === 'jira') return 'Jira';

  return names[actor] ?? shortId(actor);
}

/** Long ids keep their first 8 characters: "5b10ac8d…". */
export function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 8)}…` : id;
}

/** An ISO timestamp as a date and time in the viewer's locale and zone. */
export function formatDateTime(at: string, locale: string, timeZone?: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;

  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** The changed fields of an event, each with its before and after in words. */
export function changeLines(event: AuditEventDto, options: AuditFormatOptions): ChangeLine[] {
  const changes = event.changes ?? {};
  const currencies = eventCurrencies(event, options.fallbackCurrency);

  return Object.entries(changes).map(([field, [before, after]]) => ({
    field,
    label: FIELD_LABELS[field] ?? field,
    before: formatValue(field, before, currencies.before, options),
    after: formatValue(field, after, currencies.after, options),
  }));
}

/**
 * An event's summary for people: an entry's "EUR 10000 cloud on 2025-03-01" as
 * "€100.00 · Cloud · Mar 1, 2025"; other summaries as recorded.
 */
export function summaryText(event: AuditEventDto, options: AuditFormatOptions): string {
  const labour = labourRateOf(event.summary);
  if (labour) {
    const person =
      labour.person === 'the project default'
        ? labour.person
        : (options.peopleNames?.[labour.person] ?? shortId(labour.person));
    return `${labour.prefix} ${person} from ${formatCalendarDate(labour.from, options.locale)}`;
  }
  const match = /^([A-Z]{3}) (-?\d+) ([a-z0-9-]+) on (\d{4}-\d{2}-\d{2})$/.exec(event.summary);
  if (!event.target.startsWith('entry:') || !match) return event.summary;
  const [, currency = '', amount = '', categoryId = '', date = ''] = match;

  return [
    moneyText(Number(amount), currency, options.locale),
    options.categoryNames?.get(categoryId) ?? categoryId,
    formatCalendarDate(date, options.locale),
  ].join(' · ');
}

/** The parts of a labour-rate event's summary ("Labour rate of <account id> from <date>"). */
export function labourRateOf(
  summary: string,
): { prefix: string; person: string; from: string } | undefined {
  const match = /^(Labour rate of|Removed the labour rate of) (.+) from (\d{4}-\d{2}-\d{2})$/.exec(
    summary,
  );
  if (!match) return undefined;
  const [, prefix = '', person = '', from = ''] = match;

  return { prefix, person, from };
}

/** What a deleted entry was, from the snapshot its deletion kept ("$100.00 on 1 Mar 2025"). */
export function snapshotText(
  event: AuditEventDto,
  options: AuditFormatOptions,
): string | undefined {
  const snapshot = event.snapshot;
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const { amountMinor, currency, incurredOn } = snapshot as Record<string, unknown>;
  if (typeof amountMinor !== 'number' || typeof currency !== 'string') return undefined;
  const amount = moneyText(amountMinor, currency, options.locale);
  if (typeof incurredOn !== 'string') return amount;

  return `${amount} on ${formatCalendarDate(incurredOn, options.locale)}`;
}

/**
 * The currency of the amounts before and after: a currency change names both; otherwise the
 * summary starts with the entry's currency ("USD 10000 cat-cloud on 2025-03-01").
 */
function eventCurrencies(
  event: AuditEventDto,
  fallback: string | undefined,
): { before?: string; after?: string } {
  const changed = event.changes?.currency;
  if (changed && typeof changed[0] === 'string' && typeof changed[1] === 'string') {
    return { before: changed[0], after: changed[1] };
  }
  const fromSummary = /^([A-Z]{3}) /.exec(event.summary)?.[1] ?? fallback;

  return { before: fromSummary, after: fromSummary };
}

function formatValue(
  field: string,
  value: unknown,
  currency: string | undefined,
  options: AuditFormatOptions,
): string {
  if (field === 'forecastThresholds' && value === undefined) {
    // A project that never set thresholds uses the defaults, as the settings form shows.
    return `the defaults (${describeSetting(field, { onTrack: 0.7, atRisk: 0.4 }, options) ?? ''})`;
  }
  if (value === undefined || value === null || value === '') return '(none)';
  if (field === 'amountMinor' && typeof value === 'number') {
    return currency ? moneyText(value, currency, options.locale) : `${value} (minor units)`;
  }
  if (field === 'categoryId' && typeof value === 'string') {
    return options.categoryNames?.get(value) ?? value;
  }
  if (field === 'kind' && typeof value === 'string') {
    return value === 'actual' ? 'Actual' : value === 'planned' ? 'Planned' : value;
  }
  if (field === 'recurrence' && isRecurrence(value)) return recurrenceText(value, options.locale);
  const described = describeSetting(field, value, options);
  if (described !== undefined) return described;
  if (typeof value === 'string') {
    return isIsoDate(value) ? formatCalendarDate(value, options.locale) : value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);

  return JSON.stringify(value);
}

/**
 * Settings, objective and import-mapping fields in words: category names, access rules,
 * thresholds as percentages, periods, key result titles, mapping rules. Undefined when the
 * value does not have the shape this version knows, so older or newer events still show.
 */
function describeSetting(
  field: string,
  value: unknown,
  options: AuditFormatOptions,
): string | undefined {
  switch (field) {
    case 'categories':
      return listOf(value, (category) =>
        typeof category.name === 'string'
          ? `${category.name}${category.retired === true ? ' (retired)' : ''}`
          : undefined,
      );
    case 'viewers':
    case 'editors':
      return accessText(value, options.roleNames);
    case 'forecastThresholds':
      if (!isRecord(value) || typeof value.onTrack !== 'number' || typeof value.atRisk !== 'number')
        return undefined;
      return (
        `on track from ${percentText(value.onTrack, options.locale)}, ` +
        `at risk from ${percentText(value.atRisk, options.locale)}`
      );
    case 'fiscalYearStartMonth':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12
        ? new Intl.DateTimeFormat(options.locale, { month: 'long', timeZone: 'UTC' }).format(
            Date.UTC(2000, value - 1, 1),
          )
        : undefined;
    case 'ownerAccountId':
      return typeof value === 'string'
        ? (options.peopleNames?.[value] ?? shortId(value))
        : undefined;
    case 'period':
      return periodText(value, options.locale);
    case 'status':
      return typeof value === 'string' ? capitalised(value) : undefined;
    case 'keyResults':
      return listOf(
        value,
        (keyResult) =>
          typeof keyResult.title === 'string'
            ? `${keyResult.title}${keyResult.archived === true ? ' (archived)' : ''}`
            : undefined,
        '; ',
      );
    case 'costBasis':
      return value === 'BilledCost'
        ? 'Billed cost'
        : value === 'EffectiveCost'
          ? 'Effective cost'
          : undefined;
    case 'rules':
      return listOf(value, (rule) => ruleText(rule, options), '; ');
    case 'defaultTarget':
      return isRecord(value) ? targetText(value, options) : undefined;
    default:
      return undefined;
  }
}

/** Each item in words, joined; "none" for an empty list; undefined when one item is unknown. */
function listOf(
  value: unknown,
  describe: (item: Record<string, unknown>) => string | undefined,
  separator = ', ',
): string | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length === 0) return '(none)';
  const texts = value.map((item) => (isRecord(item) ? describe(item) : undefined));
  if (texts.some((text) => text === undefined)) return undefined;

  return texts.join(separator);
}

function accessText(
  value: unknown,
  roleNames: ReadonlyMap<string, string> | undefined,
): string | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'jira-permission') return 'Everyone with the Jira permission';
  if (value.type !== 'roles' || !Array.isArray(value.roleIds)) return undefined;
  const names = value.roleIds.map((id) => roleNames?.get(String(id)) ?? `role ${String(id)}`);

  return names.length === 0 ? 'No project role' : `Only ${names.join(', ')}`;
}

function periodText(value: unknown, locale: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const { type, fiscalYear, half, quarter, start, endInclusive } = value;
  if (type === 'fiscal-year' && typeof fiscalYear === 'number') return `FY${fiscalYear}`;
  if (type === 'fiscal-half' && typeof fiscalYear === 'number' && typeof half === 'number')
    return `FY${fiscalYear} H${half}`;
  if (type === 'fiscal-quarter' && typeof fiscalYear === 'number' && typeof quarter === 'number')
    return `FY${fiscalYear} Q${quarter}`;
  if (
    type === 'custom' &&
    typeof start === 'string' &&
    typeof endInclusive === 'string' &&
    isIsoDate(start) &&
    isIsoDate(endInclusive)
  ) {
    return `${formatCalendarDate(start, locale)} – ${formatCalendarDate(endInclusive, locale)}`;
  }

  return undefined;
}

function ruleText(rule: Record<string, unknown>, options: AuditFormatOptions): string | undefined {
  const { field, tagKey, value } = rule;
  if (typeof field !== 'string' || typeof value !== 'string') return undefined;
  const target = targetText(rule, options);
  if (target === undefined) return undefined;
  const match =
    field === 'tag' && typeof tagKey === 'string'
      ? `tag ${tagKey} = ${value}`
      : `${field} = ${value}`;

  return `${match} → ${target}`;
}

function targetText(
  target: Record<string, unknown>,
  options: AuditFormatOptions,
): string | undefined {
  const { issueKey, categoryId } = target;
  if (typeof issueKey !== 'string' || typeof categoryId !== 'string') return undefined;

  return `${issueKey} (${options.categoryNames?.get(categoryId) ?? categoryId})`;
}

function percentText(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
    fraction,
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function moneyText(amountMinor: number, currency: string, locale: string): string {
  try {
    return formatMoney({ amount: amountMinor, currency }, locale);
  } catch {
    return `${amountMinor} ${currency} (minor units)`;
  }
}

function isRecurrence(value: unknown): value is RecurrenceDto {
  return typeof value === 'object' && value !== null && 'frequency' in value;
}

/** "No", "Monthly, 6 months", "Monthly until 1 Jun 2025". */
export function recurrenceText(recurrence: RecurrenceDto, locale: string): string {
  if (recurrence.frequency === 'none') return 'No';
  if ('months' in recurrence) return `Monthly, ${recurrence.months} months`;

  return `Monthly until ${formatCalendarDate(recurrence.until, locale)}`;
}
