// After the vote, in French: agreement statuses and the moves each allows,
// the status filter of the agreements table, the review form typed by staff
// (places achieved per territory, cost, score) turned into the API's input,
// and what a settlement means for the organisation (to pay, to recover).
// Pure functions (unit-tested); money stays in exact cents (money.ts).
import type {
  AgreementMove, AgreementStatus, AgreementSummary, IndicatorValue, ReviewInput, SettlementValue,
} from './api';
import { centsOf, parseAmount, type Money } from './money';

export const STATUS_FILTERS: { key: '' | AgreementStatus; label: string }[] = [
  { key: '', label: 'Toutes' },
  { key: 'draft', label: 'Projets' },
  { key: 'sent', label: 'Envoyées' },
  { key: 'signed', label: 'Signées' },
  { key: 'amended', label: 'Modifiées par avenant' },
  { key: 'closed', label: 'Closes' },
];

/** The agreements of one status ('' or an unknown key: all of them). */
export function filterAgreements(agreements: AgreementSummary[], status: string): AgreementSummary[] {
  if (!STATUS_FILTERS.some((filter) => filter.key === status && status !== '')) return agreements;
  return agreements.filter((agreement) => agreement.status === status);
}

/** How many agreements each status filter shows. */
export function countByStatus(agreements: AgreementSummary[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const filter of STATUS_FILTERS) counts[filter.key] = filterAgreements(agreements, filter.key).length;
  return counts;
}

export const MOVE_LABEL: Record<AgreementMove, string> = {
  send: 'Envoyer à la structure',
  sign: 'Signer',
  amend: 'Appliquer l’avenant',
  close: 'Clore',
};

/** The moves a status allows, as agreement_status.h's can_move. */
export function allowedMoves(status: AgreementStatus): AgreementMove[] {
  switch (status) {
    case 'draft': return ['send', 'sign'];
    case 'sent': return ['sign'];
    case 'signed':
    case 'amended': return ['amend', 'close'];
    default: return [];
  }
}

/** The places targets of a tranche, one input each in the review form. */
export function placeTargets(targets: IndicatorValue[]): IndicatorValue[] {
  return targets.filter((target) => target.kind === 'places');
}

/** "places:lens-lievin" or "places": the indicator's key in the command-line form. */
export function indicatorKey(indicator: Pick<IndicatorValue, 'kind' | 'territory'>): string {
  return indicator.territory ? `${indicator.kind}:${indicator.territory}` : indicator.kind;
}

export interface ReviewForm {
  tranche: string;
  received: string;
  /** Places achieved, by indicatorKey of the target. */
  places: Record<string, string>;
  actualCost: string;
  score: string;
  notes: string;
}

export type ReviewCheck =
  | { ok: true; review: ReviewInput }
  | { ok: false; errors: Record<string, string> };

const QUANTITY = /^\d+([,.]\d{1,4})?$/;

/**
 * Checks the review form before sending (the server checks again and has the
 * last word). Error keys: "received", "actual_cost", "score" and
 * "places:<territory>".
 */
export function checkReviewForm(form: ReviewForm, targets: IndicatorValue[], version: number): ReviewCheck {
  const errors: Record<string, string> = {};
  if (form.received.trim() === '') errors.received = 'Saisissez la date de réception du bilan.';
  const indicators: string[] = [];
  for (const target of placeTargets(targets)) {
    const key = indicatorKey(target);
    const text = (form.places[key] ?? '').replace(/[\s\u00A0\u202F]/g, '');
    if (text === '') {
      errors[key] = 'Saisissez le nombre de places réalisées (0 s’il n’y en a pas).';
    } else if (!QUANTITY.test(text)) {
      errors[key] = `« ${text} » n’est pas un nombre de places (ex. 80 ou 12,5).`;
    } else {
      indicators.push(`${key}=${text.replace('.', ',')}`);
    }
  }
  const cost = parseAmount(form.actualCost);
  if (!cost.ok) errors.actual_cost = cost.message;
  const score = form.score.trim().replace(/\s*%$/, '').replace(',', '.');
  if (score === '' || !/^\d+(\.\d+)?$/.test(score) || Number(score) > 100) {
    errors.score = 'Saisissez une appréciation entre 0 et 100 %.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    review: {
      version,
      tranche: form.tranche,
      received: form.received.trim(),
      indicators,
      actual_cost: form.actualCost.trim(),
      score: `${score.replace('.', ',')} %`,
      notes: form.notes.trim(),
    },
  };
}

export type SettlementOutcome =
  | { kind: 'pay'; amount: Money; sentence: string }
  | { kind: 'recover'; amount: Money; sentence: string }
  | { kind: 'settled'; sentence: string };

/** What the settlement asks of the Department or of the organisation. */
export function settlementOutcome(settlement: Pick<SettlementValue, 'to_pay' | 'to_recover'>): SettlementOutcome {
  if (centsOf(settlement.to_recover) > 0n) {
    return {
      kind: 'recover', amount: settlement.to_recover,
      sentence: `Montant à reverser par la structure : ${settlement.to_recover.text}`,
    };
  }
  if (centsOf(settlement.to_pay) > 0n) {
    return {
      kind: 'pay', amount: settlement.to_pay,
      sentence: `Solde à verser à la structure : ${settlement.to_pay.text}`,
    };
  }
  return { kind: 'settled', sentence: 'Rien à verser ni à reverser : la tranche est soldée par l’avance.' };
}
