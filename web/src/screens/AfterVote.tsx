import { useState } from 'preact/hooks';
import {
  api, ApiError, paymentOrdersUrl, retentionCsvUrl, type AfterVote, type AgreementSummary,
} from '../api';
import { announce } from '../announce';
import { BudgetBars, type BudgetBar } from '../components/BudgetBars';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { countByStatus, filterAgreements, STATUS_FILTERS } from '../afterVote';
import { formatDate, plural } from '../format';
import { formatCents, sumCents } from '../money';
import { href } from '../route';
import { useSession } from '../session';

function AgreementsTable({ programme, agreements }: { programme: string; agreements: AgreementSummary[] }) {
  if (agreements.length === 0) return <p id="agreements-empty">Aucune convention dans cette sélection.</p>;
  return (
    <div class="table-wrap">
      <table class="data" id="agreements-table">
        <caption class="sr-only">Conventions du programme</caption>
        <thead>
          <tr>
            <th scope="col">Convention</th>
            <th scope="col">Structure</th>
            <th scope="col">État</th>
            <th scope="col">Signée le</th>
            <th scope="col" class="num">Montant</th>
            <th scope="col" class="num">Payé</th>
            <th scope="col" class="num">Reste à payer</th>
          </tr>
        </thead>
        <tbody>
          {agreements.map((agreement) => (
            <tr key={agreement.award} data-award={agreement.award}>
              <th scope="row">
                <a href={href.agreement(programme, agreement.award)}>{agreement.title}</a>
                <span class="muted block">attribution {agreement.award}</span>
              </th>
              <td><a href={href.organisation(agreement.organisation)}>{agreement.organisation_name}</a></td>
              <td>{agreement.status_label}</td>
              <td>{formatDate(agreement.signed_on)}</td>
              <td class="num amount">{agreement.total.text}</td>
              <td class="num amount">{agreement.paid.text}</td>
              <td class="num amount">{agreement.remaining.text}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>Total ({plural(agreements.length, 'convention')})</th>
            <td class="num amount">{formatCents(sumCents(agreements.map((a) => a.total)))}</td>
            <td class="num amount">{formatCents(sumCents(agreements.map((a) => a.paid)))}</td>
            <td class="num amount">{formatCents(sumCents(agreements.map((a) => a.remaining)))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function DraftForm({ programme, data }: { programme: string; data: AfterVote }) {
  const [award, setAward] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (data.draftable.length === 0) return null;
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    if (!award) {
      setError('Choisissez l’attribution dont la convention est à rédiger.');
      document.getElementById('draft-award')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api.draftAgreement(programme, award, date.trim() || undefined);
      announce('Projet de convention rédigé.');
      location.hash = href.agreement(programme, award);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="filters draft-form" onSubmit={submit} noValidate aria-labelledby="draft-title">
      <h3 id="draft-title" class="sr-only">Rédiger un projet de convention</h3>
      <div class="field field-grow">
        <label for="draft-award">Attribution sans convention</label>
        <select id="draft-award" value={award} aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'draft-error' : undefined}
          onChange={(e) => setAward((e.target as HTMLSelectElement).value)}>
          <option value="">— choisir —</option>
          {data.draftable.map((entry) => (
            <option key={entry.award} value={entry.award}>
              {entry.award} — {entry.organisation_name} ({entry.amount.text})
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="draft-date">Date du projet (JJ/MM/AAAA, facultative)</label>
        <input id="draft-date" type="text" value={date} autocomplete="off"
          onInput={(e) => setDate((e.target as HTMLInputElement).value)} />
      </div>
      <div class="field field-actions">
        <button type="submit" disabled={busy}>{busy ? 'Rédaction…' : 'Rédiger le projet'}</button>
      </div>
      {error && <p class="field-error" id="draft-error" role="alert">{error}</p>}
    </form>
  );
}

function BudgetLines({ data }: { data: AfterVote }) {
  return (
    <section aria-labelledby="after-budget-title">
      <h2 id="after-budget-title">Lignes budgétaires après le vote</h2>
      <p class="muted">Engagé : tranches des conventions signées, modifiées ou closes ; payé : paiements enregistrés ; reste à payer : engagé − payé ; crédit restant : disponible − payé.</p>
      <div class="budget-grid">
        {data.budget_lines.map((line) => {
          const bars: BudgetBar[] = [
            { label: 'AE', value: line.commitment_authority, tone: 'ae' },
            { label: 'Disponible', value: line.available, tone: 'available' },
            { label: 'Engagé', value: line.committed, tone: 'proposed' },
            { label: 'Payé', value: line.paid, tone: 'awarded' },
            { label: 'Reste à payer', value: line.to_pay, tone: 'remaining' },
            { label: 'Crédit restant', value: line.remaining, tone: 'available' },
          ];
          return <BudgetBars key={line.code} code={line.code} label={line.label} bars={bars} />;
        })}
      </div>
    </section>
  );
}

export function AfterVoteScreen({ programme, query }: { programme: string; query: URLSearchParams }) {
  const me = useSession();
  const status = query.get('etat') ?? '';
  const day = query.get('jour') ?? '';
  const [dayInput, setDayInput] = useState(day);
  const { data, error, loading } = useLoad(() => api.afterVote(programme, day || undefined), [programme, day]);
  if (loading && !data) return <Loading what="du suivi après le vote" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title="Après le vote">Après le vote</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }
  const shown = filterAgreements(data.agreements, status);
  const counts = countByStatus(data.agreements);
  const withQuery = (changes: Record<string, string>) => {
    const params = new URLSearchParams(query);
    for (const [key, value] of Object.entries(changes)) {
      if (value) params.set(key, value); else params.delete(key);
    }
    const text = params.toString();
    return `${href.afterVote(programme)}${text ? `?${text}` : ''}`;
  };
  const changeDay = (event: Event) => {
    event.preventDefault();
    location.hash = withQuery({ jour: dayInput.trim() });
  };
  return (
    <section class="after-vote">
      <Breadcrumbs items={[
        { label: 'Programmes', href: href.programmes() },
        { label: data.programme.title, href: href.dashboard(programme) },
        { label: 'Après le vote' },
      ]} />
      <PageTitle title={`Après le vote — ${data.programme.title}`}>
        <span class="kicker">Après le vote</span>
        {data.programme.title}
      </PageTitle>
      <p class="lead">Conventions, paiements, bilans et conservation des pièces, au {data.today.text}.</p>

      <form class="filters" onSubmit={changeDay} aria-label="Date de la situation">
        <div class="field">
          <label for="after-vote-day">Situation au (JJ/MM/AAAA)</label>
          <input id="after-vote-day" type="text" value={dayInput} autocomplete="off"
            onInput={(e) => setDayInput((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field field-actions">
          <button type="submit" class="button-secondary">Afficher</button>
        </div>
        <p class="field">
          <a href={paymentOrdersUrl(programme)} download>Ordres de paiement (CSV)</a>
          {' · '}
          <a href={retentionCsvUrl(programme, day || undefined)} download>Conservation des pièces (CSV)</a>
        </p>
      </form>

      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">Conventions ({data.agreements.length})</h2>
        <nav aria-label="Filtrer les conventions par état">
          <ul class="status-filters">
            {STATUS_FILTERS.map((filter) => (
              <li key={filter.key}>
                <a href={withQuery({ etat: filter.key })} aria-current={status === filter.key ? 'true' : undefined}
                  data-status={filter.key || 'all'}>
                  {filter.label} <span class="count">({counts[filter.key]})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <AgreementsTable programme={programme} agreements={shown} />
        {me.permissions.manage_agreements && <DraftForm programme={programme} data={data} />}
      </section>

      <BudgetLines data={data} />

      <section aria-labelledby="overdue-title">
        <h2 id="overdue-title">Bilans en retard ({data.overdue.length})</h2>
        {data.overdue.length === 0 ? <p id="overdue-empty">Aucun bilan en retard au {data.today.text}.</p> : (
          <div class="table-wrap">
            <table class="data" id="overdue-table">
              <caption class="sr-only">Bilans attendus et non reçus au {data.today.text}</caption>
              <thead>
                <tr>
                  <th scope="col">Convention</th>
                  <th scope="col">Structure</th>
                  <th scope="col">Tranche</th>
                  <th scope="col">Bilan dû le</th>
                  <th scope="col" class="num">Jours de retard</th>
                </tr>
              </thead>
              <tbody>
                {data.overdue.map((late) => (
                  <tr key={`${late.agreement}/${late.tranche}`}>
                    <th scope="row"><a href={href.agreement(programme, late.agreement)}>{late.title}</a></th>
                    <td>{late.organisation}</td>
                    <td>{late.tranche}</td>
                    <td>{late.due.text}</td>
                    <td class="num">{late.days_late}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="retention-title">
        <h2 id="retention-title">Conservation des pièces</h2>
        {data.retention.length === 0 ? <p>Aucune convention signée.</p> : (
          <div class="table-wrap">
            <table class="data" id="retention-table">
              <caption class="sr-only">Date jusqu’à laquelle les pièces de chaque convention sont conservées</caption>
              <thead>
                <tr>
                  <th scope="col">Convention</th>
                  <th scope="col">Structure</th>
                  <th scope="col">État</th>
                  <th scope="col">Conserver jusqu’au</th>
                  <th scope="col">Échue</th>
                </tr>
              </thead>
              <tbody>
                {data.retention.map((entry) => (
                  <tr key={entry.agreement}>
                    <th scope="row"><a href={href.agreement(programme, entry.agreement)}>{entry.title}</a></th>
                    <td>{entry.organisation}</td>
                    <td>{entry.status_label}</td>
                    <td>{entry.keep_until ? entry.keep_until.text : 'durée non précisée par la convention'}</td>
                    <td>{entry.expired ? 'oui : les pièces peuvent être éliminées' : 'non'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
