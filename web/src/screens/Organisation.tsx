import { api } from '../api';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { formatDate, plural } from '../format';
import { formatCents, sumCents } from '../money';
import { href } from '../route';

export function OrganisationScreen({ organisation }: { organisation: string }) {
  const { data, error, loading } = useLoad(() => api.organisation(organisation), [organisation]);
  if (loading) return <Loading what="de la structure" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title="Structure">Structure</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }
  const info = data.organisation;
  return (
    <section class="organisation">
      <Breadcrumbs items={[{ label: 'Programmes', href: href.programmes() }, { label: info.name }]} />
      <PageTitle title={info.name}><span class="kicker">Structure</span>{info.name}</PageTitle>
      <dl class="facts summary">
        <div><dt>Identifiant</dt><dd>{info.id}</dd></div>
        <div><dt>SIRET</dt><dd>{info.siret || '—'}</dd></div>
        <div><dt>Catégorie</dt><dd>{info.category || '—'}</dd></div>
        <div><dt>Adresse</dt><dd>{info.address || '—'}</dd></div>
        <div><dt>Représentant</dt><dd>{info.representative || '—'}</dd></div>
        <div><dt>Total attribué</dt><dd class="amount" id="organisation-total">{data.total.text}</dd></div>
      </dl>

      <section aria-labelledby="org-awards-title">
        <h2 id="org-awards-title">Attributions ({data.awards.length})</h2>
        {data.awards.length === 0 ? <p>Aucune attribution.</p> : (
          <div class="table-wrap">
            <table class="data">
              <caption class="sr-only">Attributions de {info.name}, tous programmes confondus</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Programme</th>
                  <th scope="col">Opération</th>
                  <th scope="col">Territoire</th>
                  <th scope="col">Description</th>
                  <th scope="col" class="num">Montant</th>
                  <th scope="col">Constats</th>
                </tr>
              </thead>
              <tbody>
                {data.awards.map((award) => (
                  <tr key={`${award.programme_id}/${award.award_id}`}>
                    <th scope="row">
                      <a href={href.award(award.programme_id, award.award_id)}>{award.award_id}</a>
                      <a class="block" href={href.agreement(award.programme_id, award.award_id)}>
                        convention<span class="sr-only"> de l’attribution {award.award_id}</span>
                      </a>
                    </th>
                    <td><a href={href.dashboard(award.programme_id)}>{award.programme_title || award.programme_id}</a></td>
                    <td>{award.theme}.{award.operation} — {award.operation_title}</td>
                    <td>{award.territory}</td>
                    <td>{award.description}</td>
                    <td class="num amount">{award.amount.text}</td>
                    <td>{award.findings > 0 ? <span class="badge badge-finding">{plural(award.findings, 'constat')}</span> : '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={5}>Total</th>
                  <td class="num amount">{formatCents(sumCents(data.awards.map((award) => award.amount)))}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="org-payments-title">
        <h2 id="org-payments-title">Paiements</h2>
        {data.payments.length === 0 ? <p>Aucun paiement prévu.</p> : (
          <div class="table-wrap">
            <table class="data">
              <caption class="sr-only">Échéancier des paiements de {info.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Opération</th>
                  <th scope="col">Instrument</th>
                  <th scope="col" class="num">Montant</th>
                  <th scope="col" class="num">Avance</th>
                  <th scope="col">Échéance de l’avance</th>
                  <th scope="col" class="num">Solde</th>
                  <th scope="col">Échéance du solde</th>
                </tr>
              </thead>
              <tbody>
                {data.payments.map((payment, index) => (
                  <tr key={`${payment.award_id}-${index}`}>
                    <th scope="row">{payment.award_id}</th>
                    <td>{payment.operation_title}</td>
                    <td>{payment.instrument}</td>
                    <td class="num amount">{payment.amount.text}</td>
                    <td class="num amount">{payment.advance.text}</td>
                    <td>{formatDate(payment.advance_due)}</td>
                    <td class="num amount">{payment.balance.text}</td>
                    <td>{formatDate(payment.balance_due)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3}>Total</th>
                  <td class="num amount">{formatCents(sumCents(data.payments.map((p) => p.amount)))}</td>
                  <td class="num amount">{formatCents(sumCents(data.payments.map((p) => p.advance)))}</td>
                  <td />
                  <td class="num amount">{formatCents(sumCents(data.payments.map((p) => p.balance)))}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="org-agreements-title">
        <h2 id="org-agreements-title">Conventions</h2>
        {data.agreements.length === 0 ? <p>Aucune convention.</p> : (
          <ul>
            {data.agreements.map((agreement, index) => (
              <li key={index}>
                {agreement.instrument}
                {agreement.number ? ` n° ${agreement.number}` : ' (non numérotée)'}
                {' — programme '}<a href={href.dashboard(agreement.programme_id)}>{agreement.programme_id}</a>
                {' — '}<a href={href.documents(agreement.programme_id)}>documents</a>
                {' — '}<a href={href.afterVote(agreement.programme_id)}>suivi après le vote</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
