// Issue 13 in the browser: the reference sitting (recorded by run.sh with
// `octroi session record`) shows its vote problem (« 41 voix »); an interest
// declared for Valérie CUVILLIER in an organisation the report funds puts her
// on the report's recusal list; a vote that still counts her is refused by the
// server, and the refusal is shown. claire is head of service (may record
// votes); elu (reader) sees no form. axe-core runs on each new screen.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiCall, apiGet, axeScan, BASE, launch, login, newPage, plain, PROGRAMME } from './support.mjs';

const SESSION = 'cp-2023-09-18';
const MEMBER = 'cuvillier-valerie';
const sessionUrl = `${BASE}/#/seances/${SESSION}`;

let browser;
let claire;

describe('séances, registre des intérêts et votes', { timeout: 300_000 }, () => {
  before(async () => {
    browser = await launch();
    claire = await newPage(browser);
    await login(claire, 'claire');
  });
  after(async () => { await browser?.close(); });

  it('liste les séances et ouvre la séance de référence : le vote compte 41 voix (erreur)', async () => {
    const page = claire;
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Séances' }).click();
    const link = page.getByRole('link', { name: 'Séance du 18 septembre 2023' });
    await link.waitFor();
    await axeScan(page, 'Séances');
    await link.click();
    await page.locator('#item-1-problems').waitFor();

    const problems = plain(await page.locator('#item-1-problems').textContent());
    assert.match(problems, /41 voix/);
    // Marked as an error in words, not only in colour.
    assert.match(problems, /Erreur/);
    assert.match(problems, /erreur dans le vote enregistré/);
    assert.match(plain(await page.locator('#item-1-roll').textContent()),
      /38 présents − 5 intéressés à l’affaire \+ 3 délégations de vote = 36/);
    assert.match(plain(await page.locator('#item-1-quorum').textContent()), /quorum atteint/);
    // The generated heading and the attendance lists.
    assert.match(plain(await page.locator('#session-heading').textContent()), /PAS-DE-CALAIS/);
    assert.equal(await page.locator('.attendance-group[data-status="present"] li').count(), 38);
    assert.equal(await page.locator(`#item-1-recusals tr[data-member="${MEMBER}"]`).count(), 0);
    assert.match(plain(await page.locator('#item-1-recusals').textContent()), /déclaré en séance/);
    await axeScan(page, 'Séance');
  });

  it('déclare un intérêt (erreurs à côté des champs), puis l’élue figure parmi les intéressés', async () => {
    const page = claire;
    const annex = await apiGet(page, `/api/programmes/${PROGRAMME}/annex`);
    const organisation = annex.rows[0].organisation; // an organisation the report funds

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Registre des intérêts' }).click();
    await page.locator('#interests-empty').waitFor();
    await axeScan(page, 'Registre des intérêts');

    // Empty form: refused in the browser, each error next to its field.
    await page.getByRole('button', { name: 'Enregistrer l’intérêt' }).click();
    await page.locator('#interest-member-error').waitFor();
    assert.equal(await page.locator('#interest-member').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#interest-member').getAttribute('aria-describedby'), /interest-member-error/);
    assert.match(await page.locator('#interest-role-error').textContent(), /fonction/);
    await axeScan(page, 'Registre des intérêts (erreurs)');

    // An impossible date: the server's 400 shows next to « Depuis le ».
    await page.locator('#interest-member').selectOption(MEMBER);
    await page.locator('#interest-organisation_name').fill(organisation.toUpperCase());
    await page.locator('#interest-role').fill('membre du conseil d’administration');
    await page.locator('#interest-start').fill('31/11/2022');
    await page.getByRole('button', { name: 'Enregistrer l’intérêt' }).click();
    await page.locator('#interest-start-error').waitFor();
    assert.match(await page.locator('#interest-start-error').textContent(), /31\/11\/2022/);

    await page.locator('#interest-start').fill('1er janvier 2022');
    await page.getByRole('button', { name: 'Enregistrer l’intérêt' }).click();
    await page.locator('#interest-saved').filter({ hasText: 'Intérêt n°' }).waitFor();
    await page.locator(`#interests-table tr[data-member="${MEMBER}"]`).waitFor();
    assert.match(plain(await page.locator(`#interests-table tr[data-member="${MEMBER}"]`).textContent()),
      /Mme Valérie CUVILLIER.*depuis le 1er janvier 2022/);

    await page.goto(sessionUrl);
    const row = page.locator(`#item-1-recusals tr[data-member="${MEMBER}"]`);
    await row.waitFor();
    assert.match(plain(await row.textContent()), /Valérie CUVILLIER.*Registre des intérêts : membre du conseil d’administration/);
    assert.match(plain(await page.locator('#item-1-roll').textContent()), /= 35/);
    assert.match(plain(await page.locator('#item-1-text').textContent()), /Valérie CUVILLIER/);
  });

  it('refuse un vote qui compte l’élue intéressée (36 pour, 35 votants au plus)', async () => {
    const page = claire;
    await page.goto(sessionUrl);
    await page.locator('#vote-1-for').waitFor();
    const before = await apiGet(page, `/api/sessions/${SESSION}`);
    await page.locator('#vote-1-for').fill('36');
    await page.locator('#vote-1-against').fill('0');
    await page.locator('#vote-1-abstain').fill('0');
    await page.locator('#vote-1-abstain-groups').fill('');
    await page.locator('#vote-1-absent_without_proxy').fill('3');
    assert.match(plain(await page.locator('#vote-1-preview').textContent()), /36 — peuvent voter : 35/);
    await page.getByRole('button', { name: 'Enregistrer le vote' }).click();
    const alert = page.locator('#vote-1-error');
    await alert.waitFor();
    assert.equal(await alert.getAttribute('role'), 'alert');
    const message = plain(await alert.textContent());
    assert.match(message, /Vote refusé/);
    assert.match(message, /36 voix/);
    assert.match(message, /35 élus au plus/);
    await axeScan(page, 'Séance (vote refusé)');
    const after = await apiGet(page, `/api/sessions/${SESSION}`);
    assert.equal(after.version, before.version);
    assert.equal(after.items[0].vote.for.count, 36);
    assert.equal(after.items[0].vote.abstain.count, 5);
  });

  it('un élu (lecture seule) voit la séance sans formulaire ; l’API refuse son vote (403)', async () => {
    const elu = await newPage(browser);
    try {
      await login(elu, 'elu');
      await elu.goto(sessionUrl);
      await elu.locator('#session-readonly').waitFor();
      assert.equal(await elu.locator('form.vote-form').count(), 0);
      await elu.goto(`${BASE}/#/interets`);
      await elu.locator('#interests-readonly').waitFor();
      assert.equal(await elu.locator('form.interest-form').count(), 0);
      const session = await apiGet(elu, `/api/sessions/${SESSION}`);
      const refused = await apiCall(elu, 'POST', `/api/sessions/${SESSION}/items/${session.items[0].report}/vote`,
        { version: session.version, for: 35, against: 0, abstain: 0, absent_without_proxy: 3 });
      assert.equal(refused.status, 403, refused.text);
      assert.equal(refused.json?.error?.code, 'auth.forbidden');
    } finally {
      await elu.context().close();
    }
  });
});
