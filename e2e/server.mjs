// A small static server for the production build, as any static HTTPS host would serve it:
// files from dist/, index.html for app routes. Tests can "deploy a new version" by changing
// the bytes of sw.js (bump), which is how a browser notices an update.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export async function startServer({
  port = 0,
  root = process.env.DIST ?? 'dist',
  host = '127.0.0.1',
} = {}) {
  const dir = resolve(root);
  let version = 0;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    let file = join(dir, path);
    let isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) {
      if (extname(path)) {
        res.writeHead(404).end('not found');
        return;
      }
      file = join(dir, 'index.html');
      path = '/index.html';
    }
    let body = await readFile(file);
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (path === '/sw.js' || path === '/index.html') headers['Cache-Control'] = 'no-cache';
    else if (path.startsWith('/assets/'))
      headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    if (path === '/sw.js' && version > 0)
      body = Buffer.concat([body, Buffer.from(`\n// v${version}\n`)]);
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`,
    /** Serves a different sw.js from now on: the browser sees a new version. */
    bump: () => {
      version += 1;
    },
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const s = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Assoh (dist/) on ${s.url}`);
}
