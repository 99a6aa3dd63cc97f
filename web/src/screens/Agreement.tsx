import { useEffect, useState } from 'preact/hooks';
import {
  api, ApiError, recoveryOrderUrl, type AgreementMove, type AgreementPage, type PaymentInput,
} from '../api';
import { announce } from '../announce';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import {
  allowedMoves, checkReviewForm, indicatorKey, MOVE_LABEL, placeTargets, settlementOutcome,
  type ReviewForm,
} from '../afterVote';
import { formatDate, formatTimestamp } from '../format';
import { parseAmount } from '../money';
import { href } from '../route';
import { useSession } from '../session';

type Tranche = AgreementPage['tranches'][number];

/** Runs one action on the agreement: busy flag, its refusal shown (409: reload offered). */
function useAction(onDone: (page: AgreementPage, message: string) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<AgreementPage>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      const page = await action();
      onDone(page, message);
      announce(message);
      return true;
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      setError(apiError);
      announce(`Refusé : ${apiError.message}`);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run, clear: () => setError(null) };
}

function Refusal({ error, id, title, onReload }: { error: ApiError; id: string; title: string; onReload: () => void }) {
  return (
    <div class="alert alert-error" role="alert" id={id}>
      <p class="alert-title"><span aria-hidden="true">⚠ </span>{error.status === 409 ? 'Enregistrement refusé : la convention a changé' : title}</p>
      <p>{error.message}</p>
      {error.status === 409 && <button type="button" onClick={onReload}>Recharger</button>}
    </div>
  );
}

function TextField({ id, label, value, onInput, error, hint }: {
  id: string; label: string; value: string; onInput: (value: string) => void; error?: string; hint?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${error ? 'has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <input id={id} type="text" value={value} autocomplete="off" aria-invalid={error ? 'true' : undefined}
        aria-describedby={described} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      {error && <p class="field-error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}

function MoveForm({ programme, page, onDone, onReload }: {
  programme: string; page: AgreementPage; onDone: (page: AgreementPage, message: string) => void; onReload: () => void;
}) {
  const [date, setDate] = useState('');
  const [number, setNumber] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const action = useAction(onDone);
  const moves = allowedMoves(page.status);
  if (moves.length === 0) return null;
  const submit = (move: AgreementMove) => {
    if (date.trim() === '') {
      setMissing('Saisissez la date de l’acte.');
      document.getElementById('move-date')?.focus();
      return;
    }
    setMissing(undefined);
    void action.run(
      () => api.moveAgreement(programme, page.award, move,
        { version: page.version, date: date.trim(), ...(move === 'sign' && number.trim() ? { number: number.trim() } : {}) }),
      `${MOVE_LABEL[move]} : fait.`);
  };
  return (
    <form class="filters move-form" aria-labelledby="move-title" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="move-title" class="sr-only">Faire avancer la convention</h2>
      <TextField id="move-date" label="Date de l’acte (JJ/MM/AAAA)" value={date} onInput={setDate} error={missing} />
      {moves.includes('sign') && !page.number && (
        <TextField id="move-number" label="Numéro déjà attribué (facultatif)" value={number} onInput={setNumber}
          hint="Sinon le suivant de l’année." />
      )}
      <div class="field field-actions">
        {moves.map((move) => (
          <button type="button" key={move} disabled={action.busy} onClick={() => submit(move)}
            class={move === 'close' ? 'button-secondary' : undefined}>{MOVE_LABEL[move]}</button>
        ))}
      </div>
      {action.error && <Refusal error={action.error} id="move-error" title="Action refusée" onReload={onReload} />}
    </form>
  );
}

function PaymentForm({ programme, page, onDone, onReload }: {
  programme: string; page: AgreementPage; onDone: (page: AgreementPage, message: string) => void; onReload: () => void;
}) {
  const [tranche, setTranche] = useState(page.tranches[page.tranches.length - 1]?.key ?? '');
  const [kind, setKind] = useState<PaymentInput['kind']>('advance');
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const action = useAction(onDone);
  const current = page.tranches.find((entry) => entry.key === tranche);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (date.trim() === '') found.date = 'Saisissez la date du paiement.';
    if (amount.trim() !== '') {
      const parsed = parseAmount(amount);
      if (!parsed.ok) found.amount = parsed.message;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`payment-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    await action.run(
      () => api.recordPayment(programme, page.award,
        { tranche, kind, date: date.trim(), ...(amount.trim() ? { amount: amount.trim() } : {}) }),
      `Paiement enregistré sur la tranche ${tranche}.`);
  };
  return (
    <form class="payment-form" onSubmit={submit} noValidate aria-labelledby="payment-title">
      <h3 id="payment-title">Enregistrer un paiement</h3>
      <div class="filters">
        <div class="field">
          <label for="payment-tranche">Tranche</label>
          <select id="payment-tranche" value={tranche} onChange={(e) => setTranche((e.target as HTMLSelectElement).value)}>
            {page.tranches.map((entry) => <option key={entry.key} value={entry.key}>{entry.key} ({entry.amount.text})</option>)}
          </select>
        </div>
        <div class="field">
          <label for="payment-kind">Nature</label>
          <select id="payment-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as PaymentInput['kind'])}>
            <option value="advance">Avance</option>
            <option value="balance_payment">Solde</option>
          </select>
        </div>
        <TextField id="payment-date" label="Date du paiement (JJ/MM/AAAA)" value={date} onInput={setDate} error={errors.date} />
        <TextField id="payment-amount" label="Montant (facultatif)" value={amount} onInput={setAmount} error={errors.amount}
          hint={kind === 'advance'
            ? `Par défaut : l’avance au taux de la convention${current?.advance ? `, ${current.advance.text}` : ''}.`
            : 'Par défaut : le solde calculé au bilan.'} />
        <div class="field field-actions">
          <button type="submit" disabled={action.busy}>{action.busy ? 'Enregistrement…' : 'Enregistrer le paiement'}</button>
        </div>
      </div>
      {action.error && <Refusal error={action.error} id="payment-error" title="Paiement refusé" onReload={onReload} />}
    </form>
  );
}

function emptyReview(tranche: Tranche | undefined): ReviewForm {
  const places: Record<string, string> = {};
  for (const target of placeTargets(tranche?.targets ?? [])) places[indicatorKey(target)] = '';
  return { tranche: tranche?.key ?? '', received: '', places, actualCost: '', score: '100', notes: '' };
}

function ReviewEntry({ programme, page, onDone, onReload }: {
  programme: string; page: AgreementPage; onDone: (page: AgreementPage, message: string) => void; onReload: () => void;
}) {
  const open = page.tranches.filter((tranche) => !tranche.review?.settlement);
  const [form, setForm] = useState<ReviewForm>(() => emptyReview(open[open.length - 1]));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const action = useAction(onDone);
  if (open.length === 0) return null;
  const tranche = open.find((entry) => entry.key === form.tranche) ?? open[0];
  const fieldId = (key: string) => `review-${key.replace(/[^a-z0-9-]/gi, '-')}`;
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkReviewForm(form, tranche.targets, page.version);
    if (!checked.ok) {
      setErrors(checked.errors);
      const first = Object.keys(checked.errors)[0];
      document.getElementById(first === 'actual_cost' ? 'review-cost' : fieldId(first))?.focus();
      announce('Le bilan contient des erreurs : corrigez les champs signalés.');
      return;
    }
    setErrors({});
    await action.run(() => api.recordReview(programme, page.award, checked.review),
      `Bilan de la tranche ${tranche.key} enregistré : le solde est calculé ci-dessus.`);
  };
  return (
    <form class="review-form" onSubmit={submit} noValidate aria-labelledby="review-title">
      <h3 id="review-title">Saisir le bilan d’une tranche</h3>
      <div class="filters">
        <div class="field">
          <label for="review-tranche">Tranche</label>
          <select id="review-tranche" value={tranche.key}
            onChange={(e) => setForm(emptyReview(open.find((entry) => entry.key === (e.target as HTMLSelectElement).value)))}>
            {open.map((entry) => <option key={entry.key} value={entry.key}>{entry.key} (bilan dû le {entry.review_due.text})</option>)}
          </select>
        </div>
        <TextField id="review-received" label="Reçu le (JJ/MM/AAAA)" value={form.received} error={errors.received}
          onInput={(value) => setForm({ ...form, received: value })} />
      </div>
      <fieldset class="review-places">
        <legend>Places réalisées</legend>
        {placeTargets(tranche.targets).length === 0 && <p class="hint">Cette tranche n’a pas d’objectif de places.</p>}
        {placeTargets(tranche.targets).map((target) => {
          const key = indicatorKey(target);
          return (
            <TextField key={key} id={fieldId(key)} error={errors[key]}
              label={`${target.territory_label ?? 'Total'} (objectif : ${target.value})`}
              value={form.places[key] ?? ''}
              onInput={(value) => setForm({ ...form, places: { ...form.places, [key]: value } })} />
          );
        })}
      </fieldset>
      <div class="filters">
        <TextField id="review-cost" label="Coût réel de l’action (€)" value={form.actualCost} error={errors.actual_cost}
          onInput={(value) => setForm({ ...form, actualCost: value })} />
        <TextField id="review-score" label="Appréciation qualitative (%)" value={form.score} error={errors.score}
          onInput={(value) => setForm({ ...form, score: value })} />
        <div class="field field-grow">
          <label for="review-notes">Observations</label>
          <textarea id="review-notes" rows={2} value={form.notes}
            onInput={(e) => setForm({ ...form, notes: (e.target as HTMLTextAreaElement).value })} />
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" disabled={action.busy}>{action.busy ? 'Enregistrement…' : 'Enregistrer le bilan'}</button>
      </div>
      {action.error && <Refusal error={action.error} id="review-error" title="Bilan refusé" onReload={onReload} />}
    </form>
  );
}

function SettleForm({ programme, page, tranche, onDone, onReload }: {
  programme: string; page: AgreementPage; tranche: Tranche; onDone: (page: AgreementPage, message: string) => void; onReload: () => void;
}) {
  const [date, setDate] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const action = useAction(onDone);
  const id = `settle-${tranche.key}`;
  const submit = (event: Event) => {
    event.preventDefault();
    if (date.trim() === '') {
      setMissing('Saisissez la date du solde.');
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setMissing(undefined);
    void action.run(() => api.settle(programme, page.award, { version: page.version, tranche: tranche.key, date: date.trim() }),
      `Tranche ${tranche.key} soldée.`);
  };
  return (
    <form class="filters settle-form" onSubmit={submit} noValidate aria-label={`Solder la tranche ${tranche.key}`}>
      <TextField id={`${id}-date`} label="Date du solde (JJ/MM/AAAA)" value={date} onInput={setDate} error={missing} />
      <div class="field field-actions">
        <button type="submit" disabled={action.busy}>Solder la tranche {tranche.key}</button>
      </div>
      {action.error && <Refusal error={action.error} id={`${id}-error`} title="Solde refusé" onReload={onReload} />}
    </form>
  );
}

function TrancheSection({ programme, page, tranche, canManage, onDone, onReload }: {
  programme: string; page: AgreementPage; tranche: Tranche; canManage: boolean;
  onDone: (page: AgreementPage, message: string) => void; onReload: () => void;
}) {
  const id = `tranche-${tranche.key}`;
  const review = tranche.review;
  const settled = review?.settlement ?? null;
  const outcome = tranche.settlement ? settlementOutcome(settled ?? tranche.settlement) : null;
  return (
    <section class="tranche" aria-labelledby={`${id}-title`} id={id} data-tranche={tranche.key}>
      <h3 id={`${id}-title`}>Tranche {tranche.key} — {tranche.amount.text}</h3>
      <dl class="facts">
        <div><dt>Période</dt><dd>du {tranche.start.text} au {tranche.end.text}</dd></div>
        <div><dt>Part quantitative</dt><dd>{tranche.quantitative_share.text}</dd></div>
        <div><dt>Objectifs</dt><dd>{tranche.targets.map((target) => target.text).join(' ; ') || '—'}</dd></div>
        <div><dt>Bilan dû le</dt><dd>{tranche.review_due.text}</dd></div>
        <div><dt>Avance au taux</dt><dd class="amount">{tranche.advance ? tranche.advance.text : '—'}</dd></div>
        <div><dt>Payé</dt><dd class="amount" id={`${id}-paid`}>{tranche.paid.text}</dd></div>
      </dl>
      {review && (
        <>
          <h4>Bilan reçu le {review.received_on.text}</h4>
          <ul>
            {review.indicators.map((indicator, index) => <li key={index}>{indicator.text}</li>)}
            <li>Coût réel de l’action : {review.actual_cost.text}</li>
            <li>Appréciation qualitative : {review.qualitative_score.text}</li>
            {review.notes && <li>Observations : {review.notes}</li>}
          </ul>
        </>
      )}
      {tranche.settlement_error && <p class="note-warning">Solde non calculable : {tranche.settlement_error}</p>}
      {tranche.settlement && outcome && (
        <div class="settlement" id={`${id}-settlement`}>
          <h4>{settled ? `Solde définitif (le ${settled.settled_on.text})` : 'Solde calculé (non encore enregistré)'}</h4>
          <table class="data">
            <caption class="sr-only">Calcul du solde de la tranche {tranche.key}</caption>
            <tbody>
              <tr><th scope="row">Places retenues</th><td class="num">{tranche.settlement.places_counted} sur {tranche.settlement.places_planned}</td></tr>
              <tr><th scope="row">Part quantitative</th><td class="num amount">{tranche.settlement.quantitative.text}</td></tr>
              <tr><th scope="row">Part qualitative</th><td class="num amount">{tranche.settlement.qualitative.text}</td></tr>
              <tr><th scope="row">Montant calculé</th><td class="num amount">{tranche.settlement.computed.text}</td></tr>
              <tr><th scope="row">Montant définitif{tranche.settlement.capped_by_cost ? ' (plafonné au coût réel)' : ''}</th><td class="num amount">{tranche.settlement.settled.text}</td></tr>
              <tr><th scope="row">Déjà payé</th><td class="num amount">{(settled?.paid ?? tranche.paid).text}</td></tr>
            </tbody>
          </table>
          <p class={`alert ${outcome.kind === 'recover' ? 'alert-warning' : 'alert-info'}`} id={`${id}-outcome`}>
            <strong>{outcome.sentence}</strong>
          </p>
          <details>
            <summary>Détail du calcul</summary>
            <ol>{tranche.settlement.explanation.map((line, index) => <li key={index}>{line}</li>)}</ol>
          </details>
          {settled && outcome.kind === 'recover' && (
            <p><a href={recoveryOrderUrl(programme, page.award, tranche.key)} download id={`${id}-recovery`}>
              Télécharger l’ordre de reversement (tranche {tranche.key})</a></p>
          )}
          {!settled && canManage && page.in_force &&
            <SettleForm programme={programme} page={page} tranche={tranche} onDone={onDone} onReload={onReload} />}
        </div>
      )}
    </section>
  );
}

function NoAgreement({ programme, award }: { programme: string; award: string }) {
  const me = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const draft = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.draftAgreement(programme, award);
      announce('Projet de convention rédigé.');
      location.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p id="agreement-missing">L’attribution {award} n’a pas encore de convention.</p>
      {me.permissions.manage_agreements && (
        <button type="button" onClick={draft} disabled={busy}>Rédiger le projet de convention</button>
      )}
      {error && <p class="field-error" role="alert">{error}</p>}
    </>
  );
}

export function AgreementScreen({ programme, award }: { programme: string; award: string }) {
  const me = useSession();
  const { data, error, loading, reload } = useLoad(() => api.agreement(programme, award), [programme, award]);
  const [latest, setLatest] = useState<AgreementPage | null>(null);
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { if (data) setLatest(data); }, [data]);
  const page = latest ?? data;
  if (loading && !page) return <Loading what="de la convention" />;
  const crumbs = [
    { label: 'Programmes', href: href.programmes() },
    { label: 'Après le vote', href: href.afterVote(programme) },
  ];
  if (!page) {
    return (
      <>
        <Breadcrumbs items={[...crumbs, { label: award }]} />
        <PageTitle title="Convention">Convention de l’attribution {award}</PageTitle>
        {error?.status === 404 ? <NoAgreement programme={programme} award={award} /> : error && <ErrorMessage error={error} />}
      </>
    );
  }
  const onDone = (after: AgreementPage, message: string) => {
    setLatest(after);
    setNotice(message);
    setGeneration((n) => n + 1);
  };
  const onReload = () => { void reload(); };
  const canManage = me.permissions.manage_agreements === true;
  return (
    <section class="agreement">
      <Breadcrumbs items={[...crumbs, { label: page.title }]} />
      <PageTitle title={page.title}>
        <span class="kicker">Convention — attribution {page.award}</span>
        {page.title}
      </PageTitle>
      <p class="lead">{page.subject}</p>
      <dl class="facts summary">
        <div><dt>État</dt><dd id="agreement-status">{page.status_label}</dd></div>
        <div><dt>Structure</dt><dd><a href={href.organisation(page.organisation)}>{page.organisation_name}</a></dd></div>
        <div><dt>Ligne budgétaire</dt><dd>{page.budget_line}</dd></div>
        <div><dt>Taux d’avance</dt><dd>{page.advance_rate.text}</dd></div>
        <div><dt>Montant total</dt><dd class="amount" id="agreement-total">{page.total.text}</dd></div>
        <div><dt>Payé</dt><dd class="amount" id="agreement-paid">{page.paid.text}</dd></div>
        <div><dt>Reste à payer</dt><dd class="amount" id="agreement-remaining">{page.remaining.text}</dd></div>
        <div><dt>Projet / envoi</dt><dd>{formatDate(page.drafted_on)} / {formatDate(page.sent_on)}</dd></div>
        <div><dt>Signée le</dt><dd>{formatDate(page.signed_on)}</dd></div>
        <div><dt>Close le</dt><dd>{formatDate(page.closed_on)}</dd></div>
        <div><dt>Conservation des pièces</dt><dd>{page.retention_until ? `jusqu’au ${page.retention_until.text}` : 'non précisée'}</dd></div>
        <div><dt>Version</dt><dd>{page.version}, par {page.updated_by} le {formatTimestamp(page.updated_at)}</dd></div>
      </dl>

      <div role="status" class={notice ? 'alert alert-success' : 'sr-only'} id="agreement-notice">{notice ?? ''}</div>

      {canManage && <MoveForm key={`move-${generation}`} programme={programme} page={page} onDone={onDone} onReload={onReload} />}

      <section aria-labelledby="tranches-title">
        <h2 id="tranches-title">Tranches, bilans et soldes</h2>
        {page.tranches.map((tranche) => (
          <TrancheSection key={`${tranche.key}-${generation}`} programme={programme} page={page} tranche={tranche}
            canManage={canManage} onDone={onDone} onReload={onReload} />
        ))}
        {canManage && page.in_force &&
          <ReviewEntry key={`review-${generation}`} programme={programme} page={page} onDone={onDone} onReload={onReload} />}
      </section>

      <section aria-labelledby="payments-title">
        <h2 id="payments-title">Paiements ({page.payments.length})</h2>
        {page.payments.length === 0 ? <p id="payments-empty">Aucun paiement enregistré.</p> : (
          <div class="table-wrap">
            <table class="data" id="payments-table">
              <caption class="sr-only">Paiements de la convention</caption>
              <thead>
                <tr>
                  <th scope="col">N°</th>
                  <th scope="col">Date</th>
                  <th scope="col">Tranche</th>
                  <th scope="col">Nature</th>
                  <th scope="col">Ligne</th>
                  <th scope="col" class="num">Montant</th>
                  <th scope="col">Enregistré par</th>
                </tr>
              </thead>
              <tbody>
                {page.payments.map((payment) => (
                  <tr key={payment.id}>
                    <th scope="row">{payment.id}</th>
                    <td>{payment.paid_on.text}</td>
                    <td>{payment.tranche}</td>
                    <td>{payment.kind_label}</td>
                    <td>{payment.budget_line}</td>
                    <td class="num amount">{payment.amount.text}</td>
                    <td>{payment.recorded_by}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {me.permissions.payments && page.in_force &&
          <PaymentForm key={`payment-${generation}`} programme={programme} page={page} onDone={onDone} onReload={onReload} />}
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Avenants ({page.amendments.length})</h2>
        {page.amendments.length === 0 ? <p>Aucun avenant.</p> : (
          <ul class="amendments" id="amendments">
            {page.amendments.map((entry) => (
              <li key={entry.ordinal}>
                <strong>Avenant n°{entry.ordinal}</strong> signé le {entry.signed_on.text} ({entry.reference}) —
                articles remplacés {entry.replaced_articles.join(', ')}
                <ul>
                  <li>Avant : {entry.before.map((t) => `tranche ${t.key} ${t.amount.text}`).join(' ; ') || '—'}</li>
                  <li>Après : {entry.after.map((t) => `tranche ${t.key} ${t.amount.text}`).join(' ; ') || '—'}</li>
                  {entry.retention_before?.iso !== entry.retention_after?.iso && (
                    <li>Conservation : {formatDate(entry.retention_before)} → {formatDate(entry.retention_after)}</li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
