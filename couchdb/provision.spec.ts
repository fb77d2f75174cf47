import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provision } from './provision-lib.js';
import { basicAuth, jsonHeaders, startTestServer, type TestServer } from './server/test-helpers';

let server: TestServer;

beforeAll(async () => {
	server = await startTestServer();
});

afterAll(async () => {
	await server.stop();
});

describe('provisioning', () => {
	it('changes nothing when run again (the server already ran it on start)', async () => {
		const report = await provision({
			url: `${server.url}/db`,
			user: server.admin.name,
			password: server.admin.password
		});
		expect(report.created).toEqual([]);
		expect(report.updated).toEqual([]);
		expect(report.unchanged).toEqual(
			expect.arrayContaining(['_users', 'forum', '/forum/_security', '/forum/_design/forum'])
		);
	});

	it('restores a design document that an admin changed by hand', async () => {
		const auth = { ...jsonHeaders, ...basicAuth(server.admin.name, server.admin.password) };
		const url = `${server.url}/db/forum/_design/forum`;
		const current = await fetch(url, { headers: auth }).then((r) => r.json());
		await fetch(url, {
			method: 'PUT',
			headers: auth,
			body: JSON.stringify({ ...current, validate_doc_update: 'function () {}' })
		});
		const report = await provision({
			url: `${server.url}/db`,
			user: server.admin.name,
			password: server.admin.password
		});
		expect(report.updated).toEqual(['/forum/_design/forum']);
		const restored = await fetch(url, { headers: auth }).then((r) => r.json());
		expect(restored.validate_doc_update).toContain('author must be the logged-in user');
	});

	it('accepts credentials inside COUCHDB_URL, as in production', async () => {
		const withCredentials = new URL(`${server.url}/db`);
		withCredentials.username = server.admin.name;
		withCredentials.password = server.admin.password;
		const report = await provision({ url: withCredentials.toString() });
		expect(report.updated).toEqual([]);
	});

	it('reports a clear error with wrong credentials', async () => {
		await expect(
			provision({ url: `${server.url}/db`, user: 'admin', password: 'wrong' })
		).rejects.toThrow(/401/);
	});
});
