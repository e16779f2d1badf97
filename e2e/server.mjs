// A static server for dist/ on 127.0.0.1, at "/" and under a sub-path, like any static host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** `dir` may be a function returning the folder: the update test switches builds behind one origin. */
export function serve(dir, { subPath = '/' } = {}) {
  const server = http.createServer((req, res) => {
    let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!url.startsWith(subPath)) { res.writeHead(404); return res.end('not found'); }
    url = url.slice(subPath.length - 1);
    if (url.endsWith('/')) url += 'index.html';
    const root = typeof dir === 'function' ? dir() : dir;
    const file = path.join(root, path.normalize(url));
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403); return res.end(); }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}${subPath}` })));
}
