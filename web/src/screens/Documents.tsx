import { useState } from 'preact/hooks';
import { api, ApiError, documentUrl, type DocumentKind } from '../api';
import { Breadcrumbs, ErrorMessage, Loading, PageTitle, useLoad } from '../components/common';
import { href } from '../route';

const FORMAT_LABEL: Record<string, string> = {
  odt: 'ODT (LibreOffice)', docx: 'DOCX (Word)', xlsx: 'XLSX (tableur)', html: 'HTML', pdf: 'PDF',
};

interface DocumentsData { kinds: DocumentKind[]; organisations: { id: string; name: string }[] }

async function loadDocuments(programme: string): Promise<DocumentsData> {
  let kinds: DocumentKind[];
  try {
    kinds = (await api.documents(programme)) ?? [];
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 405 || error.status === 501)) {
      return { kinds: [], organisations: [] };
    }
    throw error;
  }
  const organisations = kinds.some((kind) => kind.per_organisation)
    ? (await api.annex(programme)).organisations
    : [];
  return { kinds, organisations };
}

function DocumentCard({ programme, kind, organisations }: {
  programme: string; kind: DocumentKind; organisations: { id: string; name: string }[];
}) {
  const [organisation, setOrganisation] = useState(organisations[0]?.id ?? '');
  const selectId = `organisation-${kind.kind}`;
  const chosenName = organisations.find((o) => o.id === organisation)?.name;
  return (
    <li class="document-card" data-kind={kind.kind}>
      <h2>{kind.label}</h2>
      {kind.per_organisation && (
        <div class="field">
          <label for={selectId}>Structure</label>
          <select id={selectId} value={organisation}
            onChange={(e) => setOrganisation((e.target as HTMLSelectElement).value)}>
            {organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </div>
      )}
      <p class="download-links">
        <span class="sr-only">Télécharger : </span>
        {kind.formats.map((format) => (
          <a key={format} class="button-link" data-format={format}
            href={documentUrl(programme, kind.kind, format, kind.per_organisation ? organisation : undefined)}
            download
            aria-label={`Télécharger « ${kind.label} »${kind.per_organisation && chosenName ? ` pour ${chosenName}` : ''} au format ${FORMAT_LABEL[format] ?? format}`}>
            {(FORMAT_LABEL[format] ?? format.toUpperCase())}
          </a>
        ))}
      </p>
    </li>
  );
}

export function DocumentsScreen({ programme }: { programme: string }) {
  const { data, error, loading } = useLoad(() => loadDocuments(programme), [programme]);
  return (
    <section class="documents">
      <Breadcrumbs items={[
        { label: 'Programmes', href: href.programmes() },
        { label: programme, href: href.dashboard(programme) },
        { label: 'Documents' },
      ]} />
      <PageTitle title={`Documents — ${programme}`}>Documents</PageTitle>
      {loading && <Loading what="des documents" />}
      {error && <ErrorMessage error={error} />}
      {data && data.kinds.length === 0 && <p id="no-documents">Aucun document disponible.</p>}
      {data && data.kinds.length > 0 && (
        <>
          <p>Chaque document est généré à la demande à partir des données actuelles du programme.</p>
          <ul class="document-list">
            {data.kinds.map((kind) => (
              <DocumentCard key={kind.kind} programme={programme} kind={kind} organisations={data.organisations} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
