// The calls for projects: every call for staff, the published ones for an
// organisation (the API filters), with their application period.
import { callsApi } from '../calls';
import { href } from '../route';
import { ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';

export function CallsScreen() {
  const { data, error } = useLoad(() => callsApi.calls(), []);
  return (
    <>
      <PageTitle title="Appels à projets">Appels à projets</PageTitle>
      {error && <ErrorMessage error={error} />}
      {!data && !error && <Loading what="des appels à projets" />}
      {data && data.length === 0 && <p>Aucun appel à projets ouvert pour le moment.</p>}
      {data && data.length > 0 && (
        <table class="table" id="calls-table">
          <caption class="sr-only">Appels à projets</caption>
          <thead>
            <tr><th scope="col">Appel</th><th scope="col">État</th><th scope="col">Dépôt des demandes</th></tr>
          </thead>
          <tbody>
            {data.map((call) => (
              <tr key={call.id}>
                <th scope="row"><a href={href.call(call.id)}>{call.title}</a></th>
                <td>{call.status_label}</td>
                <td>{call.applications.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
