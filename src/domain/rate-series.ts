import type { IsoDate } from '../shared/contract';

/** One published rate of a series: from `date` on, 1 base buys `rate` quote (decimal string). */
export type RatePoint = { readonly date: IsoDate; readonly rate: string };

/**
 * The points of one calendar year of a series, plus `carry`: the last point published before
 * the year began, so that "the last rate on or before a date" is answered from this year alone.
 */
export type YearChunk = {
  readonly year: number;
  readonly carry?: RatePoint;
  readonly points: readonly RatePoint[];
};

/**
 * Merges imported points into a stored series: a point of `incoming` replaces the stored point
 * of the same date. The result is sorted by date, oldest first, one point per date.
 */
export function mergeRatePoints(
  stored: readonly RatePoint[],
  incoming: readonly RatePoint[],
): RatePoint[] {
  const byDate = new Map<string, RatePoint>();
  for (const point of [...stored, ...incoming]) byDate.set(point.date, point);

  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Splits a sorted series into one chunk per calendar year, from the year of its first point to
 * the year of its last, including years without any point (a chunk with only a carry), so any
 * date from the first point on is answered by the chunk of its year or, after the last year,
 * by the last chunk.
 */
export function chunkByYear(points: readonly RatePoint[]): YearChunk[] {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return [];
  const chunks: YearChunk[] = [];
  let carry: RatePoint | undefined;
  let index = 0;
  for (let year = yearOf(first.date); year <= yearOf(last.date); year += 1) {
    const inYear: RatePoint[] = [];
    while (index < points.length && yearOf(points[index]?.date ?? '') === year) {
      const point = points[index];
      if (point) inYear.push(point);
      index += 1;
    }
    chunks.push({ year, ...(carry ? { carry } : {}), points: inYear });
    carry = inYear.at(-1) ?? carry;
  }

  return chunks;
}

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
