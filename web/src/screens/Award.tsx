import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type AwardPage, type AwardUpdate, type HistoryEntry } from '../api';
import { announce } from '../announce';
import { FindingList } from '../components/FindingList';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { formatTimestamp, plural } from '../format';
import { checkQuantity, formatCents, formatForInput, parseAmount } from '../money';
import { href } from '../route';
import { useSession } from '../session';

type Field = 'amount' | 'description' | 'quantity';
type FieldErrors = Partial<Record<Field, string>>;

const FIELD_LABEL: Record<string, string> = {
  amount: 'montant', amount_cents: 'montant', cents: 'montant', description: 'description',
  quantity: 'quantité', version: 'version', updated_by: 'modifié par', updated_at: 'modifié le',
};
const ACTION_LABEL: Record<string, string> = {
  import: 'import', create: 'création', update: 'modification', replace: 'remplacement', delete: 'suppression',
};

function quantityForInput(page: AwardPage): string {
  const value = page.award.quantity?.value;
  return value == null ? '' : value.replace('.', ',');
}

function showValue(key: string, value: unknown): string {
  if (value == null) return '—';
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('text' in object && typeof object.text === 'string') return object.text;
    if ('cents' in object) return showValue('cents', object.cents);
    return JSON.stringify(value);
  }
  if (/cents/.test(key) && (typeof value === 'number' || (typeof value === 'string' && /^-?\d+$/.test(value)))) {
    return formatCents(BigInt(value));
  }
  return String(value);
}

function changes(entry: HistoryEntry): { key: string; before: string; after: string }[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = Array.from(new Set([...Object.keys(before), ...Object.keys(after)]));
  const out: { key: string; before: string; after: string }[] = [];
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (key === 'updated_at' || key === 'updated_by') continue;
    out.push({ key, before: entry.before ? showValue(key, before[key]) : '—', after: entry.after ? showValue(key, after[key]) : '—' });
  }
  return out;
}

function History({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <p>Aucune entrée au journal pour cette ligne.</p>;
  return (
    <div class="table-wrap">
      <table class="data history">
        <caption class="sr-only">Historique de la ligne (journal d’audit)</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Date</th>
            <th scope="col">Utilisateur</th>
            <th scope="col">Action</th>
            <th scope="col">Changements</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => {
            const list = changes(entry);
            return (
              <tr key={entry.seq}>
                <th scope="row">{entry.seq}</th>
                <td>{formatTimestamp(entry.time)}</td>
                <td>{entry.user}</td>
                <td>{ACTION_LABEL[entry.action] ?? entry.action}</td>
                <td>
                  {entry.action === 'update' || (entry.before && entry.after) ? (
                    list.length === 0 ? '—' : (
                      <ul class="changes">
                        {list.map((change) => (
                          <li key={change.key}>
                            {FIELD_LABEL[change.key] ?? change.key} : {change.before} → <strong>{change.after}</strong>
                          </li>
                        ))}
                      </ul>
                    )
                  ) : entry.after ? 'état initial' : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Explanation({ page }: { page: AwardPage }) {
  const explanation = page.explanation;
  if (!explanation.has_rule) {
    return <p>Aucune règle de calcul n’est définie pour cette opération : le montant retenu est celui de l’annexe.</p>;
  }
  return (
    <div class="explanation">
      <dl class="facts">
        {explanation.formula && <div><dt>Règle</dt><dd><code>{explanation.formula}</code></dd></div>}
        {explanation.substituted && <div><dt>Calcul</dt><dd>{explanation.substituted}</dd></div>}
        <div><dt>Montant attendu</dt><dd class="amount">{explanation.expected ? explanation.expected.text : '—'}</dd></div>
        <div><dt>Montant retenu</dt><dd class="amount">{page.award.amount.text}</dd></div>
        <div>
          <dt>Écart</dt>
          <dd class="amount" id="award-difference">
            {explanation.difference && explanation.difference.cents !== 0 && explanation.difference.cents !== '0'
              ? explanation.difference.text : 'aucun'}
          </dd>
        </div>
      </dl>
      {explanation.error && <p class="alert alert-warning">{explanation.error}</p>}
      {explanation.caps.length > 0 && (
        <>
          <h3>Plafonds</h3>
          <ul>{explanation.caps.map((cap, index) => <li key={index}>{cap}</li>)}</ul>
        </>
      )}
      {explanation.parameters.length > 0 && (
        <table class="data">
          <caption>Paramètres appliqués</caption>
          <thead>
            <tr>
              <th scope="col">Paramètre</th>
              <th scope="col">Valeur</th>
              <th scope="col">Validité</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {explanation.parameters.map((parameter) => (
              <tr key={parameter.name}>
                <th scope="row"><code>{parameter.name}</code></th>
                <td>{parameter.value}</td>
                <td>{parameter.since}</td>
                <td>{parameter.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function EditForm({ page, programme, onSaved, onReload }: {
  page: AwardPage; programme: string; onSaved: () => Promise<void>; onReload: () => Promise<void>;
}) {
  const [amount, setAmount] = useState(formatForInput(page.award.amount));
  const [description, setDescription] = useState(page.award.description);
  const [quantity, setQuantity] = useState(quantityForInput(page));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refs = {
    amount: useRef<HTMLInputElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
    quantity: useRef<HTMLInputElement>(null),
  };
  const conflictRef = useRef<HTMLDivElement>(null);

  // A fresh copy from the server (after a save or a reload) resets the form;
  // the first render already holds the values, so nothing is reset at mount
  // (a user typing right away would lose the first keystrokes).
  const shown = useRef(`${page.award.award_id}@${page.award.version}`);
  useEffect(() => {
    const current = `${page.award.award_id}@${page.award.version}`;
    if (shown.current === current) return;
    shown.current = current;
    setAmount(formatForInput(page.award.amount));
    setDescription(page.award.description);
    setQuantity(quantityForInput(page));
    setErrors({});
    setGeneral(null);
  }, [page.award.version, page.award.award_id]);

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    const parsed = parseAmount(amount);
    if (!parsed.ok) found.amount = parsed.message;
    if (!description.trim()) found.description = 'La description ne peut pas être vide.';
    else if (description.length > 2000) found.description = '2 000 caractères au plus.';
    const quantityError = checkQuantity(quantity);
    if (quantityError) found.quantity = quantityError;
    if (page.award.quantity && quantity.trim() === '') found.quantity = 'Saisissez une quantité.';
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(null);
    setGeneral(null);
    setConflict(null);
    const found = validate();
    setErrors(found);
    const first = (['amount', 'description', 'quantity'] as Field[]).find((field) => found[field]);
    if (first) {
      refs[first].current?.focus();
      announce('Le formulaire contient des erreurs : corrigez les champs signalés.');
      return;
    }
    const update: AwardUpdate = { version: page.award.version };
    const parsed = parseAmount(amount);
    if (parsed.ok && formatCents(parsed.cents, { symbol: false }) !== formatForInput(page.award.amount)) update.amount = amount.trim();
    if (description !== page.award.description) update.description = description;
    if (quantity.trim() !== quantityForInput(page)) update.quantity = quantity.trim();
    if (update.amount === undefined && update.description === undefined && update.quantity === undefined) {
      setGeneral('Aucune modification à enregistrer.');
      return;
    }
    setBusy(true);
    try {
      const record = await api.updateAward(programme, page.award.award_id, update);
      const message = `Modification enregistrée (version ${record.version}) : montant ${record.amount.text}.`;
      setSaved(message);
      announce(message);
      await onSaved();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      if (error.status === 409) {
        setConflict(error.message);
        setTimeout(() => conflictRef.current?.focus(), 0);
      } else if (error.status === 400 && error.field && ['amount', 'description', 'quantity'].includes(error.field)) {
        const field = error.field as Field;
        setErrors({ [field]: error.message });
        refs[field].current?.focus();
        announce(`Refusé par le serveur : ${error.message}`);
      } else {
        setGeneral(error.message);
      }
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    setSaved(null);
    await onReload();
    setConflict(null);
    announce('Ligne rechargée : vous voyez la dernière version.');
    refs.amount.current?.focus();
  };

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <form class="award-form" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <h2 id="edit-title">Modifier la ligne</h2>
      {conflict && (
        <div class="alert alert-error conflict" role="alert" tabIndex={-1} ref={conflictRef} id="conflict">
          <p class="alert-title">Enregistrement refusé : la ligne a changé</p>
          <p>{conflict}</p>
          <button type="button" onClick={reload}>Recharger</button>
        </div>
      )}
      <div class={`field ${errors.amount ? 'has-error' : ''}`}>
        <label for="amount">Montant retenu (€)</label>
        <input id="amount" name="amount" type="text" inputMode="decimal" autocomplete="off" ref={refs.amount}
          value={amount} aria-invalid={errors.amount ? 'true' : undefined}
          aria-describedby={describedBy('amount', 'amount-hint')}
          onInput={(e) => setAmount((e.target as HTMLInputElement).value)} />
        <p class="hint" id="amount-hint">En euros, à la française : 42 000,00</p>
        {errors.amount && <p class="field-error" id="amount-error">{errors.amount}</p>}
      </div>
      <div class={`field ${errors.description ? 'has-error' : ''}`}>
        <label for="description">Description de l’action</label>
        <textarea id="description" name="description" rows={3} ref={refs.description}
          value={description} aria-invalid={errors.description ? 'true' : undefined}
          aria-describedby={describedBy('description')}
          onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
        {errors.description && <p class="field-error" id="description-error">{errors.description}</p>}
      </div>
      <div class={`field ${errors.quantity ? 'has-error' : ''}`}>
        <label for="quantity">Quantité{page.award.quantity ? ` (${page.award.quantity.unit_label})` : ''}</label>
        <input id="quantity" name="quantity" type="text" inputMode="decimal" autocomplete="off" ref={refs.quantity}
          value={quantity} aria-invalid={errors.quantity ? 'true' : undefined}
          aria-describedby={describedBy('quantity', 'quantity-hint')}
          onInput={(e) => setQuantity((e.target as HTMLInputElement).value)} />
        <p class="hint" id="quantity-hint">{page.award.quantity ? 'Nombre, jusqu’à 4 décimales : 20 ou 2,5' : 'Cette ligne n’a pas de quantité ; laissez vide.'}</p>
        {errors.quantity && <p class="field-error" id="quantity-error">{errors.quantity}</p>}
      </div>
      {general && <div class="alert alert-error" role="alert">{general}</div>}
      <div role="status" class={saved ? 'alert alert-success' : 'sr-only'} id="saved">{saved ?? ''}</div>
      <div class="form-actions">
        <button type="submit" disabled={busy}>{busy ? 'Enregistrement…' : 'Enregistrer'}</button>
        <span class="muted">Version lue : {page.award.version}</span>
      </div>
    </form>
  );
}

export function AwardScreen({ programme, award }: { programme: string; award: string }) {
  const me = useSession();
  const { data, error, loading, reload } = useLoad(() => api.award(programme, award), [programme, award]);
  if (loading && !data) return <Loading what="de la ligne" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title={`Ligne ${award}`}>Ligne {award}</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }
  const row = data.row;
  return (
    <section class="award">
      <Breadcrumbs items={[
        { label: 'Programmes', href: href.programmes() },
        { label: data.award.programme_id, href: href.dashboard(programme) },
        { label: 'Annexe 4', href: href.annex(programme) },
        { label: `Ligne ${row.award_id}` },
      ]} />
      <PageTitle title={`Ligne ${row.award_id} — ${row.organisation}`}>
        <span class="kicker">Ligne {row.award_id}</span>
        {row.organisation}
      </PageTitle>
      <dl class="facts summary">
        <div><dt>Thématique</dt><dd>{row.theme}. {row.theme_title}</dd></div>
        <div><dt>Opération</dt><dd>{row.operation} — {row.operation_title}</dd></div>
        <div><dt>Territoire</dt><dd>{row.territory}</dd></div>
        <div><dt>Structure</dt><dd><a href={href.organisation(row.organisation_id)}>{row.organisation}</a></dd></div>
        <div><dt>Instrument</dt><dd>{row.instrument}</dd></div>
        <div><dt>Montant retenu</dt><dd class="amount" id="award-amount">{data.award.amount.text}</dd></div>
        <div><dt>Quantité</dt><dd>{data.award.quantity ? data.award.quantity.text : '—'}</dd></div>
        <div><dt>Version</dt><dd id="award-version">{data.award.version}{data.award.updated_by ? ` — ${data.award.version > 1 ? 'modifiée' : 'importée'} par ${data.award.updated_by} le ${formatTimestamp(data.award.updated_at)}` : ''}</dd></div>
      </dl>

      <div class="award-columns">
      <div>
      {me.permissions.edit_awards ? (
        <EditForm page={data} programme={programme} onSaved={reload} onReload={reload} />
      ) : (
        <section aria-labelledby="readonly-title" class="readonly">
          <h2 id="readonly-title">Modification</h2>
          <p class="alert alert-info" id="readonly-note">
            Votre rôle ({me.role_label}) permet de consulter cette ligne, pas de la modifier.
          </p>
          <dl class="facts">
            <div><dt>Description de l’action</dt><dd>{data.award.description}</dd></div>
          </dl>
        </section>
      )}

      </div>
      <div>
      <section aria-labelledby="explanation-title">
        <h2 id="explanation-title">Règle de calcul</h2>
        <Explanation page={data} />
      </section>

      <section aria-labelledby="award-findings-title">
        <h2 id="award-findings-title">Constats sur cette ligne <span class="count" id="award-findings-count">({data.findings.length})</span></h2>
        {data.findings.length === 0
          ? <p>Aucun constat sur cette ligne.</p>
          : <FindingList findings={data.findings} programme={programme} showRow={false} />}
      </section>
      </div>
      </div>

      <section aria-labelledby="history-title">
        <h2 id="history-title">Historique</h2>
        <p class="muted">{plural(data.history.length, 'entrée')} du journal d’audit.</p>
        <History history={data.history} />
      </section>
    </section>
  );
}
