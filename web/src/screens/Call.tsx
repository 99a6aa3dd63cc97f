// One call for projects: its themes and operations (with the funding rule),
// eligible publics, dates and required documents. An organisation sees its
// own applications and a button to apply to each operation; staff see the
// applications of each operation with the rule's amount, and the Annex 4 a
// session's proposals make, with the checker's findings, and (for those who
// record sittings) the move of its proposals to awarded after the vote: the
// awards become the call's programme, each with its draft agreement (linked).
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { callsApi, can, type ApplicationValue, type AwardOutcome, type CallPage, type SessionAnnex } from '../calls';
import { announce } from '../announce';
import { href } from '../route';
import { useSession } from '../session';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';

function ApplicationsTable({ applications, staff, caption, id }: {
  applications: ApplicationValue[]; staff: boolean; caption: string; id: string;
}) {
  if (applications.length === 0) return <p>Aucune demande.</p>;
  return (
    <table class="table" id={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Demande</th>
          {staff && <th scope="col">Structure</th>}
          <th scope="col">État</th>
          <th scope="col" class="num">Montant demandé</th>
          {staff && <th scope="col" class="num">Montant selon la règle</th>}
          <th scope="col" class="num">Proposé</th>
          <th scope="col">Récépissé</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((application) => (
          <tr key={application.id} data-application={application.id}>
            <th scope="row"><a href={href.application(application.id)}>{application.title || application.id}</a></th>
            {staff && <td>{application.organisation.name}</td>}
            <td>{application.status_label}</td>
            <td class="num">{application.requested.text}</td>
            {staff && <td class="num">{application.rule?.amount?.text ?? (application.rule?.error ? `— (${application.rule.error})` : '—')}</td>}
            <td class="num">{application.instruction?.decision === 'proposed' ? application.instruction.proposed.text
              : application.instruction?.decision === 'refused' ? 'refus' : '—'}</td>
            <td>{application.receipt || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function awardText(outcome: AwardOutcome, session: string): string {
  return `${outcome.awarded.length} demande(s) attribuée(s) après le vote de la séance ${session}.`;
}

function agreementsText(outcome: AwardOutcome): string {
  const already = outcome.agreements.already > 0 ? ` (et ${outcome.agreements.already} déjà préparée(s))` : '';
  return `Conventions préparées : ${outcome.agreements.drafted.length}${already}.`;
}

function AnnexSection({ call, onAwarded }: { call: CallPage; onAwarded: () => void }) {
  const me = useSession();
  const [session, setSession] = useState('');
  const [awarded, setAwarded] = useState<AwardOutcome | null>(null);
  const [annex, setAnnex] = useState<SessionAnnex | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      setAnnex(await callsApi.annex(call.id, session.trim()));
    } catch (caught) {
      setAnnex(null);
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  };
  const award = async () => {
    setError(null);
    setAwarded(null);
    try {
      const answer = await callsApi.award(me.csrf, call.id, session.trim());
      setAwarded(answer);
      announce(`${awardText(answer, session.trim())} ${agreementsText(answer)}`);
      onAwarded();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught)));
    }
  };
  return (
    <section aria-labelledby="annex-heading">
      <h2 id="annex-heading">Annexe 4 d’une séance</h2>
      <form onSubmit={load} class="inline-form">
        <label for="annex-session">Séance</label>
        <input id="annex-session" value={session} required placeholder="cp-2023-09-18"
          onInput={(event) => setSession((event.target as HTMLInputElement).value)} />
        <button type="submit">Afficher l’annexe</button>
      </form>
      {error && <ErrorMessage error={error} />}
      {awarded && (
        <div class="alert alert-info" role="status" id="award-result">
          <p>{awardText(awarded, session.trim())}</p>
          <p id="award-programme">
            Programme <a href={href.dashboard(awarded.programme.id)}>{awarded.programme.id}</a>{' '}
            {awarded.programme.stored_now ? 'enregistré' : 'déjà enregistré'} : {awarded.programme.awards.length} attribution(s) pour {awarded.programme.total.text}.
          </p>
          <p id="award-agreements">{agreementsText(awarded)}</p>
          {awarded.agreements.drafted.length > 0 && (
            <ul>
              {awarded.agreements.drafted.map((award) => (
                <li key={award}><a href={href.agreement(awarded.programme.id, award)}>Projet de convention {award}</a></li>
              ))}
            </ul>
          )}
        </div>
      )}
      {annex && me.permissions.record_sessions && (
        <p><button type="button" id="award-session" onClick={award}>Attribuer les demandes proposées après le vote</button></p>
      )}
      {annex && (
        <div id="session-annex">
          <p>{annex.title}</p>
          <table class="table" id="session-annex-rows">
            <caption>Lignes proposées</caption>
            <thead><tr><th scope="col">Ligne</th><th scope="col">Structure</th><th scope="col">Opération</th><th scope="col" class="num">Montant</th></tr></thead>
            <tbody>
              {annex.rows.map((row) => (
                <tr key={row.award_id}><th scope="row">{row.award_id}</th><td>{row.organisation}</td><td>{row.operation_title}</td><td class="num">{row.amount.text}</td></tr>
              ))}
            </tbody>
          </table>
          <table class="table" id="session-annex-totals">
            <caption>Totaux</caption>
            <thead><tr><th scope="col">Total</th><th scope="col" class="num">Montant</th></tr></thead>
            <tbody>
              {annex.totals.map((total) => (
                <tr key={total.id} data-total={total.id}><th scope="row">{total.label} ({total.id})</th><td class="num">{total.text}</td></tr>
              ))}
            </tbody>
          </table>
          {annex.statements.length > 0 && (
            <>
              <h3>Ce que le rapport déclare</h3>
              <ul id="session-annex-statements">
                {annex.statements.map((statement) => <li key={statement.id} data-statement={statement.id}>{statement.text}</li>)}
              </ul>
            </>
          )}
          <h3>Constats du vérificateur</h3>
          {annex.findings.filter((finding) => finding.severity === 'error').length === 0
            ? <p id="session-annex-clean">Aucune erreur.</p>
            : (
              <ul id="session-annex-findings">
                {annex.findings.filter((finding) => finding.severity === 'error').map((finding, index) => (
                  <li key={index}>{finding.message}</li>
                ))}
              </ul>
            )}
        </div>
      )}
    </section>
  );
}

export function CallScreen({ call: id }: { call: string }) {
  const me = useSession();
  const staff = me.role !== 'organisation';
  const page = useLoad(() => Promise.all([callsApi.call(id), callsApi.applications(id)]), [id]);
  if (page.error) return <ErrorMessage error={page.error} title="Appel à projets indisponible" />;
  if (!page.data) return <Loading what="de l’appel à projets" />;
  const [call, applications] = page.data;
  const canApply = can(me, 'apply') && call.status === 'published';
  return (
    <>
      <Breadcrumbs items={[{ label: 'Appels à projets', href: href.calls() }, { label: call.title }]} />
      <PageTitle title={call.title}>{call.title}</PageTitle>
      <dl class="facts">
        <dt>État</dt><dd>{call.status_label}</dd>
        <dt>Dépôt des demandes</dt><dd>{call.applications.text}</dd>
        {call.actions_within && <><dt>Période des actions</dt><dd>{call.actions_within.text}</dd></>}
        <dt>Publics éligibles</dt><dd>{call.publics.map((eligible) => eligible.label).join(', ') || '—'}</dd>
        <dt>Pièces à joindre</dt>
        <dd>{call.required_documents.length === 0 ? 'aucune' : (
          <ul>{call.required_documents.map((document) => <li key={document.key}>{document.label} (PDF)</li>)}</ul>
        )}</dd>
      </dl>
      {!staff && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">Vos demandes</h2>
          <ApplicationsTable applications={applications} staff={false} caption="Demandes de votre structure" id="my-applications" />
        </section>
      )}
      {call.themes.map((theme) => (
        <section key={theme.number} aria-labelledby={`theme-${theme.number}`}>
          <h2 id={`theme-${theme.number}`}>{theme.number}. {theme.title}</h2>
          {theme.operations.map((operation) => (
            <article key={operation.id} class="card" data-operation={operation.id}>
              <h3>Opération {operation.number} — {operation.title}</h3>
              <p>Ligne budgétaire : {operation.budget_code || '—'}
                {operation.rule?.formula && <> ; règle de financement : <code>{operation.rule.formula}</code></>}</p>
              {canApply && (
                <p><a class="button" href={href.newApplication(call.id, operation.id)}
                  aria-label={`Déposer une demande pour l’opération ${operation.number} — ${operation.title}`}>Déposer une demande</a></p>
              )}
              {staff && (
                <ApplicationsTable applications={applications.filter((application) => application.operation === operation.id)}
                  staff caption={`Demandes sur l’opération ${operation.number}`} id={`applications-${operation.id}`} />
              )}
            </article>
          ))}
        </section>
      ))}
      {can(me, 'read') && <AnnexSection call={call} onAwarded={() => void page.reload()} />}
    </>
  );
}
