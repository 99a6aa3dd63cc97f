import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, type Severity } from '../api';
import { announce } from '../announce';
import { FindingList } from '../components/FindingList';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { plural, SEVERITIES, SEVERITY_LABEL, SEVERITY_PLURAL } from '../format';
import { href } from '../route';

export function FindingsScreen({ programme, query }: { programme: string; query: URLSearchParams }) {
  const { data, error, loading } = useLoad(() => api.findings(programme), [programme]);
  const initial = query.get('gravite');
  const [severity, setSeverity] = useState<Severity | ''>(
    initial && (SEVERITIES as string[]).includes(initial) ? initial as Severity : '');
  useEffect(() => {
    const target = href.findings(programme, severity || undefined);
    if (location.hash !== target) history.replaceState(null, '', target);
  }, [severity, programme]);
  // Errors first, then warnings, then information; the checker's order within each.
  const shown = useMemo(() => (data ?? [])
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => !severity || finding.severity === severity)
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding), [data, severity]);
  useEffect(() => { if (data) announce(`${plural(shown.length, 'constat affiché', 'constats affichés')}`); }, [shown]);

  const counts = useMemo(() => {
    const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const finding of data ?? []) out[finding.severity] += 1;
    return out;
  }, [data]);

  return (
    <section class="findings-screen">
      <Breadcrumbs items={[
        { label: 'Programmes', href: href.programmes() },
        { label: programme, href: href.dashboard(programme) },
        { label: 'Constats' },
      ]} />
      <PageTitle title={`Constats — ${programme}`}>Constats du contrôle de cohérence</PageTitle>
      {loading && <Loading what="des constats" />}
      {error && <ErrorMessage error={error} />}
      {data && (
        <>
          <form class="filters no-print" onSubmit={(e) => e.preventDefault()} aria-label="Filtrer les constats">
            <div class="field">
              <label for="filter-severity">Gravité</label>
              <select id="filter-severity" value={severity}
                onChange={(e) => setSeverity((e.target as HTMLSelectElement).value as Severity | '')}>
                <option value="">Toutes ({data.length})</option>
                {SEVERITIES.map((s) => <option key={s} value={s}>{SEVERITY_PLURAL[s]} ({counts[s]})</option>)}
              </select>
            </div>
          </form>
          <p id="findings-summary">
            <strong>{plural(shown.length, 'constat')}</strong>
            {severity ? ` de gravité « ${SEVERITY_LABEL[severity].toLowerCase()} »` : ''} sur {data.length}.
          </p>
          {shown.length === 0
            ? <p>Aucun constat.</p>
            : <FindingList findings={shown} programme={programme} />}
        </>
      )}
    </section>
  );
}
