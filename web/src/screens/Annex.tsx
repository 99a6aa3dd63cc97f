import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type Annex, type AnnexRow } from '../api';
import { announce } from '../announce';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import {
  filterRows, groupRows, NO_FILTER, PRINTED_ORDER, type AnnexFilter, type AnnexSort, type SortKey,
} from '../annex';
import { plural } from '../format';
import { formatCents } from '../money';
import { href } from '../route';

const COLUMNS = 8;

const SORTABLE: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: 'territory', label: 'Territoire' },
  { key: 'organisation', label: 'Structure' },
  { key: 'description', label: 'Description de l’action' },
  { key: 'quantity', label: 'Quantité', numeric: true },
  { key: 'amount', label: 'Montant retenu', numeric: true },
];

function filterFromQuery(query: URLSearchParams): AnnexFilter {
  return {
    territory: query.get('territoire') ?? '',
    organisation: query.get('structure') ?? '',
    operation: query.get('operation') ?? '',
    text: query.get('q') ?? '',
  };
}

function sortFromQuery(query: URLSearchParams): AnnexSort {
  const key = query.get('tri') as SortKey | null;
  const valid: SortKey[] = ['territory', 'organisation', 'description', 'quantity', 'amount', 'findings'];
  if (!key || !valid.includes(key)) return PRINTED_ORDER;
  return { key, direction: query.get('ordre') === 'desc' ? 'desc' : 'asc' };
}

function syncAddress(programme: string, filter: AnnexFilter, sort: AnnexSort): string {
  const target = href.annex(programme, {
    territoire: filter.territory, structure: filter.organisation, operation: filter.operation, q: filter.text,
    tri: sort.key === 'printed' ? '' : sort.key, ordre: sort.key === 'printed' ? '' : sort.direction,
  });
  if (location.hash !== target) history.replaceState(null, '', target);
  const question = target.indexOf('?');
  return question < 0 ? '' : target.slice(question + 1);
}

function Filters({ annex, filter, onChange }: {
  annex: Annex; filter: AnnexFilter; onChange: (filter: AnnexFilter) => void;
}) {
  const set = (patch: Partial<AnnexFilter>) => onChange({ ...filter, ...patch });
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const active = filter.territory || filter.organisation || filter.operation || filter.text;
  return (
    <form class="filters no-print" role="search" aria-label="Filtrer l’annexe" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="filter-territory">Territoire</label>
        <select id="filter-territory" value={filter.territory} onChange={(e) => set({ territory: value(e) })}>
          <option value="">Tous les territoires</option>
          {annex.territories.map((territory) => <option key={territory} value={territory}>{territory}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="filter-organisation">Structure</label>
        <select id="filter-organisation" value={filter.organisation} onChange={(e) => set({ organisation: value(e) })}>
          <option value="">Toutes les structures</option>
          {annex.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>{organisation.name}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="filter-operation">Opération</label>
        <select id="filter-operation" value={filter.operation} onChange={(e) => set({ operation: value(e) })}>
          <option value="">Toutes les opérations</option>
          {annex.themes.map((theme) => (
            <optgroup key={theme.number} label={`${theme.number}. ${theme.title}`}>
              {theme.operations.map((operation) => (
                <option key={operation.id} value={operation.id}>
                  {theme.number}.{operation.number} — {operation.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="field field-grow">
        <label for="filter-text">Recherche libre</label>
        <input id="filter-text" type="search" value={filter.text} placeholder="structure, action, montant…"
          onInput={(e) => set({ text: value(e) })} />
      </div>
      <div class="field field-actions">
        <button type="button" class="button-secondary" disabled={!active} onClick={() => onChange(NO_FILTER)}>
          Effacer les filtres
        </button>
        <button type="button" class="button-secondary" onClick={() => window.print()}>Imprimer</button>
      </div>
    </form>
  );
}

function SortHeader({ column, sort, onSort }: {
  column: { key: SortKey; label: string; numeric?: boolean }; sort: AnnexSort; onSort: (key: SortKey) => void;
}) {
  const active = sort.key === column.key;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} class={column.numeric ? 'num' : undefined}>
      <button type="button" class="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span class="sort-indicator" aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        <span class="sr-only">{active ? '' : ' (trier)'}</span>
      </button>
    </th>
  );
}

function Row({ programme, row }: { programme: string; row: AnnexRow }) {
  return (
    <tr data-award={row.award_id}>
      <th scope="row"><a href={href.award(programme, row.award_id)}>{row.award_id}</a></th>
      <td>{row.territory}</td>
      <td><a href={href.organisation(row.organisation_id)}>{row.organisation}</a></td>
      <td class="description">{row.description}</td>
      <td class="num">{row.quantity ? row.quantity.text : '—'}</td>
      <td class="num amount">{row.amount.text}</td>
      <td>{row.instrument}</td>
      <td class="findings-cell">
        {row.findings > 0
          ? <a class="badge badge-finding" href={href.award(programme, row.award_id)}
              aria-label={`${plural(row.findings, 'constat')} sur ${row.award_id}`}>{plural(row.findings, 'constat')}</a>
          : <span class="muted"><span aria-hidden="true">—</span><span class="sr-only">aucun</span></span>}
      </td>
    </tr>
  );
}

export function AnnexScreen({ programme, query }: { programme: string; query: URLSearchParams }) {
  const { data, error, loading } = useLoad(() => api.annex(programme), [programme]);
  const queryText = query.toString();
  const [filter, setFilter] = useState<AnnexFilter>(() => filterFromQuery(query));
  const [sort, setSort] = useState<AnnexSort>(() => sortFromQuery(query));
  // A new address (a link to the annex with other filters) replaces the state;
  // not at mount, where the state was just read from it.
  const queryShown = useRef(queryText);
  useEffect(() => {
    if (queryShown.current === queryText) return;
    queryShown.current = queryText;
    setFilter(filterFromQuery(query));
    setSort(sortFromQuery(query));
  }, [queryText]);

  const filtered = useMemo(() => (data ? filterRows(data.rows, filter) : []), [data, filter]);
  const grouped = useMemo(() => groupRows(filtered, sort), [filtered, sort]);

  useEffect(() => { if (data) queryShown.current = syncAddress(programme, filter, sort); }, [data, filter, sort]);
  useEffect(() => {
    if (!data) return;
    announce(`${plural(grouped.count, 'ligne affichée', 'lignes affichées')} sur ${data.rows.length}, total ${formatCents(grouped.total)}`);
  }, [data, grouped]);

  const onSort = (key: SortKey) => {
    if (sort.key !== key) setSort({ key, direction: 'asc' });
    else if (sort.direction === 'asc') setSort({ key, direction: 'desc' });
    else setSort(PRINTED_ORDER);
  };

  if (loading) return <Loading what="de l’annexe" />;
  if (error || !data) {
    return (
      <>
        <PageTitle title="Annexe 4">Annexe 4</PageTitle>
        {error && <ErrorMessage error={error} />}
      </>
    );
  }

  return (
    <section class="annex">
      <Breadcrumbs items={[
        { label: 'Programmes', href: href.programmes() },
        { label: data.programme.title, href: href.dashboard(programme) },
        { label: 'Annexe 4' },
      ]} />
      <PageTitle title={`Annexe 4 — ${data.programme.title}`}>
        <span class="kicker">Annexe 4 — répartition financière des opérations</span>
        {data.programme.title}
      </PageTitle>
      <Filters annex={data} filter={filter} onChange={setFilter} />
      {(filter.territory || filter.organisation || filter.operation || filter.text) && (
        <p class="print-only">
          Filtres :{' '}
          {[
            filter.territory && `territoire « ${filter.territory} »`,
            filter.organisation && `structure « ${data.organisations.find((o) => o.id === filter.organisation)?.name ?? filter.organisation} »`,
            filter.operation && `opération ${filter.operation}`,
            filter.text && `texte « ${filter.text} »`,
          ].filter(Boolean).join(', ')}
        </p>
      )}
      <p class="annex-summary" id="annex-summary">
        <strong id="annex-count" data-count={grouped.count}>{plural(grouped.count, 'ligne affichée', 'lignes affichées')}</strong>
        {' '}sur {data.rows.length}
        {' — total '}<strong class="amount" id="annex-summary-total">{formatCents(grouped.total)}</strong>
        {grouped.findings > 0 && <> — {plural(grouped.findings, 'constat')}</>}
        {sort.key !== 'printed' && <span class="no-print"> — tri par {SORTABLE.find((c) => c.key === sort.key)?.label.toLowerCase() ?? 'constats'}, à l’intérieur de chaque opération</span>}
      </p>
      <div class="table-wrap">
        <table class="data annex-table" aria-describedby="annex-summary">
          <caption class="sr-only">Annexe 4, lignes d’attribution groupées par thématique et par opération, avec leurs sous-totaux</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              {SORTABLE.slice(0, 3).map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />)}
              {SORTABLE.slice(3).map((column) => <SortHeader key={column.key} column={column} sort={sort} onSort={onSort} />)}
              <th scope="col">Instrument</th>
              <SortHeader column={{ key: 'findings', label: 'Constats' }} sort={sort} onSort={onSort} />
            </tr>
          </thead>
          {grouped.count === 0 && (
            <tbody>
              <tr><td colSpan={COLUMNS} class="empty">Aucune ligne ne correspond aux filtres.</td></tr>
            </tbody>
          )}
          {grouped.themes.map((theme) => (
            <tbody key={theme.number} class="theme-group" data-theme={theme.number}>
              <tr class="theme-row">
                <th scope="rowgroup" colSpan={COLUMNS}>{theme.number}. {theme.title}</th>
              </tr>
              {theme.operations.map((operation) => (
                <Fragment key={operation.id}>
                  <tr class="operation-row">
                    <th scope="rowgroup" colSpan={COLUMNS}>Opération {operation.number} : {operation.title}</th>
                  </tr>
                  {operation.rows.map((row) => <Row key={row.award_id} programme={programme} row={row} />)}
                  <tr class="subtotal operation-total" data-operation={operation.id}>
                    <th scope="row" colSpan={5}>Total opération {operation.number}</th>
                    <td class="num amount" data-cents={operation.total.toString()}>{formatCents(operation.total)}</td>
                    <td colSpan={2} />
                  </tr>
                </Fragment>
              ))}
              <tr class="subtotal theme-total" data-theme={theme.number}>
                <th scope="row" colSpan={5}>Total thématique {theme.number}</th>
                <td class="num amount" data-cents={theme.total.toString()}>{formatCents(theme.total)}</td>
                <td colSpan={2} />
              </tr>
            </tbody>
          ))}
          <tfoot>
            <tr class="grand-total">
              <th scope="row" colSpan={5}>TOTAL GÉNÉRAL{grouped.count !== data.rows.length ? ' (lignes filtrées)' : ''}</th>
              <td class="num amount" id="annex-total" data-cents={grouped.total.toString()}>{formatCents(grouped.total)}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
