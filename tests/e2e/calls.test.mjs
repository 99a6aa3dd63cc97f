// Issue 12 in the browser: Le Cheval Bleu's account opens the published call
// (made from the reference programme by run.sh), applies to operation t1-o6
// (230 places, 115 000 €), attaches its statutes and submits: the receipt
// number shows. Another organisation's account does not see the
// application, and the API refuses it (403). alice (instructor) sees it in
// the operation's list with the rule's amount (230 places × 500 € =
// 115 000,00 €), proposes it to cp-2023-09-18, and the session's annex
// holds row t1-o6-01 with its operation and theme totals at 115 000,00 €
// and no error from the checker; claire (head of service) then awards it,
// the sitting's vote being recorded. axe-core runs on each new screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiCall, axeScan, BASE, euros, launch, login, newPage, PASSWORD, plain, textOf } from './support.mjs';

const CALL = 'aap-2023-phase4';
const APPLICATION = 'cheval-bleu-t1-o6';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

let browser;

async function loginOrganisation(page, user) {
  await page.goto(`${BASE}/#/appels`);
  await page.locator('#login').fill(user);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Appels à projets' }).waitFor();
}

describe('appels à projets : demande, instruction et annexe de séance', { timeout: 300_000 }, () => {
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('une structure dépose une demande sur l’opération t1-o6 et reçoit son récépissé', async () => {
    const page = await newPage(browser);
    await loginOrganisation(page, 'cheval');
    await axeScan(page, 'Appels à projets');
    // Only the calls are offered to an organisation.
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    assert.equal(await nav.getByRole('link').count(), 1);
    await page.locator('#calls-table a').first().click();
    await page.locator('[data-operation="t1-o6"]').waitFor();
    assert.match(await textOf(page, 'main'), /Statuts de la structure/);
    assert.match(await textOf(page, '[data-operation="t1-o6"]'), /places \* specific_support_cost_per_place/);
    await axeScan(page, 'Appel à projets (structure)');

    await page.locator('[data-operation="t1-o6"]').getByRole('link', { name: /Déposer une demande/ }).click();
    await page.locator('#application-form').waitFor();
    assert.equal(await page.locator('#operation').inputValue(), 't1-o6');
    await page.getByLabel('Intitulé de l’action (obligatoire)').fill('230 places d’accompagnement');
    await page.getByLabel('Montant demandé (€) (obligatoire)').fill('115 000,00');
    await page.getByLabel('Nombre', { exact: true }).fill('230');
    await page.getByLabel('Unité', { exact: true }).selectOption('places');
    await page.getByLabel('Début', { exact: true }).fill('2023-09-01');
    await page.getByLabel('Fin', { exact: true }).fill('2024-08-31');
    await page.getByLabel('Lens-Liévin').check();
    await page.getByLabel('Artois', { exact: true }).check();
    await page.getByLabel('Charges directes').fill('100 000');
    await page.getByLabel('Prestations externes').fill('20 000');
    await page.getByLabel('Charges indirectes').fill('10 000');
    await axeScan(page, 'Nouvelle demande');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.waitForURL(`**/#/demandes/${APPLICATION}`);
    await page.locator('#application-status').filter({ hasText: 'brouillon' }).waitFor();

    // Submitting without the statutes lists what is missing.
    await page.getByRole('button', { name: 'Déposer la demande' }).click();
    await page.getByText(/pièce manquante : Statuts de la structure/).waitFor();

    await page.getByLabel('Fichier PDF (10 Mio au plus)').setInputFiles({ name: 'statuts.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Joindre la pièce' }).click();
    await page.locator('#attachments').filter({ hasText: 'statuts.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Déposer la demande' }).click();
    await page.locator('#receipt-notice').waitFor();
    assert.match(await textOf(page, '#receipt-notice'), new RegExp(`récépissé n° ${CALL}-00001`));
    assert.match(await textOf(page, '#application-status'), /déposée/);
    await axeScan(page, 'Demande déposée');
    await page.context().close();
  });

  it('une autre structure ne voit pas cette demande, et l’API la lui refuse', async () => {
    const page = await newPage(browser);
    await loginOrganisation(page, 'autre');
    const direct = await apiCall(page, 'GET', `/api/applications/${APPLICATION}`);
    assert.equal(direct.status, 403);
    const change = await apiCall(page, 'POST', `/api/applications/${APPLICATION}/submit`, { version: 1 });
    assert.equal(change.status, 403);
    const listed = await apiCall(page, 'GET', `/api/calls/${CALL}/applications`);
    assert.equal(listed.status, 200);
    assert.deepEqual(listed.json, []);
    await page.goto(`${BASE}/#/demandes/${APPLICATION}`);
    await page.getByText(/n'est pas celle de votre structure/).waitFor();
    await page.goto(`${BASE}/#/appels/${CALL}`);
    await page.locator('#mine-heading').waitFor();
    assert.equal(await page.locator('[data-application]').count(), 0);
    await page.context().close();
  });

  it('l’instructrice propose le montant de la règle ; l’annexe de la séance le reprend avec ses totaux', async () => {
    const page = await newPage(browser);
    await login(page, 'alice');
    await page.goto(`${BASE}/#/appels/${CALL}`);
    const row = page.locator(`#applications-t1-o6 [data-application="${APPLICATION}"]`);
    await row.waitFor();
    assert.match(plain(await row.textContent()), new RegExp(plain(euros(11_500_000))));
    await axeScan(page, 'Appel à projets (instruction)');
    await row.getByRole('link').click();
    await page.locator('#instruction-form').waitFor();
    assert.match(await textOf(page, '#rule-amount'), new RegExp(plain(euros(11_500_000))));
    // The statutes the organisation attached: a link that downloads the PDF as sent.
    const statutes = page.locator('#attached-files').getByRole('link', { name: 'statuts.pdf' });
    const fetched = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      return { status: response.status, type: response.headers.get('Content-Type'), head: (await response.text()).slice(0, 5) };
    }, await statutes.getAttribute('href'));
    assert.deepEqual(fetched, { status: 200, type: 'application/pdf', head: '%PDF-' });
    // The organisation's awards in the stored programmes, beside the instruction.
    assert.match(await textOf(page, '#other-awards'), new RegExp(`t1-o6-01.*${plain(euros(11_500_000))}`));
    assert.equal(plain(await page.getByLabel('Montant proposé (€) (obligatoire)').inputValue()), '115 000,00');
    await page.getByLabel('Séance (obligatoire)').fill('cp-2023-09-18');
    await page.getByLabel('Notes internes (non visibles de la structure)').fill('budget cohérent');
    await page.getByRole('button', { name: 'Enregistrer l’instruction' }).click();
    await page.locator('#instruction-decision').filter({ hasText: 'proposée' }).waitFor();
    assert.match(await textOf(page, '#instruction-decision'), new RegExp(`${plain(euros(11_500_000))} — séance cp-2023-09-18`));
    await axeScan(page, 'Instruction');

    await page.goto(`${BASE}/#/appels/${CALL}`);
    await page.getByLabel('Séance', { exact: true }).fill('cp-2023-09-18');
    await page.getByRole('button', { name: 'Afficher l’annexe' }).click();
    await page.locator('#session-annex').waitFor();
    assert.match(await textOf(page, '#session-annex-rows'), /t1-o6-01\s*Le Cheval Bleu/);
    // The report's sentences the proposals make, held to the annex by the checker.
    assert.match(await textOf(page, '[data-statement="r-t1-o6"]'),
      new RegExp(`^Pour l'opération 6 .* il est proposé de financer 1 structure pour un total de ${plain(euros(11_500_000))}`));
    for (const total of ['t1-o6-total', 't1-total']) {
      assert.match(await textOf(page, `[data-total="${total}"]`), new RegExp(plain(euros(11_500_000))), total);
    }
    await page.locator('#session-annex-clean').waitFor();
    await axeScan(page, 'Annexe de séance');

    // The sitting's vote is recorded (run.sh: octroi session record): alice may
    // not award, claire (head of service) does; the organisation sees the award.
    assert.equal(await page.locator('#award-session').count(), 0);
    const claire = await newPage(browser);
    await login(claire, 'claire');
    await claire.goto(`${BASE}/#/appels/${CALL}`);
    await claire.getByLabel('Séance', { exact: true }).fill('cp-2023-09-18');
    await claire.getByRole('button', { name: 'Afficher l’annexe' }).click();
    await claire.getByRole('button', { name: 'Attribuer les demandes proposées après le vote' }).click();
    await claire.locator('#award-result').waitFor();
    assert.match(await textOf(claire, '#award-result'), /^1 demande\(s\) attribuée\(s\)/);
    // The reference programme is stored: the award is found there; its
    // agreement is drafted now, or was by the after-vote scenario.
    assert.match(await textOf(claire, '#award-programme'),
      /^Programme pas-de-calais-2023-phase4 déjà enregistré : 1 attribution\(s\) pour /);
    assert.match(await textOf(claire, '#award-agreements'),
      /^Conventions préparées : (1\.|0 \(et 1 déjà préparée\(s\)\)\.)$/);
    await axeScan(claire, 'Attribution après le vote');
    await claire.context().close();

    // The organisation sees the proposal, not staff's notes.
    const organisation = await newPage(browser);
    await loginOrganisation(organisation, 'cheval');
    const own = await apiCall(organisation, 'GET', `/api/applications/${APPLICATION}`);
    assert.equal(own.status, 200);
    assert.equal(own.json.status, 'awarded');
    assert.equal(own.json.instruction.notes, undefined);
    assert.equal(own.json.letter, true);

    // Its decision letter: on its application's page, and as a file.
    await organisation.goto(`${BASE}/#/demandes/${APPLICATION}`);
    await organisation.locator('#decision-letter').waitFor();
    assert.match(await textOf(organisation, '#decision-letter'), new RegExp(`a attribué ${plain(euros(11_500_000))}`));
    await axeScan(organisation, 'Lettre de décision');
    const [download] = await Promise.all([
      organisation.waitForEvent('download'),
      organisation.getByRole('link', { name: 'Télécharger la lettre de décision au format ODT (LibreOffice)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'decision-aap-2023-phase4-00001.odt');
    const letter = await apiCall(organisation, 'GET', `/api/applications/${APPLICATION}/letter?format=html&date=2023-09-25`);
    assert.equal(letter.status, 200);
    assert.match(plain(letter.text), /J'ai le plaisir de vous informer que la Commission Permanente, réunie le 18 septembre 2023, a décidé par délibération n°2023-405 de vous attribuer une participation financière de <strong>115 000,00 €<\/strong> \(cent quinze mille euros\)/);
    // Another organisation may not read it.
    const other = await newPage(browser);
    await loginOrganisation(other, 'autre');
    assert.equal((await apiCall(other, 'GET', `/api/applications/${APPLICATION}/letter?format=html`)).status, 403);
    await other.context().close();
    await organisation.context().close();
    await page.context().close();
  });
});
