// trunk post_build hook, three jobs:
//
// 1. The split modules. scripts/bin/wasm-bindgen (trunk's wasm-bindgen) split the wasm and left
//    the draft pages' module and its loader (__wasm_split.js) in target/wasm-split/<profile>/uit/.
//    Copy them next to trunk's hashed main module and point the loader at that module's JS.
//
// 2. The CSP. trunk starts the wasm with an inline <script type="module">, which the app's
//    Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline script) rightly
//    blocks. Move that script into its own file next to index.html.
//
// 3. The service worker (offline, updates): dist/sw.js lists every file of this build.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { schrijfServiceWorker } from './service-worker.mjs';

const fail = (m) => { console.error(`post-build: ${m}`); process.exit(1); };
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) fail('TRUNK_STAGING_DIR not set');
const bron = process.env.TRUNK_SOURCE_DIR || process.cwd();
const profiel = process.env.TRUNK_PROFILE === 'release' ? 'release' : 'debug';

// ---- 1. split modules
const glue = fs.readdirSync(dir).filter((f) => /^vangnet-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) fail(`expected one vangnet-<hash>.js in ${dir}, found ${glue.length}`);
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(bron, process.env.CARGO_TARGET_DIR) : path.join(bron, 'target');
const uit = path.join(targetDir, 'wasm-split', profiel, 'uit');
if (!fs.existsSync(path.join(uit, '__wasm_split.js'))) fail(`${uit}/__wasm_split.js missing: was trunk run with scripts/bin first on PATH (scripts/run.sh)?`);
const hoofdJs = fs.readFileSync(path.join(dir, glue[0]), 'utf8');
if (!hoofdJs.includes('./__wasm_split.js')) fail(`${glue[0]} does not import ./__wasm_split.js: the wasm was not split. Run trunk with scripts/bin first on PATH, as scripts/run.sh does (docs/TOOLCHAIN.md).`);
// The modules get a content hash in their name (as trunk's own files do), so a browser never
// mixes a cached module with a newer main module.
let loader = fs.readFileSync(path.join(uit, '__wasm_split.js'), 'utf8');
if (!loader.includes('from "./vangnet.js"')) fail('__wasm_split.js: unexpected main module import');
loader = loader.replace('from "./vangnet.js"', `from "./${glue[0]}"`);
for (const f of fs.readdirSync(uit).filter((f) => f.endsWith('.wasm'))) {
  const inhoud = fs.readFileSync(path.join(uit, f));
  const hash = crypto.createHash('sha256').update(inhoud).digest('hex').slice(0, 16);
  const naam = f.replace(/(_\d+)?\.wasm$/, `-${hash}.wasm`);
  if (!loader.includes(`"./${f}"`)) fail(`__wasm_split.js does not load ${f}`);
  loader = loader.replaceAll(`"./${f}"`, `"./${naam}"`);
  fs.writeFileSync(path.join(dir, naam), inhoud);
}
fs.writeFileSync(path.join(dir, '__wasm_split.js'), loader);
// The JS glue imports the loader statically; without a preload the browser finds it only after
// the glue arrived: one more round trip before start (2 s on a slow 3G line).
const sri = `sha384-${crypto.createHash('sha384').update(loader).digest('base64')}`;
const preloadLoader = `<link rel="modulepreload" href="./__wasm_split.js" crossorigin="anonymous" integrity="${sri}">`;

// ---- 2. CSP: no inline script
// trunk writes two: the module that starts the wasm (always) and, under `trunk serve`, the
// classic script that reloads the page after a rebuild. Each goes into its own file, keeping
// its type, so both run under the CSP.
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const re = /<script((?:\s+type="module")?)(?:\s+nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
let modules = 0;
let herlaad = 0;
// The start module also loads web/pwa.js (service worker, update banner, storage sentence), on
// `load`: a <script> tag in index.html would be a 7th request beside the 6 the start needs,
// and on a slow line wait a round trip for a free connection ahead of the wasm.
const PWA = "addEventListener('load', () => import('./pwa.js'));\n";
html = html.replace(re, (_, type, code) => {
  if (type) code = PWA + code;
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `${type ? 'start' : 'herlaad'}-${hash}.js`;
  // trunk serve fills the reload script's address and path only inside index.html; in a file
  // they come from the page itself (same host; the directory index.html is served from).
  const vast = code
    .replace(/(['`])\{\{__TRUNK_ADDRESS__\}\}\1/g, 'window.location.host')
    .replace(/(['`])\{\{__TRUNK_WS_BASE__\}\}\1/g, "window.location.pathname.replace(/[^/]*$/, '')");
  fs.writeFileSync(path.join(dir, name), vast.trim() + '\n');
  if (type) modules += 1; else herlaad += 1;
  return `<script${type} src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('an inline script remains');
if (modules !== 1) fail(`expected one inline start script, found ${modules}`);
const glueLink = new RegExp(`<link rel="modulepreload" href="\\./${glue[0].replace('.', '\\.')}"[^>]*>`);
if (!glueLink.test(html)) fail('no modulepreload link for the JS glue in index.html');
html = html.replace(glueLink, (m) => m + preloadLoader);
fs.writeFileSync(indexPath, html);

// ---- 3. The service worker: precaches exactly the files of this build (scripts/service-worker.mjs).
// Not under `trunk serve` (it adds the reload script): a worker serving the previous build from
// its cache would hide each rebuild. pwa.js then finds no sw.js and does without.
if (herlaad === 0) {
  const { build, files } = schrijfServiceWorker(dir);
  console.log(`post-build: sw.js for build ${build}, ${files.length} files`);
}
