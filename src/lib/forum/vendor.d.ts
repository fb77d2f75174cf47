// pouchdb-browser ships no types; the forum uses it only through pouch-types.ts.
declare module 'pouchdb-browser' {
	const PouchDB: unknown;
	export default PouchDB;
}

// pouchdb-browser's parts, for the Node tests (node-pouchdb.ts).
declare module 'pouchdb-core' {
	interface PouchDBPlugins {
		plugin(plugin: unknown): PouchDBPlugins;
	}
	const PouchDB: PouchDBPlugins;
	export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-adapter-memory' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-replication' {
	const plugin: unknown;
	export default plugin;
}
