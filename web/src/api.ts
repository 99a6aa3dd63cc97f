// The JSON API of `octroi serve` (docs/api.md): types and a fetch wrapper that
// sends the session cookie and, on every mutation, the CSRF token.
import type { Money } from './money';

export interface DateValue { iso: string; text: string }

export interface ProgrammeSummary {
  id: string; title: string; year: number | string | null; phase: number | string | null;
  award_count: number; total: Money; imported_at: string; imported_by: string;
}

export interface Quantity { value: string; unit: string; unit_label: string; text: string }

export interface Dashboard {
  programme: ProgrammeSummary;
  session: { date: DateValue | null; body: string };
  themes: { number: number; title: string; total: Money; award_count: number }[];
  articles: { number: number; title: string; amount: Money | null }[];
  budget_lines: {
    code: string; label: string; imputation: string;
    commitment_authority: Money | null; available: Money | null;
    proposed: Money | null; remaining: Money | null; awarded: Money;
  }[];
  territories: { territory: string; total: Money; award_count: number }[];
  findings: { error: number; warning: number; info: number };
  total: Money;
}

export interface AnnexRow {
  award_id: string; theme: number; theme_title: string; operation_id: string;
  operation: number; operation_title: string; territory: string;
  organisation_id: string; organisation: string; description: string;
  amount: Money; instrument: string; quantity: Quantity | null;
  version: number; findings: number;
}

export interface Annex {
  programme: ProgrammeSummary;
  rows: AnnexRow[];
  themes: { number: number; title: string; operations: { id: string; number: number; title: string }[] }[];
  territories: string[];
  organisations: { id: string; name: string }[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity; code: string;
  where: {
    theme?: number; operation?: number; organisation?: string; row?: string;
    article?: string; member?: string; lines?: { line: number; to_line: number }[];
  };
  message: string;
  values: { label: string; printed: string; value: string; line?: number }[];
}

export interface AwardRecord {
  programme_id: string; award_id: string; description: string; amount: Money;
  quantity: Quantity | null; version: number; updated_at: string | null; updated_by: string | null;
}

export interface HistoryEntry {
  seq: number; time: string; user: string; action: string;
  before: Record<string, unknown> | null; after: Record<string, unknown> | null;
}

export interface AwardPage {
  award: AwardRecord;
  row: AnnexRow;
  explanation: {
    has_rule: boolean; formula: string | null; expected: Money | null; substituted: string | null;
    parameters: { name: string; value: string; since: string; source: string }[];
    caps: string[]; difference: Money | null; error: string | null;
  };
  findings: Finding[];
  history: HistoryEntry[];
}

export interface PaymentLine {
  award_id: string; organisation: string; operation_title: string; instrument: string;
  amount: Money; advance: Money; balance: Money;
  advance_due: DateValue | string | null; balance_due: DateValue | string | null;
}

export interface OrganisationPage {
  organisation: {
    id: string; name: string; siret: string | null; category: string | null;
    address: string | null; representative: string | null;
  };
  awards: (AnnexRow & { programme_id: string; programme_title: string })[];
  payments: (PaymentLine & { programme_id?: string })[];
  agreements: { programme_id: string; instrument: string; number: string | null }[];
  total: Money;
}

export interface DocumentKind {
  kind: string; label: string; formats: string[]; per_organisation: boolean;
}

export interface Me {
  login: string; role: string; role_label: string; csrf: string;
  permissions: {
    edit_awards: boolean; validate: boolean; payments: boolean; manage_users: boolean;
    record_sessions?: boolean; record_interests?: boolean; manage_agreements?: boolean;
  };
}

export interface SessionSummary {
  id: string; date: DateValue; body: string; body_label: string; agenda_items: number; version: number;
}

export interface Person { id: string; name: string }

export interface Tally { count: number; groups: string[] }

export interface VoteValue {
  for: Tally; against: Tally; abstain: Tally; absent_without_proxy: Tally; expressed: number; total: number;
}

export type RecusalReason =
  | { kind: 'declared'; text: string }
  | {
    kind: 'register'; text: string; interest_id: number; role: string; organisation: string;
    organisation_id: string; since: DateValue;
  };

export interface VotingRoll {
  in_office: number; present: number; recused_present: Person[]; proxies: Person[];
  absent_without_proxy: Person[]; able: number;
}

export interface Quorum { in_office: number; present: number; required: number; reconvened: boolean; met: boolean }

export interface VoteProblem { field: string; message: string }

export interface SessionItem {
  position: number; report: string; number: string; title: string; deliberation: string | null;
  programme: string; subject_code: string;
  quorum: Quorum;
  roll: VotingRoll;
  recusals: { member: string; name: string; took_part_in_debate: boolean; reason: RecusalReason }[];
  vote: VoteValue | null;
  casting_vote: 'for' | 'against' | null;
  adopted: boolean | null;
  vote_sentence: string | null;
  outcome: string | null;
  problems: VoteProblem[];
  text: string[];
}

export interface AttendanceEntry {
  member: string; name: string; group: string; rank: number; status: string; status_label: string;
  arrives_at_item: number | null; leaves_after_item: number | null;
}

export interface SessionPage {
  id: string; date: DateValue; body: string; body_label: string; place: string;
  president: Person; secretary: Person; reconvened_from: DateValue | null;
  version: number; updated_by: string; updated_at: string;
  heading: string[];
  attendance: AttendanceEntry[];
  proxies: { giver: string; giver_name: string; holder: string | null; holder_name: string | null }[];
  register_problems: { member: string; message: string }[];
  items: SessionItem[];
}

export interface Member {
  id: string; civility: string; name: string; display_name: string; group: string; rank: number;
  mandates: { body: string; body_label: string; start: DateValue | null; end: DateValue | null; deliberative_vote: boolean }[];
}

export interface Interest {
  id: number; member: string; member_name: string; organisation_id: string | null;
  organisation_name: string; siret: string | null; role: string; start: DateValue; end: DateValue | null;
  declared_by: string; declared_at: string;
}

export interface InterestInput {
  member: string; organisation_name: string; role: string; start: string;
  organisation_id?: string; siret?: string; end?: string;
}

export interface VoteInput {
  version: number;
  for: number; against: number; abstain: number; absent_without_proxy: number;
  for_groups: string[]; against_groups: string[]; abstain_groups: string[]; absent_without_proxy_groups: string[];
  casting_vote?: 'for' | 'against';
}

export interface AwardUpdate {
  version: number; amount?: string; description?: string; quantity?: string;
}

export interface RateValue { millionths: number; text: string }

export interface IndicatorValue {
  kind: string; kind_label: string; territory: string | null; territory_label: string | null;
  value: string; text: string;
}

export type AgreementStatus = 'draft' | 'sent' | 'signed' | 'amended' | 'closed';

export interface AgreementSummary {
  award: string; title: string; number: string | null; organisation: string; organisation_name: string;
  subject: string; status: AgreementStatus; status_label: string; budget_line: string;
  total: Money; paid: Money; remaining: Money; signed_on: DateValue | null; retention_until: DateValue | null;
  version: number; updated_at: string; updated_by: string;
}

export interface TrancheValue {
  key: string; label: string; start: DateValue; end: DateValue; amount: Money;
  quantitative_share: RateValue; targets: IndicatorValue[]; review_due: DateValue;
}

export interface SettlementValue {
  places_planned: string; places_counted: string; quantitative: Money; qualitative: Money;
  computed: Money; settled: Money; capped_by_cost: boolean; to_pay: Money; to_recover: Money;
  outcome: string; explanation: string[];
}

export interface ReviewValue {
  tranche: string; received_on: DateValue; indicators: IndicatorValue[]; actual_cost: Money;
  qualitative_score: RateValue; notes: string;
  settlement: { settled_on: DateValue; settled: Money; paid: Money; to_pay: Money; to_recover: Money } | null;
}

export interface AgreementPayment {
  id: number; agreement: string; agreement_number: string; organisation: string; tranche: string;
  kind: 'advance' | 'balance_payment'; kind_label: string; paid_on: DateValue; amount: Money;
  budget_line: string; recorded_at: string; recorded_by: string;
}

export interface AgreementPage extends AgreementSummary {
  drafted_on: DateValue | null; sent_on: DateValue | null; closed_on: DateValue | null;
  advance_rate: RateValue; in_force: boolean;
  tranches: (TrancheValue & {
    paid: Money; advance: Money | null; review: ReviewValue | null;
    settlement: SettlementValue | null; settlement_error: string | null;
  })[];
  amendments: {
    ordinal: number; signed_on: DateValue; reference: string; replaced_articles: number[];
    before: TrancheValue[]; after: TrancheValue[];
    retention_before: DateValue | null; retention_after: DateValue | null;
  }[];
  payments: AgreementPayment[];
}

export interface AfterVoteBudgetLine {
  code: string; label: string; commitment_authority: Money | null; available: Money | null;
  committed: Money; paid: Money; to_pay: Money; remaining: Money | null;
}

export interface OverdueReview {
  agreement: string; title: string; organisation: string; tranche: string; due: DateValue; days_late: number;
}

export interface RetentionEntry {
  agreement: string; title: string; organisation: string; status_label: string;
  keep_until: DateValue | null; expired: boolean;
}

export interface AfterVote {
  programme: { id: string; title: string };
  today: DateValue;
  agreements: AgreementSummary[];
  draftable: { award: string; organisation: string; organisation_name: string; amount: Money }[];
  budget_lines: AfterVoteBudgetLine[];
  overdue: OverdueReview[];
  retention: RetentionEntry[];
}

export type AgreementMove = 'send' | 'sign' | 'amend' | 'close';

export interface ReviewInput {
  version: number; tranche: string; received: string; indicators: string[];
  actual_cost: string; score: string; notes: string;
}

export interface PaymentInput { tranche: string; kind: 'advance' | 'balance_payment'; date: string; amount?: string }

/** A non-2xx answer, with the server's French message and the field at fault. */
export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
    public field?: string,
    public retryAfter?: string | null,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

export function setCsrf(token: string | null): void { csrfToken = token; }
/** The CSRF token of the session, for requests not made through request() (uploads). */
export function csrf(): string | null { return csrfToken; }
export function setUnauthorizedHandler(handler: (() => void) | null): void { onUnauthorized = handler; }

const GENERIC: Record<number, string> = {
  400: 'Requête invalide.',
  401: 'Vous n’êtes pas connecté·e.',
  403: 'Action non autorisée pour votre rôle.',
  404: 'Élément introuvable.',
  409: 'Cette ligne a été modifiée entre-temps : rechargez-la.',
  413: 'Envoi trop volumineux.',
  429: 'Trop de tentatives : réessayez plus tard.',
  500: 'Erreur du serveur.',
};

async function request<T>(method: string, path: string, body?: unknown, options: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Le serveur ne répond pas : vérifiez votre connexion.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    const apiError = new ApiError(
      response.status,
      error?.code ?? `http.${response.status}`,
      error?.message ?? GENERIC[response.status] ?? `Erreur ${response.status}.`,
      error?.field,
      response.headers.get('Retry-After'),
    );
    if (response.status === 401 && !options.quiet401 && onUnauthorized) onUnauthorized();
    throw apiError;
  }
  return data as T;
}

const enc = encodeURIComponent;

export const api = {
  me: () => request<Me>('GET', '/api/me', undefined, { quiet401: true }),
  login: (login: string, password: string) =>
    request<{ login: string; role: string; csrf: string }>('POST', '/api/login', { login, password }, { quiet401: true }),
  logout: () => request<void>('POST', '/api/logout'),
  changePassword: (current_password: string, password: string) =>
    request<void>('POST', '/api/me/password', { current_password, password }),
  programmes: () => request<ProgrammeSummary[]>('GET', '/api/programmes'),
  dashboard: (id: string) => request<Dashboard>('GET', `/api/programmes/${enc(id)}`),
  annex: (id: string) => request<Annex>('GET', `/api/programmes/${enc(id)}/annex`),
  findings: (id: string) => request<Finding[]>('GET', `/api/programmes/${enc(id)}/findings`),
  award: (id: string, award: string) => request<AwardPage>('GET', `/api/programmes/${enc(id)}/awards/${enc(award)}`),
  updateAward: (id: string, award: string, update: AwardUpdate) =>
    request<AwardRecord>('PUT', `/api/programmes/${enc(id)}/awards/${enc(award)}`, update),
  organisation: (id: string) => request<OrganisationPage>('GET', `/api/organisations/${enc(id)}`),
  documents: (id: string) => request<DocumentKind[]>('GET', `/api/programmes/${enc(id)}/documents`),
  sessions: () => request<SessionSummary[]>('GET', '/api/sessions'),
  session: (id: string) => request<SessionPage>('GET', `/api/sessions/${enc(id)}`),
  recordVote: (id: string, report: string, vote: VoteInput) =>
    request<SessionPage>('POST', `/api/sessions/${enc(id)}/items/${enc(report)}/vote`, vote),
  members: () => request<Member[]>('GET', '/api/members'),
  interests: () => request<Interest[]>('GET', '/api/interests'),
  addInterest: (interest: InterestInput) => request<Interest>('POST', '/api/interests', interest),
  afterVote: (id: string, today?: string) =>
    request<AfterVote>('GET', `/api/programmes/${enc(id)}/after-vote${today ? `?today=${enc(today)}` : ''}`),
  agreement: (id: string, award: string) =>
    request<AgreementPage>('GET', `/api/programmes/${enc(id)}/agreements/${enc(award)}`),
  draftAgreement: (id: string, award: string, date?: string) =>
    request<AgreementPage>('POST', `/api/programmes/${enc(id)}/agreements/${enc(award)}/draft`, date ? { date } : {}),
  moveAgreement: (id: string, award: string, move: AgreementMove, body: { version: number; date: string; number?: string }) =>
    request<AgreementPage>('POST', `/api/programmes/${enc(id)}/agreements/${enc(award)}/${move}`, body),
  recordReview: (id: string, award: string, review: ReviewInput) =>
    request<AgreementPage>('POST', `/api/programmes/${enc(id)}/agreements/${enc(award)}/reviews`, review),
  settle: (id: string, award: string, body: { version: number; tranche: string; date: string }) =>
    request<AgreementPage>('POST', `/api/programmes/${enc(id)}/agreements/${enc(award)}/settlements`, body),
  recordPayment: (id: string, award: string, payment: PaymentInput) =>
    request<AgreementPage>('POST', `/api/programmes/${enc(id)}/agreements/${enc(award)}/payments`, payment),
};

/** The download address of a settled tranche's recovery order (HTML page). */
export function recoveryOrderUrl(programme: string, award: string, tranche: string): string {
  return `/api/programmes/${enc(programme)}/agreements/${enc(award)}/recovery-order?tranche=${enc(tranche)}&format=html`;
}

/** The download address of the programme's payment orders (CSV for the finance system). */
export function paymentOrdersUrl(programme: string): string {
  return `/api/programmes/${enc(programme)}/payment-orders.csv`;
}

/** The download address of the retention list (CSV). */
export function retentionCsvUrl(programme: string, today?: string): string {
  return `/api/programmes/${enc(programme)}/retention.csv${today ? `?today=${enc(today)}` : ''}`;
}

/** The download address of a generated document. */
export function documentUrl(programme: string, kind: string, format: string, organisation?: string): string {
  let url = `/api/programmes/${enc(programme)}/documents/${enc(kind)}?format=${enc(format)}`;
  if (organisation) url += `&organisation=${enc(organisation)}`;
  return url;
}
