// pouchdb-browser reads `self` (a browser's and a worker's global) when it loads; Node has none.
// Import this before anything that loads PouchDB in a unit test.
(globalThis as { self?: unknown }).self ??= globalThis;
