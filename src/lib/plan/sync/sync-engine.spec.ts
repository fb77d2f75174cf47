// The plan sync against the real embedded server over HTTP, with several "phones" (each its own
// Dexie database on fake-indexeddb and its own session): sharing, joining, offline edits on
// several phones converging, deletions, edited-vs-deleted, one meeting on two phones, a download
// cut halfway, readers and removed members.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../../../../couchdb/server/test-helpers';
import { recordsOf } from './plan-docs';
import { pullBatchSize } from './pull';
import { pushLimits } from './push';
import { createInvite, joinPlan, leavePlan, revokeMember, sharePlan } from './sharing';
import { PlanSyncEngine } from './sync-engine';
import {
	makeDevice,
	seedPlan,
	snapshot,
	syncAll,
	testClock,
	type TestClock,
	type TestDevice
} from './test-devices';

let server: TestServer;
let clock: TestClock;
const devices: TestDevice[] = [];
let userCount = 0;

beforeAll(async () => {
	server = await startTestServer();
});
afterAll(async () => {
	await server.stop();
});
const engines: PlanSyncEngine[] = [];
afterEach(async () => {
	for (const engine of engines.splice(0)) engine.stop();
	for (const device of devices.splice(0)) await device.close();
});

/** The engine a plan page runs while open, with short delays. */
function liveEngine(device: TestDevice, planId: string): PlanSyncEngine {
	const engine = new PlanSyncEngine({
		db: device.db,
		server: device.server,
		planId,
		now: clock.now,
		liveWaitMs: 5_000,
		debounceMs: 50,
		retryDelaysMs: [100]
	});
	engines.push(engine);
	engine.start();
	return engine;
}

const eventually = { timeout: 15_000, interval: 100 };

/** A new board member's phone (a new account each time, so tests do not share plans). */
async function phone(role: string): Promise<TestDevice> {
	userCount += 1;
	const device = await makeDevice(server, `${role}${userCount}`, clock);
	devices.push(device);
	return device;
}

/** `owner` shares a plan; each other phone joins it with a code of `role`. */
async function shareWith(
	owner: TestDevice,
	others: TestDevice[],
	size: Parameters<typeof seedPlan>[1] = {},
	role: 'editor' | 'reader' = 'editor'
) {
	const bundle = await seedPlan(owner, size);
	const planId = bundle.plan.id;
	await sharePlan(owner, planId);
	await owner.sync(planId);
	for (const other of others) {
		const { code } = await createInvite(owner, planId, role);
		await joinPlan(other, code);
		await other.sync(planId);
	}
	return { bundle, planId };
}

function setOnline(online: boolean, ...phones: TestDevice[]) {
	for (const device of phones) device.online = online;
}

beforeAll(() => {
	clock = testClock();
});

describe('sharing a plan', () => {
	it('sends every record; a member who joins with the code gets the same plan', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const { planId } = await shareWith(alice, [bob], { meetings: 2, tools: 5, changes: 3 });
		expect(await snapshot(bob, planId)).toEqual(await snapshot(alice, planId));
		expect((await snapshot(bob, planId)).decisions).toHaveLength(4);
		expect(await bob.db.planShares.get(planId)).toMatchObject({ role: 'editor', state: 'active' });
		expect((await alice.sync(planId)).pending).toBe(0);
	});

	it('sends a big plan in requests of at most 100 documents', async () => {
		const alice = await phone('alice');
		const bundle = await seedPlan(alice, { itemsPerStep: 40, tools: 40, meetings: 10 });
		await sharePlan(alice, bundle.plan.id);
		const status = await alice.sync(bundle.plan.id);
		expect(status).toMatchObject({ state: 'synced', pending: 0 });
		const writes = alice.requests.filter((request) => request.docs);
		expect(writes.length).toBeGreaterThan(3);
		for (const write of writes) {
			expect(write.docs).toBeLessThanOrEqual(pushLimits.docs);
			expect(write.bytes).toBeLessThanOrEqual(pushLimits.bytes);
		}
	});
});

describe('offline edits on several phones', () => {
	it('converge: every tick, task and decision kept; the same text edited twice shows both', async () => {
		const [alice, bob, chloe] = [await phone('alice'), await phone('bob'), await phone('chloe')];
		const { bundle, planId } = await shareWith(alice, [bob, chloe], { meetings: 1 });
		const [first, second, third] = bundle.items.filter((item) => !item.done);
		if (!first || !second || !third) throw new Error('the plan needs open tasks');
		setOnline(false, alice, bob, chloe);

		clock.tick();
		await alice.db.planItems.update(first.id, { done: true, updatedAt: clock.now() });
		await alice.db.planItems.update(third.id, {
			text: 'Appeler la mairie',
			updatedAt: clock.now()
		});
		await alice.sync(planId).catch(() => undefined);
		clock.tick();
		await bob.db.planItems.update(second.id, { done: true, updatedAt: clock.now() });
		await bob.db.planItems.update(third.id, { text: 'Écrire à la mairie', updatedAt: clock.now() });
		await bob.sync(planId).catch(() => undefined);
		clock.tick();
		await chloe.db.planItems.add({
			...third,
			id: 'item-new-chloe',
			text: 'Réserver la salle',
			updatedAt: clock.now()
		});
		await chloe.db.planDecisions.add({
			id: 'decision-chloe',
			planId,
			meetingId: bundle.meetings[0]?.id ?? '',
			text: 'On passe à Nextcloud',
			at: clock.now()
		});
		expect(await chloe.sync(planId).catch((error: Error) => error.message)).toMatch(/offline/);
		expect(chloe.engine(planId).status.pending).toBe(0);
		expect(await chloe.engine(planId).countPending()).toBe(2);

		setOnline(true, alice, bob, chloe);
		await syncAll([alice, bob, chloe], planId);

		const plans = await Promise.all([alice, bob, chloe].map((device) => snapshot(device, planId)));
		expect(plans[1]).toEqual(plans[0]);
		expect(plans[2]).toEqual(plans[0]);
		const items = new Map(plans[0]?.items.map((item) => [item.id, item]));
		expect(items.get(first.id)?.done).toBe(true);
		expect(items.get(second.id)?.done).toBe(true);
		expect(items.get('item-new-chloe')?.text).toBe('Réserver la salle');
		expect(plans[0]?.decisions.map((d) => d.text)).toContain('On passe à Nextcloud');
		// The later edit (bob's) wins everywhere; alice's stays visible beside it.
		expect(items.get(third.id)?.text).toBe('Écrire à la mairie');
		for (const device of [alice, bob, chloe]) {
			const entry = await device.db.planSync.get([planId, `item:${third.id}`]);
			expect(entry?.alsoEdited).toEqual({
				text: { value: 'Appeler la mairie', by: alice.user, at: expect.any(String) }
			});
			expect((await device.sync(planId)).pending).toBe(0);
		}
	});

	it('a choice made on one phone clears the notice on every phone', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const { bundle, planId } = await shareWith(alice, [bob]);
		const item = bundle.items[1];
		if (!item) throw new Error('no item');
		setOnline(false, alice, bob);
		await alice.db.planItems.update(item.id, { owner: 'Inès' });
		await alice.sync(planId).catch(() => undefined);
		clock.tick();
		await bob.db.planItems.update(item.id, { owner: 'Yanis' });
		await bob.sync(planId).catch(() => undefined);
		setOnline(true, alice, bob);
		await syncAll([alice, bob], planId);
		const key: [string, string] = [planId, `item:${item.id}`];
		expect((await alice.db.planSync.get(key))?.alsoEdited).toHaveProperty('owner');

		// Alice takes her own value back: the row changes and the notice goes.
		await alice.db.transaction('rw', alice.db.planItems, alice.db.planSync, async () => {
			await alice.db.planItems.update(item.id, { owner: 'Inès' });
			const entry = await alice.db.planSync.get(key);
			if (entry) await alice.db.planSync.put({ ...entry, alsoEdited: undefined });
		});
		await syncAll([alice, bob], planId);
		for (const device of [alice, bob]) {
			expect((await device.db.planItems.get(item.id))?.owner).toBe('Inès');
			expect((await device.db.planSync.get(key))?.alsoEdited).toBeUndefined();
		}
	});
});

describe('deletions', () => {
	it('a task deleted on one phone does not come back from the others', async () => {
		const [alice, bob, chloe] = [await phone('alice'), await phone('bob'), await phone('chloe')];
		const { bundle, planId } = await shareWith(alice, [bob, chloe]);
		const gone = bundle.items[2];
		if (!gone) throw new Error('no item');
		setOnline(false, chloe);
		await alice.db.planItems.delete(gone.id);
		await syncAll([alice, bob], planId);
		expect(await bob.db.planItems.get(gone.id)).toBeUndefined();

		// Chloe was offline, her copy untouched: it goes there too, and nowhere comes back.
		setOnline(true, chloe);
		await syncAll([chloe, bob, alice], planId);
		for (const device of [alice, bob, chloe]) {
			expect(await device.db.planItems.get(gone.id)).toBeUndefined();
		}
		const stored = await fetch(`${server.adminUrl}/plan-${planId}/item:${gone.id}`, {
			headers: { authorization: `Basic ${btoa(`${server.admin.name}:${server.admin.password}`)}` }
		});
		expect(stored.status).toBe(404);
	});

	it('a task edited on one phone and deleted on another is kept, marked deleted by whom', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const { bundle, planId } = await shareWith(alice, [bob]);
		const item = bundle.items[3];
		if (!item) throw new Error('no item');
		setOnline(false, alice, bob);
		await alice.db.planItems.delete(item.id);
		await alice.sync(planId).catch(() => undefined);
		clock.tick();
		await bob.db.planItems.update(item.id, { text: 'Toujours utile !' });
		await bob.sync(planId).catch(() => undefined);
		setOnline(true, alice, bob);
		await syncAll([alice, bob], planId);

		for (const device of [alice, bob]) {
			expect((await device.db.planItems.get(item.id))?.text).toBe('Toujours utile !');
			expect((await device.db.planSync.get([planId, `item:${item.id}`]))?.deletedBy).toEqual({
				by: alice.user,
				at: expect.any(String)
			});
		}

		// Bob agrees to delete it after all: gone everywhere.
		await bob.db.planItems.delete(item.id);
		await syncAll([bob, alice], planId);
		for (const device of [alice, bob])
			expect(await device.db.planItems.get(item.id)).toBeUndefined();
	});
});

describe('a meeting run on two phones at once', () => {
	it('merges its attendees, decisions and recorded changes', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const { planId } = await shareWith(alice, [bob]);
		const meeting = {
			id: 'meeting-live',
			planId,
			date: '2026-03-12',
			startedAt: clock.now()
		};
		await alice.db.planMeetings.add(meeting);
		await alice.db.plans.update(planId, { activeMeetingId: meeting.id });
		await syncAll([alice, bob], planId);
		expect((await bob.db.plans.get(planId))?.activeMeetingId).toBe(meeting.id);

		setOnline(false, alice, bob);
		const inMeeting = { planId, meetingId: meeting.id };
		for (const [device, name] of [
			[alice, 'Camille'],
			[bob, 'Yanis']
		] as const) {
			clock.tick();
			await device.db.planAttendees.add({
				...inMeeting,
				id: `att-${name}`,
				name,
				role: '',
				order: 0
			});
			await device.db.planDecisions.add({
				...inMeeting,
				id: `dec-${name}`,
				text: `Décision notée par ${name}`,
				at: clock.now()
			});
			await device.db.planMeetingEvents.add({
				...inMeeting,
				id: `ev-${name}`,
				at: clock.now(),
				kind: 'item-ticked',
				label: `Tâche cochée par ${name}`
			});
		}
		setOnline(true, alice, bob);
		await syncAll([alice, bob], planId);
		for (const device of [alice, bob]) {
			const plan = await snapshot(device, planId);
			expect(plan.attendees.map((a) => a.name).sort()).toEqual(['Camille', 'Yanis']);
			expect(plan.decisions.map((d) => d.text).sort()).toEqual([
				'Décision notée par Camille',
				'Décision notée par Yanis'
			]);
			expect(plan.meetingEvents.map((e) => e.kind)).toEqual(['item-ticked', 'item-ticked']);
		}
		expect(await snapshot(bob, planId)).toEqual(await snapshot(alice, planId));
	});
});

describe('a download cut halfway', () => {
	it('resumes where it stopped and never fetches twice what it has', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const bundle = await seedPlan(alice, { itemsPerStep: 80 });
		const planId = bundle.plan.id;
		await sharePlan(alice, planId);
		await alice.sync(planId);
		const total = 1 + bundle.steps.length + bundle.items.length + bundle.tools.length + 2;
		expect(total).toBeGreaterThan(pullBatchSize);

		const { code } = await createInvite(alice, planId, 'editor');
		await joinPlan(bob, code);
		bob.cutAfterChanges(1);
		await expect(bob.sync(planId)).rejects.toMatchObject({ kind: 'offline' });
		expect(await bob.db.planItems.where('planId').equals(planId).count()).toBeGreaterThan(400);
		const firstPart = bob.received.docs;
		expect(firstPart).toBe(pullBatchSize);

		bob.cutAfterChanges(Infinity);
		await bob.sync(planId);
		expect(await snapshot(bob, planId)).toEqual(await snapshot(alice, planId));
		// Design documents aside, each document came once.
		expect(bob.received.docs).toBeLessThanOrEqual(total + 1);
	});
});

describe('members', () => {
	it('a reader gets the plan but cannot change it on the server', async () => {
		const [alice, rita] = [await phone('alice'), await phone('rita')];
		const { bundle, planId } = await shareWith(alice, [rita], {}, 'reader');
		const item = bundle.items[0];
		if (!item) throw new Error('no item');
		await rita.db.planItems.update(item.id, { text: 'Modifié en lecture seule' });
		expect(await rita.sync(planId)).toMatchObject({ state: 'readonly', pending: 1 });
		await alice.sync(planId);
		expect((await alice.db.planItems.get(item.id))?.text).toBe(item.text);
	});

	it('a revoked member keeps their copy, no longer shared; one who leaves too', async () => {
		const [alice, bob, chloe] = [await phone('alice'), await phone('bob'), await phone('chloe')];
		const { planId } = await shareWith(alice, [bob, chloe]);
		await revokeMember(alice, planId, bob.user);
		await expect(bob.sync(planId)).rejects.toMatchObject({ kind: 'gone' });
		expect(await bob.db.planShares.get(planId)).toMatchObject({ state: 'removed' });
		expect(await bob.db.planSync.where('planId').equals(planId).count()).toBe(0);
		expect(await bob.db.plans.get(planId)).toBeDefined();

		await leavePlan(chloe, planId);
		expect(await chloe.db.planShares.get(planId)).toBeUndefined();
		expect(await chloe.db.plans.get(planId)).toBeDefined();
		expect((await alice.server.getPlan(planId)).members.map((m) => m.name)).toEqual([alice.user]);
	});
});

describe('while the plan is open', () => {
	it('receives the others’ changes by itself, sends its own after a pause, waits out a cut', async () => {
		const [alice, bob] = [await phone('alice'), await phone('bob')];
		const { bundle, planId } = await shareWith(alice, [bob]);
		const [first, second, third] = bundle.items;
		if (!first || !second || !third) throw new Error('no items');
		const engine = liveEngine(alice, planId);
		await vi.waitFor(() => expect(engine.status.state).toBe('synced'), eventually);

		await bob.db.planItems.update(first.id, { text: 'Écrit par Bob' });
		await bob.sync(planId);
		await vi.waitFor(async () => {
			expect((await alice.db.planItems.get(first.id))?.text).toBe('Écrit par Bob');
		}, eventually);

		await alice.db.planItems.update(second.id, { text: 'Écrit par Alice' });
		engine.notifyLocalChange();
		await vi.waitFor(async () => {
			await bob.sync(planId);
			expect((await bob.db.planItems.get(second.id))?.text).toBe('Écrit par Alice');
		}, eventually);

		alice.online = false;
		await alice.db.planItems.update(third.id, { done: true });
		engine.notifyLocalChange();
		await vi.waitFor(
			() => expect(engine.status).toMatchObject({ state: 'offline', pending: 1 }),
			eventually
		);
		alice.online = true;
		engine.retryNow();
		await vi.waitFor(
			() => expect(engine.status).toMatchObject({ state: 'synced', pending: 0 }),
			eventually
		);
		await bob.sync(planId);
		expect((await bob.db.planItems.get(third.id))?.done).toBe(true);
	});

	it('asks to log in when the server no longer knows the session, and forgets nothing', async () => {
		const alice = await phone('alice');
		const bundle = await seedPlan(alice);
		await sharePlan(alice, bundle.plan.id);
		await alice.db.planItems.update(bundle.items[0]?.id ?? '', { done: true });
		const stale = await makeDevice(server, alice.user, clock, 'AuthSession=expired');
		devices.push(stale);
		const engine = new PlanSyncEngine({
			db: alice.db,
			server: stale.server,
			planId: bundle.plan.id,
			now: clock.now
		});
		await expect(engine.syncOnce()).rejects.toMatchObject({ kind: 'session' });
		expect(engine.status).toMatchObject({ state: 'login', pending: recordsOf(bundle).length });
		expect(await alice.db.planShares.get(bundle.plan.id)).toMatchObject({ state: 'active' });
	});
});
