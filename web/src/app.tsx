import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, setCsrf, setUnauthorizedHandler, type Me } from './api';
import { registerAnnouncer } from './announce';
import { href, parseRoute, type Route } from './route';
import { SessionContext } from './session';
import { Login } from './screens/Login';
import { Programmes } from './screens/Programmes';
import { Dashboard } from './screens/Dashboard';
import { AnnexScreen } from './screens/Annex';
import { AwardScreen } from './screens/Award';
import { OrganisationScreen } from './screens/Organisation';
import { FindingsScreen } from './screens/Findings';
import { DocumentsScreen } from './screens/Documents';
import { SessionsScreen } from './screens/Sessions';
import { SessionScreen } from './screens/Session';
import { InterestsScreen } from './screens/Interests';
import { AccountScreen } from './screens/Account';
import { ImportsScreen } from './screens/Imports';
import { AfterVoteScreen } from './screens/AfterVote';
import { AgreementScreen } from './screens/Agreement';
import { CallsScreen } from './screens/Calls';
import { CallScreen } from './screens/Call';
import { ApplicationScreen } from './screens/Application';
import { Loading, PageTitle } from './components/common';

function programmeOf(route: Route): string | null {
  return 'programme' in route ? route.programme : null;
}

// The screens an organisation account may open (the others are staff's).
function isCallRoute(route: Route): boolean {
  return route.name === 'calls' || route.name === 'call' || route.name === 'new_application' ||
    route.name === 'application' || route.name === 'account';
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'programmes': return <Programmes />;
    case 'dashboard': return <Dashboard programme={route.programme} />;
    case 'annex': return <AnnexScreen programme={route.programme} query={route.query} />;
    case 'award': return <AwardScreen key={`${route.programme}/${route.award}`} programme={route.programme} award={route.award} />;
    case 'findings': return <FindingsScreen programme={route.programme} query={route.query} />;
    case 'documents': return <DocumentsScreen programme={route.programme} />;
    case 'after_vote': return <AfterVoteScreen key={route.programme} programme={route.programme} query={route.query} />;
    case 'agreement': return <AgreementScreen key={`${route.programme}/${route.award}`} programme={route.programme} award={route.award} />;
    case 'organisation': return <OrganisationScreen organisation={route.organisation} />;
    case 'sessions': return <SessionsScreen />;
    case 'session': return <SessionScreen key={route.session} session={route.session} />;
    case 'interests': return <InterestsScreen />;
    case 'account': return <AccountScreen />;
    case 'imports': return <ImportsScreen />;
    case 'calls': return <CallsScreen />;
    case 'call': return <CallScreen key={route.call} call={route.call} />;
    case 'new_application': return <ApplicationScreen key={`new/${route.call}/${route.operation}`} call={route.call} operation={route.operation} />;
    case 'application': return <ApplicationScreen key={route.application} application={route.application} />;
    default:
      return (
        <>
          <PageTitle title="Page introuvable">Page introuvable</PageTitle>
          <p>Cette adresse ne correspond à aucun écran. <a href={href.programmes()}>Revenir aux programmes</a>.</p>
        </>
      );
  }
}

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [lastProgramme, setLastProgramme] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [sessionMessage, setSessionMessage] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    registerAnnouncer(setAnnouncement);
    setUnauthorizedHandler(() => {
      setCsrf(null);
      setMe(null);
      setSessionMessage('Votre session a expiré : reconnectez-vous.');
    });
    api.me()
      .then((answer) => { setCsrf(answer.csrf); setMe(answer); })
      .catch(() => { /* not logged in: the login form shows */ })
      .finally(() => setChecked(true));
    return () => {
      window.removeEventListener('hashchange', onHash);
      registerAnnouncer(null);
      setUnauthorizedHandler(null);
    };
  }, []);

  const programme = programmeOf(route);
  useEffect(() => { if (programme) setLastProgramme(programme); }, [programme]);
  const current = programme ?? lastProgramme;

  const skip = (event: Event) => {
    event.preventDefault();
    const main = document.getElementById('contenu');
    main?.focus();
    main?.scrollIntoView();
  };

  const logout = async () => {
    try { await api.logout(); } catch (error) { if (!(error instanceof ApiError) || error.status !== 401) { /* ignore */ } }
    setCsrf(null);
    setMe(null);
    setSessionMessage('Vous êtes déconnecté·e.');
  };

  const navLink = (target: string, label: string, active: boolean) => (
    <li><a href={target} aria-current={active ? 'page' : undefined}>{label}</a></li>
  );

  return (
    <>
      <a class="skip-link" href="#contenu" onClick={skip}>Aller au contenu</a>
      <header class="site-header">
        <div class="brand">
          <a href={href.programmes()} class="brand-name">Octroi</a>
          <span class="brand-tagline">Programmes de subventions du Département</span>
        </div>
        {me && (
          <div class="user">
            <span><span class="sr-only">Connecté·e : </span><a href={href.account()} id="account-link"><strong>{me.login}</strong></a> — {me.role_label}</span>
            <button type="button" class="button-secondary" onClick={logout}>Se déconnecter</button>
          </div>
        )}
      </header>
      {me && (
        <nav class="main-nav" aria-label="Navigation principale">
          <ul>
            {me.role === 'organisation' ? navLink(href.calls(), 'Appels à projets', isCallRoute(route)) : <>
            {navLink(href.programmes(), 'Programmes', route.name === 'programmes')}
            {current && navLink(href.dashboard(current), 'Tableau de bord', route.name === 'dashboard')}
            {current && navLink(href.annex(current), 'Annexe 4', route.name === 'annex')}
            {current && navLink(href.findings(current), 'Constats', route.name === 'findings')}
            {current && navLink(href.documents(current), 'Documents', route.name === 'documents')}
            {current && navLink(href.afterVote(current), 'Après le vote', route.name === 'after_vote' || route.name === 'agreement')}
            {navLink(href.sessions(), 'Séances', route.name === 'sessions' || route.name === 'session')}
            {navLink(href.interests(), 'Registre des intérêts', route.name === 'interests')}
            {me.permissions.edit_awards && navLink(href.imports(), 'Importer', route.name === 'imports')}
            {navLink(href.calls(), 'Appels à projets', route.name === 'calls' || route.name === 'call' || route.name === 'application' || route.name === 'new_application')}
            </>}
          </ul>
        </nav>
      )}
      <main id="contenu" tabIndex={-1}>
        {!checked ? <Loading what="de la session" /> : me ? (
          <SessionContext.Provider value={me}>
            <Screen route={me.role === 'organisation' && !isCallRoute(route) ? { name: 'calls' } : route} />
          </SessionContext.Provider>
        ) : (
          <Login
            message={sessionMessage}
            onLogin={(answer) => { setSessionMessage(null); setMe(answer); }}
          />
        )}
      </main>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" id="annonces">{announcement}</div>
    </>
  );
}
