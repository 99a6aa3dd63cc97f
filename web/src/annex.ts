// The annex table's pure logic: filtering, sorting, grouping theme → operation
// with exact subtotals (BigInt cents) that follow the filter.
import type { AnnexRow } from './api';
import { centsOf } from './money';

export interface AnnexFilter {
  territory: string;     // '' = every territory
  organisation: string;  // organisation id, '' = all
  operation: string;     // operation id ("t1-o1"), '' = all
  text: string;          // free text, accents and case ignored
}

export const NO_FILTER: AnnexFilter = { territory: '', organisation: '', operation: '', text: '' };

export type SortKey = 'printed' | 'territory' | 'organisation' | 'description' | 'quantity' | 'amount' | 'findings';
export interface AnnexSort { key: SortKey; direction: 'asc' | 'desc' }
export const PRINTED_ORDER: AnnexSort = { key: 'printed', direction: 'asc' };

/** Lower case without diacritics: "Hénin-Carvin" → "henin-carvin". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystack(row: AnnexRow): string {
  return fold([
    row.award_id, row.territory, row.organisation, row.description, row.instrument,
    row.operation_title, row.theme_title, row.quantity?.text ?? '', row.amount.text,
  ].join(' \u0001 '));
}

export function matches(row: AnnexRow, filter: AnnexFilter): boolean {
  if (filter.territory && row.territory !== filter.territory) return false;
  if (filter.organisation && row.organisation_id !== filter.organisation) return false;
  if (filter.operation && row.operation_id !== filter.operation) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length) {
    const text = haystack(row);
    // Amounts are printed with narrow no-break spaces; let "42 000" match them.
    const spaced = text.replace(/[\u00A0\u202F]/g, ' ');
    const query = fold(filter.text).trim().replace(/[\u00A0\u202F]/g, ' ');
    if (!spaced.includes(query) && !words.every((word) => spaced.includes(word))) return false;
  }
  return true;
}

export function filterRows(rows: AnnexRow[], filter: AnnexFilter): AnnexRow[] {
  return rows.filter((row) => matches(row, filter));
}

/** A decimal text ("20", "2,05", "1 200.5") as an exact scaled integer, for sorting. */
export function decimalKey(text: string | null | undefined): bigint | null {
  if (text == null) return null;
  const clean = text.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(clean);
  if (!match || (match[2] === '' && !match[3])) return null;
  const whole = BigInt(match[2] || '0');
  const fraction = BigInt(((match[3] ?? '') + '000000').slice(0, 6));
  const value = whole * 1000000n + fraction;
  return match[1] ? -value : value;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function compareBig(a: bigint | null, b: bigint | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows sorted by `sort` (stable: ties keep the printed order). */
export function sortRows(rows: AnnexRow[], sort: AnnexSort): AnnexRow[] {
  const indexed = rows.map((row, index) => ({ row, index }));
  if (sort.key === 'printed') {
    return sort.direction === 'asc' ? rows.slice() : rows.slice().reverse();
  }
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: AnnexRow, b: AnnexRow): number => {
    switch (sort.key) {
      case 'territory': return collator.compare(a.territory, b.territory);
      case 'organisation': return collator.compare(a.organisation, b.organisation);
      case 'description': return collator.compare(a.description, b.description);
      case 'amount': return compareBig(centsOf(a.amount), centsOf(b.amount));
      case 'findings': return a.findings - b.findings;
      case 'quantity': {
        const ka = decimalKey(a.quantity?.value), kb = decimalKey(b.quantity?.value);
        // Rows without a quantity always last, whatever the direction.
        if (ka === null || kb === null) return 0;
        return compareBig(ka, kb);
      }
      default: return 0;
    }
  };
  indexed.sort((x, y) => {
    if (sort.key === 'quantity') {
      const nx = x.row.quantity == null, ny = y.row.quantity == null;
      if (nx !== ny) return nx ? 1 : -1;
    }
    return sign * compare(x.row, y.row) || x.index - y.index;
  });
  return indexed.map((entry) => entry.row);
}

export interface OperationGroup {
  id: string; number: number; title: string; theme: number;
  rows: AnnexRow[]; total: bigint; findings: number;
}
export interface ThemeGroup {
  number: number; title: string; operations: OperationGroup[]; total: bigint; count: number;
}
export interface GroupedAnnex { themes: ThemeGroup[]; total: bigint; count: number; findings: number }

/**
 * Groups rows theme → operation in the order they first appear (the printed
 * order), each group's rows in the given sort, with exact totals of what is shown.
 */
export function groupRows(rows: AnnexRow[], sort: AnnexSort = PRINTED_ORDER): GroupedAnnex {
  const themes: ThemeGroup[] = [];
  const themeIndex = new Map<number, ThemeGroup>();
  const operationIndex = new Map<string, OperationGroup>();
  for (const row of rows) {
    let theme = themeIndex.get(row.theme);
    if (!theme) {
      theme = { number: row.theme, title: row.theme_title, operations: [], total: 0n, count: 0 };
      themeIndex.set(row.theme, theme);
      themes.push(theme);
    }
    let operation = operationIndex.get(row.operation_id);
    if (!operation) {
      operation = {
        id: row.operation_id, number: row.operation, title: row.operation_title, theme: row.theme,
        rows: [], total: 0n, findings: 0,
      };
      operationIndex.set(row.operation_id, operation);
      theme.operations.push(operation);
    }
    operation.rows.push(row);
    const cents = centsOf(row.amount);
    operation.total += cents;
    operation.findings += row.findings;
    theme.total += cents;
    theme.count += 1;
  }
  let total = 0n;
  let findings = 0;
  for (const theme of themes) {
    total += theme.total;
    for (const operation of theme.operations) {
      operation.rows = sortRows(operation.rows, sort);
      findings += operation.findings;
    }
  }
  return { themes, total, count: rows.length, findings };
}
