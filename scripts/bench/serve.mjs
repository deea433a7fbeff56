// Serves a built folder as a static host would in production: e2e/server.mjs for the files and
// the app's routes, behind a small front that compresses text (brotli when the browser offers
// it, gzip otherwise), so the slow-3G load downloads what a real host would send.
import { createServer, request } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../../e2e/server.mjs';

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;

// Compressed once, like a host's pre-compressed files: the server's time is not the app's.
function compressed(cache, url, encoding, body) {
  const key = `${encoding} ${url} ${body.length}`;
  let out = cache.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    cache.set(key, out);
  }
  return out;
}

export async function serve(root) {
  const upstream = await startServer({ port: 0, root });
  const cache = new Map();
  const { port: upstreamPort } = new URL(upstream.url);
  const front = createServer((req, res) => {
    const headers = { ...req.headers };
    delete headers['accept-encoding'];
    const up = request(
      { host: '127.0.0.1', port: upstreamPort, path: req.url, method: req.method, headers },
      (upRes) => {
        const chunks = [];
        upRes.on('data', (c) => chunks.push(c));
        upRes.on('end', () => {
          let body = Buffer.concat(chunks);
          const out = { ...upRes.headers };
          const accept = String(req.headers['accept-encoding'] ?? '');
          if (COMPRESSIBLE.test(String(out['content-type'] ?? '')) && body.length > 512) {
            const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
            if (encoding) {
              body = compressed(cache, req.url ?? '', encoding, body);
              out['content-encoding'] = encoding;
            }
            out.vary = 'Accept-Encoding';
          }
          out['content-length'] = String(body.length);
          res.writeHead(upRes.statusCode ?? 502, out);
          res.end(body);
        });
      },
    );
    up.on('error', (e) => res.writeHead(502).end(String(e)));
    req.pipe(up);
  });
  await new Promise((ok) => front.listen(0, '127.0.0.1', ok));
  const address = front.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await new Promise((ok) => front.close(() => ok(undefined)));
      await upstream.close();
    },
  };
}
