import { api } from '../api';
import { ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { formatTimestamp } from '../format';
import { formatCents, sumCents } from '../money';
import { href } from '../route';

export function Programmes() {
  const { data, error, loading } = useLoad(() => api.programmes(), []);
  return (
    <section>
      <PageTitle title="Programmes">Programmes</PageTitle>
      {loading && <Loading what="des programmes" />}
      {error && <ErrorMessage error={error} />}
      {data && data.length === 0 && <p>Aucun programme n’a encore été importé.</p>}
      {data && data.length > 0 && (
        <div class="table-wrap">
          <table class="data">
            <caption>{data.length} programme{data.length > 1 ? 's' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Programme</th>
                <th scope="col">Année</th>
                <th scope="col">Phase</th>
                <th scope="col" class="num">Lignes</th>
                <th scope="col" class="num">Montant total</th>
                <th scope="col">Importé</th>
              </tr>
            </thead>
            <tbody>
              {data.map((programme) => (
                <tr key={programme.id}>
                  <th scope="row">
                    <a href={href.dashboard(programme.id)}>{programme.title}</a>
                    <span class="muted block">{programme.id}</span>
                  </th>
                  <td>{programme.year ?? '—'}</td>
                  <td>{programme.phase ?? '—'}</td>
                  <td class="num">{programme.award_count}</td>
                  <td class="num amount">{programme.total.text}</td>
                  <td>{formatTimestamp(programme.imported_at)}{programme.imported_by ? ` par ${programme.imported_by}` : ''}</td>
                </tr>
              ))}
            </tbody>
            {data.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>Total</th>
                  <td class="num amount">{formatCents(sumCents(data.map((p) => p.total)))}</td>
                  <td />
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </section>
  );
}
