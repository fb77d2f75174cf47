import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provision } from './provision-lib.js';
import { adminFetch, startTestServer, type TestServer } from './server/test-helpers';

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
			url: server.adminUrl,
			user: server.admin.name,
			password: server.admin.password
		});
		expect(report.created).toEqual([]);
		expect(report.updated).toEqual([]);
		expect(report.unchanged).toEqual(
			expect.arrayContaining([
				'_users',
				'forum',
				'/_users/_design/passerelle',
				'/forum/_security',
				'/forum/_design/forum'
			])
		);
	});

	it('restores a design document that an admin changed by hand', async () => {
		const path = '/forum/_design/forum';
		const current = await adminFetch(server, path).then((r) => r.json());
		await adminFetch(server, path, {
			method: 'PUT',
			body: JSON.stringify({ ...current, validate_doc_update: 'function () {}' })
		});
		const report = await provision({
			url: server.adminUrl,
			user: server.admin.name,
			password: server.admin.password
		});
		expect(report.updated).toEqual(['/forum/_design/forum']);
		const restored = await adminFetch(server, path).then((r) => r.json());
		expect(restored.validate_doc_update).toContain('author must be the logged-in user');
	});

	it('accepts credentials inside COUCHDB_URL, as in production', async () => {
		const withCredentials = new URL(server.adminUrl);
		withCredentials.username = server.admin.name;
		withCredentials.password = server.admin.password;
		const report = await provision({ url: withCredentials.toString() });
		expect(report.updated).toEqual([]);
	});

	it('reports a clear error with wrong credentials', async () => {
		await expect(
			provision({ url: server.adminUrl, user: 'admin', password: 'wrong' })
		).rejects.toThrow(/401/);
	});
});
