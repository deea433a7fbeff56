// The unit tests' replicas and server live in memory (PouchDB's memory adapter, no types shipped).
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
