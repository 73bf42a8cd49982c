const ABSOLUTE_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const RELATIVE_PERIOD = /^[-+]?\s*(\d+\s*[wdhm]\s*)+$/i;
const JIRA_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})([+-])(\d{2}):?(\d{2})$/;

/**
 * Parses a JQL date value ('yyyy-MM-dd', 'yyyy/MM/dd', optionally followed by ' HH:mm') as
 * epoch milliseconds. The demo site's time zone is UTC, so the date is read in UTC.
 * Returns undefined for anything else (including relative periods such as '-5d').
 */
export function parseJqlDate(text: string): number | undefined {
  const match = ABSOLUTE_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0));
  const epochMs = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  const check = new Date(epochMs);
  // Date.UTC rolls 2026-02-30 over into March; Jira refuses such dates instead.
  if (check.getUTCDate() !== day || check.getUTCMonth() !== (month ?? 1) - 1) return undefined;

  return epochMs;
}

/** Whether a JQL value is a relative period ('-5d', '4w 2d'); the stand-in refuses those. */
export function isRelativePeriod(text: string): boolean {
  return RELATIVE_PERIOD.test(text.trim());
}

/**
 * Parses a Jira REST date-time ("2026-09-14T09:00:00.000+0000") as epoch milliseconds.
 * @throws {Error} when the text is not in that format.
 */
export function parseJiraDateTime(text: string): number {
  const match = JIRA_DATE_TIME.exec(text);
  if (!match) throw new Error(`Not a Jira date-time: '${text}'`);
  const [year, month, day, hour, minute, second, milli] = match.slice(1, 8).map(Number);
  const sign = match[8] === '-' ? -1 : 1;
  const offsetMinutes = sign * (Number(match[9]) * 60 + Number(match[10]));
  const localMs = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second, milli);

  return localMs - offsetMinutes * 60_000;
}
