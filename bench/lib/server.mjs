// A static server on 127.0.0.1 for the benchmark: several folders under URL prefixes, served the
// way a real static host does it: brotli (-q 11) when the browser accepts it, else gzip -9, and
// no caching (except where asked: see `cacheable`). Counts the requests and bytes per prefix.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

const cache = new Map();
/** The file compressed with the CLI tool (`brotli -q 11`, `gzip -9`), cached by path + mtime. */
export function compressed(file, enc) {
  const st = fs.statSync(file);
  const key = `${file}|${st.mtimeMs}|${st.size}|${enc}`;
  if (!cache.has(key)) {
    const out = enc === 'br'
      ? execFileSync('brotli', ['-c', '-q', '11', file], { maxBuffer: 64 << 20 })
      : enc === 'gzip' ? execFileSync('gzip', ['-9', '-c', '-n', file], { maxBuffer: 64 << 20 }) : fs.readFileSync(file);
    cache.set(key, out);
  }
  return cache.get(key);
}

/** routes: { '/app/': '/abs/dir', ... }. Prefixes in `cacheable` are sent with
 *  `cache-control: max-age=3600` instead of no-store (the baselines' repeat visit, HTTP cache warm). */
export function serve(routes, { cacheable = [] } = {}) {
  const log = [];
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = Object.keys(routes).find((p) => url.startsWith(p));
    if (!prefix) { res.writeHead(404); return res.end('not found'); }
    const dir = path.resolve(routes[prefix]);
    let rel = url.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404); return res.end('not found');
    }
    const ae = String(req.headers['accept-encoding'] || '');
    const enc = /\bbr\b/.test(ae) ? 'br' : /\bgzip\b/.test(ae) ? 'gzip' : 'identity';
    const body = compressed(file, enc);
    log.push({ prefix, file: path.relative(dir, file), enc, bytes: body.length });
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      ...(enc === 'identity' ? {} : { 'content-encoding': enc }),
      'content-length': body.length,
      'cache-control': cacheable.includes(prefix) ? 'max-age=3600' : 'no-store',
      vary: 'accept-encoding',
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    server, log, base: `http://127.0.0.1:${server.address().port}`,
  })));
}
