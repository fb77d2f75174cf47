// pouchdb-browser ships no types; the forum uses it only through pouch-types.ts.
declare module 'pouchdb-browser' {
	const PouchDB: unknown;
	export default PouchDB;
}
