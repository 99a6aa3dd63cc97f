// The scenarios of issue 9's "Done when", in the order a user meets them. They
// share one server and one database: later scenarios see earlier edits.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  apiCall, apiGet, axeScan, BASE, euros, launch, login, newPage, plain, PROGRAMME, SCREENSHOTS, sum,
} from './support.mjs';

const REFERENCE_TOTAL = `3\u202F519\u202F492,87\u00A0€`;
const EDITED_AWARD = 't3-o1-01'; // SOLIHA, ASTRE: 20 mesures × 2 100,00 € = 42 000,00 €
const annexUrl = `${BASE}/#/programmes/${PROGRAMME}/annexe`;
const awardUrl = (award) => `${BASE}/#/programmes/${PROGRAMME}/attributions/${award}`;

let browser;
let alice; // the instructor's page, logged in once

async function openAnnex(page, query = '') {
  await page.goto(`${annexUrl}${query}`);
  await page.locator('#annex-total').waitFor();
}

async function textOf(page, selector) {
  return (await page.locator(selector).textContent())?.trim();
}

describe('application web Octroi', { timeout: 300_000 }, () => {
  before(async () => {
    browser = await launch();
    alice = await newPage(browser);
  });
  after(async () => { await browser?.close(); });

  it('refuse un mauvais mot de passe, puis connecte alice (clavier et axe)', async () => {
    const page = alice;
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    // The skip link is the first stop of the keyboard, and visible when focused.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Aller au contenu');
    await axeScan(page, 'Connexion');

    await page.locator('#login').fill('alice');
    await page.locator('#password').fill('mauvais');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    const alert = page.locator('#login-error');
    await assert.doesNotReject(alert.filter({ hasText: /\S/ }).waitFor());
    assert.equal(await alert.getAttribute('role'), 'alert');

    await login(page, 'alice');
    assert.match(plain(await page.locator('.user').textContent()), /alice — Instructeur/);
  });

  it('liste les programmes et ouvre le tableau de bord de la référence (capture)', async () => {
    const page = alice;
    await page.goto(`${BASE}/#/programmes`);
    const link = page.getByRole('link', { name: /APPELS À PROJETS DES POLITIQUES D'INCLUSION DURABLE 2023/ });
    await link.waitFor();
    await axeScan(page, 'Programmes');
    await link.click();
    await page.locator('#dashboard-total').waitFor();
    assert.equal(await textOf(page, '#dashboard-total'), REFERENCE_TOTAL);

    const dashboard = await apiGet(page, `/api/programmes/${PROGRAMME}`);
    for (const severity of ['error', 'warning', 'info']) {
      assert.equal(await textOf(page, `#findings-${severity}`), String(dashboard.findings[severity]), severity);
    }
    // One bar chart row per territory, one figure per budget line.
    assert.equal(await page.locator('#territories-title + table tbody tr').count(), dashboard.territories.length);
    assert.equal(await page.locator('figure.budget-line').count(), dashboard.budget_lines.length);
    await axeScan(page, 'Tableau de bord');
    if (SCREENSHOTS) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png') });
    }
    // The findings link leads to the list, filtered by severity.
    await page.locator('a[data-severity="error"]').click();
    await page.locator('#findings-summary').waitFor();
    assert.equal(await page.locator('li.finding').count(), dashboard.findings.error);
    assert.equal(await page.locator('li.finding[data-severity="error"]').count(), dashboard.findings.error);
    await page.locator('#filter-severity').selectOption('');
    const all = dashboard.findings.error + dashboard.findings.warning + dashboard.findings.info;
    await page.waitForFunction((n) => document.querySelectorAll('li.finding').length === n, all);
    await axeScan(page, 'Constats');
  });

  it('filtre l’annexe par territoire : les sous-totaux et le total suivent, au centime', async () => {
    const page = alice;
    const annex = await (async () => { await openAnnex(page); return apiGet(page, `/api/programmes/${PROGRAMME}/annex`); })();
    assert.equal(await textOf(page, '#annex-total'), REFERENCE_TOTAL);
    assert.equal(euros(sum(annex.rows)), REFERENCE_TOTAL);
    assert.equal(await page.locator('tr[data-award]').count(), annex.rows.length);
    await axeScan(page, 'Annexe 4');

    for (const territory of ['Artois', annex.territories.at(-1)]) {
      await page.locator('#filter-territory').selectOption(territory);
      const rows = annex.rows.filter((row) => row.territory === territory);
      await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, rows.length);
      assert.equal(await textOf(page, '#annex-total'), euros(sum(rows)), `total ${territory}`);
      assert.notEqual(await textOf(page, '#annex-total'), REFERENCE_TOTAL);
      for (const operation of new Set(rows.map((row) => row.operation_id))) {
        const expected = euros(sum(rows.filter((row) => row.operation_id === operation)));
        assert.equal(await textOf(page, `tr.operation-total[data-operation="${operation}"] td.amount`), expected, operation);
      }
      for (const theme of new Set(rows.map((row) => row.theme))) {
        const expected = euros(sum(rows.filter((row) => row.theme === theme)));
        assert.equal(await textOf(page, `tr.theme-total[data-theme="${theme}"] td.amount`), expected, `thème ${theme}`);
      }
    }
    // The filter is in the address: a reload keeps it.
    assert.match(decodeURIComponent(page.url()), /territoire=/);

    // Territory and organisation together.
    const row = annex.rows.find((r) => r.territory === 'Département');
    await page.locator('#filter-territory').selectOption('Département');
    await page.locator('#filter-organisation').selectOption(row.organisation_id);
    const both = annex.rows.filter((r) => r.territory === 'Département' && r.organisation_id === row.organisation_id);
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, both.length);
    assert.equal(await textOf(page, '#annex-total'), euros(sum(both)));

    // Free text, then sort by amount within an operation.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, annex.rows.length);
    await page.locator('#filter-operation').selectOption('t1-o1');
    const operationRows = annex.rows.filter((r) => r.operation_id === 't1-o1');
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, operationRows.length);
    await page.getByRole('button', { name: /Montant retenu/ }).click();
    const shown = await page.locator('tr[data-award]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-award')));
    const sorted = operationRows.slice().sort((a, b) => a.amount.cents - b.amount.cents);
    assert.deepEqual(shown.map((id) => annex.rows.find((r) => r.award_id === id).amount.cents), sorted.map((r) => r.amount.cents));
    assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
    await page.locator('#filter-text').fill('frais de deplacement');
    const travel = operationRows.filter((r) => /frais de déplacement/i.test(r.description));
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, travel.length);
    assert.equal(await textOf(page, '#annex-total'), euros(sum(travel)));

    // Rows with findings carry a badge, linking to the award page.
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    const flagged = annex.rows.filter((r) => r.findings > 0);
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, annex.rows.length);
    assert.equal(await page.locator('tr[data-award] .badge-finding').count(), flagged.length);
    await axeScan(page, 'Annexe 4 (filtrée)');

    // Printed, the annex keeps its table and drops the navigation and the filters.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.main-nav').isVisible(), false);
    assert.equal(await page.locator('form.filters').isVisible(), false);
    assert.equal(await page.locator('#annex-total').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });

    // A history-style address (the server answers index.html) opens the same screen.
    await page.goto(`${BASE}/programmes/${PROGRAMME}/annexe?territoire=Artois`);
    await page.locator('#annex-total').waitFor();
    assert.equal(await textOf(page, '#annex-total'), euros(sum(annex.rows.filter((r) => r.territory === 'Artois'))));
    // The navigation's « Annexe 4 » opens the annex without filters.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Annexe 4' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-award]').length === n, annex.rows.length);
    assert.equal(await textOf(page, '#annex-total'), REFERENCE_TOTAL);
    assert.equal(await page.locator('#filter-territory').inputValue(), '');
  });

  it('modifie une attribution : validation, totaux et constats mis à jour', async () => {
    const page = alice;
    const before = await apiGet(page, `/api/programmes/${PROGRAMME}`);
    const award = await apiGet(page, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
    await page.goto(awardUrl(EDITED_AWARD));
    const amount = page.locator('#amount');
    await amount.waitFor();
    assert.equal(plain(await amount.inputValue()), plain(award.award.amount.text.replace(/\s*€$/, '')));
    await axeScan(page, 'Ligne (modification)');

    // Client-side validation: refused before sending, next to the field.
    await amount.fill('4x');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('#amount-error').waitFor();
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    assert.match(await amount.getAttribute('aria-describedby'), /amount-error/);
    assert.equal((await apiGet(page, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`)).award.version, award.award.version);

    // A valid amount, 1 000,00 € more.
    await amount.fill('43 000,00');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('#saved').filter({ hasText: 'Modification enregistrée' }).waitFor();
    await page.locator('#award-amount').filter({ hasText: '43' }).waitFor();
    assert.equal(await textOf(page, '#award-amount'), euros(4_300_000n));
    const edited = await apiGet(page, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
    assert.equal(edited.award.version, award.award.version + 1);
    assert.equal(await textOf(page, '#award-findings-count'), `(${edited.findings.length})`);
    // The journal shows the change, by alice.
    const history = plain(await page.locator('table.history').textContent());
    assert.match(history, /alice/);
    assert.match(history, /modification/);

    // Totals follow: the annex and the dashboard.
    const newTotal = euros(BigInt(before.total.cents) + 100_000n);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Annexe 4' }).click();
    await page.locator('#annex-total').waitFor();
    assert.equal(await textOf(page, '#annex-total'), newTotal);
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Tableau de bord' }).click();
    await page.locator('#dashboard-total').waitFor();
    assert.equal(await textOf(page, '#dashboard-total'), newTotal);
    const afterEdit = await apiGet(page, `/api/programmes/${PROGRAMME}`);
    const count = (d) => d.findings.error + d.findings.warning + d.findings.info;
    assert.notEqual(count(afterEdit), count(before), 'un montant qui s’écarte de sa règle doit ajouter un constat');
    assert.equal(await textOf(page, '#dashboard-findings-total'), String(count(afterEdit)));
    for (const severity of ['error', 'warning', 'info']) {
      assert.equal(await textOf(page, `#findings-${severity}`), String(afterEdit.findings[severity]), severity);
    }
  });

  it('affiche l’erreur 400 du serveur à côté du champ', async () => {
    const page = alice;
    const annex = await apiGet(page, `/api/programmes/${PROGRAMME}/annex`);
    const withoutQuantity = annex.rows.find((row) => row.quantity === null);
    assert.ok(withoutQuantity, 'une ligne sans quantité');
    await page.goto(awardUrl(withoutQuantity.award_id));
    await page.locator('#quantity').fill('5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const error = page.locator('#quantity-error');
    await error.waitFor();
    assert.match(await error.textContent(), /quantité/);
    assert.equal(await page.locator('#quantity').getAttribute('aria-invalid'), 'true');
  });

  it('refuse l’enregistrement d’une copie périmée (bob), message clair et « Recharger »', async () => {
    const bob = await newPage(browser);
    try {
      await login(bob, 'bob');
      await bob.goto(awardUrl(EDITED_AWARD));
      await bob.locator('#amount').waitFor();
      const stale = await apiGet(bob, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);

      // Alice changes the award while bob's page shows the old version.
      await alice.goto(awardUrl(EDITED_AWARD));
      await alice.locator('#amount').fill('44 000,00');
      await alice.getByRole('button', { name: 'Enregistrer' }).click();
      await alice.locator('#saved').filter({ hasText: 'Modification enregistrée' }).waitFor();

      await bob.locator('#amount').fill('45 000,00');
      await bob.getByRole('button', { name: 'Enregistrer' }).click();
      const conflict = bob.locator('#conflict');
      await conflict.waitFor();
      assert.equal(await conflict.getAttribute('role'), 'alert');
      const message = plain(await conflict.textContent());
      assert.match(message, /alice/, message);
      assert.match(message, /rechargez/i, message);
      await axeScan(bob, 'Ligne (conflit)');

      const current = await apiGet(bob, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
      assert.equal(current.award.amount.text, euros(4_400_000n), 'la copie périmée n’a rien écrasé');
      assert.equal(current.award.version, stale.award.version + 1);

      await bob.getByRole('button', { name: 'Recharger' }).click();
      await bob.locator('#conflict').waitFor({ state: 'detached' });
      await bob.locator('#award-version').filter({ hasText: String(current.award.version) }).waitFor();
      await bob.waitForFunction(() => !/45/.test(document.querySelector('#amount')?.value ?? ''));
      assert.equal(plain(await bob.locator('#amount').inputValue()), plain(euros(4_400_000n).replace(/\s*€$/, '')));
      assert.equal(await textOf(bob, '#award-amount'), euros(4_400_000n));
    } finally {
      await bob.context().close();
    }
  });

  it('affiche une structure : ses attributions, paiements et conventions', async () => {
    const page = alice;
    await page.goto(awardUrl(EDITED_AWARD));
    await page.locator('dl.summary a').first().click();
    await page.locator('#organisation-total').waitFor();
    const organisation = await apiGet(page, `/api/organisations/soliha`);
    assert.equal(await textOf(page, '#organisation-total'), organisation.total.text);
    assert.equal(euros(sum(organisation.awards)), organisation.total.text);
    assert.equal(await page.locator('#org-awards-title + .table-wrap tbody tr').count(), organisation.awards.length);
    assert.ok(await page.getByRole('heading', { level: 2, name: 'Paiements' }).isVisible());
    assert.equal(await page.locator('#org-payments-title + .table-wrap tbody tr').count(), organisation.payments.length);
    assert.ok(await page.getByRole('heading', { level: 2, name: 'Conventions' }).isVisible());
    await axeScan(page, 'Structure');
  });

  it('génère et télécharge une convention (ODT/DOCX)', async () => {
    const page = alice;
    const kinds = await apiCall(page, 'GET', `/api/programmes/${PROGRAMME}/documents`);
    await page.goto(`${BASE}/#/programmes/${PROGRAMME}/documents`);
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    assert.equal(kinds.status, 200, kinds.text);
    const agreement = kinds.json.find((k) => k.kind === 'agreement');
    assert.ok(agreement, `aucune convention parmi les documents : ${kinds.text}`);
    const card = page.locator('li.document-card[data-kind="agreement"]');
    await card.waitFor();
    assert.equal(await page.locator('li.document-card').count(), kinds.json.length);
    await axeScan(page, 'Documents');
    if (agreement.per_organisation) await card.locator('select').selectOption('soliha');
    const formats = ['odt', 'docx'].filter((f) => agreement.formats.includes(f));
    assert.ok(formats.length > 0, `la convention n'est proposée ni en ODT ni en DOCX : ${agreement.formats}`);
    for (const format of formats) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.locator(`a[data-format="${format}"]`).click(),
      ]);
      const file = await download.path();
      const bytes = readFileSync(file);
      assert.ok(bytes.length > 100, `${format} : fichier trop court`);
      assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', `${format} : pas une archive zip`);
      assert.match(download.suggestedFilename(), new RegExp(`\\.${format}$`));
    }
  });

  it('un élu (lecture seule) ne peut pas modifier ; l’API refuse son PUT (403)', async () => {
    const elu = await newPage(browser);
    try {
      await login(elu, 'elu');
      await elu.goto(awardUrl(EDITED_AWARD));
      await elu.locator('#readonly-note').waitFor();
      assert.equal(await elu.locator('#amount').count(), 0);
      assert.equal(await elu.getByRole('button', { name: 'Enregistrer' }).count(), 0);
      assert.equal(await elu.locator('form.award-form').count(), 0);
      await axeScan(elu, 'Ligne (lecture seule)');

      const current = await apiGet(elu, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
      const refused = await apiCall(elu, 'PUT', `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`,
        { version: current.award.version, amount: '1,00' });
      assert.equal(refused.status, 403, refused.text);
      assert.equal(refused.json?.error?.code, 'auth.forbidden');
      const unchanged = await apiGet(elu, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
      assert.equal(unchanged.award.version, current.award.version);
    } finally {
      await elu.context().close();
    }
  });

  it('refuse une modification sans jeton CSRF (403), puis déconnecte', async () => {
    const page = alice;
    const current = await apiGet(page, `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`);
    const refused = await apiCall(page, 'PUT', `/api/programmes/${PROGRAMME}/awards/${EDITED_AWARD}`,
      { version: current.award.version, amount: '1,00' }, { csrf: false });
    assert.equal(refused.status, 403, refused.text);
    assert.equal(refused.json?.error?.code, 'auth.csrf');

    await page.goto(`${BASE}/#/programmes`);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    const me = await apiCall(page, 'GET', '/api/me');
    assert.equal(me.status, 401);
  });
});
