/** A markdown table; columns after the first are right-aligned (they hold numbers). */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = headers.map((_, i) => (i === 0 ? '---' : '---:'));

  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

/** An integer with thousands separators. */
export function int(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** A number with a fixed count of decimals and thousands separators. */
export function fixed(value: number, decimals: number): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** A ratio such as "37.5x" (or "-" when the denominator is zero). */
export function ratio(numerator: number, denominator: number): string {
  if (denominator === 0) return '-';
  const value = numerator / denominator;

  return `${fixed(value, value >= 100 ? 0 : 1)}x`;
}

/** US dollars with cents. */
export function usd(value: number): string {
  return `$${fixed(value, 2)}`;
}

/** Milliseconds as seconds with one decimal. */
export function seconds(elapsedMs: number): string {
  return `${fixed(elapsedMs / 1000, 1)} s`;
}
