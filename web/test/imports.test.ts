import { describe, expect, it } from 'vitest';
import { checkImportFile, EMPTY_IMPORT_OPTIONS, importForm } from '../src/imports';
import { href, parseRoute } from '../src/route';

describe('imports: the file checked before it is sent', () => {
  it('asks for a file, a known extension, some bytes and at most the limit', () => {
    expect(checkImportFile(null)).toMatch(/^Choisissez un fichier/);
    expect(checkImportFile(new File(['x'], 'notes.doc'))).toBe('« notes.doc » n’est ni un texte (.txt) ni un tableau (.csv, .xlsx).');
    expect(checkImportFile(new File([], 'annexe.csv'))).toBe('Le fichier « annexe.csv » est vide.');
    expect(checkImportFile(new File(['abcdef'], 'ANNEXE.XLSX'), 4)).toMatch(/dépasse/);
    expect(checkImportFile(new File(['a;b'], 'Annexe 4.CSV'))).toBeNull();
  });

  it('sends only the options given, trimmed, and replace only when asked', () => {
    const form = importForm(new Blob(['a;b']), 'annexe.csv', {
      ...EMPTY_IMPORT_OPTIONS, as: '  somme-2024 ', session_date: '11/03/2024', title: '   ',
    });
    expect(form.get('as')).toBe('somme-2024');
    expect(form.get('session_date')).toBe('11/03/2024');
    expect(form.has('title')).toBe(false);
    expect(form.has('replace')).toBe(false);
    expect((form.get('file') as File).name).toBe('annexe.csv');
    const replacing = importForm(new Blob(['a']), 'a.txt', { ...EMPTY_IMPORT_OPTIONS, replace: true });
    expect(replacing.get('replace')).toBe('true');
  });

  it('has its own address', () => {
    expect(parseRoute(href.imports())).toEqual({ name: 'imports' });
  });
});
