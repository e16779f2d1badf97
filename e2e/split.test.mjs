// The split wasm (issue 6): the start page is interactive on the main module alone; the draft
// pages' module comes afterwards, also when a draft page is opened directly, and a failed fetch
// of it is explained with a way to try again — without losing the draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { browser, open } from './helpers.mjs';

let srv;
before(async () => { srv = await serve(process.env.DIST || (await import('./helpers.mjs')).DIST); });
after(() => srv.server.close());

// The draft pages' module; the Word module (split_word…, e2e/word.test.mjs) is fetched only
// when a Word file is asked for, so it must not appear here.
const isSplit = (url) => /\/split_concept[^/]*\.wasm$/.test(new URL(url).pathname);
const isWord = (url) => /\/split_word[^/]*\.wasm$/.test(new URL(url).pathname);

test('start page is interactive before the draft pages module is fetched; it is fetched afterwards', async () => {
  const b = await browser();
  try {
    // When the app marked itself ready, on the page's own clock.
    await b.ctx.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body?.hasAttribute('data-app-klaar')) { window.__klaar = performance.now(); obs.disconnect(); }
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-klaar'] });
    });
    const page = b.ctx.pages()[0] || await b.ctx.newPage();
    b.watch(page);
    let aangevraagd = 0;
    let woord = 0;
    page.on('request', (r) => { if (isSplit(r.url())) aangevraagd += 1; if (isWord(r.url())) woord += 1; });
    await page.goto(srv.base);
    await page.waitForSelector('body[data-app-klaar="ja"]');
    // The first field works on the main module alone.
    await page.selectOption('#nieuw-jaar', '2019');
    // Prefetched soon after, so opening a draft does not wait (the timing entry appears once
    // the body has arrived).
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/split_concept[^/]*\.wasm$/.test(e.name)), null, { timeout: 15_000 });
    const t = await page.evaluate(() => ({
      klaar: window.__klaar,
      split: performance.getEntriesByType('resource').filter((e) => /\/split_concept[^/]*\.wasm$/.test(new URL(e.name).pathname)).map((e) => e.startTime),
      word: performance.getEntriesByType('resource').filter((e) => /\/split_word[^/]*\.wasm$/.test(new URL(e.name).pathname)).length,
    }));
    assert.equal(t.split.length, 1, 'the draft pages module is fetched exactly once');
    assert.equal(t.word, 0, 'the Word module is not fetched with the draft pages');
    assert.ok(t.klaar > 0 && t.split[0] > t.klaar, `module fetched at ${t.split[0]} ms, app ready at ${t.klaar} ms`);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    assert.equal(aangevraagd, 1);
    assert.equal(woord, 0, 'the Word module is fetched only when a Word file is asked for');
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('a draft page opened directly (reload, bookmark) loads its module and works', async () => {
  const b = await browser();
  try {
    const page = await open(b.ctx, b.watch, srv.base);
    await page.click('#nieuw-concept');
    await page.waitForSelector('#takenlijst');
    await page.click('nav.secties a[href$="/a"]');
    await page.fill('#veld-a_analyse', 'Oorzaak: meer instroom.');
    await page.locator('#veld-a_analyse').blur();
    // Saved (debounced) before the second tab opens it.
    await page.waitForFunction(() => Object.keys(localStorage).some((k) => (localStorage.getItem(k) || '').includes('meer instroom')));
    const url = page.url();
    const tweede = await b.ctx.newPage();
    b.watch(tweede);
    await tweede.goto(url);
    await tweede.waitForSelector('body[data-app-klaar="ja"]');
    // Ready means the page itself is there, not a loading line.
    assert.equal(await tweede.inputValue('#veld-a_analyse'), 'Oorzaak: meer instroom.');
    assert.match(await tweede.textContent('h1'), /^A\. Analyse/);
    assert.deepEqual(b.problems, []);
  } finally {
    await b.close();
  }
});

test('draft pages module unavailable: explained, retry works, the draft is kept', async () => {
  // Without the service worker: it would serve the module from its cache, past page.route
  // (offline with the worker: e2e/offline.test.mjs).
  const b = await browser({ serviceWorkers: 'block' });
  try {
    const page = b.ctx.pages()[0] || await b.ctx.newPage();
    b.watch(page);
    let blokkeer = true;
    let geweigerd = 0;
    await page.route((u) => isSplit(u.href), (route) => {
      if (!blokkeer) return route.continue();
      geweigerd += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto(srv.base);
    await page.waitForSelector('body[data-app-klaar="ja"]');
    await page.click('#nieuw-concept');
    const melding = page.locator('[role="alert"]', { hasText: 'kon niet worden geladen' });
    await melding.waitFor();
    assert.match(await melding.textContent(), /Uw concept staat veilig in deze browser/);
    // Not retried by itself in a loop while offline.
    await page.waitForTimeout(1000);
    assert.equal(geweigerd, 1, `fetched ${geweigerd} times while offline`);
    blokkeer = false;
    await page.click('#opnieuw-laden');
    await page.waitForSelector('#takenlijst');
    await page.click('nav.secties a[href$="/rekenen"]');
    await page.fill('#veld-gemeente', 'Zevenaar');
    // The failed fetches were logged by the loader and the browser; nothing else went wrong.
    const rest = b.problems.filter((p) => !/internetdisconnected|ERR_INTERNET_DISCONNECTED|Failed to fetch|TypeError|Failed to load resource/i.test(p));
    assert.deepEqual(rest, []);
  } finally {
    await b.close();
  }
});
