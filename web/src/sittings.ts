// The sittings (séances) in French: the voting roll's arithmetic, the quorum,
// attendance grouped as the deliberation lists it, and the checks of the
// vote and interest forms typed by staff. Pure functions (unit-tested).
import type { AttendanceEntry, Quorum, VoteInput, VotingRoll } from './api';

function count(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${value} ${value > 1 ? pluralForm : singular}`;
}

/** "38 présents − 5 intéressés à l’affaire + 3 délégations de vote = 36" */
export function rollArithmetic(roll: VotingRoll): string {
  const recused = roll.recused_present.length;
  const proxies = roll.proxies.length;
  return `${count(roll.present, 'présent')} − ${count(recused, 'intéressé')} à l’affaire`
    + ` + ${count(proxies, 'délégation')} de vote = ${roll.able}`;
}

/** "38 présents sur 44 membres en exercice ; il en faut 23 : quorum atteint." */
export function quorumText(quorum: Quorum): string {
  const base = `${count(quorum.present, 'présent')} sur ${count(quorum.in_office, 'membre')} en exercice`;
  if (quorum.reconvened) return `${base} : séance convoquée à nouveau, sans condition de quorum.`;
  return `${base} ; il en faut ${quorum.required} : quorum ${quorum.met ? 'atteint' : 'NON ATTEINT'}.`;
}

export const ATTENDANCE_HEADINGS: { status: string; heading: string }[] = [
  { status: 'present', heading: 'Présents' },
  { status: 'excused', heading: 'Excusés' },
  { status: 'absent', heading: 'Absents' },
  { status: 'non_voting_present', heading: 'Présents sans voix délibérative' },
  { status: 'non_voting_excused', heading: 'Excusés sans voix délibérative' },
];

/** The attendance lists, in the deliberation's order, each by rank; empty lists left out. */
export function groupAttendance(entries: AttendanceEntry[]): { status: string; heading: string; members: AttendanceEntry[] }[] {
  return ATTENDANCE_HEADINGS
    .map(({ status, heading }) => ({
      status,
      heading,
      members: entries.filter((entry) => entry.status === status).sort((a, b) => a.rank - b.rank),
    }))
    .filter((group) => group.members.length > 0);
}

/** "arrive au point 2", "part après le point 3", or "". */
export function presenceNote(entry: AttendanceEntry): string {
  const notes: string[] = [];
  if (entry.arrives_at_item != null) notes.push(`arrive au point ${entry.arrives_at_item}`);
  if (entry.leaves_after_item != null) notes.push(`part après le point ${entry.leaves_after_item}`);
  return notes.join(', ');
}

export type CountResult = { ok: true; value: number } | { ok: false; message: string };

/** A vote count typed by staff: a whole number, 0 or more. */
export function parseCount(text: string): CountResult {
  const trimmed = text.replace(/[\s\u00A0\u202F]/g, '');
  if (trimmed === '') return { ok: false, message: 'Saisissez un nombre (0 s’il n’y en a pas).' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `« ${text.trim()} » n’est pas un nombre entier positif ou nul.` };
  const value = Number(trimmed);
  if (value > 10000) return { ok: false, message: 'Nombre trop grand.' };
  return { ok: true, value };
}

/** Groups typed one per line (or separated by « ; »), blanks and repeats dropped. */
export function parseGroups(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n;]/)) {
    const group = part.trim();
    if (group && !out.includes(group)) out.push(group);
  }
  return out;
}

export const VOTE_FIELDS = ['for', 'against', 'abstain', 'absent_without_proxy'] as const;
export type VoteField = typeof VOTE_FIELDS[number];

export const VOTE_FIELD_LABEL: Record<string, string> = {
  for: 'Pour',
  against: 'Contre',
  abstain: 'Abstention',
  absent_without_proxy: 'Absents sans délégation de vote',
  total: 'Total des voix',
  quorum: 'Quorum',
  version: 'Version',
  casting_vote: 'Voix prépondérante',
};

export interface VoteForm {
  counts: Record<VoteField, string>;
  groups: Record<VoteField, string>;
  casting: '' | 'for' | 'against';
}

/** The form's errors by field, or the body to send. */
export function checkVoteForm(form: VoteForm, version: number):
  { ok: true; vote: VoteInput } | { ok: false; errors: Partial<Record<string, string>> } {
  const errors: Partial<Record<string, string>> = {};
  const values: Partial<Record<VoteField, number>> = {};
  for (const field of VOTE_FIELDS) {
    const parsed = parseCount(form.counts[field]);
    if (parsed.ok) values[field] = parsed.value;
    else errors[field] = parsed.message;
  }
  for (const field of VOTE_FIELDS) {
    if (values[field] === 0 && parseGroups(form.groups[field]).length > 0) {
      errors[`${field}_groups`] = 'Aucun groupe ne peut être nommé après 0 voix.';
    }
  }
  if (form.casting && values.for !== undefined && values.for !== values.against) {
    errors.casting_vote = 'La voix prépondérante ne départage qu’un partage égal (autant de pour que de contre).';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const vote: VoteInput = {
    version,
    for: values.for!, against: values.against!, abstain: values.abstain!,
    absent_without_proxy: values.absent_without_proxy!,
    for_groups: parseGroups(form.groups.for),
    against_groups: parseGroups(form.groups.against),
    abstain_groups: parseGroups(form.groups.abstain),
    absent_without_proxy_groups: parseGroups(form.groups.absent_without_proxy),
  };
  if (form.casting) vote.casting_vote = form.casting;
  return { ok: true, vote };
}

/** Votes cast (for + against + abstain) typed so far, or null while a count does not read. */
export function castSoFar(form: VoteForm): number | null {
  let total = 0;
  for (const field of ['for', 'against', 'abstain'] as const) {
    const parsed = parseCount(form.counts[field]);
    if (!parsed.ok) return null;
    total += parsed.value;
  }
  return total;
}

export interface InterestForm {
  member: string; organisation_name: string; siret: string; role: string; start: string; end: string;
}

export const INTEREST_FIELDS = ['member', 'organisation_name', 'siret', 'role', 'start', 'end'] as const;

/** Required fields and the SIRET's shape; dates are read by the server (ISO or French). */
export function checkInterestForm(form: InterestForm): Partial<Record<keyof InterestForm, string>> {
  const errors: Partial<Record<keyof InterestForm, string>> = {};
  if (!form.member) errors.member = 'Choisissez l’élu.';
  if (!form.organisation_name.trim()) errors.organisation_name = 'Saisissez le nom de l’organisme.';
  if (!form.role.trim()) errors.role = 'Saisissez la fonction ou la qualité de l’élu dans l’organisme.';
  if (!form.start.trim()) errors.start = 'Saisissez la date de début : 01/01/2022 ou 1er janvier 2022.';
  const siret = form.siret.replace(/[\s\u00A0\u202F]/g, '');
  if (siret && !/^\d{14}$/.test(siret)) errors.siret = 'Le SIRET compte 14 chiffres.';
  return errors;
}
