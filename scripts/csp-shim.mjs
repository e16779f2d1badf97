// trunk post_build hook: trunk starts the wasm with an inline <script type="module">, which
// the app's Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval', no inline script)
// rightly blocks. Move that script into its own file next to index.html.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('csp-shim: TRUNK_STAGING_DIR not set'); process.exit(1); }
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');
const re = /<script type="module">([\s\S]*?)<\/script>/g;
let n = 0;
html = html.replace(re, (_, code) => {
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `start-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), code.trim() + '\n');
  n += 1;
  return `<script type="module" src="./${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) { console.error('csp-shim: an inline script remains'); process.exit(1); }
if (n !== 1) { console.error(`csp-shim: expected one inline start script, found ${n}`); process.exit(1); }
fs.writeFileSync(indexPath, html);
