// Raw HTTP against the real server: sharing a plan (/db/_passerelle) and what a stranger, a
// logged-in non-member, a reader, an editor and the owner can and cannot do with the plan's
// database, through the gateway and on the database alone.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	databaseCaller,
	jsonHeaders,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
const cookies: Record<'owner' | 'editor' | 'reader' | 'outsider', string> = {
	owner: '',
	editor: '',
	reader: '',
	outsider: ''
};
const names = { owner: 'odile', editor: 'eddy', reader: 'rita', outsider: 'oscar' } as const;
type Who = keyof typeof cookies | 'stranger';

async function call(who: Who, method: string, path: string, body?: unknown) {
	const response = await fetch(`${server.url}/db${path}`, {
		method,
		headers: { ...jsonHeaders, ...(who === 'stranger' ? {} : { cookie: cookies[who] }) },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: response.status, body: await response.json() };
}

/** A valid record of the plan (a task), written by `who`. */
function record(planId: string, who: keyof typeof names, id = randomUUID()) {
	const at = new Date().toISOString();
	return {
		_id: `item:${id}`,
		kind: 'item',
		id,
		planId,
		stepId: 'strategy',
		text: 'Rédiger la feuille de route',
		done: false,
		order: 1,
		owner: '',
		dueDate: '',
		updatedAt: at,
		editedBy: names[who],
		editedAt: at
	};
}

async function sharePlan(): Promise<string> {
	const planId = randomUUID();
	const shared = await call('owner', 'POST', '/_passerelle/plans', { planId, name: 'Les Jardins' });
	expect(shared.status).toBe(201);
	for (const role of ['editor', 'reader'] as const) {
		const invite = await call('owner', 'POST', `/_passerelle/plans/${planId}/invites`, { role });
		expect(invite.status).toBe(201);
		const code = String(invite.body.code);
		const joined = await call(
			role,
			'POST',
			`/_passerelle/invites/${code.slice(0, 4)}-${code.slice(4).toLowerCase()}`
		);
		expect(joined.body).toMatchObject({ planId, role });
	}
	return planId;
}

beforeAll(async () => {
	server = await startTestServer();
	for (const who of Object.keys(names) as (keyof typeof names)[]) {
		cookies[who] = await signUpAndLogIn(server.url, names[who]);
	}
});
afterAll(async () => {
	await server.stop();
});

describe('sharing a plan', () => {
	it('needs an account, a UUID and a name', async () => {
		expect(
			(await call('stranger', 'POST', '/_passerelle/plans', { planId: randomUUID(), name: 'x' }))
				.status
		).toBe(401);
		expect(
			(await call('owner', 'POST', '/_passerelle/plans', { planId: 'mine', name: 'x' })).status
		).toBe(400);
		expect(
			(await call('owner', 'POST', '/_passerelle/plans', { planId: randomUUID(), name: '' })).status
		).toBe(400);
	});

	it('lists the members by role, and each member finds the plan again (a new phone)', async () => {
		const planId = await sharePlan();
		const seen = await call('reader', 'GET', `/_passerelle/plans/${planId}`);
		expect(seen.body.members).toEqual([
			{ name: 'odile', role: 'owner' },
			{ name: 'eddy', role: 'editor' },
			{ name: 'rita', role: 'reader' }
		]);
		const mine = await call('editor', 'GET', '/_passerelle/plans');
		expect(mine.body.plans).toContainEqual({ planId, role: 'editor', name: 'Les Jardins' });
		expect((await call('outsider', 'GET', `/_passerelle/plans/${planId}`)).status).toBe(404);
	});

	it('uses an invitation once, and refuses a wrong code', async () => {
		const planId = await sharePlan();
		const invite = await call('owner', 'POST', `/_passerelle/plans/${planId}/invites`, {
			role: 'reader'
		});
		expect(
			(await call('outsider', 'POST', `/_passerelle/invites/${invite.body.code}`)).status
		).toBe(200);
		const again = await call('stranger', 'POST', `/_passerelle/invites/${invite.body.code}`);
		expect(again.status).toBe(401);
		const reused = await call('outsider', 'POST', `/_passerelle/invites/ZZZZZZZZ`);
		expect(reused.status).toBe(404);
		expect(
			(await call('reader', 'POST', `/_passerelle/plans/${planId}/invites`, { role: 'editor' }))
				.status
		).toBe(403);
		expect(
			(await call('editor', 'POST', `/_passerelle/plans/${planId}/invites`, { role: 'editor' }))
				.status
		).toBe(403);
		await call('owner', 'DELETE', `/_passerelle/plans/${planId}/members/oscar`);
	});

	it('lets the owner revoke, a member leave, and only the owner delete', async () => {
		const planId = await sharePlan();
		expect(
			(await call('editor', 'DELETE', `/_passerelle/plans/${planId}/members/rita`)).status
		).toBe(403);
		expect(
			(await call('owner', 'DELETE', `/_passerelle/plans/${planId}/members/rita`)).status
		).toBe(200);
		expect((await call('reader', 'GET', `/plan-${planId}`)).status).toBe(404);
		expect(
			(await call('editor', 'DELETE', `/_passerelle/plans/${planId}/members/eddy`)).status
		).toBe(200);
		expect((await call('editor', 'GET', `/plan-${planId}`)).status).toBe(404);
		expect(
			(await call('owner', 'DELETE', `/_passerelle/plans/${planId}/members/odile`)).status
		).toBe(409);
		expect((await call('outsider', 'DELETE', `/_passerelle/plans/${planId}`)).status).toBe(404);
		expect((await call('owner', 'DELETE', `/_passerelle/plans/${planId}`)).status).toBe(200);
		expect((await call('owner', 'GET', `/plan-${planId}`)).status).toBe(404);
	});
});

describe('a shared plan’s database', () => {
	let planId = '';
	beforeAll(async () => {
		planId = await sharePlan();
	});

	const cases: [Who, number, number][] = [
		// who, reading, writing
		['stranger', 404, 404],
		['outsider', 404, 404],
		['reader', 200, 403],
		['editor', 200, 201],
		['owner', 200, 201]
	];
	it.each(cases)('through the gateway: %s reads %i, writes %i', async (who, read, write) => {
		expect((await call(who, 'GET', `/plan-${planId}/_all_docs?limit=5`)).status).toBe(read);
		const author = who === 'stranger' ? 'owner' : who;
		const doc = record(planId, author);
		expect((await call(who, 'PUT', `/plan-${planId}/${doc._id}`, doc)).status).toBe(write);
	});

	it('on the database alone: members only read, owners and editors only write', async () => {
		const base = `${server.adminUrl}/plan-${planId}`;
		const as = async (name: string | null) => databaseCaller(server, name);
		expect((await fetch(`${base}/_all_docs`, { headers: await as(null) })).status).toBe(401);
		// express-pouchdb answers 401 where CouchDB answers 403: refused either way.
		expect([401, 403]).toContain(
			(await fetch(`${base}/_all_docs`, { headers: await as('oscar') })).status
		);
		expect((await fetch(`${base}/_all_docs`, { headers: await as('rita') })).status).toBe(200);
		for (const [name, who, status] of [
			['rita', 'reader', 403],
			['eddy', 'editor', 201]
		] as const) {
			const doc = record(planId, who);
			const response = await fetch(`${base}/${doc._id}`, {
				method: 'PUT',
				headers: await as(name),
				body: JSON.stringify(doc)
			});
			expect(response.status, name).toBe(status);
		}
	});

	it('takes bulk writes (the app’s sync) from owners and editors only, on each layer', async () => {
		// The embedded database used to give the rules an empty _security for _bulk_docs only.
		const bulk = (who: keyof typeof names) => ({
			docs: [record(planId, who), record(planId, who)]
		});
		for (const [who, stored] of [
			['editor', true],
			['owner', true],
			['reader', false]
		] as const) {
			const response = await call(who, 'POST', `/plan-${planId}/_bulk_docs`, bulk(who));
			const results = response.body as { ok?: boolean }[];
			expect(response.status === 201 && results.every((result) => result.ok), who).toBe(stored);
		}
		const alone = await fetch(`${server.adminUrl}/plan-${planId}/_bulk_docs`, {
			method: 'POST',
			headers: await databaseCaller(server, names.editor),
			body: JSON.stringify(bulk('editor'))
		});
		expect(((await alone.json()) as { ok?: boolean }[]).map((result) => result.ok)).toEqual([
			true,
			true
		]);
	});

	it('refuses a forged editor, another plan’s record and design documents', async () => {
		const forged = record(planId, 'owner');
		expect((await call('editor', 'PUT', `/plan-${planId}/${forged._id}`, forged)).status).toBe(403);
		const foreign = { ...record(planId, 'editor'), planId: randomUUID() };
		expect((await call('editor', 'PUT', `/plan-${planId}/${foreign._id}`, foreign)).status).toBe(
			403
		);
		const design = await call('owner', 'PUT', `/plan-${planId}/_design/evil`, {
			validate_doc_update: 'function(){}'
		});
		expect(design.status).toBe(403);
		const security = await call('owner', 'PUT', `/plan-${planId}/_security`, {
			members: { names: [] }
		});
		expect(security.status).toBe(403);
	});
});
