// What a stranger (no cookie), an ordinary user and a moderator can and cannot do through the
// public door (/db), over raw HTTP against the real server: every route the app uses, and the
// CouchDB API it does not, which must be refused whoever asks and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeThread } from '../../src/lib/forum/post-factory';
import {
	adminFetch,
	isCleanJsonError,
	jsonHeaders,
	logIn,
	newCheckpointId,
	send,
	signUpAndLogIn,
	startTestServer,
	type Answer,
	type TestServer
} from '../server/test-helpers';

type Role = 'stranger' | 'user' | 'moderator';
const roles: Role[] = ['stranger', 'user', 'moderator'];

interface Caller {
	role: Role;
	/** An existing account (a stranger has one too, but sends no cookie). */
	name: string;
	password: string;
	headers: Record<string, string>;
}

interface Attempt {
	method: string;
	path: string;
	body?: unknown;
	headers?: Record<string, string>;
}

interface Row {
	what: string;
	attempt: (caller: Caller) => Attempt | Promise<Attempt>;
	/** The status every role gets, or each role's. */
	expected: number | Record<Role, number>;
}

let server: TestServer;
const callers = {} as Record<Role, Caller>;
/** A thread by bob (neither of the callers), and a replication checkpoint, both stored. */
let bobsThread: { _id: string; _rev: string };
const checkpoint = newCheckpointId();
/** What the database's rules and permissions look like before the attacks. */
let provisioned: { design: unknown; security: unknown };

const db = (path: string) => `${server.url}/db${path}`;

async function attempt(caller: Caller, { method, path, body, headers }: Attempt): Promise<Answer> {
	return send(db(path), { method, body, headers: { ...caller.headers, ...headers } });
}

/** A post by `caller` (a logged-in one), written through the gateway. */
async function ownThread(caller: Caller) {
	const thread = makeThread(caller.name);
	const answer = await send(db(`/forum/${thread._id}`), {
		method: 'PUT',
		headers: caller.headers,
		body: thread
	});
	return { ...thread, _rev: String(answer.json?.rev) };
}

/** The current revision of an account, read as the admin. */
async function accountRev(name: string) {
	const doc = await adminFetch(server, `/_users/org.couchdb.user:${name}`).then((r) => r.json());
	return String(doc._rev);
}

const writer = (user: number) => ({ stranger: 401, user, moderator: user });

const allowed: Row[] = [
	{ what: 'GET server info', attempt: () => ({ method: 'GET', path: '/' }), expected: 200 },
	{ what: 'GET _session', attempt: () => ({ method: 'GET', path: '/_session' }), expected: 200 },
	{
		what: 'POST _session (log in)',
		attempt: ({ name, password }) => ({
			method: 'POST',
			path: '/_session',
			body: { name, password }
		}),
		expected: 200
	},
	{
		what: 'POST _session with a wrong password',
		attempt: ({ name }) => ({
			method: 'POST',
			path: '/_session',
			body: { name, password: 'not-the-password' }
		}),
		expected: 401
	},
	{
		// Log-out ends the session on the server: a session of its own, so the caller's goes on.
		what: 'DELETE _session (log out)',
		attempt: async ({ role, name, password }): Promise<Attempt> => ({
			method: 'DELETE',
			path: '/_session',
			headers:
				role === 'stranger'
					? {}
					: ({ cookie: await logIn(server.url, name, password) } as Record<string, string>)
		}),
		expected: 200
	},
	{
		what: 'GET own _users doc',
		attempt: ({ name }) => ({ method: 'GET', path: `/_users/org.couchdb.user:${name}` }),
		expected: { stranger: 401, user: 200, moderator: 200 }
	},
	{
		// A stranger's PUT is a sign-up: the name is taken.
		what: 'PUT own _users doc (display name)',
		attempt: async ({ name, role }) => ({
			method: 'PUT',
			path: `/_users/org.couchdb.user:${name}`,
			body: {
				_id: `org.couchdb.user:${name}`,
				...(role === 'stranger'
					? { password: 'a-new-password', roles: [] }
					: { _rev: await accountRev(name) }),
				name,
				type: 'user',
				displayName: `${name} renamed`
			}
		}),
		expected: { stranger: 409, user: 201, moderator: 201 }
	},
	{
		what: 'GET another’s _users doc',
		attempt: () => ({ method: 'GET', path: '/_users/org.couchdb.user:bob' }),
		expected: { stranger: 401, user: 403, moderator: 403 }
	},
	{
		what: 'PUT another’s _users doc',
		attempt: async () => ({
			method: 'PUT',
			path: '/_users/org.couchdb.user:bob',
			body: {
				_id: 'org.couchdb.user:bob',
				_rev: await accountRev('bob'),
				name: 'bob',
				type: 'user',
				roles: [],
				password: 'taken-over!'
			}
		}),
		// A stranger's attempt is a sign-up with a stale field: refused as malformed.
		expected: { stranger: 400, user: 403, moderator: 403 }
	},
	{ what: 'GET forum info', attempt: () => ({ method: 'GET', path: '/forum' }), expected: 200 },
	{ what: 'HEAD forum info', attempt: () => ({ method: 'HEAD', path: '/forum' }), expected: 200 },
	{
		what: 'GET _all_docs',
		attempt: () => ({ method: 'GET', path: '/forum/_all_docs?include_docs=true&limit=10000' }),
		expected: 200
	},
	{
		what: 'POST _all_docs keys',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_all_docs?include_docs=true',
			body: { keys: [bobsThread._id] }
		}),
		expected: 200
	},
	{
		what: 'GET _changes',
		attempt: () => ({
			method: 'GET',
			path: '/forum/_changes?since=0&limit=100&style=all_docs&include_docs=true'
		}),
		expected: 200
	},
	{
		what: 'GET _changes long-poll',
		attempt: () => ({ method: 'GET', path: '/forum/_changes?feed=longpoll&since=0&timeout=1000' }),
		expected: 200
	},
	{
		what: 'POST _bulk_get',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_bulk_get?revs=true&latest=true',
			body: { docs: [{ id: bobsThread._id, rev: bobsThread._rev }] }
		}),
		expected: 200
	},
	{
		what: 'POST _revs_diff',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_revs_diff',
			body: { [bobsThread._id]: [bobsThread._rev, '9-abc'] }
		}),
		expected: 200
	},
	{
		what: 'POST _bulk_docs (own new thread)',
		attempt: ({ name }) => ({
			method: 'POST',
			path: '/forum/_bulk_docs',
			body: { docs: [makeThread(name)] }
		}),
		expected: writer(201)
	},
	{
		what: 'GET a document',
		attempt: () => ({ method: 'GET', path: `/forum/${bobsThread._id}?revs=true&conflicts=true` }),
		expected: 200
	},
	{
		what: 'GET a document’s open revisions',
		attempt: () => ({
			method: 'GET',
			path: `/forum/${bobsThread._id}?open_revs=${encodeURIComponent(JSON.stringify([bobsThread._rev]))}&revs=true&latest=true`
		}),
		expected: 200
	},
	{
		what: 'PUT own new thread',
		attempt: ({ name }) => {
			const thread = makeThread(name);
			return { method: 'PUT', path: `/forum/${thread._id}`, body: thread };
		},
		expected: writer(201)
	},
	{
		what: 'DELETE own thread',
		attempt: async (caller) => {
			// A stranger tries to delete a user's post.
			const thread = await ownThread(caller.role === 'stranger' ? callers.user : caller);
			return { method: 'DELETE', path: `/forum/${thread._id}?rev=${thread._rev}` };
		},
		expected: writer(200)
	},
	{
		what: 'GET a _local checkpoint',
		attempt: () => ({ method: 'GET', path: `/forum/_local/${checkpoint}` }),
		expected: 200
	},
	{
		what: 'PUT a _local checkpoint',
		attempt: () => ({
			method: 'PUT',
			path: `/forum/_local/${newCheckpointId()}`,
			body: { session_id: 'abc', last_seq: '12', history: [] }
		}),
		expected: writer(201)
	}
];

const designDoc = { validate_doc_update: 'function () {}' };

const refused: Row[] = [
	// Design documents: their code runs on the server, and they hold the rules themselves.
	...['/forum/_design/forum', '/forum/_design%2Fforum', '/forum/_design_docs'].map((path) => ({
		what: `GET ${path}`,
		attempt: () => ({ method: 'GET', path }),
		expected: 403
	})),
	...['/forum/_design/forum', '/forum/_design%2Fforum', '/forum/_design%2Fevil'].map((path) => ({
		what: `PUT ${path}`,
		attempt: () => ({ method: 'PUT', path, body: designDoc }),
		expected: 403
	})),
	{
		what: 'DELETE _design/forum',
		attempt: () => ({ method: 'DELETE', path: '/forum/_design%2Fforum?rev=1-abc' }),
		expected: 403
	},
	{
		what: 'POST _bulk_docs with a design document',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_bulk_docs',
			body: { docs: [{ _id: '_design/evil', ...designDoc }] }
		}),
		expected: writer(403)
	},
	{
		what: 'GET a view',
		attempt: () => ({ method: 'GET', path: '/forum/_design/forum/_view/all' }),
		expected: 403
	},
	{
		what: 'GET _security',
		attempt: () => ({ method: 'GET', path: '/forum/_security' }),
		expected: 403
	},
	{
		what: 'PUT _security',
		attempt: () => ({
			method: 'PUT',
			path: '/forum/_security',
			body: { admins: { names: ['bob'] }, members: {} }
		}),
		expected: 403
	},
	// Code sent in a request, ad-hoc queries, indexes.
	{
		what: 'POST _temp_view',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_temp_view',
			body: { map: 'function (doc) { emit(doc._id) }' }
		}),
		expected: 403
	},
	{
		what: 'POST _find',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_find',
			body: { selector: { body: { $regex: '^(a+)+$' } } }
		}),
		expected: 403
	},
	{
		what: 'POST _explain',
		attempt: () => ({ method: 'POST', path: '/forum/_explain', body: {} }),
		expected: 403
	},
	{
		what: 'POST _index',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_index',
			body: { ddoc: 'forum', index: { fields: ['author'] } }
		}),
		expected: 403
	},
	{ what: 'GET _index', attempt: () => ({ method: 'GET', path: '/forum/_index' }), expected: 403 },
	{
		what: 'DELETE _index (the design document)',
		attempt: () => ({ method: 'DELETE', path: '/forum/_index/_design%2Fforum/json/x' }),
		expected: 403
	},
	...['_purge', '_compact', '_view_cleanup', '_ensure_full_commit'].map((name) => ({
		what: `POST ${name}`,
		attempt: () => ({ method: 'POST', path: `/forum/${name}`, body: {} }),
		expected: 403
	})),
	{
		what: 'GET _revs_limit',
		attempt: () => ({ method: 'GET', path: '/forum/_revs_limit' }),
		expected: 403
	},
	// The server's own API.
	...[
		'/_all_dbs',
		'/_config',
		'/_node/_local/_config',
		'/_uuids',
		'/_active_tasks',
		'/_utils',
		'/_stats'
	].map((path) => ({
		what: `GET ${path}`,
		attempt: () => ({ method: 'GET', path }),
		expected: 403
	})),
	{
		what: 'POST _replicate',
		attempt: () => ({
			method: 'POST',
			path: '/_replicate',
			body: { source: 'forum', target: 'http://attacker.example/forum' }
		}),
		expected: 403
	},
	// The requests that used to crash express-pouchdb.
	...['/_replicator', '/_foo', '/_global_changes'].flatMap((path) =>
		['PUT', 'DELETE'].map((method) => ({
			what: `${method} ${path}`,
			attempt: () => ({ method, path }),
			expected: 403
		}))
	),
	// Accounts: only one's own document, through the gateway's checks.
	...['/_users', '/_users/_all_docs', '/_users/_changes', '/_users/_design/passerelle'].map(
		(path) => ({ what: `GET ${path}`, attempt: () => ({ method: 'GET', path }), expected: 403 })
	),
	{
		what: 'DELETE own _users doc',
		attempt: ({ name }) => ({ method: 'DELETE', path: `/_users/org.couchdb.user:${name}` }),
		expected: 403
	},
	{
		what: 'GET an attachment of a _users doc',
		attempt: ({ name }) => ({ method: 'GET', path: `/_users/org.couchdb.user:${name}/photo.png` }),
		expected: 403
	},
	// Attachments: never stored, never served from the app's origin.
	{
		what: 'GET an attachment path',
		attempt: () => ({ method: 'GET', path: `/forum/${bobsThread._id}/page.html` }),
		expected: 403
	},
	{
		what: 'PUT an attachment',
		attempt: () => ({
			method: 'PUT',
			path: `/forum/${bobsThread._id}/page.html?rev=${bobsThread._rev}`,
			body: '<script>alert(1)</script>',
			headers: { 'content-type': 'text/html' }
		}),
		expected: 403
	},
	{
		what: 'PUT a post with _attachments',
		attempt: ({ name }) => {
			const thread = {
				...makeThread(name),
				_attachments: { 'a.svg': { content_type: 'image/svg+xml', data: btoa('<svg/>') } }
			};
			return { method: 'PUT', path: `/forum/${thread._id}`, body: thread };
		},
		expected: writer(403)
	},
	{
		what: 'GET a document with its attachments',
		attempt: () => ({ method: 'GET', path: `/forum/${bobsThread._id}?attachments=true` }),
		expected: 400
	},
	{
		what: 'POST _bulk_get with attachments',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_bulk_get?attachments=true',
			body: { docs: [{ id: bobsThread._id }] }
		}),
		expected: 400
	},
	// Databases: none but the app's, and no one creates or deletes them here.
	...[
		['GET', '/nope'],
		['PUT', '/nope'],
		['GET', '/nope/_all_docs'],
		['GET', '/forum-backup']
	].map(([method = '', path = '']) => ({
		what: `${method} ${path} (unknown database)`,
		attempt: () => ({ method, path }),
		expected: 404
	})),
	...['PUT', 'DELETE', 'POST'].map((method) => ({
		what: `${method} /forum`,
		attempt: () => ({ method, path: '/forum', body: method === 'POST' ? {} : undefined }),
		expected: 403
	})),
	{
		what: 'COPY a document',
		attempt: () => ({
			method: 'COPY',
			path: `/forum/${bobsThread._id}`,
			headers: { destination: 'thread:copy' }
		}),
		expected: 403
	},
	{
		what: 'PATCH server info',
		attempt: () => ({ method: 'PATCH', path: '/', body: {} }),
		expected: 403
	},
	// Checkpoints: PouchDB's ids only, no deletion.
	{
		what: 'GET _local/x',
		attempt: () => ({ method: 'GET', path: '/forum/_local/x' }),
		expected: 403
	},
	{
		what: 'DELETE a _local checkpoint',
		attempt: () => ({ method: 'DELETE', path: `/forum/_local/${checkpoint}` }),
		expected: 403
	},
	{
		what: 'PUT a 20 kB _local document',
		attempt: () => ({
			method: 'PUT',
			path: `/forum/_local/${newCheckpointId()}`,
			body: { padding: 'x'.repeat(20_000) }
		}),
		expected: { stranger: 401, user: 413, moderator: 413 }
	},
	// Query parameters: only those the app sends, once each, within bounds.
	...[
		'/forum/_all_docs?filter=x',
		'/forum/_all_docs?skip=50',
		'/forum/_all_docs?startkey=%5B1%5D',
		'/forum/_changes?filter=_view&view=forum%2Fall',
		'/forum/_changes?feed=continuous',
		'/forum/_changes?feed=eventsource',
		'/forum/_changes?include_docs=yes',
		'/forum/_changes?timeout=600000',
		'/?x=1',
		'/_session?basic=true',
		'/forum?attachments=true'
	].map((path) => ({
		what: `GET ${path} (parameter not accepted)`,
		attempt: () => ({ method: 'GET', path }),
		expected: 400
	})),
	...[
		'/forum/_all_docs?limit=1&limit=2',
		'/forum/_changes?since=0&since=now',
		'/forum/_all_docs?include_docs=true&include_docs=true'
	].map((path) => ({
		what: `GET ${path} (duplicated parameter)`,
		attempt: () => ({ method: 'GET', path }),
		expected: 400
	})),
	...[
		'/forum/_all_docs?limit=10001',
		'/forum/_changes?limit=99999999',
		'/forum/_changes?limit=-1'
	].map((path) => ({
		what: `GET ${path} (limit out of bounds)`,
		attempt: () => ({ method: 'GET', path }),
		expected: 400
	})),
	{
		what: 'POST _all_docs with 10,001 keys',
		attempt: () => ({
			method: 'POST',
			path: '/forum/_all_docs',
			body: { keys: Array.from({ length: 10_001 }, (_, i) => `thread:${i}`) }
		}),
		expected: 400
	}
];

beforeAll(async () => {
	server = await startTestServer();
	await adminFetch(server, '/_users/org.couchdb.user:modo', {
		method: 'PUT',
		body: JSON.stringify({
			name: 'modo',
			password: 'pass-modo-2026',
			roles: ['moderator'],
			type: 'user'
		})
	});
	const [user, bob] = [
		await signUpAndLogIn(server.url, 'alice'),
		await signUpAndLogIn(server.url, 'bob')
	];
	await signUpAndLogIn(server.url, 'sam');
	callers.stranger = { role: 'stranger', name: 'sam', password: 'pass-sam-2026', headers: {} };
	callers.user = {
		role: 'user',
		name: 'alice',
		password: 'pass-alice-2026',
		headers: { cookie: user }
	};
	callers.moderator = {
		role: 'moderator',
		name: 'modo',
		password: 'pass-modo-2026',
		headers: { cookie: await logIn(server.url, 'modo', 'pass-modo-2026') }
	};
	const thread = makeThread('bob');
	const written = await send(db(`/forum/${thread._id}`), {
		method: 'PUT',
		headers: { cookie: bob },
		body: thread
	});
	bobsThread = { _id: thread._id, _rev: String(written.json?.rev) };
	await adminFetch(server, `/forum/_local/${checkpoint}`, {
		method: 'PUT',
		body: JSON.stringify({ last_seq: '1' })
	});
	provisioned = {
		design: await adminFetch(server, '/forum/_design/forum').then((r) => r.json()),
		security: await adminFetch(server, '/forum/_security').then((r) => r.json())
	};
});

afterAll(async () => {
	await server.stop();
});

/** One test per row and role, named `role: request → status`. */
const cases = (rows: Row[]) =>
	rows.flatMap((row) =>
		roles.map((role) => {
			const status = typeof row.expected === 'number' ? row.expected : row.expected[role];
			return [`${role}: ${row.what} → ${status}`, { role, row, status }] as const;
		})
	);

describe('routes the app uses', () => {
	it.each(cases(allowed))('%s', async (_name, { role, row, status }) => {
		const caller = callers[role];
		const answer = await attempt(caller, await row.attempt(caller));
		expect(answer.status, answer.text).toBe(status);
		expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
		if (status >= 400) expect(isCleanJsonError(answer), answer.text).toBe(true);
	});

	it('tells each caller who they are', async () => {
		for (const role of roles) {
			const answer = await attempt(callers[role], { method: 'GET', path: '/_session' });
			const expected = role === 'stranger' ? null : callers[role].name;
			expect(answer.json?.userCtx, role).toMatchObject({ name: expected });
		}
	});
});

describe('everything else is refused, whoever asks', () => {
	it.each(cases(refused))('%s', async (_name, { role, row, status }) => {
		const caller = callers[role];
		const answer = await attempt(caller, await row.attempt(caller));
		expect(answer.status, answer.text).toBe(status);
		expect(isCleanJsonError(answer), answer.text).toBe(true);
	});

	it('changed nothing: the rules, the permissions and the accounts are as provisioned', async () => {
		expect(await adminFetch(server, '/forum/_design/forum').then((r) => r.json())).toEqual(
			provisioned.design
		);
		expect(await adminFetch(server, '/forum/_security').then((r) => r.json())).toEqual(
			provisioned.security
		);
		expect((await adminFetch(server, '/forum/_design/evil')).status).toBe(404);
		expect((await adminFetch(server, '/forum-backup')).status).toBe(404);
		const bob = await adminFetch(server, '/_users/org.couchdb.user:bob').then((r) => r.json());
		expect(bob.roles).toEqual([]);
		expect((await logIn(server.url, 'bob', 'pass-bob-2026')).length).toBeGreaterThan(0);
		const stored = await adminFetch(server, `/forum/${bobsThread._id}?attachments=true`).then((r) =>
			r.json()
		);
		expect(stored._attachments).toBeUndefined();
	});
});

describe('moderation and authorship through the door', () => {
	async function put(doc: { _id: string; [field: string]: unknown }, caller: Caller) {
		return send(db(`/forum/${doc._id}`), { method: 'PUT', headers: caller.headers, body: doc });
	}

	it('lets a moderator hide another’s post, and not a user', async () => {
		const read = await send(db(`/forum/${bobsThread._id}`));
		const bobs: Record<string, unknown> & { _id: string } = { ...read.json, _id: bobsThread._id };
		expect((await put({ ...bobs, hidden: true }, callers.stranger)).status).toBe(401);
		const byUser = await put({ ...bobs, hidden: true }, callers.user);
		expect(byUser.status).toBe(403);
		const mine = await ownThread(callers.user);
		expect((await put({ ...mine, hidden: true }, callers.user)).status).toBe(403);
		expect((await send(db(`/forum/${bobsThread._id}`))).json?.hidden).toBeUndefined();

		const byModerator = await put({ ...bobs, hidden: true }, callers.moderator);
		expect(byModerator.status).toBe(201);
		const stored = await send(db(`/forum/${bobsThread._id}`));
		expect(stored.json).toMatchObject({ hidden: true, author: 'bob', body: bobs.body });
	});

	it('lets a user delete their own post, and not another’s', async () => {
		const bobs = await send(db(`/forum/${bobsThread._id}`));
		const byAlice = await send(db(`/forum/${bobsThread._id}?rev=${String(bobs.json?._rev)}`), {
			method: 'DELETE',
			headers: callers.user.headers
		});
		expect(byAlice.status).toBe(403);
		expect((await send(db(`/forum/${bobsThread._id}`))).status).toBe(200);

		const mine = await ownThread(callers.user);
		const deleted = await send(db(`/forum/${mine._id}?rev=${mine._rev}`), {
			method: 'DELETE',
			headers: callers.user.headers
		});
		expect(deleted.status).toBe(200);
		expect((await send(db(`/forum/${mine._id}`))).status).toBe(404);
	});

	it('refuses a cross-site write even with a valid session', async () => {
		const thread = makeThread('alice');
		const answer = await send(db(`/forum/${thread._id}`), {
			method: 'PUT',
			headers: { ...jsonHeaders, ...callers.user.headers, origin: 'https://attacker.example' },
			body: thread
		});
		expect(answer.status).toBe(403);
		expect((await send(db(`/forum/${thread._id}`))).status).toBe(404);
	});
});
