import { describe, expect, it } from 'vitest';
import type { AnnexRow } from '../src/api';
import { decimalKey, filterRows, fold, groupRows, NO_FILTER, sortRows } from '../src/annex';
import { formatCents } from '../src/money';

let sequence = 0;
function row(theme: number, operation: number, territory: string, organisation: string, cents: number,
  extra: Partial<AnnexRow> = {}): AnnexRow {
  sequence += 1;
  return {
    award_id: `t${theme}-o${operation}-${String(sequence).padStart(2, '0')}`,
    theme, theme_title: `Thème ${theme}`, operation_id: `t${theme}-o${operation}`, operation,
    operation_title: `Opération ${operation}`, territory, organisation_id: fold(organisation).replace(/\s+/g, '-'),
    organisation, description: `Action de ${organisation}`, amount: { cents, text: formatCents(BigInt(cents)) },
    instrument: 'Convention type', quantity: null, version: 1, findings: 0, ...extra,
  };
}

const rows: AnnexRow[] = [
  row(1, 1, 'Artois', 'CCAS d’Isbergues', 800000),
  row(1, 1, 'Département', 'AIFE', 2597334, { findings: 2 }),
  row(1, 2, 'Artois', 'PASSEPORT FORMA', 122000),
  row(2, 1, 'Hénin-Carvin', 'SOLIHA', 4200000, { quantity: { value: '20', unit: 'measures', unit_label: 'mesures', text: '20 mesures' } }),
  row(2, 1, 'Artois', 'K’DABRA', 65250, { quantity: { value: '3.5', unit: 'measures', unit_label: 'mesures', text: '3,5 mesures' } }),
];

describe('filterRows', () => {
  it('keeps everything without a filter', () => {
    expect(filterRows(rows, NO_FILTER)).toHaveLength(5);
  });
  it('filters by territory, organisation, operation', () => {
    expect(filterRows(rows, { ...NO_FILTER, territory: 'Artois' }).map((r) => r.organisation))
      .toEqual(['CCAS d’Isbergues', 'PASSEPORT FORMA', 'K’DABRA']);
    expect(filterRows(rows, { ...NO_FILTER, organisation: 'aife' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, operation: 't1-o1' })).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTER, territory: 'Artois', operation: 't1-o1' })).toHaveLength(1);
  });
  it('free text ignores accents and case, and matches amounts as printed', () => {
    expect(filterRows(rows, { ...NO_FILTER, text: 'henin' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, text: 'soliha' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, text: '42 000' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTER, text: 'action artois' })).toHaveLength(3);
    expect(filterRows(rows, { ...NO_FILTER, text: 'artois formation' })).toHaveLength(0);
    expect(filterRows(rows, { ...NO_FILTER, text: 'passeport artois' })).toHaveLength(1);
  });
});

describe('groupRows', () => {
  it('groups theme → operation in printed order with exact subtotals', () => {
    const grouped = groupRows(rows);
    expect(grouped.themes.map((t) => t.number)).toEqual([1, 2]);
    expect(grouped.themes[0].operations.map((o) => o.id)).toEqual(['t1-o1', 't1-o2']);
    expect(grouped.themes[0].operations[0].total).toBe(3397334n);
    expect(grouped.themes[0].total).toBe(3519334n);
    expect(grouped.themes[1].total).toBe(4265250n);
    expect(grouped.total).toBe(7784584n);
    expect(grouped.count).toBe(5);
    expect(grouped.findings).toBe(2);
  });
  it('totals follow the filter', () => {
    const grouped = groupRows(filterRows(rows, { ...NO_FILTER, territory: 'Artois' }));
    expect(formatCents(grouped.total)).toBe('9\u202F872,50\u00A0€');
    expect(grouped.themes.map((t) => t.operations.length)).toEqual([2, 1]);
  });
});

describe('sortRows', () => {
  it('sorts amounts exactly and stably, both ways', () => {
    expect(sortRows(rows, { key: 'amount', direction: 'asc' }).map((r) => r.amount.cents))
      .toEqual([65250, 122000, 800000, 2597334, 4200000]);
    expect(sortRows(rows, { key: 'amount', direction: 'desc' })[0].organisation).toBe('SOLIHA');
  });
  it('sorts French text with accents', () => {
    expect(sortRows(rows, { key: 'territory', direction: 'asc' }).map((r) => r.territory))
      .toEqual(['Artois', 'Artois', 'Artois', 'Département', 'Hénin-Carvin']);
  });
  it('puts rows without quantity last', () => {
    const sorted = sortRows(rows, { key: 'quantity', direction: 'desc' });
    expect(sorted.slice(0, 2).map((r) => r.quantity?.value)).toEqual(['20', '3.5']);
    expect(sorted[4].quantity).toBeNull();
  });
  it('reads decimal keys exactly', () => {
    expect(decimalKey('2,05')).toBe(2050000n);
    expect(decimalKey('1 200')).toBe(1200000000n);
    expect(decimalKey('x')).toBeNull();
  });
});
