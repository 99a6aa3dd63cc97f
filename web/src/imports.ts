// The imports screen's API (docs/api.md, « Imports »): a file and its options
// sent as multipart/form-data to /api/imports/preview (nothing written) or
// /api/imports (whole or nothing), with the upload's progress. fetch() has no
// upload progress, hence XMLHttpRequest; errors are the same ApiError as api.ts.
import { ApiError, csrf, type DateValue } from './api';
import type { Money } from './money';

export interface ImportOutcome {
  programme_id: string; award_count: number; declared_total_count: number;
  organisation_count: number; total: Money; written: boolean; replaced: boolean;
}

export interface ImportReport {
  file_name: string;
  kind: 'text' | 'csv' | 'xlsx' | 'dataset';
  kind_label: string;
  digest: string;
  conflict: string | null;
  programme: {
    id: string; title: string; authority: string; deliberation_number: string;
    session_date: DateValue | null; session_date_printed: string;
  };
  counts: { awards: number; totals: number; organisations: number };
  themes: { number: number; title: string; award_count: number; total: Money }[];
  reader: {
    annex_from_line?: number; annex_to_line?: number;
    articles?: { article: number; theme: number; line: number; amount: string }[];
    attendance?: { line: number; status: string; count: number }[];
    encoding?: string; separator?: string; sheet?: string;
    header_line?: number; last_line?: number;
    columns?: { header: string; field: string }[];
    notes?: string[];
  };
  unparsed: { line: number; where: string; text: string; reason: string }[];
  unreadable: { line: number; text: string; reason: string }[];
  mismatches: { line: number; total_id: string; declared: Money; computed: Money }[];
  outcome: ImportOutcome;
}

/** The form's options besides the file; empty strings are not sent. */
export interface ImportOptions {
  as: string;
  title: string; session_date: string; deliberation: string; body: string; authority: string; sheet: string;
  replace: boolean;
}

export const EMPTY_IMPORT_OPTIONS: ImportOptions = {
  as: '', title: '', session_date: '', deliberation: '', body: '', authority: '', sheet: '', replace: false,
};

export const IMPORT_EXTENSIONS = ['.txt', '.csv', '.xlsx'];

/** A file the server will not read, said before it is sent (the server checks again). */
export function checkImportFile(file: File | null, maxBytes = 16 * 1024 * 1024): string | null {
  if (!file) return 'Choisissez un fichier : texte de délibération (.txt) ou tableau d’annexe (.csv, .xlsx).';
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) {
    return `« ${file.name} » n’est ni un texte (.txt) ni un tableau (.csv, .xlsx).`;
  }
  if (file.size === 0) return `Le fichier « ${file.name} » est vide.`;
  if (file.size > maxBytes) return `Le fichier « ${file.name} » dépasse ${maxBytes / (1024 * 1024)} Mio.`;
  return null;
}

export function importForm(file: Blob, fileName: string, options: ImportOptions): FormData {
  const form = new FormData();
  form.append('file', file, fileName);
  for (const [key, value] of Object.entries(options)) {
    if (key === 'replace') {
      if (value) form.append('replace', 'true');
    } else if (typeof value === 'string' && value.trim() !== '') {
      form.append(key, value.trim());
    }
  }
  return form;
}

export type UploadPhase = 'sending' | 'reading';

/** Sends the form; `onProgress` gets the share sent (0–1), then 'reading' while the server reads. */
export function sendImport(
  path: '/api/imports/preview' | '/api/imports',
  form: FormData,
  onProgress: (phase: UploadPhase, share: number) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    const token = csrf();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress('sending', event.loaded / event.total);
    };
    request.upload.onload = () => onProgress('reading', 1);
    request.onerror = () => reject(new ApiError(0, 'network', 'Le serveur ne répond pas : vérifiez votre connexion.'));
    request.onload = () => {
      let data: unknown = null;
      try { data = request.responseText ? JSON.parse(request.responseText) : null; } catch { data = null; }
      if (request.status >= 200 && request.status < 300) {
        resolve(data as ImportReport);
        return;
      }
      const error = (data as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
      reject(new ApiError(request.status, error?.code ?? `http.${request.status}`,
        error?.message ?? (request.status === 413 ? 'Fichier trop volumineux.' : `Erreur ${request.status}.`),
        error?.field));
    };
    request.send(form);
  });
}
