// An application: the organisation's form (operation, amount, quantities,
// period, territories, budget, previous review), saved as a draft, its PDF
// attachments, and its submission (the receipt number is shown); for staff,
// the application with the rule's amount and the instruction form (notes,
// proposed amount or refusal with its reason, session).
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { announce } from '../announce';
import {
  attachmentUrl, callsApi, can, findOperation, inputOf, isDraft, letterUrl,
  type ApplicationInput, type ApplicationValue, type CallPage,
} from '../calls';
import { href } from '../route';
import { useSession } from '../session';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';

function asError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
}

function Field({ id, label, value, onInput, type = 'text', required = false, hint }: {
  id: string; label: string; value: string; onInput: (value: string) => void;
  type?: string; required?: boolean; hint?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}{required && ' (obligatoire)'}</label>
      <input id={id} type={type} value={value} required={required} aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => onInput((event.target as HTMLInputElement).value)} />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

function ApplicationForm({ call, application, operation, onSaved }: {
  call: CallPage; application: ApplicationValue | null; operation: string;
  onSaved: (saved: ApplicationValue) => void;
}) {
  const me = useSession();
  const [input, setInput] = useState<ApplicationInput>(() => inputOf(application, operation));
  const [error, setError] = useState<ApiError | null>(null);
  const set = (patch: Partial<ApplicationInput>) => setInput((previous) => ({ ...previous, ...patch }));
  const quantity = input.quantities[0] ?? { value: '', unit: call.units[0]?.key ?? 'places' };
  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const body = { ...input, quantities: quantity.value.trim() ? [quantity] : [] };
    try {
      const saved = application
        ? await callsApi.update(me.csrf, application.id, { ...body, version: application.version })
        : await callsApi.create(me.csrf, call.id, body);
      announce('Brouillon enregistré.');
      onSaved(saved);
    } catch (caught) {
      setError(asError(caught));
    }
  };
  return (
    <form onSubmit={save} id="application-form" aria-labelledby="form-heading">
      <h2 id="form-heading">{application ? 'Modifier le brouillon' : 'Nouvelle demande'}</h2>
      {error && <ErrorMessage error={error} title="Brouillon non enregistré" />}
      <div class="field">
        <label for="operation">Opération (obligatoire)</label>
        <select id="operation" value={input.operation} required onChange={(event) => set({ operation: (event.target as HTMLSelectElement).value })}>
          {call.themes.flatMap((theme) => theme.operations.map((offered) => (
            <option key={offered.id} value={offered.id}>{theme.number}.{offered.number} — {offered.title}</option>
          )))}
        </select>
      </div>
      <Field id="title" label="Intitulé de l’action" value={input.title} onInput={(title) => set({ title })} required />
      <Field id="amount" label="Montant demandé (€)" value={input.amount} onInput={(amount) => set({ amount })} required hint="Par exemple : 115 000,00" />
      <fieldset>
        <legend>Quantité</legend>
        <Field id="quantity" label="Nombre" value={quantity.value} onInput={(value) => set({ quantities: [{ ...quantity, value }] })} />
        <div class="field">
          <label for="quantity-unit">Unité</label>
          <select id="quantity-unit" value={quantity.unit} onChange={(event) => set({ quantities: [{ ...quantity, unit: (event.target as HTMLSelectElement).value }] })}>
            {call.units.map((unit) => <option key={unit.key} value={unit.key}>{unit.label}</option>)}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>Période de l’action</legend>
        <Field id="period-start" type="date" label="Début" value={input.period_start} onInput={(period_start) => set({ period_start })} />
        <Field id="period-end" type="date" label="Fin" value={input.period_end} onInput={(period_end) => set({ period_end })} />
      </fieldset>
      <fieldset>
        <legend>Territoires</legend>
        {call.territories.map((territory) => (
          <div class="checkbox" key={territory.key}>
            <input type="checkbox" id={`territory-${territory.key}`} checked={input.territories.includes(territory.key)}
              onChange={(event) => {
                const checked = (event.target as HTMLInputElement).checked;
                set({ territories: checked ? [...input.territories, territory.key] : input.territories.filter((key) => key !== territory.key) });
              }} />
            <label for={`territory-${territory.key}`}>{territory.label}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>Budget de l’action (€)</legend>
        <Field id="direct-costs" label="Charges directes" value={input.direct_costs} onInput={(direct_costs) => set({ direct_costs })} />
        <Field id="external-services" label="Prestations externes" value={input.external_services} onInput={(external_services) => set({ external_services })} />
        <Field id="indirect-costs" label="Charges indirectes" value={input.indirect_costs} onInput={(indirect_costs) => set({ indirect_costs })} />
        <Field id="total" label="Coût total" value={input.total} onInput={(total) => set({ total })} hint="Laissé vide : la somme des trois lignes." />
      </fieldset>
      <div class="field">
        <label for="previous-review">Bilan de l’année précédente</label>
        <textarea id="previous-review" value={input.previous_review} rows={4}
          onInput={(event) => set({ previous_review: (event.target as HTMLTextAreaElement).value })} />
      </div>
      <button type="submit" id="save-draft">Enregistrer le brouillon</button>
    </form>
  );
}

function Attachments({ call, application, onSaved }: {
  call: CallPage; application: ApplicationValue; onSaved: (saved: ApplicationValue) => void;
}) {
  const me = useSession();
  const [document, setDocument] = useState(call.required_documents[0]?.key ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const upload = async (event: Event) => {
    event.preventDefault();
    if (!file) return;
    setError(null);
    try {
      const saved = await callsApi.attach(me.csrf, application.id, application.version, document, file);
      announce(`Pièce ${file.name} jointe.`);
      onSaved(saved);
    } catch (caught) {
      setError(asError(caught));
    }
  };
  return (
    <form onSubmit={upload} id="attachment-form" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Pièces jointes</h2>
      {application.attachments.length > 0 && (
        <ul id="attachments">
          {application.attachments.map((attachment) => (
            <li key={attachment.sha256}><AttachmentLink application={application} attachment={attachment} /></li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} title="Pièce refusée" />}
      <div class="field">
        <label for="attachment-document">Pièce</label>
        <select id="attachment-document" value={document} onChange={(event) => setDocument((event.target as HTMLSelectElement).value)}>
          {call.required_documents.map((required) => <option key={required.key} value={required.key}>{required.label}</option>)}
          <option value="">Autre pièce</option>
        </select>
      </div>
      <div class="field">
        <label for="attachment-file">Fichier PDF (10 Mio au plus)</label>
        <input id="attachment-file" type="file" accept="application/pdf,.pdf" required
          onChange={(event) => setFile((event.target as HTMLInputElement).files?.[0] ?? null)} />
      </div>
      <button type="submit" id="attach">Joindre la pièce</button>
    </form>
  );
}

type Attachment = ApplicationValue['attachments'][number];

function AttachmentLink({ application, attachment }: { application: ApplicationValue; attachment: Attachment }) {
  return (
    <>
      <a href={attachmentUrl(application.id, attachment.sha256)} download={attachment.file_name}>{attachment.file_name}</a>
      {' '}({attachment.document || 'autre pièce'}, {attachment.size} octets)
    </>
  );
}

/** The attached files of an application that is no longer a draft, to read them. */
function AttachedFiles({ application }: { application: ApplicationValue }) {
  return (
    <section aria-labelledby="attached-heading" id="attached-files">
      <h2 id="attached-heading">Pièces jointes</h2>
      {application.attachments.length === 0 ? <p>Aucune pièce jointe.</p> : (
        <ul>
          {application.attachments.map((attachment) => (
            <li key={attachment.sha256}><AttachmentLink application={application} attachment={attachment} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Instruction({ application, onSaved }: { application: ApplicationValue; onSaved: (saved: ApplicationValue) => void }) {
  const me = useSession();
  const [decision, setDecision] = useState<'propose' | 'refuse'>('propose');
  const [amount, setAmount] = useState(application.rule?.amount?.text.replace(/[\u202F\u00A0]/g, ' ').replace(/ €$/, '') ?? '');
  const [reason, setReason] = useState('');
  const [session, setSession] = useState(application.instruction?.session ?? '');
  const [notes, setNotes] = useState(application.instruction?.notes ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const send = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const saved = await callsApi.instruct(me.csrf, application.id, {
        version: application.version, session, notes,
        ...(decision === 'propose' ? { propose: amount } : { refuse: reason }),
      });
      announce(decision === 'propose' ? 'Montant proposé.' : 'Refus proposé.');
      onSaved(saved);
    } catch (caught) {
      setError(asError(caught));
    }
  };
  return (
    <form onSubmit={send} id="instruction-form" aria-labelledby="instruction-heading">
      <h2 id="instruction-heading">Instruction</h2>
      {error && <ErrorMessage error={error} title="Instruction non enregistrée" />}
      <fieldset>
        <legend>Décision proposée</legend>
        <div class="checkbox">
          <input type="radio" id="decision-propose" name="decision" checked={decision === 'propose'} onChange={() => setDecision('propose')} />
          <label for="decision-propose">Proposer un montant</label>
        </div>
        <div class="checkbox">
          <input type="radio" id="decision-refuse" name="decision" checked={decision === 'refuse'} onChange={() => setDecision('refuse')} />
          <label for="decision-refuse">Proposer un refus</label>
        </div>
      </fieldset>
      {decision === 'propose'
        ? <Field id="proposed-amount" label="Montant proposé (€)" value={amount} onInput={setAmount} required />
        : <Field id="refusal-reason" label="Motif du refus" value={reason} onInput={setReason} required />}
      <Field id="instruction-session" label="Séance" value={session} onInput={setSession} required hint="Par exemple : cp-2023-09-18" />
      <div class="field">
        <label for="instruction-notes">Notes internes (non visibles de la structure)</label>
        <textarea id="instruction-notes" value={notes} rows={3} onInput={(event) => setNotes((event.target as HTMLTextAreaElement).value)} />
      </div>
      <button type="submit" id="instruct">Enregistrer l’instruction</button>
    </form>
  );
}

function Summary({ application, call }: { application: ApplicationValue; call: CallPage }) {
  const offered = findOperation(call, application.operation);
  return (
    <dl class="facts" id="application-summary">
      <dt>Structure</dt><dd>{application.organisation.name} (SIRET {application.organisation.siret ?? '—'})</dd>
      <dt>Opération</dt><dd>{offered ? `${offered.theme}.${offered.operation.number} — ${offered.operation.title}` : application.operation}</dd>
      <dt>État</dt><dd id="application-status">{application.status_label}</dd>
      {application.receipt && <><dt>Récépissé</dt><dd id="receipt">n° {application.receipt} du {application.submitted_on?.text}</dd></>}
      <dt>Montant demandé</dt><dd>{application.requested.text}</dd>
      <dt>Quantités</dt><dd>{application.quantities.map((quantity) => quantity.text).join(', ') || '—'}</dd>
      <dt>Période</dt><dd>{application.period?.text ?? '—'}</dd>
      <dt>Territoires</dt><dd>{application.territories_label ?? '—'}</dd>
      <dt>Budget</dt><dd>charges directes {application.budget.direct_costs.text} ; prestations externes {application.budget.external_services.text} ; charges indirectes {application.budget.indirect_costs.text} ; total {application.budget.total.text}</dd>
      {application.rule?.amount && <><dt>Montant selon la règle</dt><dd id="rule-amount">{application.rule.amount.text} ({application.rule.formula})</dd></>}
      {application.instruction && <><dt>Instruction</dt><dd id="instruction-decision">{application.instruction.decision_label}
        {application.instruction.decision === 'proposed' && ` : ${application.instruction.proposed.text}`}
        {application.instruction.refusal_reason && ` (${application.instruction.refusal_reason})`}
        {application.instruction.session && ` — séance ${application.instruction.session}`}</dd></>}
    </dl>
  );
}

function OtherAwards({ application }: { application: ApplicationValue }) {
  const other = application.organisation_awards;
  if (!other) return null;
  return (
    <section aria-labelledby="other-awards-heading" id="other-awards">
      <h2 id="other-awards-heading">Autres attributions de la structure</h2>
      {other.awards.length === 0 ? (
        <p>Aucune attribution à cette structure dans les programmes enregistrés.</p>
      ) : (
        <div class="table-wrap">
          <table class="data">
            <caption>
              {other.awards.length} attribution(s), {other.total.text} au total —{' '}
              <a href={href.organisation(application.organisation.id)}>page de la structure</a>
            </caption>
            <thead>
              <tr><th scope="col">Programme</th><th scope="col">Ligne</th><th scope="col">Opération</th><th scope="col">Description</th><th scope="col" class="num">Montant</th></tr>
            </thead>
            <tbody>
              {other.awards.map((award) => (
                <tr key={`${award.programme_id}/${award.award_id}`}>
                  <td>{award.programme_title}</td>
                  <th scope="row"><a href={href.award(award.programme_id, award.award_id)}>{award.award_id}</a></th>
                  <td>{award.theme}.{award.operation} — {award.operation_title}</td>
                  <td>{award.description}</td>
                  <td class="num">{award.amount.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const LETTER_FORMATS = [
  { format: 'odt', label: 'ODT (LibreOffice)' }, { format: 'docx', label: 'DOCX (Word)' },
  { format: 'pdf', label: 'PDF' }, { format: 'html', label: 'HTML' },
] as const;

function DecisionLetter({ application }: { application: ApplicationValue }) {
  const awarded = application.status === 'awarded';
  return (
    <section aria-labelledby="letter-heading" id="decision-letter">
      <h2 id="letter-heading">Lettre de décision</h2>
      <p>
        {awarded
          ? `La séance ${application.instruction?.session ?? ''} a attribué ${application.instruction?.proposed.text ?? ''} : la lettre de notification est prête.`
          : `La séance ${application.instruction?.session ?? ''} n’a pas retenu la demande : la lettre de refus motivé est prête.`}
      </p>
      <p class="download-links">
        <span class="sr-only">Télécharger : </span>
        {LETTER_FORMATS.map(({ format, label }) => (
          <a key={format} class="button-link" data-format={format} href={letterUrl(application.id, format)} download
            aria-label={`Télécharger la lettre de décision au format ${label}`}>{label}</a>
        ))}
      </p>
    </section>
  );
}

export function ApplicationScreen({ application: id, call: callId, operation = '' }: {
  application?: string; call?: string; operation?: string;
}) {
  const me = useSession();
  const [current, setCurrent] = useState<ApplicationValue | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const page = useLoad(async () => {
    const application = id ? await callsApi.application(id) : null;
    const call = await callsApi.call(application?.call ?? callId ?? '');
    return { application, call };
  }, [id, callId]);
  if (page.error) return <ErrorMessage error={page.error} title="Demande indisponible" />;
  if (!page.data) return <Loading what="de la demande" />;
  const { call } = page.data;
  const application = current ?? page.data.application;
  const saved = (value: ApplicationValue) => {
    setCurrent(value);
    if (!id) location.hash = href.application(value.id);
  };
  const submit = async () => {
    if (!application) return;
    setError(null);
    try {
      const submitted = await callsApi.submit(me.csrf, application.id, application.version);
      announce(`Demande déposée : récépissé n° ${submitted.receipt}.`);
      setCurrent(submitted);
    } catch (caught) {
      setError(asError(caught));
    }
  };
  const title = application ? application.title || application.id : 'Nouvelle demande';
  const editable = can(me, 'apply') && (!application || isDraft(application));
  return (
    <>
      <Breadcrumbs items={[{ label: 'Appels à projets', href: href.calls() }, { label: call.title, href: href.call(call.id) }, { label: title }]} />
      <PageTitle title={title}>{title}</PageTitle>
      {application && <Summary application={application} call={call} />}
      {application?.receipt && !can(me, 'instruct') && (
        <p class="alert alert-info" role="status" id="receipt-notice">Votre demande est déposée : récépissé n° {application.receipt}.</p>
      )}
      {editable && <ApplicationForm key={application?.version ?? 0} call={call} application={application} operation={operation} onSaved={saved} />}
      {editable && application && <Attachments call={call} application={application} onSaved={saved} />}
      {editable && application && (
        <section aria-labelledby="submit-heading">
          <h2 id="submit-heading">Dépôt</h2>
          <p>Le dépôt vérifie la demande complète (pièces, budget, période, date limite) et délivre un récépissé ; la demande ne se modifie plus ensuite.</p>
          {error && <ErrorMessage error={error} title="Demande non déposée" />}
          <button type="button" id="submit-application" onClick={submit}>Déposer la demande</button>
        </section>
      )}
      {application && !editable && <AttachedFiles application={application} />}
      {application && can(me, 'instruct') && <OtherAwards application={application} />}
      {application?.letter && <DecisionLetter application={application} />}
      {application && can(me, 'instruct') && application.status !== 'draft' && application.status !== 'awarded' && (
        <Instruction key={application.version} application={application} onSaved={setCurrent} />
      )}
    </>
  );
}
