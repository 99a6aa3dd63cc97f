// Helpers of the browser tests: chromium via playwright-core, log in, API
// calls with the page's session, axe-core scans, exact French money.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const BASE = process.env.OCTROI_E2E_URL ?? 'http://127.0.0.1:8080';
export const PROGRAMME = 'pas-de-calais-2023-phase4';
export const PASSWORD = 'secret-password';
export const SCREENSHOTS = process.env.OCTROI_E2E_SCREENSHOTS;

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

/**
 * Launches Debian's chromium. Playwright gives every launch a fresh, temporary
 * --user-data-dir of its own (it refuses one in `args`); contexts are isolated.
 */
export async function launch() {
  const downloads = mkdtempSync(join(process.env.OCTROI_E2E_TMP ?? tmpdir(), 'downloads-'));
  const browser = await chromium.launch({
    executablePath: process.env.OCTROI_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    downloadsPath: downloads,
    timeout: 60_000,
  });
  const close = browser.close.bind(browser);
  browser.close = async () => { await close(); rmSync(downloads, { recursive: true, force: true }); };
  return browser;
}

export async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    // axe-core is injected as an inline script; the server's CSP forbids those.
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => { console.error(`[erreur de page] ${error.message}`); });
  return page;
}

export async function login(page, user, password = PASSWORD) {
  await page.goto(`${BASE}/#/programmes`);
  await page.locator('#login').fill(user);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
}

/** A request from inside the page: its session cookie, and its CSRF token on mutations. */
export async function apiCall(page, method, path, body, { csrf = true } = {}) {
  return page.evaluate(async ({ method, path, body, csrf }) => {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf && method !== 'GET') {
      const me = await (await fetch('/api/me', { credentials: 'same-origin' })).json();
      headers['X-CSRF-Token'] = me.csrf;
    }
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, json, text };
  }, { method, path, body, csrf });
}

export async function apiGet(page, path) {
  const answer = await apiCall(page, 'GET', path);
  assert.equal(answer.status, 200, `GET ${path} : ${answer.status} ${answer.text.slice(0, 300)}`);
  return answer.json;
}

/** Cents as the French text, written independently of web/src/money.ts. */
export function euros(cents) {
  let value = BigInt(cents);
  const sign = value < 0n ? '-' : '';
  if (value < 0n) value = -value;
  const whole = (value / 100n).toString();
  const groups = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  return `${sign}${groups.join('\u202F')},${(value % 100n).toString().padStart(2, '0')}\u00A0€`;
}

export function sum(rows) {
  return rows.reduce((total, row) => total + BigInt(row.amount.cents), 0n);
}

/** Runs axe-core on the page: no serious or critical violation. */
export async function axeScan(page, screen) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(async () => {
    const outcome = await window.axe.run(document, { resultTypes: ['violations'] });
    return outcome.violations.map((violation) => ({
      id: violation.id, impact: violation.impact, help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
    }));
  });
  const blocking = results.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const minor = results.filter((violation) => !blocking.includes(violation));
  if (minor.length) console.log(`[axe] ${screen} : ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}`);
  assert.deepEqual(blocking, [], `axe-core : violations graves sur l'écran « ${screen} »\n${JSON.stringify(blocking, null, 2)}`);
}

/** Text with every kind of space made ordinary, for messages that wrap. */
export function plain(text) {
  return (text ?? '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** The element's text with its spaces made plain (see plain). */
export async function textOf(page, selector) {
  return plain(await page.locator(selector).textContent());
}
