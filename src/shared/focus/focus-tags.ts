/**
 * Reads the FOCUS `Tags` cell: a JSON object of string keys and values. Keys and values are
 * trimmed (exports such as the FOCUS sample carry keys like " org"); non-string values become
 * text. Exports that write the JSON with its quotes still doubled (`{""env"": ""prod""}`) are
 * read too.
 * @returns the tags, or undefined when the cell holds no JSON object.
 */
export function parseFocusTags(cell: string): Map<string, string> | undefined {
  const text = cell.trim();
  if (text === '' || text === 'NULL') return new Map();
  const parsed =
    parseObject(text) ?? (text.includes('""') ? parseObject(text.replace(/""/g, '"')) : undefined);
  if (!parsed) return undefined;
  const tags = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || value === undefined) continue;
    tags.set(key.trim(), typeof value === 'string' ? value.trim() : JSON.stringify(value));
  }

  return tags;
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);

    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
