import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// DIST may point elsewhere (e.g. a build under a sub-path or a second checkout's build).
export const DIST = process.env.DIST || path.join(ROOT, 'dist');
export const SHOTS = path.join(ROOT, 'e2e', 'screenshots');
fs.mkdirSync(SHOTS, { recursive: true });

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** A fresh browser profile. Fails the test on page errors and CSP violations. */
export async function browser(opts = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vangnet-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ARGS,
    acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...opts,
  });
  const problems = [];
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !/favicon|integrity/.test(m.text())) problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on('request', (r) => { const u = new URL(r.url()); if (!['127.0.0.1', ''].includes(u.hostname) && !u.protocol.startsWith('blob') && !u.protocol.startsWith('data')) problems.push(`request to other host: ${r.url()}`); });
  };
  ctx.on('page', watch);
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { ctx, problems, watch, close: async () => { await ctx.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
}

export async function open(ctx, watch, url) {
  const page = ctx.pages()[0] || await ctx.newPage();
  watch(page);
  await page.goto(url);
  await page.waitForSelector('body[data-app-klaar="ja"]');
  return page;
}

export function fixture(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', name), 'utf8'));
}
