// Hash routing: "#/programmes/ID/annexe?territoire=Artois". The server answers
// index.html for any non-API path, and the hash keeps every address bookmarkable.

export type Route =
  | { name: 'programmes' }
  | { name: 'dashboard'; programme: string }
  | { name: 'annex'; programme: string; query: URLSearchParams }
  | { name: 'award'; programme: string; award: string }
  | { name: 'findings'; programme: string; query: URLSearchParams }
  | { name: 'documents'; programme: string }
  | { name: 'after_vote'; programme: string; query: URLSearchParams }
  | { name: 'agreement'; programme: string; award: string }
  | { name: 'organisation'; organisation: string }
  | { name: 'sessions' }
  | { name: 'session'; session: string }
  | { name: 'interests' }
  | { name: 'account' }
  | { name: 'imports' }
  | { name: 'calls' }
  | { name: 'call'; call: string }
  | { name: 'new_application'; call: string; operation: string }
  | { name: 'application'; application: string }
  | { name: 'not_found'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  const parts = pathPart.split('/').filter(Boolean).map((part) => {
    try { return decodeURIComponent(part); } catch { return part; }
  });
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'programmes')) return { name: 'programmes' };
  if (parts[0] === 'programmes' && parts.length >= 2) {
    const programme = parts[1];
    if (parts.length === 2) return { name: 'dashboard', programme };
    if (parts.length === 3 && parts[2] === 'annexe') return { name: 'annex', programme, query };
    if (parts.length === 3 && parts[2] === 'constats') return { name: 'findings', programme, query };
    if (parts.length === 3 && parts[2] === 'documents') return { name: 'documents', programme };
    if (parts.length === 4 && parts[2] === 'attributions') return { name: 'award', programme, award: parts[3] };
    if (parts.length === 3 && parts[2] === 'apres-le-vote') return { name: 'after_vote', programme, query };
    if (parts.length === 4 && parts[2] === 'conventions') return { name: 'agreement', programme, award: parts[3] };
  }
  if (parts[0] === 'seances' && parts.length === 1) return { name: 'sessions' };
  if (parts[0] === 'seances' && parts.length === 2) return { name: 'session', session: parts[1] };
  if (parts[0] === 'interets' && parts.length === 1) return { name: 'interests' };
  if (parts[0] === 'compte' && parts.length === 1) return { name: 'account' };
  if (parts[0] === 'importer' && parts.length === 1) return { name: 'imports' };
  if (parts[0] === 'appels' && parts.length === 1) return { name: 'calls' };
  if (parts[0] === 'appels' && parts.length === 2) return { name: 'call', call: parts[1] };
  if (parts[0] === 'appels' && parts.length === 3 && parts[2] === 'nouvelle-demande') {
    return { name: 'new_application', call: parts[1], operation: query.get('operation') ?? '' };
  }
  if (parts[0] === 'demandes' && parts.length === 2) return { name: 'application', application: parts[1] };
  if (parts[0] === 'organisations' && parts.length === 2) return { name: 'organisation', organisation: parts[1] };
  return { name: 'not_found', path: pathPart };
}

const enc = encodeURIComponent;

export const href = {
  programmes: () => '#/programmes',
  dashboard: (programme: string) => `#/programmes/${enc(programme)}`,
  annex: (programme: string, query?: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
    const text = params.toString();
    return `#/programmes/${enc(programme)}/annexe${text ? `?${text}` : ''}`;
  },
  award: (programme: string, award: string) => `#/programmes/${enc(programme)}/attributions/${enc(award)}`,
  findings: (programme: string, severity?: string) =>
    `#/programmes/${enc(programme)}/constats${severity ? `?gravite=${enc(severity)}` : ''}`,
  documents: (programme: string) => `#/programmes/${enc(programme)}/documents`,
  afterVote: (programme: string, status?: string) =>
    `#/programmes/${enc(programme)}/apres-le-vote${status ? `?etat=${enc(status)}` : ''}`,
  agreement: (programme: string, award: string) => `#/programmes/${enc(programme)}/conventions/${enc(award)}`,
  organisation: (organisation: string) => `#/organisations/${enc(organisation)}`,
  sessions: () => '#/seances',
  session: (session: string) => `#/seances/${enc(session)}`,
  interests: () => '#/interets',
  account: () => '#/compte',
  imports: () => '#/importer',
  calls: () => '#/appels',
  call: (call: string) => `#/appels/${enc(call)}`,
  newApplication: (call: string, operation: string) =>
    `#/appels/${enc(call)}/nouvelle-demande?operation=${enc(operation)}`,
  application: (application: string) => `#/demandes/${enc(application)}`,
};
