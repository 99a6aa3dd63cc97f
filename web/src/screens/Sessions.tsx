import { api } from '../api';
import { ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { plural } from '../format';
import { href } from '../route';

export function SessionsScreen() {
  const { data, error, loading } = useLoad(() => api.sessions(), []);
  return (
    <section>
      <PageTitle title="Séances">Séances</PageTitle>
      <p class="lead">Les séances de l’assemblée : présences, quorum, élus intéressés à l’affaire et votes de chaque rapport.</p>
      {loading && <Loading what="des séances" />}
      {error && <ErrorMessage error={error} />}
      {data && data.length === 0 && (
        <p>Aucune séance enregistrée. Enregistrez celle d’un programme importé : <code>octroi session record --programme ID</code>.</p>
      )}
      {data && data.length > 0 && (
        <div class="table-wrap">
          <table class="data" id="sessions-table">
            <caption>{plural(data.length, 'séance')}</caption>
            <thead>
              <tr>
                <th scope="col">Séance</th>
                <th scope="col">Instance</th>
                <th scope="col" class="num">Rapports</th>
                <th scope="col" class="num">Version</th>
              </tr>
            </thead>
            <tbody>
              {data.map((session) => (
                <tr key={session.id} data-session={session.id}>
                  <th scope="row">
                    <a href={href.session(session.id)}>Séance du {session.date.text}</a>
                    <span class="muted block">{session.id}</span>
                  </th>
                  <td>{session.body_label}</td>
                  <td class="num">{session.agenda_items}</td>
                  <td class="num">{session.version}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
