import { useState } from 'preact/hooks';
import { api, ApiError, setCsrf, type Me } from '../api';
import { PageTitle } from '../components/common';

export function Login({ onLogin, message }: { onLogin: (me: Me) => void; message: string | null }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!login.trim() || !password) {
      setError('Saisissez votre identifiant et votre mot de passe.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await api.login(login.trim(), password);
      setCsrf(answer.csrf);
      const me = await api.me();
      setCsrf(me.csrf || answer.csrf);
      onLogin(me);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      let text = apiError?.message ?? 'Connexion impossible.';
      if (apiError?.status === 429 && apiError.retryAfter) {
        text += ` (nouvel essai possible dans ${apiError.retryAfter} s)`;
      }
      setError(text);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="login">
      <PageTitle title="Connexion">Connexion</PageTitle>
      {message && <p class="alert alert-info" role="status">{message}</p>}
      <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
        <div class="field">
          <label for="login">Identifiant</label>
          <input id="login" name="login" type="text" autocomplete="username" required
            value={login} onInput={(e) => setLogin((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="password">Mot de passe</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required
            value={password} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        </div>
        <div role="alert" id="login-error" class={error ? 'alert alert-error' : 'sr-only'}>{error ?? ''}</div>
        <button type="submit" disabled={busy}>{busy ? 'Connexion…' : 'Se connecter'}</button>
      </form>
    </section>
  );
}
