// Issue 10 in the browser: claire (head of service) opens « Après le vote »
// from the dashboard, drafts Cheval Bleu's agreement (t1-o6-01), signs it and
// applies its amendment; fanny (finance; dora's password is changed by
// account.test.mjs) pays the 2024 advance — 69 000 € of
// 115 000 € by default — and is refused a balance of 46 001 € beyond the
// agreement, the server's message shown; claire records the 2024 review with
// places below target (40, 40 and 20 of 90, 90 and 50; 50 %; cost 60 000 €)
// and sees 15 250,00 € to recover (57 500 × 100/230 + 57 500 × 50 % =
// 53 750,00 € settled, 69 000,00 € paid), settles it and downloads the
// recovery order. axe-core runs on each new screen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { apiGet, axeScan, BASE, euros, launch, login, newPage, plain, PROGRAMME, textOf } from './support.mjs';

const AWARD = 't1-o6-01';
const agreementUrl = `${BASE}/#/programmes/${PROGRAMME}/conventions/${AWARD}`;

let browser;
let claire;

/** An amount as the page shows it once spaces are made ordinary. */
const eur = (cents) => plain(euros(cents));

async function waitForStatus(page, label) {
  await page.locator('#agreement-status').filter({ hasText: label }).waitFor();
}

describe('après le vote : convention, paiements, bilan et solde', { timeout: 300_000 }, () => {
  before(async () => {
    browser = await launch();
    claire = await newPage(browser);
    await login(claire, 'claire');
  });
  after(async () => { await browser?.close(); });

  it('rédige, signe et modifie par avenant la convention du Cheval Bleu', async () => {
    const page = claire;
    await page.goto(`${BASE}/#/programmes/${PROGRAMME}`);
    await page.locator('#dashboard-after-vote').click();
    await page.getByRole('heading', { level: 1, name: /Après le vote/ }).waitFor();
    await page.locator('#agreements-empty').waitFor();
    await axeScan(page, 'Après le vote');

    await page.locator('#draft-award').selectOption(AWARD);
    await page.locator('#draft-date').fill('20/06/2023');
    await page.getByRole('button', { name: 'Rédiger le projet' }).click();
    await waitForStatus(page, 'projet');
    assert.match(await textOf(page, 'h1'), /convention n°2023-01628/);

    await page.locator('#move-date').fill('03/07/2023');
    await page.getByRole('button', { name: 'Signer' }).click();
    await waitForStatus(page, 'signée');
    await page.locator('#move-date').fill('02/10/2023');
    await page.getByRole('button', { name: 'Appliquer l’avenant' }).click();
    await waitForStatus(page, 'modifiée par avenant');
    assert.equal(await textOf(page, '#agreement-total'), eur(15_500_000));
    assert.match(await textOf(page, '#amendments'), /Avenant n°1 signé le 2 octobre 2023/);
    await page.locator('#tranche-2024').waitFor();
    await axeScan(page, 'Convention');
  });

  it('la finance paie l’avance 2024 (69 000 € sur 115 000 €) ; un paiement au-delà de la convention est refusé', async () => {
    const finance = await newPage(browser);
    try {
      await login(finance, 'fanny');
      await finance.goto(agreementUrl);
      await finance.locator('#payment-tranche').selectOption('2024');
      assert.match(await textOf(finance, '#payment-amount-hint'), new RegExp(eur(6_900_000)));
      await finance.locator('#payment-kind').selectOption('advance');
      await finance.locator('#payment-date').fill('16/10/2023');
      await finance.getByRole('button', { name: 'Enregistrer le paiement' }).click();
      await finance.locator('#agreement-notice').filter({ hasText: 'Paiement enregistré' }).waitFor();
      assert.equal(await textOf(finance, '#tranche-2024-paid'), eur(6_900_000));
      assert.match(await textOf(finance, '#payments-table'), new RegExp(`Avance.*${eur(6_900_000)}`));
      assert.equal(await textOf(finance, '#agreement-remaining'), eur(8_600_000));
      // No agreement move for finance.
      assert.equal(await finance.locator('#move-date').count(), 0);

      await finance.locator('#payment-tranche').selectOption('2024');
      await finance.locator('#payment-kind').selectOption('balance_payment');
      await finance.locator('#payment-date').fill('02/05/2025');
      await finance.locator('#payment-amount').fill('46 001');
      await finance.getByRole('button', { name: 'Enregistrer le paiement' }).click();
      const refusal = finance.locator('#payment-error');
      await refusal.waitFor();
      assert.equal(await refusal.getAttribute('role'), 'alert');
      const message = plain(await refusal.textContent());
      assert.match(message, /Paiement refusé/);
      assert.ok(message.includes(`au-delà de son montant de ${eur(11_500_000)}`), message);
      await axeScan(finance, 'Convention (paiement refusé)');
      const page = await apiGet(finance, `/api/programmes/${PROGRAMME}/agreements/${AWARD}`);
      assert.equal(page.payments.length, 1);
      assert.equal(page.paid.cents, 6_900_000);
    } finally {
      await finance.context().close();
    }
  });

  it('un bilan sous l’objectif de places donne le montant à reverser et l’ordre de reversement', async () => {
    const page = claire;
    await page.goto(agreementUrl);
    await page.locator('#review-tranche').selectOption('2024');
    await page.locator('#review-received').fill('28/03/2025');
    await page.locator('#review-places-lens-lievin').fill('40');
    await page.locator('#review-places-artois').fill('40');
    await page.locator('#review-places-henin-carvin').fill('20');
    await page.locator('#review-cost').fill('60 000');
    await page.locator('#review-score').fill('50');
    await page.getByRole('button', { name: 'Enregistrer le bilan' }).click();
    const outcome = page.locator('#tranche-2024-outcome');
    await outcome.waitFor();
    assert.equal(plain(await outcome.textContent()), `Montant à reverser par la structure : ${eur(1_525_000)}`);
    assert.match(await textOf(page, '#tranche-2024-settlement'), /Solde calculé/);
    assert.match(await textOf(page, '#tranche-2024-settlement'), new RegExp(eur(5_375_000)));
    await axeScan(page, 'Convention (bilan saisi)');

    await page.locator('#settle-2024-date').fill('02/05/2025');
    await page.getByRole('button', { name: 'Solder la tranche 2024' }).click();
    const link = page.locator('#tranche-2024-recovery');
    await link.waitFor();
    assert.match(await textOf(page, '#tranche-2024-settlement'), /Solde définitif \(le 2 mai 2025\)/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const html = readFileSync(await download.path(), 'utf8');
    assert.match(html, /ORDRE DE REVERSEMENT/);
    assert.ok(plain(html).includes(eur(1_525_000)), 'montant à reverser absent de l’ordre');
    assert.match(download.suggestedFilename(), /^ordre-de-reversement-2023-01628-2024\.html$/);

    await page.goto(`${BASE}/#/programmes/${PROGRAMME}/apres-le-vote?jour=01/01/2035`);
    await page.locator(`#agreements-table tr[data-award="${AWARD}"]`).waitFor();
    assert.match(await textOf(page, '#retention-table'), /31 décembre 2034.*oui/);
    await page.locator('a[data-status="amended"]').click();
    await page.locator('a[data-status="amended"][aria-current]').waitFor();
    assert.equal(await page.locator('#agreements-table tbody tr').count(), 1);
    await axeScan(page, 'Après le vote (convention suivie)');
  });
});
