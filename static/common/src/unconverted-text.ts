/** "1 entry unconverted (no rate)" / "3 entries unconverted (no rate)". */
export function unconvertedText(count: number): string {
  return `${count} ${count === 1 ? 'entry' : 'entries'} unconverted (no rate)`;
}
