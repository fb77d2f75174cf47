// The embedded server as a whole, over real HTTP: the gateway at /db in front of the database
// (in the same process, also on a loopback port only the gateway and the admin can use), the data
// folder's permissions, and the static app.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import {
	adminFetch,
	basicAuth,
	embeddedOnly,
	jsonHeaders,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from './test-helpers';

let server: TestServer;
const db = (path: string) => `${server.url}/db${path}`;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server.stop();
});

describe('embedded CouchDB-compatible server', () => {
	it('answers /db/ with the CouchDB welcome, without naming its software', async () => {
		const response = await fetch(db('/'), { headers: jsonHeaders });
		expect(response.status).toBe(200);
		const welcome = await response.json();
		expect(welcome).toMatchObject({ couchdb: 'Welcome', vendor: { name: 'Passerelle' } });
		expect(JSON.stringify(welcome)).not.toMatch(/pouch|express/i);
	});

	it('does not let even the admin’s credentials through the public door', async () => {
		const { name, password } = server.admin;
		const response = await fetch(db('/_config'), {
			headers: { ...jsonHeaders, ...basicAuth(name, password) }
		});
		expect(response.status).toBe(403);
	});

	const loopback = embeddedOnly('its own loopback listener; Apache CouchDB has its port');
	it.skipIf(loopback.skip)(
		loopback.title('serves the database on the loopback to its admin only'),
		async () => {
			expect(new URL(server.adminUrl).hostname).toBe('127.0.0.1');
			expect((await fetch(`${server.adminUrl}/forum`)).status).toBe(403);
			const asUser = await signUpAndLogIn(server.url, 'lea');
			expect(
				(await fetch(`${server.adminUrl}/forum`, { headers: { cookie: asUser } })).status
			).toBe(403);
			expect((await adminFetch(server, '/_all_dbs')).status).toBe(200);
		}
	);

	const files = embeddedOnly('its data folder; Apache CouchDB keeps its own');
	it.skipIf(files.skip)(
		files.title('keeps the data folder readable by its owner only'),
		async () => {
			expect((await stat(server.dataDir)).mode & 0o077).toBe(0);
			for (const file of [
				'admin.json',
				'secrets.json',
				'engine.json',
				'security/passerelle.json'
			]) {
				expect((await stat(join(server.dataDir, file))).mode & 0o077, file).toBe(0);
			}
			for (const folder of ['databases', 'databases/_users', 'security']) {
				expect((await stat(join(server.dataDir, folder))).mode & 0o077, folder).toBe(0);
			}
			const users = join(server.dataDir, 'databases/_users');
			for (const file of await readdir(users)) {
				expect((await stat(join(users, file))).mode & 0o077, `_users/${file}`).toBe(0);
			}
		}
	);

	it('hashes passwords with PBKDF2-SHA256, at least 100,000 iterations, whoever writes them', async () => {
		await signUpAndLogIn(server.url, 'mathis');
		await adminFetch(server, '/_users/org.couchdb.user:by-admin', {
			method: 'PUT',
			body: JSON.stringify({ name: 'by-admin', password: 'set-by-admin', roles: [], type: 'user' })
		});
		for (const name of ['mathis', 'by-admin']) {
			const doc = await adminFetch(server, `/_users/org.couchdb.user:${name}`).then((r) =>
				r.json()
			);
			expect(doc, name).toMatchObject({ password_scheme: 'pbkdf2', pbkdf2_prf: 'sha256' });
			expect(doc.iterations, name).toBeGreaterThanOrEqual(100_000);
			expect(doc.derived_key, name).toMatch(/^[0-9a-f]{64}$/);
			expect(doc.password, name).toBeUndefined();
		}
	});
});

describe('replication into the embedded server', () => {
	it('stores a replicated edit with its revision history (new_edits: false)', async () => {
		const cookie = await signUpAndLogIn(server.url, 'camille');
		const headers = { ...jsonHeaders, cookie };
		const post = makeThread('camille');
		const first = await fetch(db(`/forum/${post._id}`), {
			method: 'PUT',
			headers,
			body: JSON.stringify(post)
		}).then((r) => r.json());
		const hash = 'abcdef0123456789abcdef0123456789';
		const edit = {
			...post,
			body: 'Modifié hors ligne',
			_rev: `2-${hash}`,
			_revisions: { start: 2, ids: [hash, first.rev.split('-')[1]] }
		};
		const response = await fetch(db('/forum/_bulk_docs'), {
			method: 'POST',
			headers,
			body: JSON.stringify({ docs: [edit], new_edits: false })
		});
		expect(response.status).toBe(201);
		const stored = await fetch(db(`/forum/${post._id}`)).then((r) => r.json());
		expect(stored).toMatchObject({ _rev: `2-${hash}`, body: 'Modifié hors ligne' });
	});
});

describe('static app serving', () => {
	it('serves the app shell for any page URL, so deep links work', async () => {
		const response = await fetch(`${server.url}/prestataires/une-fiche`);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('<title>shell</title>');
	});

	it('answers 404 for a missing asset instead of the HTML shell', async () => {
		expect((await fetch(`${server.url}/_app/immutable/missing.js`)).status).toBe(404);
	});

	it('makes browsers revalidate the service worker but cache hashed assets for good', async () => {
		const sw = await fetch(`${server.url}/sw.js`);
		expect(sw.headers.get('cache-control')).toBe('no-cache');
		const asset = await fetch(`${server.url}/_app/immutable/app.abc123.js`);
		expect(asset.headers.get('cache-control')).toContain('immutable');
		// A content chunk is named by its digest: it never changes either.
		const chunk = await fetch(`${server.url}/data/chunks/${'a'.repeat(64)}.json`);
		expect(chunk.headers.get('cache-control')).toContain('immutable');
	});
});
