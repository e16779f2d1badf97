// Size budgets (issue 6), measured on the release dist/ like a static host would serve it:
// `brotli -q 11` (the CLI; Node's zlib at quality 11 when the CLI is missing). KB = 1000 bytes.
//
// The wasm is split (scripts/bin/wasm-bindgen): the main module is all that loads before the
// start page is interactive; the draft pages are a second module, fetched after that. So:
// - the main wasm ≤ 200 KB brotli (the wasm budget);
// - the first load (index.html and everything it and the JS glue load statically) ≤ 250 KB;
// - the draft pages' module is not budgeted by the issue; it has a ratchet so it cannot grow
//   unnoticed (lower SPLIT_CEILING when it shrinks; never raise it to make a change pass);
// - the Word module (issue 14, fetched only when a Word file is asked for) has its own ceiling,
//   and so has any chunk the split tool makes for code both split modules share.
// Full size and speed figures: `bash scripts/bench.sh`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DIST } from './helpers.mjs';

const WASM_LIMIT = 200_000; // main wasm, brotli -q 11
const FIRST_LOAD_LIMIT = 250_000; // everything loaded before the start page is interactive
const SPLIT_CEILING = 292_000; // the draft pages' module: 172,3 KB before issues 13–15; 287,9 KB with the Document print and preview (+13,6), the raad's documents, compare and merge (+31), next year, the calendar, and the rules, checks and JSON export moved here from the start module (211,7 → 176,2 KB there)
const WORD_CEILING = 11_000; // the Word module (src/word/): 6,8 KB before the native chart (chart parts, column widths: 10,0 KB), plus a little; docx-rs alone would add 195 KB (docs/ARCHITECTURE.md)
const CHUNK_CEILING = 2_500; // code shared by the split modules only (chunk-<hash>.wasm): 1,7 KB today
/** The ceiling of a split module by its name (split_<name>-<hash>.wasm, chunk_<n>…). */
const plafond = (f) => (/^split_concept/.test(f) ? SPLIT_CEILING : /^split_word/.test(f) ? WORD_CEILING : /^chunk[-_]/.test(f) ? CHUNK_CEILING : 0);

function brotli(file) {
  try {
    return execFileSync('brotli', ['-c', '-q', '11', file], { maxBuffer: 64 << 20 }).length;
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
    return zlib.brotliCompressSync(fs.readFileSync(file), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
    }).length;
  }
}
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;

/** Files index.html loads, and what those JS modules import statically, transitively. */
function firstLoad() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const todo = [...html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set(['index.html']);
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    assert.ok(fs.existsSync(path.join(DIST, f)), `index.html or a module refers to ${f}, which is not in dist/`);
    seen.add(f);
    if (f.endsWith('.js')) {
      const js = fs.readFileSync(path.join(DIST, f), 'utf8');
      for (const m of js.matchAll(/(?:^|\n)\s*import\s[^'"]*?from\s*['"]\.\/([^'"]+)['"]/g)) todo.push(m[1]);
      // The start script hands the main wasm to init().
      for (const m of js.matchAll(/module_or_path:\s*'\.\/([^']+)'/g)) todo.push(m[1]);
    }
  }
  return [...seen];
}

test('size: main wasm ≤ 200 KB brotli, first load ≤ 250 KB, draft pages module within its ratchet', (t) => {
  const eerste = firstLoad();
  const wasmEerst = eerste.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasmEerst.length, 1, `expected one wasm in the first load, found: ${wasmEerst.join(', ') || 'none'}`);
  const hoofd = wasmEerst[0];
  assert.ok(eerste.includes('__wasm_split.js'), 'the JS glue does not import the split loader: the wasm was not split');

  // Every other wasm is a split module the loader fetches (nothing stale or unexplained in dist/).
  const loader = fs.readFileSync(path.join(DIST, '__wasm_split.js'), 'utf8');
  const gesplitst = fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm') && f !== hoofd);
  assert.ok(gesplitst.length >= 1, 'no split module in dist/');
  for (const f of gesplitst) assert.ok(loader.includes(`"./${f}"`), `${f} is in dist/ but the loader never fetches it`);

  const hoofdBr = brotli(path.join(DIST, hoofd));
  const eersteBr = eerste.reduce((s, f) => s + brotli(path.join(DIST, f)), 0);
  const splitBr = gesplitst.map((f) => [f, brotli(path.join(DIST, f))]);
  t.diagnostic(`main wasm ${hoofd}: ${kb(fs.statSync(path.join(DIST, hoofd)).size)} raw, ${kb(hoofdBr)} brotli (limit ${kb(WASM_LIMIT)})`);
  t.diagnostic(`first load (${eerste.length} files: ${eerste.join(', ')}): ${kb(eersteBr)} brotli (limit ${kb(FIRST_LOAD_LIMIT)})`);
  for (const [f, b] of splitBr) t.diagnostic(`split module ${f}: ${kb(fs.statSync(path.join(DIST, f)).size)} raw, ${kb(b)} brotli (ceiling ${kb(plafond(f))}), fetched ${/^split_word/.test(f) ? 'when a Word file is asked for' : 'after the start page is up'}`);
  // One module per split point: the draft pages and Word.
  assert.ok(gesplitst.some((f) => /^split_concept/.test(f)), 'no draft pages module (split_concept…) in dist/');
  assert.ok(gesplitst.some((f) => /^split_word/.test(f)), 'no Word module (split_word…) in dist/');
  // The Word renderer (its OOXML parts) is in the Word module only: not in the main module, not
  // in the draft pages' module, not in a shared chunk.
  for (const f of [hoofd, ...gesplitst]) {
    const heeft = fs.readFileSync(path.join(DIST, f)).includes('[Content_Types].xml');
    assert.equal(heeft, /^split_word/.test(f), `${f} ${heeft ? 'holds' : 'lacks'} the Word renderer's package parts`);
  }

  assert.ok(hoofdBr <= WASM_LIMIT, `main wasm ${kb(hoofdBr)} brotli is over the ${kb(WASM_LIMIT)} budget`);
  assert.ok(eersteBr <= FIRST_LOAD_LIMIT, `first load ${kb(eersteBr)} brotli is over the ${kb(FIRST_LOAD_LIMIT)} budget`);
  for (const [f, b] of splitBr) assert.ok(b <= plafond(f), `split module ${f} ${kb(b)} brotli grew past its ceiling of ${kb(plafond(f))}`);
});
