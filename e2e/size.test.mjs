// Size (issue 6). The budget is 200 KB brotli for the release wasm; the app is not there yet
// (323 KB after the erased-components build). Until it is, this test is a ratchet: it fails when
// the wasm grows past CEILING, and reports how far it still is from the budget. Lower CEILING
// whenever the wasm shrinks; set it to LIMIT once the budget is met.
// Measured like a static host would serve it: `brotli -q 11` (the CLI; Node's zlib at quality 11
// when the CLI is missing). KB = 1000 bytes, so the limit is 200,000 bytes.
// Full size and speed figures: `bash scripts/bench.sh`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { DIST } from './helpers.mjs';

const LIMIT = 200_000; // bytes, brotli -q 11: the budget of issue 6
const CEILING = 330_000; // bytes: today's size plus a little; never raise it to make a change pass

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

test('release wasm does not grow past the ratchet (budget 200 KB brotli, KB = 1000 B)', (t) => {
  const wasm = fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `expected one .wasm in dist/, found: ${wasm.join(', ') || 'none'}`);
  const file = path.join(DIST, wasm[0]);
  const raw = fs.statSync(file).size;
  const br = brotli(file);
  const total = fs.readdirSync(DIST).map((f) => path.join(DIST, f)).filter((f) => fs.statSync(f).isFile())
    .reduce((s, f) => s + (f === file ? br : brotli(f)), 0);
  const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
  const msg = `wasm ${wasm[0]}: ${kb(raw)} raw, ${kb(br)} brotli -q 11 (limit ${kb(LIMIT)}); all of dist/: ${kb(total)} brotli`;
  t.diagnostic(msg);
  t.diagnostic(br <= LIMIT ? 'within the 200 KB budget: set CEILING = LIMIT' : `still ${kb(br - LIMIT)} over the 200 KB budget`);
  assert.ok(br <= CEILING, `${msg} — grew past the ratchet of ${kb(CEILING)}`);
});
