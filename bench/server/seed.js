// Runs in Node: what the server benchmark puts in each server before measuring (a member, a
// thread of 20 replies, 10,000 more posts), the requests it measures, and the two reads a phone
// makes in one go: `_changes` from the start, and the app's first sync (src/lib/forum/bulk-load.ts
// through sync-server.ts: `_all_docs` pages by id range, threads then replies, the next page
// requested before the current one is handled).

/** @typedef {import('./children.js').Request} Request */

export const seeded = { threadReplies: 20, threads: 500, repliesPerThread: 19 };
/** Posts besides the measured thread: 500 threads with 19 replies each. */
export const seededPosts = seeded.threads * (1 + seeded.repliesPerThread);

const json = { 'content-type': 'application/json', accept: 'application/json' };
const end = '\ufff0';

/** A document id key as the forum's rules want it: 9 base-36 characters, a dash, 4 to 16. */
const key = (/** @type {number} */ time, /** @type {string} */ suffix) =>
	`${time.toString(36).padStart(9, '0')}-${suffix}`;

/**
 * Signs a member up and in, seeds the forum as the server's admin (straight to its database),
 * and returns the requests the benchmark sends, all through the gateway at /db.
 * @param {{ url: string, adminUrl: string, admin: { name: string, password: string } }} server
 */
export async function prepare(server) {
	const user = { name: 'bench-reader', password: 'bench-password-2026' };
	const signUp = await fetch(`${server.url}/db/_users/org.couchdb.user:${user.name}`, {
		method: 'PUT',
		headers: json,
		body: JSON.stringify({ name: user.name, password: user.password, roles: [], type: 'user' })
	});
	if (signUp.status !== 201)
		throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
	const login = await fetch(`${server.url}/db/_session`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify(user)
	});
	const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
	if (!login.ok || !cookie) throw new Error(`log-in failed: ${login.status}`);

	const now = Date.now();
	const createdAt = new Date(now - 60_000).toISOString();
	const post = {
		body: 'Message de banc d’essai.',
		author: user.name,
		authorName: 'Banc',
		createdAt,
		updatedAt: createdAt
	};
	const thread = (/** @type {string} */ threadKey) => ({
		_id: `thread:${threadKey}`,
		type: 'thread',
		category: 'aide-technique',
		title: 'Banc d’essai',
		tags: [],
		...post
	});
	const reply = (/** @type {string} */ threadKey, /** @type {number} */ i) => ({
		_id: `reply:${threadKey}:${key(now + i, `r${String(i).padStart(4, '0')}`)}`,
		type: 'reply',
		threadId: `thread:${threadKey}`,
		...post
	});
	const benchKey = key(now, 'bench0');
	// Replies are posted to a thread of their own, so the thread that is read keeps 20 replies.
	const writtenKey = key(now, 'bench1');
	const docs = [
		thread(benchKey),
		...Array.from({ length: seeded.threadReplies }, (_, i) => reply(benchKey, i)),
		thread(writtenKey)
	];
	for (let t = 0; t < seeded.threads; t++) {
		const threadKey = key(now - 1_000 - t, `seed${String(t).padStart(4, '0')}`);
		docs.push(thread(threadKey));
		for (let i = 0; i < seeded.repliesPerThread; i++) docs.push(reply(threadKey, i));
	}
	const admin = {
		...json,
		authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`
	};
	for (let i = 0; i < docs.length; i += 1_000) {
		const response = await fetch(`${server.adminUrl}/forum/_bulk_docs`, {
			method: 'POST',
			headers: admin,
			body: JSON.stringify({ docs: docs.slice(i, i + 1_000) })
		});
		const results = /** @type {{ error?: string, reason?: string }[]} */ (await response.json());
		const refused = results.filter((result) => result.error);
		if (!response.ok || refused.length > 0) {
			throw new Error(`seeding failed: ${response.status} ${JSON.stringify(refused.slice(0, 2))}`);
		}
	}

	const range = new URLSearchParams({
		include_docs: 'true',
		limit: '10000',
		startkey: JSON.stringify(`reply:${benchKey}:`),
		endkey: JSON.stringify(`reply:${benchKey}:${end}`)
	});
	const member = { ...json, cookie };
	const db = `${server.url}/db/forum`;
	return {
		user,
		cookie,
		docs: docs.length,
		/** @type {Request} opening a thread the phone does not hold, anonymously */
		readThread: { url: `${db}/_all_docs?${range}`, method: 'GET', headers: json },
		/** @type {Request} one new reply to another thread, as the member (`{{n}}`: see load.js) */
		postReply: {
			url: `${db}/_bulk_docs`,
			method: 'POST',
			headers: member,
			body: JSON.stringify({
				docs: [{ ...reply(writtenKey, 0), _id: `reply:${writtenKey}:${key(now, 'w{{n}}')}` }]
			})
		},
		/** @type {Request} a phone waiting for news (the live pull's long-poll), as the member */
		longPoll: {
			url: `${db}/_changes?${new URLSearchParams({ feed: 'longpoll', since: 'now', heartbeat: '10000' })}`,
			method: 'GET',
			headers: member
		},
		/** @type {Request} */
		logIn: {
			url: `${server.url}/db/_session`,
			method: 'POST',
			headers: json,
			body: JSON.stringify(user)
		},
		/** @type {Request} */
		sessionCheck: { url: `${server.url}/db/_session`, method: 'GET', headers: member },
		changesUrl: `${db}/_changes?since=0`,
		db
	};
}

/** @typedef {Awaited<ReturnType<typeof prepare>>} Setup */

/**
 * `_changes?since=0` read to the end, as the member; its time in ms and the count of results.
 * @param {Setup} setup
 */
export async function readAllChanges(setup) {
	const started = performance.now();
	const response = await fetch(setup.changesUrl, {
		headers: { accept: 'application/json', cookie: setup.cookie }
	});
	if (!response.ok) throw new Error(`_changes: ${response.status} ${await response.text()}`);
	const body = /** @type {{ results: unknown[] }} */ (await response.json());
	return { ms: performance.now() - started, count: body.results.length };
}

/**
 * A phone's first sync as the app makes it (bulk-load.ts `pages`, sync-server.ts `page`): pages
 * of `pageSize` documents by id range, threads then replies, each next page requested before
 * the current one is parsed. Its time in ms and the count of documents.
 * @param {Setup} setup @param {number} pageSize
 */
export async function firstSync(setup, pageSize) {
	const started = performance.now();
	let count = 0;
	for (const prefix of ['thread:', 'reply:']) {
		/** @param {string | undefined} after */
		const page = async (after) => {
			const params = new URLSearchParams({
				include_docs: 'true',
				limit: String(pageSize),
				startkey: JSON.stringify(after ?? prefix),
				endkey: JSON.stringify(`${prefix}${end}`)
			});
			if (after !== undefined) params.set('skip', '1');
			const response = await fetch(`${setup.db}/_all_docs?${params}`, {
				headers: { ...json, cookie: setup.cookie }
			});
			if (!response.ok) throw new Error(`_all_docs: ${response.status} ${await response.text()}`);
			const body = /** @type {{ rows: { id: string, doc?: object }[] }} */ (await response.json());
			return body.rows.filter((row) => row.doc).map((row) => row.id);
		};
		let next = page(undefined);
		for (;;) {
			const ids = await next;
			count += ids.length;
			if (ids.length < pageSize) break;
			next = page(ids.at(-1));
		}
	}
	return { ms: performance.now() - started, count };
}
