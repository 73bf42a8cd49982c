import { isRecord } from '../http';

/** A validated `POST /rest/api/3/permissions/check` body, ids normalised to strings. */
export interface BulkCheck {
  readonly accountId?: string;
  readonly globalPermissions: readonly string[];
  readonly projectPermissions: readonly {
    readonly permissions: readonly string[];
    readonly projects: readonly string[];
    readonly issues: readonly string[];
  }[];
}

const INVALID_PAYLOAD =
  'Invalid request payload. Refer to the REST API documentation and try again.';

/**
 * Reads a bulk permission check body. As Jira documents, nulls and empty permission strings are
 * ignored; ids may be numbers or numeric strings.
 * @returns the check, or an error message for a malformed body.
 */
export function readBulkCheck(body: unknown): BulkCheck | string {
  if (body === undefined || body === null) return { globalPermissions: [], projectPermissions: [] };
  if (!isRecord(body)) return INVALID_PAYLOAD;
  const accountId = body.accountId;
  if (accountId !== undefined && accountId !== null && typeof accountId !== 'string') {
    return INVALID_PAYLOAD;
  }
  const globalPermissions = readStrings(body.globalPermissions);
  const entries = body.projectPermissions ?? [];
  if (globalPermissions === undefined || !Array.isArray(entries)) return INVALID_PAYLOAD;
  const projectPermissions = entries.filter((entry) => entry !== null).map(readEntry);
  if (projectPermissions.some((entry) => entry === undefined)) return INVALID_PAYLOAD;

  return {
    ...(typeof accountId === 'string' ? { accountId } : {}),
    globalPermissions,
    projectPermissions: projectPermissions.filter((entry) => entry !== undefined),
  };
}

function readEntry(entry: unknown): BulkCheck['projectPermissions'][number] | undefined {
  if (!isRecord(entry)) return undefined;
  const permissions = readStrings(entry.permissions);
  const projects = readIds(entry.projects);
  const issues = readIds(entry.issues);
  if (!permissions || !projects || !issues || permissions.length === 0) return undefined;

  return { permissions, projects, issues };
}

function readStrings(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  if (value.some((item) => item !== null && typeof item !== 'string')) return undefined;

  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

function readIds(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const ids = value.filter((item) => item !== null);
  if (ids.some((item) => typeof item !== 'number' && typeof item !== 'string')) return undefined;

  return ids.map((item) => String(item)).filter((id) => /^\d+$/.test(id));
}
