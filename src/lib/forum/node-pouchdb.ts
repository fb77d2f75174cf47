// PouchDB for the Node tests, made of the parts pouchdb-browser bundles (core, the HTTP adapter,
// replication; the app needs no map/reduce), at the same version, so the tests run the
// replicator the app ships. Only the local storage differs: memory instead of IndexedDB. (The
// embedded server runs the same PouchDB 9, on LevelDB: couchdb/engine/.)
import PouchDBCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { PouchConstructor } from './pouch-types';

/** The constructor: a URL opens a remote database, any other name a database in memory. */
export const PouchDB = PouchDBCore.plugin(httpAdapter)
	.plugin(memoryAdapter)
	.plugin(replication) as unknown as PouchConstructor & { version: string };
