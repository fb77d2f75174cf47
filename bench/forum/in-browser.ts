// Runs in Chromium, bundled by bench/lib/bundle.js: first full sync of the forum into an empty
// browser database, with the app's sync engine and with stock `PouchDB.replicate()`.
import PouchDBModule from 'pouchdb-browser';
import type { PouchConstructor } from '$lib/forum/pouch-types';
import { SyncEngine } from '$lib/forum/sync-engine';
import { defaultScope } from '$lib/forum/sync-scope';

const PouchDB = PouchDBModule as unknown as PouchConstructor;

export interface ForumSyncRun {
	ms: number;
	docs: number;
	adapter: string;
}

let counter = 0;

async function countForumDocs(db: InstanceType<PouchConstructor>): Promise<number> {
	const all = await db.allDocs();
	return all.rows.filter((row) => !row.id.startsWith('_')).length;
}

/**
 * The app's engine with the app's default scope (every category, 12 months: the seeded posts are
 * all recent, so everything is kept): bulk first load, then live pull; done at `uptodate`.
 */
async function syncWithEngine(remoteUrl: string): Promise<ForumSyncRun> {
	const local = new PouchDB(`bench-engine-${Date.now()}-${counter++}`);
	const remote = new PouchDB(remoteUrl, { skip_setup: true });
	const start = performance.now();
	const engine = new SyncEngine({ local, remote, remoteUrl, scope: defaultScope });
	await new Promise<void>((done, fail) => {
		const timer = setInterval(() => {
			if (engine.status.state === 'uptodate') {
				clearInterval(timer);
				done();
			}
		}, 5);
		setTimeout(() => fail(new Error('engine sync timed out')), 300_000);
		engine.start();
	});
	const ms = performance.now() - start;
	engine.stop();
	const docs = await countForumDocs(local);
	await local.destroy();
	return { ms, docs, adapter: local.adapter ?? '?' };
}

/** Stock PouchDB: `replicate.from(remote)` with its default options. */
async function syncStock(remoteUrl: string): Promise<ForumSyncRun> {
	const local = new PouchDB(`bench-stock-${Date.now()}-${counter++}`);
	const start = performance.now();
	await new Promise((done, fail) => {
		local.replicate.from(remoteUrl).on('complete', done).on('error', fail);
	});
	const ms = performance.now() - start;
	const docs = await countForumDocs(local);
	await local.destroy();
	return { ms, docs, adapter: local.adapter ?? '?' };
}

declare global {
	interface Window {
		runForumSync(kind: 'engine' | 'stock', remoteUrl: string): Promise<ForumSyncRun>;
	}
}

window.runForumSync = (kind, remoteUrl) =>
	kind === 'engine' ? syncWithEngine(remoteUrl) : syncStock(remoteUrl);
