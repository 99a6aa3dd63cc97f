// Calls for projects and applications (docs/calls.md, docs/api.md « Appels à
// projets »): the API's types and requests, and the pure helpers the screens
// use (statuses in French, the application form turned into the API's input).
// Money stays in exact cents (money.ts); the CSRF token is the session's.
import { ApiError, type DateValue } from './api';
import type { Money } from './money';

export interface PeriodValue { start: DateValue; end: DateValue; text: string }

export interface CallSummary {
  id: string; title: string; programme: string; status: string; status_label: string;
  applications: PeriodValue; version: number;
}

export interface CallOperation {
  id: string; number: number; title: string; budget_code: string;
  rule: { formula: string | null; quote: string | null; parameters: string[] } | null;
}

export interface CallPage extends CallSummary {
  actions_within: PeriodValue | null;
  publics: { key: string; label: string }[];
  required_documents: { key: string; label: string }[];
  themes: { number: number; title: string; operations: CallOperation[] }[];
  units: { key: string; label: string }[];
  territories: { key: string; label: string }[];
}

export interface ApplicationValue {
  id: string; call: string;
  organisation: { id: string; name: string; siret: string | null };
  operation: string; title: string; requested: Money;
  quantities: { value: string; unit: string; text: string }[];
  period: PeriodValue | null; territories: string[]; territories_label: string | null;
  budget: { direct_costs: Money; external_services: Money; indirect_costs: Money; total: Money };
  previous_review: string | null;
  attachments: { document: string; file_name: string; size: number; sha256: string }[];
  status: string; status_label: string; receipt: string; submitted_on: DateValue | null; version: number;
  instruction: {
    decision: string; decision_label: string; proposed: Money; refusal_reason: string; session: string;
    decided_on: DateValue | null; notes?: string; expected?: Money | null; instructed_by?: string;
  } | null;
  rule?: { formula?: string; amount?: Money; error?: string } | null;
  /** Its decision letter can be downloaded: awarded or refused, and the session voted. */
  letter?: boolean;
  /** Staff only: the organisation's awards in the stored programmes. */
  organisation_awards?: {
    awards: {
      programme_id: string; programme_title: string; award_id: string; theme: number; operation: number;
      operation_title: string; territory: string; description: string; amount: Money;
    }[];
    total: Money;
  };
}

/** One attached file of an application, as it was sent (its organisation and staff). */
export function attachmentUrl(application: string, sha256: string): string {
  return `/api/applications/${encodeURIComponent(application)}/attachments/${encodeURIComponent(sha256)}`;
}

/** The decision letter of an application as a file. */
export function letterUrl(application: string, format: 'odt' | 'docx' | 'html' | 'pdf'): string {
  return `/api/applications/${encodeURIComponent(application)}/letter?format=${format}`;
}

/** What the application form sends (amounts as typed, in French). */
export interface ApplicationInput {
  version?: number;
  operation: string; title: string; amount: string;
  quantities: { value: string; unit: string }[];
  period_start: string; period_end: string; territories: string[];
  direct_costs: string; external_services: string; indirect_costs: string; total: string;
  previous_review: string;
}

export interface InstructionInput {
  version: number; session: string; notes: string; propose?: string; refuse?: string; date?: string;
}

export interface SessionAnnex {
  title: string;
  rows: { award_id: string; organisation: string; operation_title: string; territory: string; amount: Money; description: string }[];
  totals: { id: string; label: string; theme: number; operation: number | null; amount: Money | null; text: string }[];
  budget_table: { code: string; proposed: Money | null; available: Money | null; remaining: Money | null }[];
  /** The report's sentences the proposals make: the session's, then one per operation granted. */
  statements: { id: string; text: string }[];
  findings: { severity: string; code: string; message: string }[];
}

async function send<T>(method: string, path: string, csrf: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: payload });
  } catch {
    throw new ApiError(0, 'network', 'Le serveur ne répond pas : vérifiez votre connexion.');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) { try { data = JSON.parse(text); } catch { data = null; } }
  if (!response.ok) {
    const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
    throw new ApiError(response.status, error?.code ?? `http.${response.status}`,
      error?.message ?? `Erreur ${response.status}.`, error?.field);
  }
  return data as T;
}

const enc = encodeURIComponent;

/** After the vote: the proposals awarded, the call's programme stored, its draft agreements. */
export interface AwardOutcome {
  awarded: ApplicationValue[];
  refused: ApplicationValue[];
  already_awarded: number;
  programme: { id: string; stored_now: boolean; awards: string[]; total: Money };
  agreements: { drafted: string[]; already: number };
}

export const callsApi = {
  calls: () => send<CallSummary[]>('GET', '/api/calls', null),
  call: (id: string) => send<CallPage>('GET', `/api/calls/${enc(id)}`, null),
  applications: (call: string, operation?: string) =>
    send<ApplicationValue[]>('GET', `/api/calls/${enc(call)}/applications${operation ? `?operation=${enc(operation)}` : ''}`, null),
  application: (id: string) => send<ApplicationValue>('GET', `/api/applications/${enc(id)}`, null),
  create: (csrf: string, call: string, input: ApplicationInput) =>
    send<ApplicationValue>('POST', `/api/calls/${enc(call)}/applications`, csrf, input),
  update: (csrf: string, id: string, input: ApplicationInput) =>
    send<ApplicationValue>('PUT', `/api/applications/${enc(id)}`, csrf, input),
  attach: (csrf: string, id: string, version: number, document: string, file: File) => {
    const form = new FormData();
    form.append('version', String(version));
    form.append('document', document);
    form.append('file', file, file.name);
    return send<ApplicationValue>('POST', `/api/applications/${enc(id)}/attachments`, csrf, form);
  },
  submit: (csrf: string, id: string, version: number) =>
    send<ApplicationValue>('POST', `/api/applications/${enc(id)}/submit`, csrf, { version }),
  instruct: (csrf: string, id: string, input: InstructionInput) =>
    send<ApplicationValue>('POST', `/api/applications/${enc(id)}/instruct`, csrf, input),
  award: (csrf: string, call: string, session: string) =>
    send<AwardOutcome>('POST', `/api/calls/${enc(call)}/award`, csrf, { session }),
  annex: (call: string, session: string) =>
    send<SessionAnnex>('GET', `/api/calls/${enc(call)}/annex?session=${enc(session)}`, null),
};

/** The form's starting values: an application's, or empty ones for `operation`. */
export function inputOf(application: ApplicationValue | null, operation = ''): ApplicationInput {
  if (!application) {
    return {
      operation, title: '', amount: '', quantities: [], period_start: '', period_end: '', territories: [],
      direct_costs: '', external_services: '', indirect_costs: '', total: '', previous_review: '',
    };
  }
  const plain = (money: Money) => money.text.replace(/[\u202F\u00A0 ]/g, ' ').replace(/ €$/, '');
  return {
    version: application.version,
    operation: application.operation,
    title: application.title,
    amount: plain(application.requested),
    quantities: application.quantities.map((quantity) => ({ value: quantity.value, unit: quantity.unit })),
    period_start: application.period?.start.iso ?? '',
    period_end: application.period?.end.iso ?? '',
    territories: application.territories,
    direct_costs: plain(application.budget.direct_costs),
    external_services: plain(application.budget.external_services),
    indirect_costs: plain(application.budget.indirect_costs),
    total: plain(application.budget.total),
    previous_review: application.previous_review ?? '',
  };
}

/** The operation of `call` with id `id`, with its theme. */
export function findOperation(call: CallPage, id: string): { theme: number; operation: CallOperation } | null {
  for (const theme of call.themes) {
    const operation = theme.operations.find((candidate) => candidate.id === id);
    if (operation) return { theme: theme.number, operation };
  }
  return null;
}

/** Whether the organisation may still change the application. */
export function isDraft(application: ApplicationValue): boolean {
  return application.status === 'draft';
}

/** A permission of /api/me this module adds (apply, instruct, read). */
export function can(me: { permissions: object }, permission: 'apply' | 'instruct' | 'read'): boolean {
  return (me.permissions as Record<string, boolean | undefined>)[permission] === true;
}
