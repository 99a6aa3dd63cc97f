// Issue 9: a user changes their own password from « Mon compte »: errors next
// to the fields, the server refusing a wrong current password, then the
// change ends their other browser sessions and the new password opens one.
// dora (finance) is used by this file only.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiGet, axeScan, BASE, launch, login, newPage, plain } from './support.mjs';

let browser;

describe('mon compte : changer de mot de passe', { timeout: 120_000 }, () => {
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  it('refuse les erreurs à côté des champs, change le mot de passe et ferme les autres sessions', async () => {
    const other = await newPage(browser);
    await login(other, 'dora');
    const page = await newPage(browser);
    await login(page, 'dora');
    await page.locator('#account-link').click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await axeScan(page, 'Mon compte');

    // In the browser: too short, and a confirmation that differs.
    await page.locator('#account-current_password').fill('secret-password');
    await page.locator('#account-password').fill('court');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    assert.match(plain(await page.locator('#account-password-error').textContent()), /au moins 10 caractères/);
    assert.equal(await page.locator('#account-password').getAttribute('aria-invalid'), 'true');

    // By the server: a wrong current password, shown next to its field.
    await page.locator('#account-current_password').fill('pas-le-bon-mot');
    await page.locator('#account-password').fill('un-nouveau-mot-de-passe');
    await page.locator('#account-confirmation').fill('un-nouveau-mot-de-passe');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.locator('#account-current_password-error').waitFor();
    assert.match(plain(await page.locator('#account-current_password-error').textContent()), /mot de passe actuel incorrect/);

    await page.locator('#account-current_password').fill('secret-password');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.locator('#password-saved.alert-success').waitFor();
    assert.match(plain(await page.locator('#password-saved').textContent()), /autres sessions ouvertes ont été fermées/);

    // This session stays; the other one is closed.
    assert.equal((await apiGet(page, '/api/me')).login, 'dora');
    const status = await other.evaluate(async () => (await fetch('/api/me')).status);
    assert.equal(status, 401);

    const fresh = await newPage(browser);
    await login(fresh, 'dora', 'un-nouveau-mot-de-passe');
    await fresh.goto(`${BASE}/#/compte`);
    await fresh.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
  });
});
