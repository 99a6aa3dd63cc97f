import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type Person, type SessionItem, type SessionPage } from '../api';
import { announce } from '../announce';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { formatTimestamp, plural } from '../format';
import { href } from '../route';
import { useSession } from '../session';
import {
  castSoFar, checkVoteForm, groupAttendance, presenceNote, quorumText, rollArithmetic,
  VOTE_FIELD_LABEL, VOTE_FIELDS, type VoteField, type VoteForm,
} from '../sittings';

function GeneratedText({ paragraphs, id, label }: { paragraphs: string[]; id: string; label: string }) {
  return (
    <div class="generated-text" id={id} role="group" aria-label={label}>
      {paragraphs.map((paragraph, index) => <p key={index}>{paragraph}</p>)}
    </div>
  );
}

function Names({ people, empty = 'aucun' }: { people: Person[]; empty?: string }) {
  if (people.length === 0) return <>{empty}</>;
  return <>{people.map((person) => person.name).join(', ')}</>;
}

function emptyForm(item: SessionItem): VoteForm {
  const vote = item.vote;
  const counts = {} as Record<VoteField, string>;
  const groups = {} as Record<VoteField, string>;
  for (const field of VOTE_FIELDS) {
    counts[field] = vote ? String(vote[field].count) : '';
    groups[field] = vote ? vote[field].groups.join('\n') : '';
  }
  return { counts, groups, casting: item.casting_vote ?? '' };
}

function VoteFormSection({ page, item, onSaved }: { page: SessionPage; item: SessionItem; onSaved: () => Promise<void> }) {
  const [form, setForm] = useState<VoteForm>(() => emptyForm(item));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const generalRef = useRef<HTMLDivElement>(null);
  const prefix = `vote-${item.position}`;

  const shown = useRef(page.version);
  useEffect(() => {
    if (shown.current === page.version) return;
    shown.current = page.version;
    setForm(emptyForm(item));
    setErrors({});
  }, [page.version]);

  const setCount = (field: VoteField, value: string) =>
    setForm((current) => ({ ...current, counts: { ...current.counts, [field]: value } }));
  const setGroups = (field: VoteField, value: string) =>
    setForm((current) => ({ ...current, groups: { ...current.groups, [field]: value } }));

  const focusField = (field: string) => {
    const element = document.getElementById(`${prefix}-${field.replace(/_groups$/, '-groups').replace(/^casting_vote$/, 'casting')}`);
    element?.focus();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    setConflict(null);
    const checked = checkVoteForm(form, page.version);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0];
      if (first) focusField(first);
      announce('Le formulaire contient des erreurs : corrigez les champs signalés.');
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const after = await api.recordVote(page.id, item.report, checked.vote);
      const message = `Vote enregistré sur le rapport n°${item.number} (version ${after.version} de la séance).`;
      setSaved(message);
      announce(message);
      await onSaved();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      if (error.status === 409) {
        setConflict(error.message);
      } else if (error.status === 400 && error.field && (VOTE_FIELDS as readonly string[]).includes(error.field)) {
        setErrors({ [error.field]: error.message });
        focusField(error.field);
        announce(`Refusé par le serveur : ${error.message}`);
      } else {
        const label = error.field ? VOTE_FIELD_LABEL[error.field] ?? error.field : null;
        setGeneral(label ? `${label} : ${error.message}` : error.message);
        setTimeout(() => generalRef.current?.focus(), 0);
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    await onSaved();
    setConflict(null);
    announce('Séance rechargée : vous voyez la dernière version.');
  };

  const cast = castSoFar(form);
  const describedBy = (field: string, hint?: string) =>
    [hint, errors[field] ? `${prefix}-${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form class="vote-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>Enregistrer le vote du rapport n°{item.number}</h3>
      {conflict && (
        <div class="alert alert-error conflict" role="alert" id={`${prefix}-conflict`}>
          <p class="alert-title">Enregistrement refusé : la séance a changé</p>
          <p>{conflict}</p>
          <button type="button" onClick={reload}>Recharger</button>
        </div>
      )}
      {general && (
        <div class="alert alert-error" role="alert" tabIndex={-1} ref={generalRef} id={`${prefix}-error`}>
          <p class="alert-title"><span aria-hidden="true">⚠ </span>Vote refusé</p>
          <p>{general}</p>
        </div>
      )}
      <div class="vote-grid">
        {VOTE_FIELDS.map((field) => (
          <fieldset key={field} class={`vote-line ${errors[field] || errors[`${field}_groups`] ? 'has-error' : ''}`}>
            <legend>{VOTE_FIELD_LABEL[field]}</legend>
            <div class="field">
              <label for={`${prefix}-${field}`}>Nombre{field === 'absent_without_proxy' ? '' : ' de voix'}</label>
              <input id={`${prefix}-${field}`} name={field} type="text" inputMode="numeric" autocomplete="off"
                value={form.counts[field]} aria-invalid={errors[field] ? 'true' : undefined}
                aria-describedby={describedBy(field)}
                onInput={(e) => setCount(field, (e.target as HTMLInputElement).value)} />
              {errors[field] && <p class="field-error" id={`${prefix}-${field}-error`}>{errors[field]}</p>}
            </div>
            <div class="field">
              <label for={`${prefix}-${field}-groups`}>Groupes (un par ligne)</label>
              <textarea id={`${prefix}-${field}-groups`} name={`${field}_groups`} rows={3}
                value={form.groups[field]} aria-invalid={errors[`${field}_groups`] ? 'true' : undefined}
                aria-describedby={describedBy(`${field}_groups`)}
                onInput={(e) => setGroups(field, (e.target as HTMLTextAreaElement).value)} />
              {errors[`${field}_groups`] && <p class="field-error" id={`${prefix}-${field}_groups-error`}>{errors[`${field}_groups`]}</p>}
            </div>
          </fieldset>
        ))}
      </div>
      <div class={`field ${errors.casting_vote ? 'has-error' : ''}`}>
        <label for={`${prefix}-casting`}>Voix prépondérante du président (en cas de partage)</label>
        <select id={`${prefix}-casting`} value={form.casting} aria-invalid={errors.casting_vote ? 'true' : undefined}
          aria-describedby={describedBy('casting_vote')}
          onChange={(e) => setForm((current) => ({ ...current, casting: (e.target as HTMLSelectElement).value as VoteForm['casting'] }))}>
          <option value="">Aucune (pas de partage)</option>
          <option value="for">Pour</option>
          <option value="against">Contre</option>
        </select>
        {errors.casting_vote && <p class="field-error" id={`${prefix}-casting_vote-error`}>{errors.casting_vote}</p>}
      </div>
      <p class="hint" id={`${prefix}-preview`}>
        {cast === null
          ? `Peuvent voter : ${item.roll.able}.`
          : `Voix comptées (pour + contre + abstention) : ${cast} — peuvent voter : ${item.roll.able}${cast > item.roll.able ? ' (dépassement : le serveur refusera ce vote)' : ''}.`}
      </p>
      <div role="status" class={saved ? 'alert alert-success' : 'sr-only'} id={`${prefix}-saved`}>{saved ?? ''}</div>
      <div class="form-actions">
        <button type="submit" disabled={busy}>{busy ? 'Enregistrement…' : 'Enregistrer le vote'}</button>
        <span class="muted">Version de la séance lue : {page.version}</span>
      </div>
    </form>
  );
}

function Item({ page, item, canVote, onSaved }: { page: SessionPage; item: SessionItem; canVote: boolean; onSaved: () => Promise<void> }) {
  const id = `item-${item.position}`;
  return (
    <section class="session-item" aria-labelledby={`${id}-title`} id={id} data-report={item.report}>
      <h2 id={`${id}-title`}>
        Rapport n°{item.number}{item.deliberation ? ` — délibération n°${item.deliberation}` : ''}
        <span class="block">{item.title}</span>
      </h2>
      {item.programme && <p>Programme financé : <a href={href.dashboard(item.programme)}>{item.programme}</a></p>}

      <h3>Quorum</h3>
      <p id={`${id}-quorum`} class={item.quorum.met ? '' : 'note-error'}>
        {!item.quorum.met && <span class="badge badge-error">Erreur</span>} {quorumText(item.quorum)}
      </p>

      <h3>Qui peut voter</h3>
      <p id={`${id}-roll`}><strong>{rollArithmetic(item.roll)}</strong> élus peuvent voter ({item.roll.in_office} membres en exercice).</p>
      <dl class="facts roll">
        <div><dt>Intéressés présents ({item.roll.recused_present.length})</dt><dd><Names people={item.roll.recused_present} /></dd></div>
        <div><dt>Délégations de vote ({item.roll.proxies.length})</dt><dd><Names people={item.roll.proxies} /></dd></div>
        <div><dt>Absents sans délégation ({item.roll.absent_without_proxy.length})</dt><dd><Names people={item.roll.absent_without_proxy} /></dd></div>
      </dl>

      <h3 id={`${id}-recusals-title`}>Élus intéressés à l’affaire ({item.recusals.length})</h3>
      {item.recusals.length === 0 ? <p>Aucun élu intéressé à l’affaire.</p> : (
        <div class="table-wrap">
          <table class="data recusals" id={`${id}-recusals`} aria-labelledby={`${id}-recusals-title`}>
            <thead>
              <tr>
                <th scope="col">Élu</th>
                <th scope="col">Motif</th>
              </tr>
            </thead>
            <tbody>
              {item.recusals.map((recusal) => (
                <tr key={recusal.member} data-member={recusal.member}>
                  <th scope="row">{recusal.name}</th>
                  <td>
                    {recusal.reason.kind === 'register'
                      ? <>Registre des intérêts : {recusal.reason.role} de « {recusal.reason.organisation} » depuis le {recusal.reason.since.text}</>
                      : recusal.reason.text}
                    {recusal.took_part_in_debate && <span class="muted"> (a pris part au débat, pas au vote)</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>Vote</h3>
      {!item.vote ? <p id={`${id}-vote`}>Vote non enregistré.</p> : (
        <>
          <div class="table-wrap">
            <table class="data vote" id={`${id}-vote`}>
              <caption>Vote enregistré {item.outcome ? `: ${item.outcome}` : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col" class="num">Nombre</th>
                  <th scope="col">Groupes</th>
                </tr>
              </thead>
              <tbody>
                {VOTE_FIELDS.map((field) => (
                  <tr key={field}>
                    <th scope="row">{VOTE_FIELD_LABEL[field]}</th>
                    <td class="num">{item.vote![field].count}</td>
                    <td>{item.vote![field].groups.join(' ; ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {item.problems.length === 0 ? (
            <p class="alert alert-success" id={`${id}-problems`}>Aucune incohérence : le vote tient dans le nombre d’élus qui pouvaient voter.</p>
          ) : (
            <div class="alert alert-error" id={`${id}-problems`} aria-labelledby={`${id}-problems-title`} role="region">
              <p class="alert-title" id={`${id}-problems-title`}>
                <span aria-hidden="true">⚠ </span>{plural(item.problems.length, 'erreur')} dans le vote enregistré
              </p>
              <ul class="problems">
                {item.problems.map((problem, index) => (
                  <li key={index} data-field={problem.field}>
                    <span class="badge badge-error">Erreur</span> <strong>{VOTE_FIELD_LABEL[problem.field] ?? problem.field} :</strong> {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {canVote && <VoteFormSection page={page} item={item} onSaved={onSaved} />}

      <details class="generated">
        <summary>Texte généré de la délibération (rapport n°{item.number})</summary>
        <GeneratedText paragraphs={item.text} id={`${id}-text`} label={`Texte généré du rapport n°${item.number}`} />
      </details>
    </section>
  );
}

export function SessionScreen({ session }: { session: string }) {
  const me = useSession();
  const { data, error, loading, reload } = useLoad(() => api.session(session), [session]);
  if (loading && !data) return <Loading what="de la séance" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title={`Séance ${session}`}>Séance {session}</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }
  const groups = groupAttendance(data.attendance);
  const canVote = Boolean(me.permissions.record_sessions);
  return (
    <section class="session-page">
      <Breadcrumbs items={[
        { label: 'Séances', href: href.sessions() },
        { label: `Séance du ${data.date.text}` },
      ]} />
      <PageTitle title={`Séance du ${data.date.text}`}>
        <span class="kicker">{data.body_label} — séance {data.id}</span>
        Séance du {data.date.text}
      </PageTitle>
      <dl class="facts summary">
        <div><dt>Lieu</dt><dd>{data.place || '—'}</dd></div>
        <div><dt>Présidence</dt><dd>{data.president.name}</dd></div>
        <div><dt>Secrétaire de séance</dt><dd>{data.secretary.name}</dd></div>
        {data.reconvened_from && <div><dt>Convoquée à nouveau</dt><dd>après la séance du {data.reconvened_from.text}</dd></div>}
        <div><dt>Version</dt><dd id="session-version">{data.version}{data.updated_by ? ` — modifiée par ${data.updated_by} le ${formatTimestamp(data.updated_at)}` : ''}</dd></div>
      </dl>
      {!canVote && (
        <p class="alert alert-info" id="session-readonly">
          Votre rôle ({me.role_label}) permet de consulter la séance, pas d’enregistrer ses votes.
        </p>
      )}
      {data.register_problems.length > 0 && (
        <div class="alert alert-error" role="region" aria-labelledby="register-problems-title" id="register-problems">
          <p class="alert-title" id="register-problems-title"><span aria-hidden="true">⚠ </span>Registre des élus : {plural(data.register_problems.length, 'erreur')}</p>
          <ul>{data.register_problems.map((problem, index) => <li key={index}><span class="badge badge-error">Erreur</span> {problem.message}</li>)}</ul>
        </div>
      )}

      <nav aria-label="Rapports de la séance" class="item-links">
        <ul>
          {data.items.map((item) => (
            <li key={item.report}>
              <a href={`#item-${item.position}`} onClick={(event) => {
                event.preventDefault();
                document.getElementById(`item-${item.position}-title`)?.scrollIntoView();
              }}>Rapport n°{item.number}</a>
              {item.problems.length > 0 && <> <span class="badge badge-error">{plural(item.problems.length, 'erreur')}</span></>}
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="heading-title">
        <h2 id="heading-title">En-tête de la délibération</h2>
        <p class="muted">Généré depuis la séance enregistrée et le registre des élus.</p>
        <GeneratedText paragraphs={data.heading} id="session-heading" label="En-tête généré" />
      </section>

      <section aria-labelledby="attendance-title">
        <h2 id="attendance-title">Présences</h2>
        <div class="attendance-grid">
          {groups.map((group) => (
            <div key={group.status} class="attendance-group" data-status={group.status}>
              <h3 id={`attendance-${group.status}`}>{group.heading} ({group.members.length})</h3>
              <ul aria-labelledby={`attendance-${group.status}`}>
                {group.members.map((entry) => {
                  const note = presenceNote(entry);
                  return <li key={entry.member}>{entry.name}{note ? <span class="muted"> ({note})</span> : null}</li>;
                })}
              </ul>
            </div>
          ))}
        </div>
        <h3>Délégations de vote ({data.proxies.length})</h3>
        {data.proxies.length === 0 ? <p>Aucune délégation de vote.</p> : (
          <ul id="proxies">
            {data.proxies.map((proxy) => (
              <li key={proxy.giver}>{proxy.giver_name} → {proxy.holder_name ?? <span class="muted">titulaire non nommé par la délibération</span>}</li>
            ))}
          </ul>
        )}
      </section>

      {data.items.map((item) => (
        <Item key={item.report} page={data} item={item} canVote={canVote} onSaved={reload} />
      ))}
    </section>
  );
}
