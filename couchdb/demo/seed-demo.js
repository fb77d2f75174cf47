// Runs in Node, from the provisioning script (`provision({ seedDemo: true })`): creates the demo
// accounts and threads when the forum has no thread yet, so it happens once, on first start. The
// names shown with the posts come from the accounts' profiles, which the server writes at start
// (server/profiles-check.js).
import { demoThreads, demoUsers } from './forum-demo.js';

const day = 24 * 60 * 60 * 1000;

/** Same shape as src/lib/forum/ids.ts `timeKey` (base-36 time, then a suffix). */
function timeKey(/** @type {number} */ time, /** @type {number} */ n) {
	return `${time.toString(36).padStart(9, '0')}-demo${n.toString(36).padStart(4, '0')}`;
}

/**
 * @param {{ request: (method: string, path: string, body?: unknown, accept?: number[]) =>
 *   Promise<{ status: number, body: any }> }} client an admin client of provision-lib.js
 * @param {{ now?: number }} [options]
 * @returns {Promise<{ users: number, docs: number }>} what was created (zeros when already seeded)
 */
export async function seedForumDemo(client, { now = Date.now() } = {}) {
	const existing = await client.request(
		'GET',
		'/forum/_all_docs?startkey=%22thread%3A%22&endkey=%22thread%3A%EF%BF%B0%22&limit=1'
	);
	if (existing.body.rows.length > 0) return { users: 0, docs: 0 };

	let users = 0;
	for (const user of demoUsers) {
		const path = `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`;
		const found = await client.request('GET', path, undefined, [404]);
		if (found.status === 200) continue;
		await client.request('PUT', path, {
			_id: `org.couchdb.user:${user.name}`,
			type: 'user',
			name: user.name,
			password: user.password,
			roles: user.roles,
			displayName: user.displayName
		});
		users++;
	}

	/** @type {Record<string, unknown>[]} */
	const docs = [];
	let n = 0;
	for (const thread of demoThreads) {
		const createdAt = new Date(now - thread.daysAgo * day);
		const threadKey = timeKey(createdAt.getTime(), n++);
		docs.push({
			_id: `thread:${threadKey}`,
			type: 'thread',
			category: thread.category,
			title: thread.title,
			tags: thread.tags,
			body: thread.body,
			author: thread.author,
			createdAt: createdAt.toISOString(),
			updatedAt: createdAt.toISOString()
		});
		for (const reply of thread.replies) {
			const at = new Date(now - reply.daysAgo * day);
			docs.push({
				_id: `reply:${threadKey}:${timeKey(at.getTime(), n++)}`,
				type: 'reply',
				threadId: `thread:${threadKey}`,
				body: reply.body,
				author: reply.author,
				createdAt: at.toISOString(),
				updatedAt: at.toISOString()
			});
		}
	}
	const result = await client.request('POST', '/forum/_bulk_docs', { docs });
	const failed = result.body.filter((/** @type {{ error?: string }} */ row) => row.error);
	if (failed.length > 0)
		throw new Error(`Demo forum content refused: ${JSON.stringify(failed[0])}`);
	return { users, docs: docs.length };
}
