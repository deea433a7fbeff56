// npm run sync:add-seller -- awa
// Gives a seller her notebook on the cooperative's CouchDB, through CouchDB's HTTP API: her user
// (org.couchdb.user:awa in _users), her database assoh-awa, and its _security with her alone as
// member (CouchDB 3 then lets no other user read or write it; admins only manage it). Prints the
// three things she types in Réglages → Synchronisation. Safe to run twice: what exists is kept
// (a new password only with --new-password).
//
// COUCHDB_URL (default http://127.0.0.1:5984, CouchDB itself, not through the proxy),
// COUCHDB_USER and COUCHDB_PASSWORD (the server admin), PUBLIC_URL (the app's address, e.g.
// https://coop.example.org: the notebook's address is PUBLIC_URL/db/assoh-<name>).
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** A password a seller can type: 12 letters and digits without look-alikes (0/O, 1/l/I). */
export function newPassword() {
  const letters = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(12)].map((b) => letters[b % letters.length]).join('');
}

async function call(base, auth, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  return { status: res.status, json };
}

export async function addSeller({ couchUrl, admin, name, password, publicUrl, newPass = false }) {
  if (!NAME.test(name)) throw new Error(`name: lower-case letters, digits, - or _ (got "${name}")`);
  const db = `assoh-${name}`;
  const userPath = `/_users/org.couchdb.user:${name}`;
  const existing = await call(couchUrl, admin, 'GET', userPath);
  if (existing.status === 401) throw new Error('COUCHDB_USER / COUCHDB_PASSWORD refused');
  let pass = null;
  if (existing.status === 404 || newPass) {
    pass = password ?? newPassword();
    const user = {
      ...(existing.status === 200 ? existing.json : {}),
      _id: `org.couchdb.user:${name}`,
      name,
      type: 'user',
      roles: [],
      password: pass,
    };
    const put = await call(couchUrl, admin, 'PUT', userPath, user);
    if (put.status >= 300)
      throw new Error(`user ${name}: ${put.status} ${JSON.stringify(put.json)}`);
  }
  const created = await call(couchUrl, admin, 'PUT', `/${db}`);
  if (created.status >= 300 && created.status !== 412)
    throw new Error(`database ${db}: ${created.status} ${JSON.stringify(created.json)}`);
  const security = {
    admins: { names: [], roles: [] },
    members: { names: [name], roles: [] },
  };
  const sec = await call(couchUrl, admin, 'PUT', `/${db}/_security`, security);
  if (sec.status >= 300)
    throw new Error(`security ${db}: ${sec.status} ${JSON.stringify(sec.json)}`);
  return {
    url: `${(publicUrl ?? '').replace(/\/+$/, '')}/db/${db}`,
    username: name,
    password: pass,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--'));
  if (!name) {
    console.error('usage: npm run sync:add-seller -- <name> [--new-password]');
    process.exit(2);
  }
  const admin = {
    username: process.env.COUCHDB_USER ?? 'admin',
    password: process.env.COUCHDB_PASSWORD ?? '',
  };
  if (!admin.password) {
    console.error('Set COUCHDB_PASSWORD (and COUCHDB_USER if not "admin").');
    process.exit(2);
  }
  try {
    const s = await addSeller({
      couchUrl: (process.env.COUCHDB_URL ?? 'http://127.0.0.1:5984').replace(/\/+$/, ''),
      admin,
      name,
      publicUrl: process.env.PUBLIC_URL ?? 'https://coop.example.org',
      newPass: args.includes('--new-password'),
    });
    console.log(`Adresse du carnet : ${s.url}`);
    console.log(`Identifiant       : ${s.username}`);
    console.log(
      `Mot de passe      : ${s.password ?? '(inchangé : --new-password pour en donner un nouveau)'}`,
    );
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}
