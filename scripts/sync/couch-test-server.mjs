// A CouchDB stand-in for the tests and the benchmark: express-pouchdb (the HTTP layer of
// pouchdb-server, which speaks CouchDB's API) over in-memory PouchDB databases: what
// `pouchdb-server --in-memory` runs, without its CLI's optional LevelDB and SQLite adapters, whose
// native builds would slow every `npm ci` for nothing. It starts in "admin party" like a fresh
// CouchDB; `admin` is then made its server admin, as the cooperative's CouchDB 3 has one.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const TEST_ADMIN = { username: 'admin', password: 'assoh-test-admin' };

export async function startCouch({ port = 0, host = '127.0.0.1', admin = TEST_ADMIN } = {}) {
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-adapter-memory'));
  const dir = await mkdtemp(join(tmpdir(), 'assoh-couch-'));
  const app = require('express-pouchdb')({
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
  });
  app.setPouchDB(PouchDB.defaults({ prefix: `${dir}/` }));
  const server = createServer(app);
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  const res = await fetch(`${url}/_config/admins/${admin.username}`, {
    method: 'PUT',
    body: JSON.stringify(admin.password),
  });
  if (!res.ok) throw new Error(`couch admin: ${res.status}`);
  return {
    url,
    admin,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const c = await startCouch({ port: Number(process.env.PORT ?? 5984) });
  console.log(`CouchDB stand-in on ${c.url} (admin ${c.admin.username})`);
}
