// A small static server for a built dist folder (scripts/serve.sh):
//   node scripts/serve.mjs <dist> [port] [address]
// Serves files with their MIME types (.wasm as application/wasm), "/" as
// index.html, no caching (a rebuild shows at the next reload). For a real
// deployment use deploy/nginx.conf (docs/deployment.md).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [dir = 'dist', port = '8080', address = '127.0.0.1'] = process.argv.slice(2);
const root = path.resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.svg': 'image/svg+xml',
};

http
  .createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(root, '.' + path.posix.normalize(pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  })
  .listen(Number(port), address, () => console.log(`[serve] http://${address}:${port}/  (Ctrl-C to stop)`));
