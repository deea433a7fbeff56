// pouchdb-browser ships no types; the sync reaches it only through Replica (replica.ts).
declare module 'pouchdb-browser' {
  const PouchDB: {
    new (name: string, options?: Record<string, unknown>): unknown;
    plugin(plugin: unknown): void;
  };
  export default PouchDB;
}
