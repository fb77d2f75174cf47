// The Node tests must run the replicator the app ships: pouchdb-browser's parts at its version.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PouchDB } from './node-pouchdb';

const require = createRequire(import.meta.url);
const versionOf = (name: string) =>
	(require(`${name}/package.json`) as { version: string }).version;

describe('PouchDB in the Node tests', () => {
	it('is the version of pouchdb-browser, part by part', () => {
		const shipped = versionOf('pouchdb-browser');
		expect(shipped).toMatch(/^9\./);
		expect(PouchDB.version).toBe(shipped);
		const parts = [
			'pouchdb-core',
			'pouchdb-adapter-http',
			'pouchdb-replication',
			'pouchdb-adapter-memory'
		];
		for (const part of parts) {
			expect(versionOf(part), part).toBe(shipped);
		}
	});
});
