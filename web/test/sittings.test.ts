import { describe, expect, it } from 'vitest';
import {
  castSoFar, checkInterestForm, checkVoteForm, groupAttendance, parseCount, parseGroups, presenceNote,
  quorumText, rollArithmetic, type VoteForm,
} from '../src/sittings';
import type { AttendanceEntry, VotingRoll } from '../src/api';
import { href, parseRoute } from '../src/route';

const person = (id: string) => ({ id, name: id });
const names = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => person(`${prefix}${i}`));

function form(counts: [string, string, string, string], groups: [string, string, string, string] = ['', '', '', '']): VoteForm {
  return {
    counts: { for: counts[0], against: counts[1], abstain: counts[2], absent_without_proxy: counts[3] },
    groups: { for: groups[0], against: groups[1], abstain: groups[2], absent_without_proxy: groups[3] },
    casting: '',
  };
}

describe('voting roll and quorum', () => {
  it('shows the arithmetic of who may vote', () => {
    const roll: VotingRoll = {
      in_office: 44, present: 38, recused_present: names(5, 'r'), proxies: names(3, 'p'),
      absent_without_proxy: names(3, 'a'), able: 36,
    };
    expect(rollArithmetic(roll)).toBe('38 présents − 5 intéressés à l’affaire + 3 délégations de vote = 36');
    expect(rollArithmetic({ ...roll, present: 1, recused_present: [], proxies: names(1, 'p'), able: 2 }))
      .toBe('1 présent − 0 intéressé à l’affaire + 1 délégation de vote = 2');
  });
  it('says whether the quorum is met', () => {
    expect(quorumText({ in_office: 44, present: 38, required: 23, reconvened: false, met: true }))
      .toBe('38 présents sur 44 membres en exercice ; il en faut 23 : quorum atteint.');
    expect(quorumText({ in_office: 44, present: 20, required: 23, reconvened: false, met: false }))
      .toContain('NON ATTEINT');
    expect(quorumText({ in_office: 44, present: 20, required: 23, reconvened: true, met: true }))
      .toContain('sans condition de quorum');
  });
});

describe('attendance', () => {
  const entry = (member: string, status: string, rank: number, extra: Partial<AttendanceEntry> = {}): AttendanceEntry => ({
    member, name: member, group: '', rank, status, status_label: status, arrives_at_item: null, leaves_after_item: null, ...extra,
  });
  it('groups by status in the deliberation’s order, by rank, without empty lists', () => {
    const groups = groupAttendance([entry('b', 'present', 2), entry('x', 'absent', 5), entry('a', 'present', 1)]);
    expect(groups.map((g) => g.heading)).toEqual(['Présents', 'Absents']);
    expect(groups[0].members.map((m) => m.member)).toEqual(['a', 'b']);
  });
  it('notes arrivals and departures', () => {
    expect(presenceNote(entry('a', 'present', 1, { arrives_at_item: 2, leaves_after_item: 3 })))
      .toBe('arrive au point 2, part après le point 3');
    expect(presenceNote(entry('a', 'present', 1))).toBe('');
  });
});

describe('vote form', () => {
  it('reads counts', () => {
    expect(parseCount(' 36 ')).toEqual({ ok: true, value: 36 });
    expect(parseCount('0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('').ok).toBe(false);
    expect(parseCount('-1').ok).toBe(false);
    expect(parseCount('3,5').ok).toBe(false);
  });
  it('reads groups one per line or separated by semicolons', () => {
    expect(parseGroups('Groupe A\n\n Groupe B ; Groupe A')).toEqual(['Groupe A', 'Groupe B']);
  });
  it('builds the body or names the faulty fields', () => {
    const ok = checkVoteForm(form(['36', '0', '0', '3'], ['G1', '', '', 'G2']), 4);
    expect(ok).toEqual({
      ok: true,
      vote: {
        version: 4, for: 36, against: 0, abstain: 0, absent_without_proxy: 3,
        for_groups: ['G1'], against_groups: [], abstain_groups: [], absent_without_proxy_groups: ['G2'],
      },
    });
    const bad = checkVoteForm(form(['x', '0', '', '0'], ['', 'G', '', '']), 1);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.errors).sort()).toEqual(['abstain', 'against_groups', 'for']);
    const casting = checkVoteForm({ ...form(['3', '2', '0', '0']), casting: 'for' }, 1);
    expect(casting.ok).toBe(false);
    const tie = checkVoteForm({ ...form(['3', '3', '0', '0']), casting: 'for' }, 1);
    expect(tie.ok && tie.vote.casting_vote).toBe('for');
  });
  it('adds the votes cast so far', () => {
    expect(castSoFar(form(['36', '0', '5', '3']))).toBe(41);
    expect(castSoFar(form(['36', '', '5', '3']))).toBeNull();
  });
});

describe('interest form', () => {
  it('requires member, organisation, role and start; checks the SIRET', () => {
    expect(checkInterestForm({ member: '', organisation_name: ' ', siret: '123', role: '', start: '', end: '' }))
      .toEqual({
        member: 'Choisissez l’élu.',
        organisation_name: 'Saisissez le nom de l’organisme.',
        siret: 'Le SIRET compte 14 chiffres.',
        role: 'Saisissez la fonction ou la qualité de l’élu dans l’organisme.',
        start: 'Saisissez la date de début : 01/01/2022 ou 1er janvier 2022.',
      });
    expect(checkInterestForm({
      member: 'm', organisation_name: 'CCAS', siret: '123 456 789 00012', role: 'présidente', start: '1er janvier 2022', end: '',
    })).toEqual({});
  });
});

describe('session routes', () => {
  it('round-trips', () => {
    expect(parseRoute(href.sessions())).toEqual({ name: 'sessions' });
    expect(parseRoute(href.session('cp-2023-09-18'))).toEqual({ name: 'session', session: 'cp-2023-09-18' });
    expect(parseRoute(href.interests())).toEqual({ name: 'interests' });
  });
});
