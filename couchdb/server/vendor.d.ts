// Minimal types for the embedded server's untyped dependencies (only what this project uses).
declare module 'express-pouchdb' {
	import type { Express } from 'express';
	interface ExpressPouchDB extends Express {
		couchConfig: {
			set(section: string, key: string, value: string, callback: (error: unknown) => void): void;
		};
	}
	export default function expressPouchDB(PouchDB: unknown, options: object): ExpressPouchDB;
}

declare module 'pouchdb-node' {
	interface PouchDBConstructor {
		defaults(options: { prefix: string }): PouchDBConstructor;
	}
	const PouchDB: PouchDBConstructor;
	export default PouchDB;
}

// express-pouchdb's helpers that name and open the database it serves (couchdb/backend/db-guards.js).
declare module 'express-pouchdb/lib/clean-filename' {
	function cleanFilename(name: string): string;
	export = cleanFilename;
}
declare module 'express-pouchdb/lib/create-or-delete-dbs' {
	export function getOrCreateDB(
		PouchDB: unknown,
		name: string
	): Promise<{
		get(id: string): Promise<{ security?: object }>;
	}>;
}
