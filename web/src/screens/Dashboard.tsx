import { api, type Dashboard as DashboardData } from '../api';
import { Bar } from '../components/Bar';
import { BudgetBars, maxCents, type BudgetBar } from '../components/BudgetBars';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { SEVERITIES, SEVERITY_PLURAL } from '../format';
import { centsOf, formatCents } from '../money';
import { href } from '../route';

function BudgetLines({ lines }: { lines: DashboardData['budget_lines'] }) {
  return (
    <section aria-labelledby="budget-title">
      <h2 id="budget-title">Lignes budgétaires</h2>
      <p class="muted">Pour chaque ligne : autorisation d’engagement (AE), disponible, proposé à cette commission et solde restant, tels qu’imprimés ; « attribué » est la somme des attributions actuelles imputées sur la ligne.</p>
      <div class="budget-grid">
        {lines.map((line) => {
          const bars: BudgetBar[] = [
            { label: 'AE', value: line.commitment_authority, tone: 'ae' },
            { label: 'Disponible', value: line.available, tone: 'available' },
            { label: 'Proposé', value: line.proposed, tone: 'proposed' },
            { label: 'Solde restant', value: line.remaining, tone: 'remaining' },
            { label: 'Attribué', value: line.awarded, tone: 'awarded' },
          ];
          const gap = line.proposed ? centsOf(line.awarded) - centsOf(line.proposed) : 0n;
          return (
            <BudgetBars key={line.code} code={line.code} label={line.label} subtitle={`Imputation ${line.imputation}`} bars={bars}>
              {gap !== 0n && (
                <p class="note-warning">Écart entre attribué et proposé : {formatCents(gap)}</p>
              )}
            </BudgetBars>
          );
        })}
      </div>
    </section>
  );
}

export function Dashboard({ programme }: { programme: string }) {
  const { data, error, loading } = useLoad(() => api.dashboard(programme), [programme]);
  if (loading) return <Loading what="du tableau de bord" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title="Tableau de bord">Tableau de bord</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }
  const themeMax = maxCents(data.themes.map((theme) => theme.total));
  const territoryMax = maxCents(data.territories.map((territory) => territory.total));
  const findingsTotal = data.findings.error + data.findings.warning + data.findings.info;
  return (
    <section class="dashboard">
      <Breadcrumbs items={[{ label: 'Programmes', href: href.programmes() }, { label: data.programme.title }]} />
      <PageTitle title={`Tableau de bord — ${data.programme.title}`}>
        <span class="kicker">Tableau de bord</span>
        {data.programme.title}
      </PageTitle>
      <p class="lead">
        {data.session.body}
        {data.session.date ? ` du ${data.session.date.text}` : ''} — programme « {data.programme.id} »
      </p>

      <ul class="key-figures" aria-label="Chiffres clés">
        <li><span class="figure amount" id="dashboard-total">{data.total.text}</span><span class="figure-label">montant total</span></li>
        <li><span class="figure">{data.programme.award_count}</span><span class="figure-label">lignes d’attribution</span></li>
        <li>
          <a href={href.afterVote(programme)} class="figure-link" id="dashboard-after-vote">
            <span class="figure">Après le vote</span>
            <span class="figure-label">conventions, paiements, bilans</span>
          </a>
        </li>
        <li class="findings-figure">
          <a href={href.findings(programme)} class="figure-link">
            <span class="figure" id="dashboard-findings-total">{findingsTotal}</span>
            <span class="figure-label">constats du contrôle</span>
          </a>
          <ul class="severity-counts" aria-label="Constats par gravité">
            {SEVERITIES.map((severity) => (
              <li key={severity} class={`severity-${severity}`}>
                <a href={href.findings(programme, severity)} data-severity={severity}>
                  <span class="count" id={`findings-${severity}`}>{data.findings[severity]}</span>{' '}
                  {SEVERITY_PLURAL[severity].toLowerCase()}
                </a>
              </li>
            ))}
          </ul>
        </li>
      </ul>

      <div class="two-columns">
        <section aria-labelledby="themes-title">
          <h2 id="themes-title">Totaux par thématique</h2>
          <table class="data chart-table">
            <thead>
              <tr>
                <th scope="col">Thématique</th>
                <th scope="col" class="num">Lignes</th>
                <th scope="col" class="num">Montant</th>
                <th scope="col"><span class="sr-only">Graphique</span></th>
              </tr>
            </thead>
            <tbody>
              {data.themes.map((theme) => (
                <tr key={theme.number}>
                  <th scope="row" class="theme-title">
                    {theme.number}. {theme.title}
                  </th>
                  <td class="num">{theme.award_count}</td>
                  <td class="num amount">{theme.total.text}</td>
                  <td class="bar-cell"><Bar value={centsOf(theme.total)} max={themeMax} /></td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td class="num">{data.themes.reduce((n, theme) => n + theme.award_count, 0)}</td>
                <td class="num amount">{data.total.text}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </section>

        <section aria-labelledby="territories-title">
          <h2 id="territories-title">Attributions par territoire</h2>
          <table class="data chart-table">
            <thead>
              <tr>
                <th scope="col">Territoire</th>
                <th scope="col" class="num">Lignes</th>
                <th scope="col" class="num">Montant</th>
                <th scope="col"><span class="sr-only">Graphique</span></th>
              </tr>
            </thead>
            <tbody>
              {data.territories.map((territory) => (
                <tr key={territory.territory}>
                  <th scope="row">
                    <a href={href.annex(programme, { territoire: territory.territory })}>{territory.territory}</a>
                  </th>
                  <td class="num">{territory.award_count}</td>
                  <td class="num amount">{territory.total.text}</td>
                  <td class="bar-cell"><Bar value={centsOf(territory.total)} max={territoryMax} tone="territory" /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>

      <BudgetLines lines={data.budget_lines} />

      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Montants par article de la délibération</h2>
        <table class="data articles">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Texte</th>
              <th scope="col" class="num">Montant imprimé</th>
            </tr>
          </thead>
          <tbody>
            {data.articles.map((article) => (
              <tr key={article.number}>
                <th scope="row">{article.number}</th>
                <td>{article.title.replace(/^Article\s+\d+\s*:?\s*/i, '')}</td>
                <td class="num amount">{article.amount ? article.amount.text : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
