import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import { basicAuth, jsonHeaders, startTestServer, type TestServer } from './test-helpers';

let server: TestServer;
const db = (path: string) => `${server.url}/db${path}`;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server.stop();
});

describe('embedded CouchDB-compatible server', () => {
	it('answers /db/ with the CouchDB welcome', async () => {
		const response = await fetch(db('/'), { headers: jsonHeaders });
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ couchdb: 'Welcome' });
	});

	it('is not in admin party: anonymous visitors cannot read the configuration', async () => {
		const response = await fetch(db('/_config'), { headers: jsonHeaders });
		expect(response.status).toBe(401);
	});

	it('refuses database creation by anonymous visitors and stays up', async () => {
		const response = await fetch(db('/intruder'), { method: 'PUT', headers: jsonHeaders });
		expect(response.status).toBe(401);
		expect((await fetch(db('/'))).status).toBe(200);
		const all = await fetch(db('/_all_dbs'), { headers: jsonHeaders }).then((r) => r.json());
		expect(all).not.toContain('intruder');
	});

	it('refuses design documents and _security changes from anonymous visitors', async () => {
		const design = await fetch(db('/forum/_design/evil'), {
			method: 'PUT',
			headers: jsonHeaders,
			body: JSON.stringify({ validate_doc_update: 'function () {}' })
		});
		expect([401, 403]).toContain(design.status);
		const security = await fetch(db('/forum/_security'), {
			method: 'PUT',
			headers: jsonHeaders,
			body: JSON.stringify({ admins: { names: ['mallory'], roles: [] } })
		});
		expect([401, 403]).toContain(security.status);
	});

	it('lets the admin from the data folder in', async () => {
		const { name, password } = server.admin;
		const response = await fetch(db('/_config'), {
			headers: { ...jsonHeaders, ...basicAuth(name, password) }
		});
		expect(response.status).toBe(200);
	});

	it('keeps the generated admin secret readable by its owner only', async () => {
		const info = await stat(join(server.dataDir, 'admin.json'));
		expect(info.mode & 0o077).toBe(0);
	});

	it('serves the forum publicly for reading and refuses anonymous writes', async () => {
		expect((await fetch(db('/forum'), { headers: jsonHeaders })).status).toBe(200);
		const write = await fetch(db('/forum/anonymous-post'), {
			method: 'PUT',
			headers: jsonHeaders,
			body: JSON.stringify({ author: 'nobody' })
		});
		expect(write.status).toBe(401);
	});

	it('accepts a signed-up user writing as themself and refuses a forged author', async () => {
		const signUp = await fetch(db('/_users/org.couchdb.user:camille'), {
			method: 'PUT',
			headers: jsonHeaders,
			body: JSON.stringify({ name: 'camille', password: 'bonjour-2026', roles: [], type: 'user' })
		});
		expect(signUp.status).toBe(201);
		const auth = basicAuth('camille', 'bonjour-2026');
		const post = makeThread('camille');
		const own = await fetch(db(`/forum/${post._id}`), {
			method: 'PUT',
			headers: { ...jsonHeaders, ...auth },
			body: JSON.stringify(post)
		});
		expect(own.status).toBe(201);
		const forged = await fetch(db('/forum/post-2'), {
			method: 'PUT',
			headers: { ...jsonHeaders, ...auth },
			body: JSON.stringify({ author: 'dominique' })
		});
		expect(forged.status).toBe(403);
		expect(await forged.json()).toMatchObject({ reason: 'author must be the logged-in user' });
	});
});

describe('replication into the embedded server', () => {
	it('stores a replicated edit with its revision history (new_edits: false)', async () => {
		const auth = basicAuth('camille', 'bonjour-2026');
		const post = makeThread('camille');
		const first = await fetch(db(`/forum/${post._id}`), {
			method: 'PUT',
			headers: { ...jsonHeaders, ...auth },
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
			headers: { ...jsonHeaders, ...auth },
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
	});
});
