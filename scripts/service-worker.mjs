// Writes dist/sw.js: the list of every file in the build and a build id, ahead of web/sw.js
// (which explains the caching). Called by scripts/post-build.mjs at the end of each trunk build,
// and by e2e/offline.test.mjs on a modified copy of dist/ (a second build, for the update flow).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const SJABLOON = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'sw.js');

/** Every file under `dir` (relative, '/'-separated, sorted), sw.js itself left out. */
export function bestanden(dir) {
  const uit = [];
  const loop = (sub) => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) loop(rel);
      else if (e.isFile() && rel !== 'sw.js') uit.push(rel);
    }
  };
  loop('');
  return uit.sort();
}

/** Modules fetched only when the user asks for them (the Word module, issue 14): not precached,
 * so neither a first visit nor an update downloads them; the worker keeps them once fetched. */
export const OP_VERZOEK = /^split_word[-_]/;

/** Writes `dir`/sw.js for the files now in `dir`; returns { build, files }. */
export function schrijfServiceWorker(dir) {
  const files = bestanden(dir);
  if (!files.includes('index.html')) throw new Error(`service worker: no index.html in ${dir}`);
  const h = crypto.createHash('sha256');
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(path.join(dir, f))).update('\0');
  const build = h.digest('hex').slice(0, 16);
  const vooraf = files.filter((f) => !OP_VERZOEK.test(f));
  const later = files.filter((f) => OP_VERZOEK.test(f));
  const kop = `const BUILD = ${JSON.stringify(build)};\nconst BESTANDEN = ${JSON.stringify(vooraf)};\nconst OP_VERZOEK = ${JSON.stringify(later)};\n`;
  fs.writeFileSync(path.join(dir, 'sw.js'), kop + fs.readFileSync(SJABLOON, 'utf8'));
  return { build, files, vooraf, later };
}
