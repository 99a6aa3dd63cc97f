// French display of non-money values (money is in money.ts).
import type { DateValue, Severity } from './api';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre'];

/** "2026-11-28T18:40:12Z" → "28 novembre 2026 à 18:40" (UTC, as the journal records it). */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute] = match;
  const date = `${Number(day)}${day === '01' ? 'er' : ''} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
  return hour ? `${date} à ${hour}:${minute} UTC` : date;
}

/** A date from the API: {"iso", "text"}, an ISO string, or null. */
export function formatDate(value: DateValue | string | null | undefined): string {
  if (value == null) return '—';
  if (typeof value === 'string') return formatTimestamp(value);
  return value.text || formatTimestamp(value.iso);
}

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Erreur',
  warning: 'Avertissement',
  info: 'Information',
};
export const SEVERITY_PLURAL: Record<Severity, string> = {
  error: 'Erreurs',
  warning: 'Avertissements',
  info: 'Informations',
};
export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** "1 constat", "3 constats". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('fr-FR')} ${count <= 1 ? singular : pluralForm}`;
}

/** Share of `value` in `max` as a CSS percentage for a bar (geometry only, never money). */
export function barWidth(value: bigint, max: bigint): string {
  if (max <= 0n || value <= 0n) return '0%';
  // Tenths of a percent, in integers, so a tiny value still shows a sliver.
  const permille = (value * 1000n) / max;
  const shown = permille === 0n ? 5n : permille;
  return `${Number(shown) / 10}%`;
}
