/**
 * Problems of a form by field path, in the server's notation (`title`, `period.fiscalYear`,
 * `keyResults.0.target.percent`), so client checks and the server's VALIDATION details land
 * on the same fields.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrors = {};

/** The server's `details` as field errors; several messages for one path are joined. */
export function errorsFromDetails(
  details: ReadonlyArray<{ readonly path: string; readonly message: string }>,
): FieldErrors {
  const errors: Record<string, string> = {};
  for (const { path, message } of details) {
    errors[path] =
      errors[path] && errors[path] !== message ? `${errors[path]} ${message}` : message;
  }

  return errors;
}

/** The messages for a field: its own path or any path below it (`target` → `target.percent`). */
export function errorAt(errors: FieldErrors, ...paths: readonly string[]): string | undefined {
  const messages = Object.entries(errors)
    .filter(([path]) => paths.some((p) => path === p || path.startsWith(`${p}.`)))
    .map(([, message]) => message);

  return messages.length > 0 ? [...new Set(messages)].join(' ') : undefined;
}

/** Messages whose path no field shows, so they can be listed elsewhere rather than lost. */
export function unclaimedErrors(
  errors: FieldErrors,
  isClaimed: (path: string) => boolean,
): string[] {
  return [
    ...new Set(
      Object.entries(errors)
        .filter(([path]) => !isClaimed(path))
        .map(([, message]) => message),
    ),
  ];
}

/** Whether a form has any problem. */
export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
