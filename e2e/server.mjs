// A small static server for the production build, as any static HTTPS host would serve it:
// files from dist/, index.html for app routes. Tests can "deploy a new version" by changing
// the bytes of sw.js (bump), which is how a browser notices an update.
import { createServer, request } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCouch } from '../scripts/sync/couch-test-server.mjs';

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

/** Bytes that went through /db/ (what a phone sent and received), for the tests and the bench. */
function newTraffic() {
  return { requests: 0, up: 0, down: 0 };
}

function headerBytes(firstLine, raw) {
  let n = firstLine.length + 4;
  for (let i = 0; i < raw.length; i += 2) n += raw[i].length + raw[i + 1].length + 4;
  return n;
}

/**
 * /db/… goes to CouchDB with /db taken off, as the production reverse proxy does (Caddyfile):
 * the app reaches its notebook at its own origin, and its CSP stays connect-src 'self'.
 */
function proxyToCouch(couchUrl, req, res, traffic) {
  const target = new URL(couchUrl);
  const path = (req.url ?? '/').replace(/^\/db(?=\/|$)/, '') || '/';
  traffic.requests += 1;
  // Request line and headers count too (the Authorization header goes with every request).
  traffic.up += headerBytes(`${req.method} ${req.url} HTTP/1.1`, req.rawHeaders);
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      traffic.down += headerBytes(`HTTP/1.1 ${answer.statusCode}`, answer.rawHeaders);
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.on('data', (chunk) => (traffic.down += chunk.length));
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.on('data', (chunk) => (traffic.up += chunk.length));
  req.pipe(upstream);
}

export async function startServer({
  port = 0,
  root = process.env.DIST ?? 'dist',
  host = '127.0.0.1',
  couchUrl,
} = {}) {
  const dir = resolve(root);
  let version = 0;
  let traffic = newTraffic();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (couchUrl && /^\/db(\/|$)/.test(url.pathname)) {
      proxyToCouch(couchUrl, req, res, traffic);
      return;
    }
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
    /** What went through /db/ since the last call (and starts counting again). */
    takeTraffic: () => {
      const t = traffic;
      traffic = newTraffic();
      return t;
    },
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

/** The e2e CouchDB's port: beside the app's, so that parallel runs (one E2E_PORT each) never meet. */
export function couchPortFor(appPort) {
  return Number(process.env.E2E_COUCH_PORT ?? appPort + 1800);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const couch = await startCouch({ port: couchPortFor(port) });
  const s = await startServer({ port, host: process.env.HOST ?? '127.0.0.1', couchUrl: couch.url });
  console.log(`Assoh (dist/) on ${s.url}, CouchDB stand-in on ${couch.url} behind ${s.url}/db/`);
}
