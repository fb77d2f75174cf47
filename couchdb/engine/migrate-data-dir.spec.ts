// Upgrading keeps everything: today's server started on a data folder made by Passerelle 0.1
// (express-pouchdb on pouchdb-node 7, couchdb/engine/fixtures/) moves it to the engine's layout
// and serves the same accounts, posts, shared plan and sessions; a second start changes nothing.
import { createHmac } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	adminFetch,
	embeddedOnly,
	logIn,
	send,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

const fixture = fileURLToPath(new URL('./fixtures/data-0.1.0', import.meta.url));
const planId = '7d3f1c2a-5b6e-4f80-9a1b-2c3d4e5f6a7b';
const oldSecrets = { session: 'e5f42873adabddb56f9f1cd6267337acbd93679fd003237a1f74329b4d85b030' };
const engine = embeddedOnly('a data folder of the embedded database');

let dataDir: string;
let server: TestServer;
const db = (path: string) => `${server.url}/db${path}`;
const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

describe.skipIf(engine.skip)(engine.title('a data folder made by Passerelle 0.1'), () => {
	beforeAll(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'passerelle-upgrade-'));
		await cp(fixture, dataDir, { recursive: true });
		server = await startTestServer({ dataDir, restart: true });
	});
	afterAll(async () => {
		await server?.stop();
		await rm(dataDir, { recursive: true, force: true });
	});

	it('is moved to the engine’s layout: databases in databases/, security objects apart', async () => {
		expect(await readdir(join(dataDir, 'databases'))).toEqual(
			expect.arrayContaining([
				'_users',
				'forum',
				'passerelle',
				'passerelle-mrview-fc250d957eadd1bf0b867731f4ed83e0',
				`plan-${planId}`
			])
		);
		for (const gone of ['config.json', 'pouch__all_dbs__', 'forum', '_users']) {
			expect(await exists(join(dataDir, gone)), gone).toBe(false);
		}
		const security = JSON.parse(
			await readFile(join(dataDir, 'security', `plan-${planId}.json`), 'utf8')
		);
		expect(security.members.names.sort()).toEqual(['alice', 'bruno']);
		expect(security.passerelle.roles).toEqual({ alice: 'owner', bruno: 'editor' });
		// The document express-pouchdb kept it in is gone from the database.
		expect((await adminFetch(server, `/plan-${planId}/_local/_security`)).status).toBe(404);
	});

	it('keeps the server’s id, so phones’ replication checkpoints still match', async () => {
		const welcome = await send(db('/'));
		expect(welcome.json?.uuid).toBe('48b225cc-4174-42ad-9d8a-609bc2fd20ea');
	});

	it('keeps the accounts, their passwords and the sessions phones hold', async () => {
		expect(await logIn(server.url, 'alice', 'password-of-alice')).toMatch(/^AuthSession=/);
		// A cookie of 0.1 (issued an hour ago with the secret kept in the folder) still works.
		const account = await adminFetch(server, '/_users/org.couchdb.user:bruno').then((r) =>
			r.json()
		);
		const issuedAt = Math.floor(Date.now() / 1000) - 3600;
		const mac = createHmac('sha256', oldSecrets.session)
			.update(`bruno:${issuedAt}:${account.salt}`)
			.digest('base64url');
		const cookie = `AuthSession=${Buffer.from('bruno').toString('base64url')}.${issuedAt.toString(36)}.${mac}`;
		const session = await send(db('/_session'), { headers: { cookie } });
		expect(session.json?.userCtx).toEqual({ name: 'bruno', roles: [] });
	});

	it('keeps the forum: the edited thread, its reply, the deleted one deleted, names from profiles', async () => {
		const thread = await send(db('/forum/thread:mimbz3q00-fixture01'));
		expect(thread.json?.body).toContain('Édité : nous avons 12 boîtes.');
		const reply = await send(
			db(`/forum/${encodeURIComponent('reply:mimbz3q00-fixture01:mimc0aa00-fixture02')}`)
		);
		expect(reply.status).toBe(200);
		expect((await send(db('/forum/thread:mimc1bb00-fixture03'))).status).toBe(404);
		const profile = await send(db('/forum/profile:bruno'));
		expect(profile.json).toMatchObject({ displayName: 'Bruno (trésorier)' });
	});

	it('keeps the shared plan: its editor writes, a stranger sees nothing', async () => {
		const bruno = await logIn(server.url, 'bruno', 'password-of-bruno');
		const records = await send(db(`/plan-${planId}/_all_docs`), { headers: { cookie: bruno } });
		expect(records.json?.rows).toHaveLength(2); // the record, and the plan's design document
		const listed = await send(db('/_passerelle/plans'), { headers: { cookie: bruno } });
		expect(listed.json?.plans).toEqual([{ planId, role: 'editor', name: 'Les Jardins partagés' }]);
		expect((await send(db(`/plan-${planId}/_all_docs`))).status).toBe(404);
	});

	it('changes nothing when the server starts again', async () => {
		await server.stop();
		const before = (await readdir(join(dataDir, 'databases'))).sort();
		server = await startTestServer({ dataDir, restart: true });
		expect((await readdir(join(dataDir, 'databases'))).sort()).toEqual(before);
		expect(await logIn(server.url, 'bruno', 'password-of-bruno')).toMatch(/^AuthSession=/);
	});
});
