// Test helpers for the plan sync (Node, with fake-indexeddb loaded by the spec): board members'
// phones, each with its own local database and its own session on the real embedded server, a
// switch to take it offline, and a log of what it asked the server. Shared by the specs and the
// Node part of the benchmark; never imported by the app.
import { randomUUID } from 'node:crypto';
import { deleteDatabase } from '$lib/db/dexie-kit';
import { PasserelleDatabase } from '$lib/db/database';
import type { PlanBundle } from '$lib/schemas/plan';
import { signUpAndLogIn, type TestServer } from '../../../../couchdb/server/test-helpers';
import { makePlanBundle, type BundleSize } from '../plan-factory';
import { planTables, putBundleRows } from '../plan-store';
import { createPlanServer, type PlanServer } from './plan-server';
import { PlanSyncEngine, type PlanSyncStatus } from './sync-engine';

/** A clock the test moves: every device dates its changes by it. */
export function testClock(start = '2026-03-12T18:00:00.000Z') {
	let time = Date.parse(start);
	return {
		now: () => new Date(time).toISOString(),
		/** Moves on by `minutes`. */
		tick(minutes = 1) {
			time += minutes * 60_000;
		}
	};
}

export type TestClock = ReturnType<typeof testClock>;

export interface TestDevice {
	user: string;
	db: PasserelleDatabase;
	server: PlanServer;
	/** Every request: method and path (with its query). */
	requests: { method: string; path: string; docs?: number; bytes?: number }[];
	/** Documents received from `_changes`, in all. */
	received: { docs: number };
	online: boolean;
	/** Fails every request after `n` more `_changes` answers (a connection cut mid-download). */
	cutAfterChanges(n: number): void;
	sync(planId: string): Promise<PlanSyncStatus>;
	engine(planId: string): PlanSyncEngine;
	close(): Promise<void>;
}

/** A phone of `user` (signed up on the server if `password` is not given). */
export async function makeDevice(
	server: TestServer,
	user: string,
	clock: TestClock,
	cookie?: string
): Promise<TestDevice> {
	const session = cookie ?? (await signUpAndLogIn(server.url, user));
	const name = `passerelle-test-${user}-${randomUUID()}`;
	const db = new PasserelleDatabase(name);
	let changesLeft = Infinity;
	const device: TestDevice = {
		user,
		db,
		requests: [],
		received: { docs: 0 },
		online: true,
		server: undefined as unknown as PlanServer,
		cutAfterChanges(n) {
			changesLeft = n;
		},
		engine: (planId) => new PlanSyncEngine({ db, server: device.server, planId, now: clock.now }),
		sync: (planId) => device.engine(planId).syncOnce(),
		close: async () => {
			db.close();
			await deleteDatabase(name);
		}
	};
	const deviceFetch: typeof fetch = async (input, init = {}) => {
		const url = new URL(String(input));
		const body = typeof init.body === 'string' ? init.body : undefined;
		const docs = body && url.pathname.endsWith('/_bulk_docs') ? JSON.parse(body).docs : undefined;
		device.requests.push({
			method: init.method ?? 'GET',
			path: url.pathname + url.search,
			...(docs ? { docs: docs.length, bytes: new TextEncoder().encode(body).length } : {})
		});
		if (!device.online || changesLeft <= 0) throw new TypeError('fetch failed');
		const headers = new Headers(init.headers);
		headers.set('cookie', session);
		const response = await fetch(input, { ...init, headers });
		if (url.pathname.endsWith('/_changes')) {
			changesLeft -= 1;
			const answer = (await response.clone().json()) as { results?: unknown[] };
			device.received.docs += answer.results?.length ?? 0;
		}
		return response;
	};
	device.server = createPlanServer({ baseUrl: server.url, fetch: deviceFetch });
	return device;
}

/** Writes a plan bundle into a device's database, as creating or importing a plan does. */
export async function putBundle(device: TestDevice, bundle: PlanBundle): Promise<void> {
	const { db } = device;
	await db.transaction('rw', planTables(db), () => putBundleRows(db, bundle));
}

/** A plan (with a UUID, as the app makes them) on `device`. */
export async function seedPlan(device: TestDevice, size: BundleSize = {}): Promise<PlanBundle> {
	const bundle = makePlanBundle({ ...size, planId: randomUUID() });
	await putBundle(device, bundle);
	return bundle;
}

/** Everything a device has of a plan, in a stable order (to compare devices). */
export async function snapshot(device: TestDevice, planId: string) {
	const { db } = device;
	const byId = <T extends { id: string }>(rows: T[]) =>
		[...rows].sort((a, b) => a.id.localeCompare(b.id));
	const plan = await db.plans.get(planId);
	const steps = await db.planSteps.where('planId').equals(planId).toArray();
	return {
		plan: plan ? { ...plan, updatedAt: undefined } : undefined,
		steps: steps.sort((a, b) => a.stepId.localeCompare(b.stepId)),
		items: byId(await db.planItems.where('planId').equals(planId).toArray()),
		tools: byId(await db.planTools.where('planId').equals(planId).toArray()),
		changes: byId(await db.planChanges.where('planId').equals(planId).toArray()),
		meetings: byId(await db.planMeetings.where('planId').equals(planId).toArray()),
		attendees: byId(await db.planAttendees.where('planId').equals(planId).toArray()),
		decisions: byId(await db.planDecisions.where('planId').equals(planId).toArray()),
		meetingEvents: byId(await db.planMeetingEvents.where('planId').equals(planId).toArray())
	};
}

/** Syncs every device, in turn, until a whole round brings nothing new anywhere. */
export async function syncAll(
	devices: TestDevice[],
	planId: string,
	maxRounds = 5
): Promise<number> {
	for (let round = 1; round <= maxRounds; round++) {
		const before = devices.map((device) => device.received.docs);
		const sent = devices.map((device) => device.requests.length);
		for (const device of devices) await device.sync(planId);
		const quiet = devices.every(
			(device, i) =>
				device.received.docs === before[i] &&
				!device.requests.slice(sent[i]).some((request) => request.docs)
		);
		if (quiet) return round;
	}
	throw new Error(`the devices did not settle in ${maxRounds} rounds`);
}
