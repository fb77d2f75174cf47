// PouchDB 9's server-side parts ship no types; the engine uses them through pouch.js's typedefs.
// (pouchdb-core itself is declared in src/lib/forum/vendor.d.ts.)
declare module 'pouchdb-adapter-leveldb' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-mapreduce' {
	const plugin: unknown;
	export default plugin;
}
declare module 'leveldown' {
	interface LevelDown {
		compactRange(start: Buffer, end: Buffer, callback: (error?: unknown) => void): void;
	}
	interface LevelDownConstructor {
		(location: string): LevelDown;
		destroy(location: string, callback: (error?: Error) => void): void;
	}
	const leveldown: LevelDownConstructor;
	export default leveldown;
}
