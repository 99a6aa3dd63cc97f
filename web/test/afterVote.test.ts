import { describe, expect, it } from 'vitest';
import type { AgreementSummary, IndicatorValue } from '../src/api';
import {
  allowedMoves, checkReviewForm, countByStatus, filterAgreements, indicatorKey, placeTargets,
  settlementOutcome, type ReviewForm,
} from '../src/afterVote';
import { href, parseRoute } from '../src/route';

const money = (cents: number, text: string) => ({ cents, text });

function agreement(award: string, status: AgreementSummary['status']): AgreementSummary {
  return {
    award, title: `convention ${award}`, number: null, organisation: 'o', organisation_name: 'O',
    subject: '', status, status_label: status, budget_line: 'C02-446A05',
    total: money(0, '0,00 €'), paid: money(0, '0,00 €'), remaining: money(0, '0,00 €'),
    signed_on: null, retention_until: null, version: 1, updated_at: '', updated_by: '',
  };
}

const target = (territory: string | null, value: string): IndicatorValue => ({
  kind: 'places', kind_label: 'places', territory, territory_label: territory, value, text: '',
});

// Cheval Bleu's 2024 tranche: 90 Lens-Liévin, 90 Artois, 50 Hénin-Carvin.
const targets = [
  target('lens-lievin', '90'), target('artois', '90'), target('henin-carvin', '50'),
  { ...target(null, '120'), kind: 'contracts_signed' },
];

function form(changes: Partial<ReviewForm> = {}): ReviewForm {
  return {
    tranche: '2024', received: '28/03/2025',
    places: { 'places:lens-lievin': '40', 'places:artois': '40', 'places:henin-carvin': '20' },
    actualCost: '60 000,00', score: '50', notes: '', ...changes,
  };
}

describe('agreements table', () => {
  const list = [agreement('a', 'draft'), agreement('b', 'signed'), agreement('c', 'amended'), agreement('d', 'signed')];
  it('filters by status; empty or unknown keys show everything', () => {
    expect(filterAgreements(list, 'signed').map((a) => a.award)).toEqual(['b', 'd']);
    expect(filterAgreements(list, '')).toHaveLength(4);
    expect(filterAgreements(list, 'nimporte')).toHaveLength(4);
    expect(countByStatus(list)).toEqual({ '': 4, draft: 1, sent: 0, signed: 2, amended: 1, closed: 0 });
  });
  it('offers the moves agreement_status.h allows', () => {
    expect(allowedMoves('draft')).toEqual(['send', 'sign']);
    expect(allowedMoves('sent')).toEqual(['sign']);
    expect(allowedMoves('amended')).toEqual(['amend', 'close']);
    expect(allowedMoves('closed')).toEqual([]);
  });
});

describe('review form', () => {
  it('keeps the places targets and names them as the command line does', () => {
    expect(placeTargets(targets)).toHaveLength(3);
    expect(indicatorKey(targets[0])).toBe('places:lens-lievin');
    expect(indicatorKey(targets[3])).toBe('contracts_signed');
  });
  it('turns a valid form into the API input', () => {
    const checked = checkReviewForm(form({ places: { 'places:lens-lievin': '40', 'places:artois': '40,5', 'places:henin-carvin': '2 0' } }), targets, 4);
    expect(checked).toEqual({
      ok: true,
      review: {
        version: 4, tranche: '2024', received: '28/03/2025',
        indicators: ['places:lens-lievin=40', 'places:artois=40,5', 'places:henin-carvin=20'],
        actual_cost: '60 000,00', score: '50 %', notes: '',
      },
    });
  });
  it('names every wrong field', () => {
    const checked = checkReviewForm(form({
      received: ' ', places: { 'places:lens-lievin': '', 'places:artois': '-3' }, actualCost: '12,345', score: '120 %',
    }), targets, 1);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(
      ['actual_cost', 'places:artois', 'places:henin-carvin', 'places:lens-lievin', 'received', 'score']);
    expect(checked.errors['places:artois']).toMatch(/-3/);
    expect(checked.errors.actual_cost).toMatch(/décimales/);
  });
});

describe('settlement outcome', () => {
  it('says what is to recover, to pay, or nothing', () => {
    const zero = money(0, '0,00 €');
    expect(settlementOutcome({ to_pay: zero, to_recover: money(1525000, '15 250,00 €') })).toEqual({
      kind: 'recover', amount: money(1525000, '15 250,00 €'),
      sentence: 'Montant à reverser par la structure : 15 250,00 €',
    });
    expect(settlementOutcome({ to_pay: money(2700000, '27 000,00 €'), to_recover: zero }).kind).toBe('pay');
    expect(settlementOutcome({ to_pay: zero, to_recover: zero }).kind).toBe('settled');
  });
});

describe('after-vote routes', () => {
  it('round-trips the screen and the agreement page', () => {
    const overview = parseRoute(href.afterVote('p-1', 'signed'));
    expect(overview.name).toBe('after_vote');
    if (overview.name === 'after_vote') expect(overview.query.get('etat')).toBe('signed');
    expect(parseRoute(href.agreement('p-1', 't1-o6-01'))).toEqual({ name: 'agreement', programme: 'p-1', award: 't1-o6-01' });
  });
});
