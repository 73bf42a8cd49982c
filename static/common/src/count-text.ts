/**
 * A count with its noun: "1 cost entry", "1,204 cost entries". English nouns only; the number
 * is formatted in the viewer's locale when one is given.
 */
export function countText(count: number, one: string, many: string, locale?: string): string {
  const number = locale ? count.toLocaleString(locale) : String(count);

  return `${number} ${count === 1 ? one : many}`;
}
