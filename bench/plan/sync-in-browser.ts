// Runs in Chromium, bundled by bench/lib/bundle.js: one board member's phone for the shared-plan
// benchmark (bench/plan/sync.js), with the app's real sync engine, its own Dexie database and the
// session of its own account on the server. Node drives three of these, one browser each.
import Dexie from 'dexie';
import { PasserelleDatabase } from '$lib/db/database';
import { buildPlanExport, parsePlanFile } from '$lib/plan/export-file';
import { importPlanFile } from '$lib/plan/import';
import { signUp } from '$lib/forum/session';
import { readPlanRows } from '$lib/plan/plan-bundle';
import { makePlanBundle, type BundleSize } from '$lib/plan/plan-factory';
import { planTables, putBundleRows } from '$lib/plan/plan-store';
import type { PlanBundle } from '$lib/schemas/plan-values';
import { readLocalRecords } from '$lib/plan/sync/local-records';
import { createPlanServer } from '$lib/plan/sync/plan-server';
import { createInvite, joinPlan, recoverPlan, sharePlan } from '$lib/plan/sync/sharing';
import { PlanSyncEngine } from '$lib/plan/sync/sync-engine';

const server = createPlanServer();
let db = new PasserelleDatabase(`bench-sync-${crypto.randomUUID()}`);
let engine: PlanSyncEngine | undefined;

const timed = async (run: () => Promise<unknown>) => {
	const start = performance.now();
	await run();
	return performance.now() - start;
};

/** A fresh local database, as on a new phone. */
async function freshDevice(): Promise<void> {
	engine?.stop();
	db.close();
	await Dexie.delete(db.name);
	db = new PasserelleDatabase(`bench-sync-${crypto.randomUUID()}`);
}

const syncOnce = (planId: string) => new PlanSyncEngine({ db, server, planId }).syncOnce();

const bench = {
	/** Signs the member up (and in), as the app's account form does. */
	async signUp(name: string, password: string): Promise<void> {
		await signUp({ name, displayName: name, password });
	},

	/** Creates a plan of `size`, shares it and sends it; returns its id and record count. */
	async seed(size: BundleSize): Promise<{ planId: string; records: number; uploadMs: number }> {
		const bundle = makePlanBundle({ ...size, planId: crypto.randomUUID() });
		await db.transaction('rw', planTables(db), () => putBundleRows(db, bundle));
		const planId = bundle.plan.id;
		const uploadMs = await timed(async () => {
			await sharePlan({ db, server }, planId);
			await syncOnce(planId);
		});
		return { planId, records: (await readLocalRecords(db, planId)).size, uploadMs };
	},

	invite: async (planId: string) => (await createInvite({ db, server }, planId, 'editor')).code,

	/** Joins with a code and downloads the plan; the time until it is all on this device. */
	async join(code: string): Promise<{ planId: string; ms: number; records: number }> {
		let planId = '';
		const ms = await timed(async () => {
			planId = (await joinPlan({ db, server }, code)).planId;
			await syncOnce(planId);
		});
		return { planId, ms, records: (await readLocalRecords(db, planId)).size };
	},

	/** A new phone of the same member: logs in (already) and gets the plan back. */
	async recoverOnNewPhone(planId: string): Promise<{ ms: number; records: number }> {
		await freshDevice();
		const ms = await timed(async () => {
			await recoverPlan({ db, server }, planId);
			await syncOnce(planId);
		});
		return { ms, records: (await readLocalRecords(db, planId)).size };
	},

	/**
	 * The baseline: the same plan exported as a file here and imported (the app's own export and
	 * import, with its validation) into the app's database, which holds no plan yet.
	 */
	async fileRoundTrip(planId: string): Promise<number> {
		return timed(async () => {
			const bundle = await readBundle(planId);
			const text = JSON.stringify(buildPlanExport(bundle, new Date().toISOString()));
			const parsed = await parsePlanFile(text);
			if (!parsed.ok) throw new Error('the export file was refused');
			await importPlanFile(parsed.file, 'replace');
		});
	},

	/**
	 * 50 edits made offline during a meeting by device `index` (of 3), as a user makes them: ticks
	 * and owners on tasks of its own, the wording of five tasks every device also rewrites
	 * (conflicts), and decisions.
	 */
	async editOffline(planId: string, index: number, count: number): Promise<void> {
		const items = (await db.planItems.where('planId').equals(planId).toArray()).sort((a, b) =>
			a.id.localeCompare(b.id)
		);
		const meetingId = (await db.planMeetings.where('planId').equals(planId).first())?.id ?? '';
		const at = () => new Date().toISOString();
		for (let k = 0; k < count; k++) {
			const own = items[(index + 3 * (k + 5)) % items.length];
			const shared = items[k % 5];
			if (!own || !shared) continue;
			if (k < 30) await db.planItems.update(own.id, { done: !own.done, updatedAt: at() });
			else if (k < 40)
				await db.planItems.update(own.id, { owner: `Membre ${index}`, updatedAt: at() });
			else if (k < 45) {
				await db.planItems.update(shared.id, {
					text: `Formulé par le membre ${index}`,
					updatedAt: at()
				});
			} else {
				await db.planDecisions.add({
					id: crypto.randomUUID(),
					planId,
					meetingId,
					text: `Décision ${k} du membre ${index}`,
					at: at()
				});
			}
		}
	},

	/** Back online: the engine the plan page runs (live) starts. */
	reconnect(planId: string): void {
		engine = new PlanSyncEngine({ db, server, planId, liveWaitMs: 25_000 });
		engine.start();
	},

	/** A digest of the plan here (to compare devices) and whether anything waits to be sent. */
	async state(
		planId: string
	): Promise<{ digest: string; pending: number; state: string; decisions: number }> {
		const records = [...(await readLocalRecords(db, planId))]
			.map(([docId, record]) => [docId, record.fields] as const)
			.sort(([a], [b]) => a.localeCompare(b));
		const bytes = new TextEncoder().encode(JSON.stringify(records));
		const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
		return {
			digest: [...hash].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
			pending: engine?.status.pending ?? 0,
			decisions: await db.planDecisions.where('planId').equals(planId).count(),
			state: engine?.status.state ?? 'stopped'
		};
	},

	stop(): void {
		engine?.stop();
	}
};

/** The plan as this device has it (the rows the export reads). */
async function readBundle(planId: string): Promise<PlanBundle> {
	const [plan, steps, items, tools, changes, meetings, attendees, decisions, meetingEvents] =
		await readPlanRows(db, planId);
	if (!plan) throw new Error('plan not found');
	return { plan, steps, items, tools, changes, meetings, attendees, decisions, meetingEvents };
}

declare global {
	interface Window {
		planSyncBench: typeof bench;
	}
}

window.planSyncBench = bench;
