import { useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { announce } from '../announce';
import { PageTitle } from '../components/common';
import { useSession } from '../session';
import { checkPasswordForm, PASSWORD_FIELDS, type PasswordForm } from '../account';

type Field = keyof PasswordForm;
const EMPTY: PasswordForm = { current_password: '', password: '', confirmation: '' };

/** "Mon compte": who I am, and changing my password (the current one is asked). */
export function AccountScreen() {
  const me = useSession();
  const [form, setForm] = useState<PasswordForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focus = (field: Field) => (formRef.current?.querySelector(`#account-${field}`) as HTMLElement | null)?.focus();

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    const found = checkPasswordForm(form);
    setErrors(found);
    const first = PASSWORD_FIELDS.find((field) => found[field]);
    if (first) {
      focus(first);
      announce('Le formulaire contient des erreurs : corrigez les champs signalés.');
      return;
    }
    setBusy(true);
    try {
      await api.changePassword(form.current_password, form.password);
      const message = 'Mot de passe changé. Vos autres sessions ouvertes ont été fermées.';
      setSaved(message);
      announce(message);
      setForm(EMPTY);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      if (error.field === 'current_password' || error.field === 'password') {
        setErrors({ [error.field]: error.message });
        focus(error.field);
        announce(`Refusé : ${error.message}`);
      } else {
        setGeneral(error.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field, label: string, autocomplete: string, hint?: string) => (
    <div class={`field ${errors[field] ? 'has-error' : ''}`}>
      <label for={`account-${field}`}>{label}</label>
      <input id={`account-${field}`} name={field} type="password" autocomplete={autocomplete} value={form[field]}
        aria-required="true" aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={[hint ? `account-${field}-hint` : '', errors[field] ? `account-${field}-error` : ''].filter(Boolean).join(' ') || undefined}
        onInput={(e) => setForm((current) => ({ ...current, [field]: (e.target as HTMLInputElement).value }))} />
      {hint && <p class="hint" id={`account-${field}-hint`}>{hint}</p>}
      {errors[field] && <p class="field-error" id={`account-${field}-error`}>{errors[field]}</p>}
    </div>
  );

  return (
    <section>
      <PageTitle title="Mon compte">Mon compte</PageTitle>
      <p>Identifiant : <strong>{me.login}</strong> — rôle : {me.role_label}.</p>
      <form ref={formRef} onSubmit={submit} noValidate aria-labelledby="password-form-title" id="password-form">
        <h2 id="password-form-title">Changer de mot de passe</h2>
        {input('current_password', 'Mot de passe actuel', 'current-password')}
        {input('password', 'Nouveau mot de passe', 'new-password', 'Au moins 10 caractères.')}
        {input('confirmation', 'Nouveau mot de passe, une seconde fois', 'new-password')}
        {general && <div class="alert alert-error" role="alert">{general}</div>}
        <div role="status" class={saved ? 'alert alert-success' : 'sr-only'} id="password-saved">{saved ?? ''}</div>
        <div class="form-actions">
          <button type="submit" disabled={busy}>{busy ? 'Enregistrement…' : 'Changer le mot de passe'}</button>
        </div>
      </form>
    </section>
  );
}
