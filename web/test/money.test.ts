import { describe, expect, it } from 'vitest';
import { centsOf, checkQuantity, formatCents, formatForInput, groupDigits, parseAmount, sumCents } from '../src/money';

const N = '\u202F';
const NB = '\u00A0';

describe('formatCents', () => {
  it('formats like the server, with U+202F and U+00A0', () => {
    expect(formatCents(161436436n)).toBe(`1${N}614${N}364,36${NB}€`);
    expect(formatCents(351949287n)).toBe(`3${N}519${N}492,87${NB}€`);
    expect(formatCents(0n)).toBe(`0,00${NB}€`);
    expect(formatCents(5n)).toBe(`0,05${NB}€`);
    expect(formatCents(100n)).toBe(`1,00${NB}€`);
    expect(formatCents(99999n)).toBe(`999,99${NB}€`);
    expect(formatCents(100000n)).toBe(`1${N}000,00${NB}€`);
    expect(formatCents(-1250n)).toBe(`-12,50${NB}€`);
  });
  it('is exact beyond 2^53', () => {
    expect(formatCents(9223372036854775807n)).toBe(`92${N}233${N}720${N}368${N}547${N}758,07${NB}€`);
    expect(formatCents(2n ** 53n + 1n)).toBe(`90${N}071${N}992${N}547${N}409,93${NB}€`);
  });
  it('can leave out the symbol', () => {
    expect(formatCents(4200000n, { symbol: false })).toBe(`42${N}000,00`);
    expect(formatForInput({ cents: 4200000, text: '' })).toBe(`42${N}000,00`);
  });
  it('groups digits by three', () => {
    expect(groupDigits('1')).toBe('1');
    expect(groupDigits('123')).toBe('123');
    expect(groupDigits('1234')).toBe(`1${N}234`);
    expect(groupDigits('1234567')).toBe(`1${N}234${N}567`);
  });
});

describe('sumCents', () => {
  it('adds cents exactly where floats drift', () => {
    // 0.1 + 0.2 in euros: floats give 0.30000000000000004.
    expect(sumCents([{ cents: 10, text: '' }, { cents: 20, text: '' }])).toBe(30n);
    const many = Array.from({ length: 1000 }, () => ({ cents: 1, text: '' }));
    expect(formatCents(sumCents(many))).toBe(`10,00${NB}€`);
  });
  it('accepts bigint, skips null', () => {
    expect(sumCents([5n, null, { cents: '7', text: '' }, undefined])).toBe(12n);
  });
  it('sums the reference annex rows to its printed total', () => {
    // Totals of the three themes of the reference programme.
    const themes = [{ cents: 98567403, text: '' }, { cents: 141181884, text: '' }, { cents: 112200000, text: '' }];
    expect(formatCents(sumCents(themes))).toBe(`3${N}519${N}492,87${NB}€`);
  });
  it('refuses non-integer cents', () => {
    expect(() => centsOf({ cents: 1.5, text: '' })).toThrow();
    expect(() => centsOf({ cents: 'abc', text: '' })).toThrow();
    expect(() => centsOf({ cents: 2 ** 60, text: '' })).toThrow();
  });
});

describe('parseAmount', () => {
  const ok = (text: string) => {
    const result = parseAmount(text);
    if (!result.ok) throw new Error(`${text}: ${result.message}`);
    return result.cents;
  };
  it('accepts the forms staff type', () => {
    expect(ok('42 000,00')).toBe(4200000n);
    expect(ok('42000')).toBe(4200000n);
    expect(ok(`42${N}000,00`)).toBe(4200000n);
    expect(ok(`42${NB}000,5 €`)).toBe(4200050n);
    expect(ok('1614364.36')).toBe(161436436n);
    expect(ok('1.614.364,36')).toBe(161436436n);
    expect(ok(' 8 000,00 € ')).toBe(800000n);
    expect(ok('0,01')).toBe(1n);
    expect(ok('12 EUR')).toBe(1200n);
  });
  it('refuses with a French message', () => {
    for (const text of ['', '4x', '1 23,00', '1,2,3', '12,345', '-5', '1.2.3', 'abc', '12 34']) {
      const result = parseAmount(text);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(5);
    }
  });
});

describe('checkQuantity', () => {
  it('accepts numbers with up to 4 decimals', () => {
    for (const text of ['20', '2,5', '1 200', '0.1234', '']) expect(checkQuantity(text), text).toBeNull();
  });
  it('refuses the rest', () => {
    for (const text of ['x', '-1', '1,23456', '1 2']) expect(checkQuantity(text), text).not.toBeNull();
  });
});
