// Issue 9, imports screen: bob (instructor) chooses a deliberation text the
// team had never seen (Somme, 11 March 2024), previews it — six rows over two
// themes, the page break listed as an unparsed line with its number, the
// operation total that does not reconcile —, nothing is written until he
// confirms; then the programme is imported and its dashboard opens. A second
// preview of the same document says it was imported and, bob not being a head
// of service, does not let him replace it. A wrong file is refused before it is
// sent, with a message on the field. An elected member has no « Importer ».
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { apiGet, axeScan, BASE, launch, login, newPage, plain } from './support.mjs';

const SOURCE = process.env.OCTROI_E2E_SOURCE_DIR ?? '../..';
const SOMME = join(SOURCE, 'tests', 'corpus', 'deliberation-cp-2024-03-11-somme-phase1.txt');
const SOMME_ID = 'deliberation-cp-2024-03-11-somme-phase1';

let browser;

async function text(page, selector) {
  return plain(await page.locator(selector).textContent());
}

describe('import d’un texte de délibération', { timeout: 300_000 }, () => {
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('prévisualise, liste les lignes non lues, puis importe tout', async () => {
    const page = await newPage(browser);
    await login(page, 'bob');
    await page.getByRole('link', { name: 'Importer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer un document' }).waitFor();
    await axeScan(page, 'Importer');

    // A wrong file never leaves the browser.
    await page.setInputFiles('#import-file', { name: 'notes.doc', mimeType: 'application/msword', buffer: Buffer.from('x') });
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    assert.match(await text(page, '#import-file-error'), /ni un texte \(\.txt\) ni un tableau/);

    await page.setInputFiles('#import-file', SOMME);
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.locator('#import-preview-title').waitFor();
    assert.equal(await text(page, '#import-programme-id'), SOMME_ID);
    assert.match(await text(page, '#import-counts'), /^6 lignes de répartition, 5 totaux déclarés, 5 structures — montant total 202 655,50 €/);
    const themes = await page.locator('#import-themes tbody tr').allTextContents();
    assert.equal(themes.length, 2);
    assert.match(plain(themes[0]), /1\. Insertion professionnelle des allocataires du RSA\s*5\s*119 750,50 €/);
    const pageBreak = page.locator('#unparsed-lines tbody tr').filter({ hasText: '--- page 2 / 3 ---' });
    assert.equal(plain(await pageBreak.locator('th').textContent()), '23');
    assert.match(await text(page, '#total-mismatches tbody'), /t1-o2-total\s*30 000,00 €\s*28 500,00 €/);
    await axeScan(page, 'Importer (aperçu)');

    // The preview wrote nothing.
    const before = await apiGet(page, '/api/programmes');
    assert.ok(!before.some((programme) => programme.id === SOMME_ID));

    await page.getByRole('button', { name: 'Importer ce programme' }).click();
    await page.locator('#import-done').waitFor();
    assert.match(await text(page, '#import-done'), /Programme « deliberation-cp-2024-03-11-somme-phase1 » importé\..*6 lignes de répartition, 5 totaux déclarés, montant total 202 655,50 €/);
    await page.getByRole('link', { name: 'Ouvrir son tableau de bord' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: /APPEL A PROJETS INSERTION ET LOGEMENT 2024/i }).waitFor();

    // The same document again: said, and not replaceable by an instructor.
    await page.getByRole('link', { name: 'Importer' }).click();
    await page.setInputFiles('#import-file', SOMME);
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.locator('#import-conflict').waitFor();
    assert.match(await text(page, '#import-conflict'), /a déjà été importé comme programme « deliberation-cp-2024-03-11-somme-phase1 »/);
    assert.equal(await page.locator('#import-replace').count(), 0);
    assert.ok(await page.locator('#import-confirm').isDisabled());
    await page.close();
  });

  it('n’offre pas l’import à un élu', async () => {
    const page = await newPage(browser);
    await login(page, 'elu');
    await page.getByRole('link', { name: 'Programmes' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Importer' }).count(), 0);
    await page.close();
  });
});
