// Raw HTTP against the real embedded server: what validate_doc_update, _security and _users
// let through, with a user's session cookie as the browser would send it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReply, makeThread } from '../../src/lib/forum/post-factory';
import { forumDocSchema, profileSchema } from '../../src/lib/schemas/forum';
import {
	adminFetch,
	databaseCaller,
	jsonHeaders,
	logIn,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
/** Each person's headers, through the gateway (session cookies) and on the database alone. */
type Callers = Record<'anonymous' | 'alice' | 'bob' | 'moderator', Record<string, string>>;
const layers: { gateway: Callers; database: Callers } = {
	gateway: {} as Callers,
	database: {} as Callers
};
let alice: Record<string, string>;
let bob: Record<string, string>;
let moderator: Record<string, string>;
let base = '';

const forum = (path = '') => `${base}/forum${path}`;

async function put(doc: { _id: string; [key: string]: unknown }, caller?: Record<string, string>) {
	const response = await fetch(forum(`/${encodeURIComponent(doc._id)}`), {
		method: 'PUT',
		headers: caller ?? layers.gateway.anonymous,
		body: JSON.stringify(doc)
	});
	return { status: response.status, body: (await response.json()) as Record<string, string> };
}

beforeAll(async () => {
	server = await startTestServer();
	const cookies = {
		alice: await signUpAndLogIn(server.url, 'alice'),
		bob: await signUpAndLogIn(server.url, 'bob')
	};
	// Only an admin can give a role: create the moderator as the admin, on the database itself.
	await adminFetch(server, '/_users/org.couchdb.user:modo', {
		method: 'PUT',
		body: JSON.stringify({
			name: 'modo',
			password: 'pass-modo',
			roles: ['moderator'],
			type: 'user'
		})
	});
	const modo = await logIn(server.url, 'modo', 'pass-modo');
	layers.gateway = {
		anonymous: jsonHeaders,
		alice: { ...jsonHeaders, cookie: cookies.alice },
		bob: { ...jsonHeaders, cookie: cookies.bob },
		moderator: { ...jsonHeaders, cookie: modo }
	};
	layers.database = {
		anonymous: await databaseCaller(server, null),
		alice: await databaseCaller(server, 'alice'),
		bob: await databaseCaller(server, 'bob'),
		moderator: await databaseCaller(server, 'modo')
	};
});

/** Runs a block of tests through the gateway, then against the database's own rules alone. */
function onEachLayer(run: () => void) {
	describe.each(['gateway', 'database'] as const)('%s', (layer) => {
		beforeAll(() => {
			base = layer === 'gateway' ? `${server.url}/db` : server.adminUrl;
			({ alice, bob, moderator } = layers[layer]);
			layers.gateway.anonymous = jsonHeaders;
		});
		run();
	});
}

afterAll(async () => {
	await server.stop();
});

describe('forum writes over HTTP', () =>
	onEachLayer(() => {
		it('accepts a thread and a reply written by the logged-in author', async () => {
			const thread = makeThread('alice');
			expect((await put(thread, alice)).status).toBe(201);
			expect((await put(makeReply('bob', thread._id), bob)).status).toBe(201);
		});

		it('refuses an anonymous write with 401', async () => {
			const anonymous = base === server.adminUrl ? layers.database.anonymous : jsonHeaders;
			const response = await put(makeThread('alice'), anonymous);
			expect(response.status).toBe(401);
			expect(response.body.reason).toMatch(/^log in to write/i);
		});

		it('refuses a forged author with 403', async () => {
			const response = await put(makeThread('bob'), alice);
			expect(response.status).toBe(403);
			expect(response.body.reason).toBe('author must be the logged-in user');
		});

		it('refuses editing or deleting another user’s post', async () => {
			const thread = makeThread('alice');
			const { body } = await put(thread, alice);
			const edit = await put({ ...thread, _rev: body.rev, body: 'Piraté !' }, bob);
			expect(edit.status).toBe(403);
			expect(edit.body.reason).toBe('only the author or a moderator may change this post');
			const stolen = await put({ ...thread, _rev: body.rev, author: 'bob' }, bob);
			expect(stolen.status).toBe(403);
			const deletion = await fetch(forum(`/${thread._id}?rev=${body.rev}`), {
				method: 'DELETE',
				headers: bob
			});
			expect(deletion.status).toBe(403);
			const stored = await fetch(forum(`/${thread._id}`), { headers: bob }).then((r) => r.json());
			expect(stored.body).toBe(thread.body);
		});

		it('refuses an unknown category, a missing field and an oversized (100 kB) body', async () => {
			const unknown = await put({ ...makeThread('alice'), category: 'politique' }, alice);
			expect(unknown.status).toBe(403);
			expect(unknown.body.reason).toBe('unknown category');

			const untitled: { _id: string; title?: string } = makeThread('alice');
			delete untitled.title;
			const missing = await put(untitled, alice);
			expect(missing.status).toBe(403);
			expect(missing.body.reason).toMatch(/^title must be/);

			const huge = await put(makeThread('alice', { body: 'x'.repeat(100_000) }), alice);
			expect(huge.status).toBe(403);
			expect(huge.body.reason).toBe('body is required and must be at most 20000 characters');
		});

		it('refuses a type change and unknown fields', async () => {
			const thread = makeThread('alice');
			const { body } = await put(thread, alice);
			const changed = await put(
				{ ...makeReply('alice', thread._id), _id: thread._id, _rev: body.rev },
				alice
			);
			expect(changed.status).toBe(403);
			expect(changed.body.reason).toBe('the type of a post cannot change');
			const extra = await put({ ...makeThread('alice'), score: 9000 }, alice);
			expect(extra.body.reason).toBe('unknown field: score');
		});

		it('lets a moderator hide a post, which stays, and no one else', async () => {
			const thread = makeThread('alice');
			const { body } = await put(thread, alice);
			const selfHide = await put({ ...thread, _rev: body.rev, hidden: true }, alice);
			expect(selfHide.status).toBe(403);
			expect(selfHide.body.reason).toBe('only a moderator may hide or show a post');
			const hidden = await put({ ...thread, _rev: body.rev, hidden: true }, moderator);
			expect(hidden.status).toBe(201);
			const stored = await fetch(forum(`/${thread._id}`), { headers: alice }).then((r) => r.json());
			expect(stored).toMatchObject({ hidden: true, body: thread.body, author: 'alice' });
		});

		it('refuses a post that carries an attachment', async () => {
			const thread = {
				...makeThread('alice'),
				_attachments: { 'x.html': { content_type: 'text/html', data: btoa('<script>1</script>') } }
			};
			const response = await put(thread, alice);
			expect(response.status).toBe(403);
			expect(response.body.reason).toMatch(/attachments are not accepted/i);
		});

		it('refuses a profile (the name shown with posts) from a member, even their own', async () => {
			const own = {
				_id: 'profile:alice',
				type: 'profile',
				name: 'alice',
				displayName: 'Modération',
				updatedAt: new Date().toISOString()
			};
			const response = await put(own, alice);
			expect(response.status).toBe(403);
			const stored = await fetch(forum('/profile:alice'), { headers: alice }).then((r) => r.json());
			expect(stored.displayName).toBe('alice');
		});

		it('lets anyone read the forum without logging in', async () => {
			const anonymous = base === server.adminUrl ? layers.database.anonymous : jsonHeaders;
			const response = await fetch(forum('/_all_docs?limit=1'), { headers: anonymous });
			expect(response.status).toBe(200);
		});
	}));

describe('accounts (_users)', () => {
	it('refuses a sign-up that gives itself a role', async () => {
		const response = await fetch(`${server.url}/db/_users/org.couchdb.user:eve`, {
			method: 'PUT',
			headers: jsonHeaders,
			body: JSON.stringify({
				name: 'eve',
				password: 'pass-eve',
				roles: ['moderator'],
				type: 'user'
			})
		});
		expect(response.status).toBe(403);
	});

	it('keeps one user’s account unreadable by another and by visitors', async () => {
		const own = await fetch(`${server.url}/db/_users/org.couchdb.user:alice`, {
			headers: layers.gateway.alice
		});
		expect(own.status).toBe(200);
		const other = await fetch(`${server.url}/db/_users/org.couchdb.user:alice`, {
			headers: layers.gateway.bob
		});
		expect([403, 404]).toContain(other.status);
		const list = await fetch(`${server.url}/db/_users/_all_docs`, {
			headers: layers.gateway.bob
		});
		expect([401, 403]).toContain(list.status);
		const anonymous = await fetch(`${server.url}/db/_users/org.couchdb.user:alice`);
		expect([401, 403, 404]).toContain(anonymous.status);
	});
});

describe('the zod schemas and validate_doc_update agree', () => {
	// On the database alone: the gateway's own checks would hide a disagreement.
	beforeAll(() => {
		base = server.adminUrl;
	});
	const cases: [string, (author: string) => Record<string, unknown>][] = [
		['valid thread', (a) => makeThread(a)],
		['valid reply', (a) => makeReply(a, makeThread(a)._id)],
		['unknown category', (a) => ({ ...makeThread(a), category: 'autre' })],
		['empty body', (a) => ({ ...makeThread(a), body: '   ' })],
		['20,001-character body', (a) => ({ ...makeThread(a), body: 'a'.repeat(20_001) })],
		['20,000-character body', (a) => ({ ...makeThread(a), body: 'a'.repeat(20_000) })],
		['six tags', (a) => ({ ...makeThread(a), tags: ['a', 'b', 'c', 'd', 'e', 'f'] })],
		['bad date', (a) => ({ ...makeThread(a), createdAt: 'hier' })],
		[
			'reply to a foreign key',
			(a) => ({ ...makeReply(a, makeThread(a)._id), threadId: makeThread(a)._id })
		],
		['bad id', (a) => ({ ...makeThread(a), _id: 'post-1' })],
		['a type named after a built-in', (a) => ({ ...makeThread(a), type: 'constructor' })],
		['a post without a name of its own', (a) => ({ ...makeThread(a), authorName: undefined })]
	];
	it.each(cases)('%s', async (_name, make) => {
		const doc = JSON.parse(JSON.stringify(make('alice'))) as { _id: string };
		const client = forumDocSchema.safeParse(doc).success;
		const response = await put(doc, layers.database.alice);
		expect(response.status === 201).toBe(client);
	});

	// Profiles are written by the server (its admin); every device checks them before keeping them.
	let profiles = 0;
	const profile = (overrides: Record<string, unknown> = {}) => {
		const name = `profile-case-${profiles++}`;
		return {
			_id: `profile:${name}`,
			type: 'profile',
			name,
			displayName: 'Camille · Jardins partagés',
			updatedAt: '2026-12-01T10:00:00.000Z',
			...overrides
		};
	};
	const profileCases: [string, () => Record<string, unknown> & { _id: string }][] = [
		['valid profile', () => profile()],
		['two-character name', () => profile({ displayName: 'Al' })],
		['80-character name', () => profile({ displayName: 'é'.repeat(80) })],
		['81-character name', () => profile({ displayName: 'é'.repeat(81) })],
		['one character once trimmed', () => profile({ displayName: '  A  ' })],
		['spaces only', () => profile({ displayName: '     ' })],
		['name missing', () => profile({ displayName: undefined })],
		['id of another account', () => ({ ...profile(), _id: 'profile:someone-else' })],
		['unknown field', () => profile({ roles: ['moderator'] })],
		['bad date', () => profile({ updatedAt: 'hier' })],
		['another type', () => profile({ type: 'user' })]
	];
	it.each(profileCases)('%s', async (_name, make) => {
		const doc = JSON.parse(JSON.stringify(make())) as { _id: string };
		const client = profileSchema.safeParse(doc).success;
		const response = await adminFetch(server, `/forum/${encodeURIComponent(doc._id)}`, {
			method: 'PUT',
			body: JSON.stringify(doc)
		});
		expect(response.status === 201, `client ${client}, server ${response.status}`).toBe(client);
	});

	// Where they differ, by design: the client reads what the server's past holds, and cannot know
	// the server's clock.
	it('reads an old post’s own name, which the rules refuse from a member now', async () => {
		const claimed = { ...makeThread('alice'), authorName: 'Modération' };
		expect(forumDocSchema.safeParse(claimed).success).toBe(true);
		const response = await put(claimed, layers.database.alice);
		expect(response.status).toBe(403);
		expect(response.body.reason).toMatch(/comes from its author’s account/);
	});

	it('refuses a post dated beyond 15 minutes ahead of the server’s clock', async () => {
		const ahead = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
		const pinned = makeThread('alice', { updatedAt: '9999-12-31T23:59:59.000Z' });
		expect(forumDocSchema.safeParse(pinned).success).toBe(true);
		expect((await put(pinned, layers.database.alice)).body.reason).toBe(
			'a post cannot be dated in the future'
		);
		const drifted = makeThread('alice', { createdAt: ahead(10), updatedAt: ahead(10) });
		expect((await put(drifted, layers.database.alice)).status).toBe(201);
		const edited = makeThread('alice', { updatedAt: ahead(20) });
		expect((await put(edited, layers.database.alice)).status).toBe(403);
	});
});
