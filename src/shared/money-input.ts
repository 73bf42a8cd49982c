import { currencyExponent, MAX_SAFE_MINOR_UNITS } from './currencies';
import type { CurrencyCode } from './currencies';
import { formatMoneyForInput, normalizeLocale } from './format-money';

export { MAX_SAFE_MINOR_UNITS };

/** The locale the user types in (`de-DE`, or Forge's `de_DE`) and the amount's currency. */
export type MoneyInputOptions = {
  readonly locale: string | undefined;
  readonly currency: CurrencyCode;
};

/** An amount in integer minor units, or a reason, in words the user can act on, why not. */
export type MoneyInputResult =
  | { readonly ok: true; readonly amountMinor: number }
  | { readonly ok: false; readonly reason: string };

type Failure = { readonly ok: false; readonly reason: string };
type Syntax = {
  readonly locale: string;
  readonly digits: ReadonlyMap<string, string>;
  readonly decimal: string;
  readonly group: string;
  readonly groups: ReadonlySet<string>;
  readonly groupPatterns: readonly RegExp[];
  readonly primarySize: number;
  readonly tokens: readonly string[];
};
type Affixes = { readonly ok: true; readonly core: string; readonly negative: boolean };
type Digits = { readonly ok: true; readonly whole: string; readonly fraction: string };

// Marks that browsers and Intl put around numbers in right-to-left text; invisible to the user.
const BIDI_MARKS = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const SEPARATOR_LIKE = /[.,' \u066B\u066C]/;
const syntaxCache = new Map<string, Syntax>();

/**
 * Parses an amount typed by a user in their locale straight to integer minor units of the
 * currency, with digit strings and BigInt only (no float arithmetic, so nothing is rounded).
 *
 * Rules, in order:
 * - Text is NFKC-normalised (full-width digits and punctuation become ASCII), invisible bidi
 *   marks are dropped, every kind of space counts as a space, `’` counts as `'`, `−` as `-`,
 *   and the locale's own digits (Arabic-Indic, Persian) count as 0-9.
 * - Around the number there may be spaces, one currency token (the currency's symbol or narrow
 *   symbol in that locale, or its ISO code in any case) before or after it, and one sign (`-`,
 *   or `+`) before the number, on either side of a leading token. `(…)` around everything
 *   marks a negative amount; a minus sign together with parentheses is refused.
 * - Separators mean what the locale says, and nothing else: the locale's decimal separator is
 *   always the decimal separator, and its group separator (or, where the locale's currency
 *   format groups differently, that one too) is always a group separator. Any other separator
 *   (`.` or `,` or a space that the locale does not use) is refused, never guessed. So in en-US
 *   "1.234" is one point two three four (refused for JPY as too many decimals) and in de-DE
 *   "1,234" is refused for EUR as three decimals.
 * - Group separators may appear only before the decimal separator, all of one kind, and in the
 *   locale's pattern: the last group has the primary size (3), the others the secondary size
 *   (3, or 2 in en-IN), the first 1 to secondary digits. "1,23,4" in en-US is refused. Numbers
 *   need not be grouped at all.
 * - At most as many decimals as the currency's exponent, even if they are zeros ("1.000" for
 *   JPY is refused, because it is more likely a mistyped thousand than one yen).
 * - The magnitude must be at most MAX_SAFE_MINOR_UNITS (2^51 − 1) minor units.
 *
 * @throws {RangeError} when the currency is not in the table (a programming error).
 */
export function parseMoneyInput(text: string, options: MoneyInputOptions): MoneyInputResult {
  const syntax = inputSyntax(normalizeLocale(options.locale), options.currency);

  const affixes = stripAffixes(canonicalize(text, syntax.digits).trim(), syntax);
  if (!affixes.ok) {
    return affixes;
  }
  const digits = splitDigits(affixes.core, syntax, options.currency);
  if (!digits.ok) {
    return digits;
  }

  return toMinorUnits(digits, affixes.negative, syntax, options.currency);
}

function stripAffixes(input: string, syntax: Syntax): Affixes | Failure {
  if (input === '') {
    return fail('Enter an amount.');
  }

  const parenthesized = input.startsWith('(') && input.endsWith(')');
  let text = parenthesized ? input.slice(1, -1).trim() : input;
  let sign = '';
  let leadingToken = false;
  for (;;) {
    const token = leadingToken ? undefined : findToken(text, syntax.tokens, 'start');
    if (token !== undefined) {
      leadingToken = true;
      text = text.slice(token.length).trimStart();
    } else if (text.startsWith('-') || text.startsWith('+')) {
      if (sign !== '') {
        return fail('Use only one minus sign.');
      }
      sign = text.charAt(0);
      text = text.slice(1).trimStart();
    } else {
      break;
    }
  }
  const trailing = leadingToken ? undefined : findToken(text, syntax.tokens, 'end');
  text = trailing === undefined ? text : text.slice(0, -trailing.length).trimEnd();
  if ((parenthesized || /[()]/.test(text)) && sign !== '') {
    return fail('Use either a minus sign or parentheses, not both.');
  }
  if (/[()]/.test(text)) {
    return fail('Put parentheses around the whole amount to enter a negative amount.');
  }
  if (text === '') {
    return fail('Enter a number.');
  }

  return { ok: true, core: text, negative: parenthesized || sign === '-' };
}

function splitDigits(core: string, syntax: Syntax, currency: CurrencyCode): Digits | Failure {
  const invalid = Array.from(core).find(
    (c) => !/\d/.test(c) && c !== syntax.decimal && !syntax.groups.has(c),
  );
  if (invalid !== undefined) {
    return fail(describeInvalid(invalid, core, syntax, currency));
  }

  const [whole = '', fraction, ...more] = core.split(syntax.decimal);
  if (more.length > 0) {
    return fail(`Use only one decimal separator (${quote(syntax.decimal)}).`);
  }
  if (fraction !== undefined && /\D/.test(fraction)) {
    return fail('Put digit-group separators only before the decimal separator.');
  }
  const wholeDigits = ungroup(whole, syntax);
  if (wholeDigits === undefined) {
    const example = new Intl.NumberFormat(syntax.locale).format(BigInt(whole.replace(/\D/g, '')));
    return fail(`The digit groups look misplaced: write ${example}, or leave the separators out.`);
  }
  if (wholeDigits === '' && (fraction ?? '') === '') {
    return fail('Enter a number.');
  }

  return { ok: true, whole: wholeDigits, fraction: fraction ?? '' };
}

function toMinorUnits(
  digits: Digits,
  negative: boolean,
  syntax: Syntax,
  currency: CurrencyCode,
): MoneyInputResult {
  const exponent = currencyExponent(currency);
  if (digits.fraction.length > exponent) {
    return fail(tooManyDecimals(digits, syntax, currency, exponent));
  }

  const magnitude = BigInt(`0${digits.whole}${digits.fraction.padEnd(exponent, '0')}`);
  if (magnitude > BigInt(MAX_SAFE_MINOR_UNITS)) {
    const largest = formatMoneyForInput({ amount: MAX_SAFE_MINOR_UNITS, currency }, syntax.locale);
    return fail(`Enter an amount no larger than ${largest}.`);
  }

  // BigInt has no negative zero, so "-0" becomes 0 rather than -0.
  return { ok: true, amountMinor: Number(negative ? -magnitude : magnitude) };
}

function ungroup(whole: string, syntax: Syntax): string | undefined {
  const valid = /^\d*$/.test(whole) || syntax.groupPatterns.some((p) => p.test(whole));

  return valid ? whole.replace(/\D/g, '') : undefined;
}

function tooManyDecimals(digits: Digits, syntax: Syntax, currency: string, exponent: number) {
  const limit =
    exponent === 0
      ? `${currency} has no minor units; enter a whole number.`
      : `${currency} allows at most ${exponent} decimals.`;
  // "1.234" in en-US or "1,234" in de-DE was most likely meant as a thousand: say how to write it.
  const looksLikeThousands =
    digits.fraction.length === syntax.primarySize &&
    digits.whole.length >= 1 &&
    digits.whole.length <= syntax.primarySize;

  return looksLikeThousands
    ? `${limit} In ${syntax.locale}, ${quote(syntax.decimal)} marks decimals; ` +
        `use ${quote(syntax.group)} between digit groups.`
    : limit;
}

function describeInvalid(char: string, core: string, syntax: Syntax, currency: string): string {
  if (char === '-' || char === '+') {
    return 'Use one minus sign, before the amount.';
  }
  const word = /[\p{L}\p{Sc}]+/u.exec(core)?.[0];
  if (word !== undefined) {
    return `Remove "${word}": enter only a number (the currency is ${currency}).`;
  }
  if (SEPARATOR_LIKE.test(char)) {
    return (
      `${char === ' ' ? 'A space' : `"${char}"`} is not a separator in ${syntax.locale}: ` +
      `use ${quote(syntax.decimal)} for decimals and ${quote(syntax.group)} between digit groups.`
    );
  }

  return `Remove "${char}": enter only a number.`;
}

function inputSyntax(locale: string, currency: CurrencyCode): Syntax {
  const key = `${locale}|${currency}`;
  const cached = syntaxCache.get(key);
  if (cached) {
    return cached;
  }

  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const digits = new Map(Array.from({ length: 10 }, (_, d) => [plain.format(d), `${d}`] as const));
  const canon = (value: string) => canonicalize(value, digits);
  const decimalParts = new Intl.NumberFormat(locale).formatToParts(-12345678901.5);
  const decimal = canon(partValue(decimalParts, 'decimal') ?? '.');
  const group = canon(partValue(decimalParts, 'group') ?? ',');
  const sizes = decimalParts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  // A locale that showed no grouping at all still gets the common pattern of threes.
  const primarySize = sizes.length > 1 ? (sizes[sizes.length - 1] ?? 3) : 3;
  const secondarySize = sizes.length > 2 ? (sizes[sizes.length - 2] ?? 3) : primarySize;
  const tokens = new Set<string>([currency]);
  const groups = new Set<string>([group]);
  for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
    const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay });
    const sample = parts.formatToParts(12345678901.5);
    tokens.add(canon(partValue(sample, 'currency') ?? currency).trim());
    // de-AT groups plain numbers with a space but amounts of money with "."; accept both.
    const currencyGroup = canon(partValue(sample, 'group') ?? group);
    if (currencyGroup !== decimal && canon(partValue(sample, 'decimal') ?? decimal) === decimal) {
      groups.add(currencyGroup);
    }
  }
  const syntax: Syntax = {
    locale,
    digits,
    decimal,
    group,
    groups,
    // Whole part with groups: 1 to secondary digits, secondary-sized groups, a primary-sized last.
    groupPatterns: [...groups].map((g) => {
      const sep = g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(
        `^\\d{1,${secondarySize}}(?:${sep}\\d{${secondarySize}})*${sep}\\d{${primarySize}}$`,
      );
    }),
    primarySize,
    tokens: [...tokens].filter((t) => t !== '').sort((a, b) => b.length - a.length),
  };
  syntaxCache.set(key, syntax);

  return syntax;
}

function canonicalize(text: string, digits: ReadonlyMap<string, string>): string {
  const normalized = text.normalize('NFKC').replace(BIDI_MARKS, '');

  return Array.from(normalized, (c) => digits.get(c) ?? c)
    .join('')
    .replace(/[\s\u00A0\u2007\u2009\u202F]/g, ' ')
    .replace(/[\u2019\u02BC]/g, "'")
    .replace(/\u2212/g, '-');
}

function partValue(parts: Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes) {
  return parts.find((p) => p.type === type)?.value;
}

function findToken(text: string, tokens: readonly string[], side: 'start' | 'end') {
  const edge = (t: string) => (side === 'start' ? text.slice(0, t.length) : text.slice(-t.length));

  return tokens.find((t) => edge(t).toUpperCase() === t.toUpperCase());
}

function quote(char: string): string {
  return char === ' ' ? 'a space' : `"${char}"`;
}

function fail(reason: string): Failure {
  return { ok: false, reason };
}
