// Security objects and design documents are the admin's alone, by any path, on two independent
// layers: the gateway (no `_local` id but PouchDB's checkpoints) and the database itself (security
// objects kept outside the documents; `_local` ids other than checkpoints refused to anyone but
// the admin). Raw HTTP, as a stranger, a member, a plan's editor and on the database alone; then a
// restart, to see that nothing a member did survives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	adminFetch,
	databaseCaller,
	embeddedOnly,
	isCleanJsonError,
	onEmbedded,
	newCheckpointId,
	send,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

/** `_local` ids that name an engine's own records (express-pouchdb kept `_security` there). */
const internalLocalIds = ['_security', '_design', 'mrviews', 'compaction', '_pouch_x', 'x'];
const lockOut = { admins: { names: [], roles: [] }, members: { names: ['mallory'], roles: [] } };

let dataDir: string;
let server: TestServer;
let mallory: string;
let owner: string;
let planId: string;

async function sharePlan() {
	const id = randomUUID();
	const shared = await send(`${server.url}/db/_passerelle/plans`, {
		method: 'POST',
		headers: { cookie: owner },
		body: { planId: id, name: 'Plan du bureau' }
	});
	expect(shared.status).toBe(201);
	const invite = await send(`${server.url}/db/_passerelle/plans/${id}/invites`, {
		method: 'POST',
		headers: { cookie: owner },
		body: { role: 'editor' }
	});
	const joined = await send(`${server.url}/db/_passerelle/invites/${String(invite.json?.code)}`, {
		method: 'POST',
		headers: { cookie: mallory }
	});
	expect(joined.status).toBe(200);
	return id;
}

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'passerelle-secobj-'));
	server = await startTestServer({ dataDir });
	mallory = await signUpAndLogIn(server.url, 'mallory');
	owner = await signUpAndLogIn(server.url, 'odile');
	planId = await sharePlan();
});

afterAll(async () => {
	await server.stop();
	await rm(dataDir, { recursive: true, force: true });
});

describe('through the gateway', () => {
	it.each(internalLocalIds)('refuses writing _local/%s on the forum, whoever asks', async (id) => {
		for (const cookie of [undefined, mallory]) {
			const answer = await send(`${server.url}/db/forum/_local/${encodeURIComponent(id)}`, {
				method: 'PUT',
				headers: cookie ? { cookie } : {},
				body: { security: lockOut }
			});
			expect(answer.status).toBe(403);
			expect(isCleanJsonError(answer)).toBe(true);
		}
	});

	it('refuses an editor’s write to a shared plan’s _local/_security and _security', async () => {
		for (const path of ['_local/_security', '_local/%5Fsecurity', '_security']) {
			const answer = await send(`${server.url}/db/plan-${planId}/${path}`, {
				method: 'PUT',
				headers: { cookie: mallory },
				body: { security: lockOut, ...lockOut }
			});
			expect(answer.status, path).toBe(403);
		}
	});

	it('still takes a replication checkpoint of PouchDB’s shape', async () => {
		const answer = await send(`${server.url}/db/forum/_local/${newCheckpointId()}`, {
			method: 'PUT',
			headers: { cookie: mallory },
			body: { last_seq: 1, session_id: 'x' }
		});
		expect(answer.status).toBe(201);
	});
});

describe('on the database alone (the gateway bypassed)', () => {
	it('refuses a member’s write to _security and design documents, and to engine-internal _local ids', async () => {
		const asMallory = await databaseCaller(server, 'mallory');
		for (const db of ['forum', `plan-${planId}`]) {
			for (const id of internalLocalIds) {
				const answer = await send(`${server.adminUrl}/${db}/_local/${encodeURIComponent(id)}`, {
					method: 'PUT',
					headers: asMallory,
					body: { security: lockOut }
				});
				// The embedded engine takes no `_local` id but a checkpoint's from anyone but the
				// admin. Apache CouchDB takes any: its security object is no `_local` document, so
				// such a write reaches nothing (checked below, after the attempts).
				if (onEmbedded) expect(answer.status, `${db} _local/${id}`).toBe(403);
				else expect(answer.status, `${db} _local/${id}`).toBeLessThan(500);
			}
			const security = await send(`${server.adminUrl}/${db}/_security`, {
				method: 'PUT',
				headers: asMallory,
				body: lockOut
			});
			// Apache CouchDB 3.4 refuses it with a 500 (`no_majority`: every shard said forbidden).
			if (onEmbedded) expect(security.status, `${db} _security`).toBe(403);
			else expect(security.status, `${db} _security`).toBeGreaterThanOrEqual(400);
			const design = await send(`${server.adminUrl}/${db}/_design/mine`, {
				method: 'PUT',
				headers: asMallory,
				body: { validate_doc_update: 'function () {}' }
			});
			expect([401, 403], `${db} design`).toContain(design.status);
		}
	});

	const internal = embeddedOnly('express-pouchdb kept the security object as this document');
	it.skipIf(internal.skip)(
		internal.title(
			'keeps security objects out of reach of documents: even the admin’s _local/_security is a plain document'
		),
		async () => {
			const written = await adminFetch(server, '/forum/_local/_security', {
				method: 'PUT',
				body: JSON.stringify({ security: lockOut })
			});
			expect(written.status).toBe(201);
			// The forum's readers are still everyone: the security object is not that document.
			const read = await send(`${server.url}/db/forum/_all_docs?limit=1`);
			expect(read.status).toBe(200);
			await adminFetch(server, '/forum/_local/_security?rev=0-1', { method: 'DELETE' });
		}
	);
});

describe('after the attempts, and after a restart', () => {
	it('serves the forum to visitors and the plan to its owner, as provisioned', async () => {
		const check = async (target: TestServer) => {
			expect((await send(`${target.url}/db/forum/_all_docs?limit=1`)).status).toBe(200);
			const plan = await send(`${target.url}/db/plan-${planId}/_all_docs`, {
				headers: { cookie: owner }
			});
			expect(plan.status).toBe(200);
			const security = await adminFetch(target, `/plan-${planId}/_security`).then((r) => r.json());
			expect(security.members.names.sort()).toEqual(['mallory', 'odile']);
		};
		await check(server);
		await server.stop();
		server = await startTestServer({ dataDir, restart: true });
		await check(server);
	});
});
