import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { announce } from '../announce';
import { Breadcrumbs, ErrorMessage, PageTitle } from '../components/common';
import { formatDate, plural } from '../format';
import {
  checkImportFile, EMPTY_IMPORT_OPTIONS, importForm, sendImport,
  type ImportOptions, type ImportReport, type UploadPhase,
} from '../imports';
import { href } from '../route';
import { useSession } from '../session';

const IDENTITY_FIELDS: { key: keyof ImportOptions; label: string; hint: string }[] = [
  { key: 'title', label: 'Titre du programme', hint: 'Par exemple « Appels à projets des politiques d’inclusion durable 2023 - phase 4 ».' },
  { key: 'session_date', label: 'Date de la séance', hint: 'JJ/MM/AAAA.' },
  { key: 'deliberation', label: 'Numéro de la délibération', hint: 'Par exemple « 2023-405 ».' },
  { key: 'authority', label: 'Collectivité', hint: 'Par exemple « Département du Pas-de-Calais ».' },
  { key: 'sheet', label: 'Feuille du classeur (XLSX)', hint: 'Par défaut, la première feuille.' },
];

function Progress({ phase, share }: { phase: UploadPhase; share: number }) {
  const percent = Math.round(share * 100);
  return (
    <div class="import-progress" id="import-progress">
      <label for="import-progress-bar">
        {phase === 'sending' ? `Envoi du fichier : ${percent} %` : 'Lecture du fichier par Octroi…'}
      </label>
      {phase === 'sending'
        ? <progress id="import-progress-bar" max={100} value={percent}>{percent} %</progress>
        : <progress id="import-progress-bar" />}
    </div>
  );
}

function ReaderSummary({ report }: { report: ImportReport }) {
  const { reader, programme } = report;
  return (
    <dl class="import-summary">
      <dt>Fichier</dt><dd>{report.file_name} ({report.kind_label})</dd>
      <dt>Programme</dt><dd id="import-programme-id">{report.outcome.programme_id}</dd>
      <dt>Titre</dt><dd>{programme.title}</dd>
      {programme.authority && <><dt>Collectivité</dt><dd>{programme.authority}</dd></>}
      <dt>Délibération</dt>
      <dd>n°{programme.deliberation_number} du {programme.session_date ? formatDate(programme.session_date) : programme.session_date_printed}</dd>
      {report.kind === 'text' && (
        <><dt>Annexe financière</dt><dd>lignes {reader.annex_from_line} à {reader.annex_to_line}</dd></>
      )}
      {report.kind === 'csv' && (
        <><dt>Lecture</dt><dd>encodage {reader.encoding}, séparateur « {reader.separator} », en-tête ligne {reader.header_line}</dd></>
      )}
      {report.kind === 'xlsx' && (
        <><dt>Lecture</dt><dd>feuille « {reader.sheet} », en-tête ligne {reader.header_line}</dd></>
      )}
      {reader.columns && (
        <>
          <dt>Colonnes lues</dt>
          <dd>{reader.columns.filter((c) => c.field).map((c) => `« ${c.header} » → ${c.field}`).join(', ')}</dd>
        </>
      )}
    </dl>
  );
}

function Unread({ report }: { report: ImportReport }) {
  return (
    <>
      <h3>Lignes non lues</h3>
      {report.unparsed.length === 0 ? (
        <p id="no-unparsed">Aucune : chaque ligne a été importée ou reconnue (titre, en-tête, total).</p>
      ) : (
        <div class="table-wrap">
          <table class="data" id="unparsed-lines">
            <caption>{plural(report.unparsed.length, 'ligne non lue', 'lignes non lues')}, qui ne seront pas importées</caption>
            <thead><tr><th scope="col">Ligne</th><th scope="col">Texte</th><th scope="col">Motif</th></tr></thead>
            <tbody>
              {report.unparsed.map((line, index) => (
                <tr key={index}>
                  <th scope="row" class="num">{line.where}</th>
                  <td><code>{line.text}</code></td>
                  <td>{line.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.unreadable.length > 0 && (
        <div class="table-wrap">
          <table class="data" id="unreadable-values">
            <caption>Valeurs illisibles (importées comme texte, signalées au vérificateur)</caption>
            <thead><tr><th scope="col">Ligne</th><th scope="col">Valeur</th><th scope="col">Motif</th></tr></thead>
            <tbody>
              {report.unreadable.map((value, index) => (
                <tr key={index}><th scope="row" class="num">{value.line}</th><td>{value.text}</td><td>{value.reason}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.mismatches.length > 0 && (
        <div class="table-wrap">
          <table class="data" id="total-mismatches">
            <caption>Totaux déclarés qui ne concordent pas avec leurs lignes</caption>
            <thead>
              <tr><th scope="col">Ligne</th><th scope="col">Total</th><th scope="col" class="num">Déclaré</th><th scope="col" class="num">Somme des lignes</th></tr>
            </thead>
            <tbody>
              {report.mismatches.map((mismatch, index) => (
                <tr key={index}>
                  <th scope="row" class="num">{mismatch.line}</th><td>{mismatch.total_id}</td>
                  <td class="num">{mismatch.declared.text}</td><td class="num">{mismatch.computed.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function Preview({ report }: { report: ImportReport }) {
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">Aperçu : rien n’est encore importé</h2>
      <ReaderSummary report={report} />
      <p id="import-counts">
        {plural(report.counts.awards, 'ligne de répartition', 'lignes de répartition')},{' '}
        {plural(report.counts.totals, 'total déclaré', 'totaux déclarés')},{' '}
        {plural(report.counts.organisations, 'structure')} — montant total <strong>{report.outcome.total.text}</strong>.
      </p>
      <div class="table-wrap">
        <table class="data" id="import-themes">
          <caption>Lignes par thématique</caption>
          <thead><tr><th scope="col">Thématique</th><th scope="col" class="num">Lignes</th><th scope="col" class="num">Montant</th></tr></thead>
          <tbody>
            {report.themes.map((theme) => (
              <tr key={theme.number}>
                <th scope="row">{theme.number}. {theme.title}</th>
                <td class="num">{theme.award_count}</td>
                <td class="num">{theme.total.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Unread report={report} />
    </section>
  );
}

export function ImportsScreen() {
  const me = useSession();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>(EMPTY_IMPORT_OPTIONS);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ phase: UploadPhase; share: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportReport | null>(null);
  const canReplace = me.permissions.validate;

  const set = (key: keyof ImportOptions, value: string | boolean) => {
    setOptions((previous) => ({ ...previous, [key]: value }));
    setReport(null);
  };

  const send = async (path: '/api/imports/preview' | '/api/imports') => {
    const problem = checkImportFile(file);
    setFileError(problem);
    if (problem || !file) {
      fileInput.current?.focus();
      return null;
    }
    setError(null);
    setProgress({ phase: 'sending', share: 0 });
    try {
      return await sendImport(path, importForm(file, file.name, options), (phase, share) => setProgress({ phase, share }));
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'client', String(caught));
      setError(apiError);
      announce(apiError.message);
      return null;
    } finally {
      setProgress(null);
    }
  };

  const preview = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    setReport(null);
    const answer = await send('/api/imports/preview');
    if (answer) {
      setReport(answer);
      announce(`Aperçu prêt : ${plural(answer.counts.awards, 'ligne')}, ${plural(answer.unparsed.length, 'ligne non lue', 'lignes non lues')}.`);
    }
  };

  const confirm = async () => {
    const answer = await send('/api/imports');
    if (answer) {
      setReport(null);
      setDone(answer);
      announce(`Programme « ${answer.outcome.programme_id} » importé.`);
    }
  };

  const busy = progress !== null;
  const blockedByConflict = report?.conflict != null && !options.replace;
  return (
    <section class="imports">
      <Breadcrumbs items={[{ label: 'Programmes', href: href.programmes() }, { label: 'Importer' }]} />
      <PageTitle title="Importer un document">Importer un document</PageTitle>
      <p>
        Le texte d’une délibération (.txt) ou le tableau d’une annexe financière (.csv, .xlsx) :
        Octroi montre d’abord ce qu’il a lu et chaque ligne qu’il n’a pas pu lire, puis importe
        le programme en entier ou pas du tout.
      </p>
      <form onSubmit={preview} class="import-form" noValidate>
        <div class={`field${fileError ? ' has-error' : ''}`}>
          <label for="import-file">Fichier</label>
          <input id="import-file" ref={fileInput} type="file" accept=".txt,.csv,.xlsx"
            aria-describedby={fileError ? 'import-file-error' : 'import-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => {
              const chosen = (e.target as HTMLInputElement).files?.[0] ?? null;
              setFile(chosen);
              setFileError(null);
              setReport(null);
              setDone(null);
            }} />
          <p class="hint" id="import-file-hint">16 Mio au plus.</p>
          {fileError && <p class="field-error" id="import-file-error">{fileError}</p>}
        </div>
        <div class="field">
          <label for="import-as">Identifiant du programme (facultatif)</label>
          <input id="import-as" value={options.as} aria-describedby="import-as-hint"
            onInput={(e) => set('as', (e.target as HTMLInputElement).value)} />
          <p class="hint" id="import-as-hint">Par défaut, tiré du nom du fichier.</p>
        </div>
        <details class="import-identity">
          <summary>Identité du programme, pour un tableau qui ne l’indique pas</summary>
          {IDENTITY_FIELDS.map((field) => (
            <div class="field" key={field.key}>
              <label for={`import-${field.key}`}>{field.label}</label>
              <input id={`import-${field.key}`} value={options[field.key] as string}
                aria-describedby={`import-${field.key}-hint`}
                onInput={(e) => set(field.key, (e.target as HTMLInputElement).value)} />
              <p class="hint" id={`import-${field.key}-hint`}>{field.hint}</p>
            </div>
          ))}
          <div class="field">
            <label for="import-body">Organe délibérant</label>
            <select id="import-body" value={options.body} onChange={(e) => set('body', (e.target as HTMLSelectElement).value)}>
              <option value="">(lu dans le tableau)</option>
              <option value="commission_permanente">Commission permanente</option>
              <option value="conseil_departemental">Conseil départemental</option>
            </select>
          </div>
        </details>
        <div class="form-actions">
          <button type="submit" id="import-preview" disabled={busy}>Prévisualiser</button>
        </div>
      </form>
      {progress && <Progress phase={progress.phase} share={progress.share} />}
      {error && <ErrorMessage error={error} title="Le fichier n’a pas été importé" />}
      {done && (
        <div class="alert alert-success" role="status" id="import-done">
          <p class="alert-title">
            Programme « {done.outcome.programme_id} » {done.outcome.replaced ? 'remplacé' : 'importé'}.
          </p>
          <p>
            {plural(done.outcome.award_count, 'ligne de répartition', 'lignes de répartition')},{' '}
            {plural(done.outcome.declared_total_count, 'total déclaré', 'totaux déclarés')}, montant total{' '}
            {done.outcome.total.text}. <a href={href.dashboard(done.outcome.programme_id)}>Ouvrir son tableau de bord</a>
          </p>
        </div>
      )}
      {report && (
        <>
          <Preview report={report} />
          {report.conflict && (
            <div class="alert alert-warning" id="import-conflict">
              <p class="alert-title">Déjà importé</p>
              <p>{report.conflict}.</p>
              {canReplace ? (
                <div class="field field-actions">
                  <input type="checkbox" id="import-replace" checked={options.replace}
                    onChange={(e) => setOptions((previous) => ({ ...previous, replace: (e.target as HTMLInputElement).checked }))} />
                  <label for="import-replace">Remplacer le programme existant</label>
                </div>
              ) : (
                <p>Seul un chef de service ou un administrateur peut le remplacer ; vous pouvez l’importer sous un autre identifiant.</p>
              )}
            </div>
          )}
          <div class="form-actions">
            <button type="button" id="import-confirm" onClick={confirm} disabled={busy || blockedByConflict}>
              {options.replace ? 'Remplacer le programme' : 'Importer ce programme'}
            </button>
            {report.unparsed.length > 0 && (
              <span class="note-warning">{plural(report.unparsed.length, 'ligne non lue', 'lignes non lues')} : vérifiez-les avant d’importer.</span>
            )}
          </div>
        </>
      )}
    </section>
  );
}
