import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provision } from '../provision-lib.js';
import { forumDocSchema } from '../../src/lib/schemas/forum';
import { logIn, startTestServer, type TestServer } from '../server/test-helpers';
import { demoThreads, demoUsers } from './forum-demo.js';

let server: TestServer;

beforeAll(async () => {
	server = await startTestServer({ seedDemo: true });
});
afterAll(async () => {
	await server.stop();
});

describe('forum demo content', () => {
	it('seeds valid threads in every category and working demo accounts', async () => {
		const all = await fetch(`${server.url}/db/forum/_all_docs?include_docs=true`).then((r) =>
			r.json()
		);
		const allDocs = all.rows.map((row: { doc: { _id: string } }) => row.doc);
		const docs = allDocs.filter((doc: { _id: string }) => /^(thread|reply):/.test(doc._id));
		const replies = demoThreads.reduce((sum, thread) => sum + thread.replies.length, 0);
		expect(docs).toHaveLength(demoThreads.length + replies);
		for (const doc of docs) expect(forumDocSchema.safeParse(doc).success).toBe(true);
		const categories = new Set(docs.map((doc: { category?: string }) => doc.category));
		expect(categories.size).toBe(5); // four categories, plus `undefined` for replies
		// The names shown with the posts: each author's profile, with their display name.
		const profiles = allDocs.filter((doc: { _id: string }) => doc._id.startsWith('profile:'));
		for (const user of demoUsers) {
			expect(profiles).toContainEqual(
				expect.objectContaining({ _id: `profile:${user.name}`, displayName: user.displayName })
			);
		}
		const [camille] = demoUsers;
		if (!camille) throw new Error('no demo user');
		expect(await logIn(server.url, camille.name, camille.password)).toMatch(/^AuthSession=/);
	});

	it('seeds only once: provisioning again adds nothing', async () => {
		const before = await fetch(`${server.url}/db/forum`).then((r) => r.json());
		await provision({
			url: server.adminUrl,
			user: server.admin.name,
			password: server.admin.password,
			seedDemo: true
		});
		const after = await fetch(`${server.url}/db/forum`).then((r) => r.json());
		expect(after.doc_count).toBe(before.doc_count);
	});
});
