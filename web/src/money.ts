// Money on the client: exact integer cents (BigInt), never binary floating point.
// The server sends every amount as {"cents": <integer>, "text": "1 614 364,36 €"};
// sums are computed here from `cents` and formatted with integer arithmetic only.

/** U+202F NARROW NO-BREAK SPACE, the thousands separator. */
export const THOUSANDS = '\u202F';
/** U+00A0 NO-BREAK SPACE, between the number and "€". */
export const BEFORE_SYMBOL = '\u00A0';

export interface Money {
  cents: number | string;
  text: string;
}

/** The exact cents of an API amount (a JSON integer below 2^53, or a digit string). */
export function centsOf(money: Money | null | undefined): bigint {
  if (money == null) return 0n;
  const value = money.cents;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`montant non entier : ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`montant non entier : ${value}`);
  return BigInt(value);
}

/** The exact sum of amounts, in cents. */
export function sumCents(values: Iterable<Money | bigint | null | undefined>): bigint {
  let total = 0n;
  for (const value of values) {
    if (value == null) continue;
    total += typeof value === 'bigint' ? value : centsOf(value);
  }
  return total;
}

/** "1614364" → "1 614 364" (narrow no-break spaces between groups of three digits). */
export function groupDigits(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += THOUSANDS;
    out += digits[i];
  }
  return out;
}

/** 161436436n → "1 614 364,36 €", the same form as the server's `text`. */
export function formatCents(cents: bigint, options: { symbol?: boolean } = {}): string {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  const whole = magnitude / 100n;
  const remainder = magnitude % 100n;
  let out = (negative ? '-' : '') + groupDigits(whole.toString()) + ',' +
    remainder.toString().padStart(2, '0');
  if (options.symbol !== false) out += BEFORE_SYMBOL + '€';
  return out;
}

/** The French form of an amount without the € sign, for an input field: "42 000,00". */
export function formatForInput(money: Money | null | undefined): string {
  if (money == null) return '';
  return formatCents(centsOf(money), { symbol: false });
}

export type ParseResult = { ok: true; cents: bigint } | { ok: false; message: string };

const SPACES = /[\u0020\u00A0\u202F]/;

/**
 * Client-side check of an amount typed by staff ("42 000,00", "42000", "42 000 €",
 * "1614364.36"). The server parses again and has the last word; this only catches
 * what it would refuse, with a French message, before sending.
 */
export function parseAmount(input: string): ParseResult {
  let text = input.trim();
  if (text === '') return { ok: false, message: 'Saisissez un montant.' };
  if (text.endsWith('€')) text = text.slice(0, -1).trim();
  else if (/EUR$/i.test(text)) text = text.slice(0, -3).trim();
  if (text.startsWith('-')) return { ok: false, message: 'Le montant ne peut pas être négatif.' };
  if (text.startsWith('+')) text = text.slice(1);
  const bad = /[^0-9,.\u0020\u00A0\u202F]/.exec(text);
  if (bad) return { ok: false, message: `Montant illisible : caractère « ${bad[0]} » inattendu.` };
  // Decimal mark: ',' always; '.' only when there is no ',' and it is not a thousands separator.
  let integerPart = text;
  let fraction = '';
  const comma = text.indexOf(',');
  if (comma >= 0) {
    if (text.indexOf(',', comma + 1) >= 0) return { ok: false, message: 'Montant illisible : deux virgules.' };
    integerPart = text.slice(0, comma);
    fraction = text.slice(comma + 1);
    if (integerPart.includes('.')) {
      // "1.234,56": dots as thousands separators.
      if (!/^\d{1,3}(\.\d{3})*$/.test(integerPart)) return { ok: false, message: 'Montant illisible : séparateurs de milliers mal placés.' };
      integerPart = integerPart.replace(/\./g, '');
    }
  } else {
    const dot = text.lastIndexOf('.');
    if (dot >= 0) {
      if (text.indexOf('.') !== dot) return { ok: false, message: 'Montant illisible : deux points.' };
      integerPart = text.slice(0, dot);
      fraction = text.slice(dot + 1);
    }
  }
  if (SPACES.test(integerPart)) {
    if (!/^\d{1,3}([\u0020\u00A0\u202F]\d{3})*$/.test(integerPart)) {
      return { ok: false, message: 'Montant illisible : les chiffres doivent être groupés par trois (ex. 42 000,00).' };
    }
    integerPart = integerPart.replace(/[\u0020\u00A0\u202F]/g, '');
  }
  if (!/^\d+$/.test(integerPart)) return { ok: false, message: 'Montant illisible.' };
  if (!/^\d*$/.test(fraction)) return { ok: false, message: 'Montant illisible : décimales invalides.' };
  if (fraction.length > 2) return { ok: false, message: 'Deux décimales au plus (centimes).' };
  const cents = BigInt(integerPart) * 100n + BigInt((fraction + '00').slice(0, 2));
  if (cents > 9223372036854775807n) return { ok: false, message: 'Montant hors limites.' };
  return { ok: true, cents };
}

/** Client-side check of a quantity ("20", "2,05", "1 200"): up to 4 decimals, not negative. */
export function checkQuantity(input: string): string | null {
  const text = input.trim();
  if (text === '') return null; // empty: left unchanged
  if (text.startsWith('-')) return 'La quantité ne peut pas être négative.';
  if (!/^\d{1,3}([\u0020\u00A0\u202F]\d{3})*([,.]\d+)?$|^\d+([,.]\d+)?$/.test(text)) {
    return 'Quantité illisible (ex. 20 ou 2,5).';
  }
  const fraction = /[,.](\d+)$/.exec(text);
  if (fraction && fraction[1].length > 4) return 'Quatre décimales au plus.';
  return null;
}
