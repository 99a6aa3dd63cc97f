import { useRef, useState } from 'preact/hooks';
import { api, ApiError, type InterestInput, type Member } from '../api';
import { announce } from '../announce';
import { ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { formatTimestamp, plural } from '../format';
import { useSession } from '../session';
import { checkInterestForm, INTEREST_FIELDS, type InterestForm } from '../sittings';

type Field = keyof InterestForm;
const EMPTY: InterestForm = { member: '', organisation_name: '', siret: '', role: '', start: '', end: '' };

function AddInterestForm({ members, onAdded }: { members: Member[]; onAdded: () => Promise<void> }) {
  const [form, setForm] = useState<InterestForm>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: Field, value: string) => setForm((current) => ({ ...current, [field]: value }));
  const focus = (field: Field) => (formRef.current?.querySelector(`#interest-${field}`) as HTMLElement | null)?.focus();

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    const found = checkInterestForm(form);
    setErrors(found);
    const first = INTEREST_FIELDS.find((field) => found[field]);
    if (first) {
      focus(first);
      announce('Le formulaire contient des erreurs : corrigez les champs signalés.');
      return;
    }
    const input: InterestInput = {
      member: form.member, organisation_name: form.organisation_name.trim(), role: form.role.trim(), start: form.start.trim(),
    };
    if (form.siret.trim()) input.siret = form.siret.trim();
    if (form.end.trim()) input.end = form.end.trim();
    setBusy(true);
    try {
      const added = await api.addInterest(input);
      const message = `Intérêt n°${added.id} enregistré : ${added.member_name}, ${added.role} de « ${added.organisation_name} » depuis le ${added.start.text}.`;
      setSaved(message);
      announce(message);
      setForm(EMPTY);
      await onAdded();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      if (error.field && (INTEREST_FIELDS as readonly string[]).includes(error.field)) {
        const field = error.field as Field;
        setErrors({ [field]: error.message });
        focus(field);
        announce(`Refusé par le serveur : ${error.message}`);
      } else {
        setGeneral(error.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `interest-${field}-error` : ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    errors[field] ? <p class="field-error" id={`interest-${field}-error`}>{errors[field]}</p> : null;
  const text = (field: Field, label: string, hint?: string, required = true) => (
    <div class={`field ${errors[field] ? 'has-error' : ''}`}>
      <label for={`interest-${field}`}>{label}{required ? '' : ' (facultatif)'}</label>
      <input id={`interest-${field}`} name={field} type="text" autocomplete="off" value={form[field]}
        aria-required={required ? 'true' : undefined}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(field, hint ? `interest-${field}-hint` : undefined)}
        onInput={(e) => set(field, (e.target as HTMLInputElement).value)} />
      {hint && <p class="hint" id={`interest-${field}-hint`}>{hint}</p>}
      {fieldError(field)}
    </div>
  );

  return (
    <form class="interest-form" ref={formRef} onSubmit={submit} noValidate aria-labelledby="interest-form-title">
      <h2 id="interest-form-title">Déclarer un intérêt</h2>
      <p class="hint">Un élu qui détient un mandat ou une fonction dans un organisme financé par un rapport est intéressé à l’affaire : il ne prend part ni au débat, ni au vote de ce rapport.</p>
      <div class={`field ${errors.member ? 'has-error' : ''}`}>
        <label for="interest-member">Élu</label>
        <select id="interest-member" name="member" value={form.member} aria-required="true"
          aria-invalid={errors.member ? 'true' : undefined} aria-describedby={describedBy('member')}
          onChange={(e) => set('member', (e.target as HTMLSelectElement).value)}>
          <option value="">— Choisissez un élu —</option>
          {members.map((member) => <option key={member.id} value={member.id}>{member.display_name}</option>)}
        </select>
        {fieldError('member')}
      </div>
      {text('organisation_name', 'Organisme', 'Tel que les programmes le nomment (majuscules et accents indifférents) : « CCAS d’Isbergues »')}
      {text('siret', 'SIRET de l’organisme', '14 chiffres', false)}
      {text('role', 'Fonction ou qualité', '« membre du conseil d’administration », « présidente »')}
      {text('start', 'Depuis le', 'jj/mm/aaaa ou « 1er janvier 2022 »')}
      {text('end', 'Jusqu’au', 'Laissez vide si l’intérêt est toujours détenu', false)}
      {general && <div class="alert alert-error" role="alert">{general}</div>}
      <div role="status" class={saved ? 'alert alert-success' : 'sr-only'} id="interest-saved">{saved ?? ''}</div>
      <div class="form-actions">
        <button type="submit" disabled={busy}>{busy ? 'Enregistrement…' : 'Enregistrer l’intérêt'}</button>
      </div>
    </form>
  );
}

export function InterestsScreen() {
  const me = useSession();
  const interests = useLoad(() => api.interests(), []);
  const members = useLoad(() => api.members(), []);
  return (
    <section>
      <PageTitle title="Registre des intérêts">Registre des intérêts des élus</PageTitle>
      {interests.loading && !interests.data && <Loading what="du registre" />}
      {interests.error && <ErrorMessage error={interests.error} />}
      {interests.data && (interests.data.length === 0 ? <p id="interests-empty">Aucun intérêt déclaré.</p> : (
        <div class="table-wrap">
          <table class="data" id="interests-table">
            <caption>{plural(interests.data.length, 'intérêt déclaré', 'intérêts déclarés')}</caption>
            <thead>
              <tr>
                <th scope="col">N°</th>
                <th scope="col">Élu</th>
                <th scope="col">Organisme</th>
                <th scope="col">Fonction</th>
                <th scope="col">Période</th>
                <th scope="col">Déclaré</th>
              </tr>
            </thead>
            <tbody>
              {interests.data.map((interest) => (
                <tr key={interest.id} data-member={interest.member}>
                  <td>{interest.id}</td>
                  <th scope="row">{interest.member_name}</th>
                  <td>{interest.organisation_name}{interest.siret ? <span class="muted block">SIRET {interest.siret}</span> : null}</td>
                  <td>{interest.role}</td>
                  <td>depuis le {interest.start.text}{interest.end ? ` jusqu’au ${interest.end.text}` : ''}</td>
                  <td>{interest.declared_by} le {formatTimestamp(interest.declared_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {me.permissions.record_interests ? (
        members.data ? <AddInterestForm members={members.data} onAdded={interests.reload} />
          : members.error ? <ErrorMessage error={members.error} /> : <Loading what="des élus" />
      ) : (
        <p class="alert alert-info" id="interests-readonly">Votre rôle ({me.role_label}) permet de consulter le registre, pas d’y déclarer un intérêt.</p>
      )}
    </section>
  );
}
