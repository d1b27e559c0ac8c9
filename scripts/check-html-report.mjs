// Opens the HTML report in a real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core): the page must load without console errors, show its key numbers in the DOM,
// keep hostile labels as text, and leave a screenshot.
// Usage: node scripts/check-html-report.mjs [docs-dir] [--screenshot out.png]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { repoRoot } from './lib/corpus.mjs';

const args = process.argv.slice(2);
const valueOf = (name) => (args.indexOf(name) === -1 ? undefined : args[args.indexOf(name) + 1]);
const screenshot = resolve(valueOf('--screenshot') ?? join(tmpdir(), 'atlas-lint-report.png'));
const config = valueOf('--config') ? ['--config', resolve(valueOf('--config'))] : [];
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? join(repoRoot, 'fixtures/report-xss'));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath} (apt-get install chromium)`);
  process.exit(1);
}

const out = join(mkdtempSync(join(tmpdir(), 'atlas-lint-html-')), 'report.html');
const cli = join(repoRoot, 'packages/cli/bin/atlas-lint.js');
const made = spawnSync('node', [cli, 'report', '.', ...config, '--format', 'html', '--output-file', out], { cwd: dir, encoding: 'utf8' });
if (made.status !== 0) {
  console.error(made.stderr);
  process.exit(1);
}
const json = JSON.parse(spawnSync('node', [cli, 'report', '.', ...config, '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const requests = [];
  page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('data:') && requests.push(r.url()));
  await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
  const text = async (sel) => (await page.locator(sel).first().textContent())?.trim();
  const expectEqual = (what, actual, expected) => {
    if (String(actual) !== String(expected)) failures.push(`${what}: page shows ${actual}, report JSON says ${expected}`);
  };
  expectEqual('diagrams', (await text('#total-diagrams b')), json.totals.diagrams);
  expectEqual('errors', (await text('#total-errors b')), json.totals.errors);
  if (json.tracking) {
    expectEqual('targets', await text('#tracking-total b'), json.tracking.expectedTotal);
    expectEqual('complete', await text('#tracking-complete b'), json.tracking.complete);
  }
  const rows = await page.locator('#problems tbody tr').count();
  expectEqual('problem rows', rows, Math.min(2000, json.problems.length));
  const pwned = await page.evaluate(() => window.__pwned);
  if (pwned !== undefined) failures.push(`injected markup ran (window.__pwned = ${pwned})`);
  const injectedElements = await page.evaluate(() => document.querySelectorAll('main img, main script').length);
  if (injectedElements > 0) failures.push(`${injectedElements} injected <img>/<script> elements in the page`);
  const body = await page.locator('main').textContent();
  if (dir.endsWith('report-xss') && !body.includes('<script>window.__pwned = 1</script>')) failures.push('hostile category name is not shown as text');
  if (consoleErrors.length) failures.push(`console errors: ${consoleErrors.join(' | ')}`);
  if (requests.length) failures.push(`network requests: ${requests.join(', ')}`);
  await page.screenshot({ path: screenshot, fullPage: false });
  await page.fill('#filter-text', 'syntax');
  const filtered = await page.locator('#problems tbody tr').count();
  if (json.problems.length > 0 && filtered > rows) failures.push('filter did not narrow the table');
  await page.fill('#filter-text', '');
  console.log(`HTML report checked in Chromium ${browser.version()}: ${json.totals.diagrams} diagrams, ${rows} problem rows, screenshot ${screenshot}`);
} finally {
  await browser.close();
}
if (failures.length) {
  console.error(failures.map((f) => `FAIL ${f}`).join('\n'));
  process.exit(1);
}
console.log('html report: 0 failures');
