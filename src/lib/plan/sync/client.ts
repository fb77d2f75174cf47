// The plan pages' one door to sharing, loaded lazily (dynamic import) by a shared plan's pages
// and the sharing panels only: the sync code stays out of every page's initial JavaScript
// (bundle budget). It binds the domain functions (sharing.ts) to this device's database and to
// the app's own server, and keeps a plan in sync while its pages are open.
import { liveQuery } from '$lib/db/dexie-kit';
import { loadDb } from '$lib/db';
import type { PlanRole } from '$lib/db/database';
import { planSyncStatuses } from '../sync-status.svelte';
import { readLocalRecords, readSyncEntries } from './local-records';
import { createPlanServer, SyncFailure } from './plan-server';
import * as sharing from './sharing';
import { PlanSyncEngine } from './sync-engine';

export { SyncFailure } from './plan-server';

const server = createPlanServer();
const deps = async (): Promise<sharing.SharingDeps> => ({ db: await loadDb(), server });

/** Who is logged in: a name, null for nobody, undefined when the server cannot be reached. */
export async function currentAccount(): Promise<string | null | undefined> {
	try {
		return await server.sessionUser();
	} catch (error) {
		if (error instanceof SyncFailure && error.kind !== 'offline') return null;
		return undefined;
	}
}

/** An engine for a one-off exchange (download, first upload). */
async function engineFor(planId: string): Promise<PlanSyncEngine> {
	return new PlanSyncEngine({
		db: await loadDb(),
		server,
		planId,
		onStatus: (status) => planSyncStatuses.set(planId, status)
	});
}

/** Shares a plan of this device; its pages then keep it in sync (every record goes up). */
export async function shareThisPlan(planId: string): Promise<void> {
	await sharing.sharePlan(await deps(), planId);
}

/** Downloads a joined or recovered plan, then marks it ready to open. */
async function download(planId: string): Promise<void> {
	await (await engineFor(planId)).syncOnce();
	await sharing.markDownloaded(await loadDb(), planId);
}

/** Joins with an invitation code and downloads the plan; returns it. */
export async function joinWithCode(
	code: string,
	onJoined: (plan: { planId: string; name: string }) => void = () => undefined
): Promise<{ planId: string; name: string; role: PlanRole }> {
	const joined = await sharing.joinPlan(await deps(), code);
	onJoined(joined);
	await download(joined.planId);
	return joined;
}

/** Plans shared with this account that this device does not have. */
export async function recoverablePlans() {
	return sharing.listRecoverablePlans(await deps());
}

/** Brings a shared plan back onto this device (a new phone). */
export async function recover(planId: string): Promise<void> {
	await sharing.recoverPlan(await deps(), planId);
	await download(planId);
}

export async function invite(planId: string, role: 'editor' | 'reader') {
	return sharing.createInvite(await deps(), planId, role);
}

export async function refreshMembers(planId: string) {
	return sharing.refreshMembers(await deps(), planId);
}

export async function setMemberRole(planId: string, member: string, role: PlanRole) {
	await sharing.setMemberRole(await deps(), planId, member, role);
}

export async function revokeMember(planId: string, member: string) {
	await sharing.revokeMember(await deps(), planId, member);
}

export async function leave(planId: string) {
	await sharing.leavePlan(await deps(), planId);
}

export async function deleteFromServer(planId: string) {
	await sharing.deleteFromServer(await deps(), planId);
}

/** Forgets a plan's sharing on this device (after « no longer shared »); its rows stay. */
export async function dismissSharing(planId: string) {
	await sharing.stopSharingHere(await loadDb(), planId);
}

interface Running {
	users: number;
	stop: () => void;
	retry: () => void;
}

const running = new Map<string, Running>();

/**
 * Keeps plan `planId` in sync while one of its pages is open: every change of its rows is
 * counted at once and sent after a short pause, the server's arrive live, and a failed exchange
 * is tried again when the device comes back online or the page is shown again. Returns the
 * function that stops it.
 */
export function keepInSync(planId: string): () => void {
	let handle = running.get(planId);
	if (!handle) {
		const started: Running = { users: 0, stop: () => undefined, retry: () => undefined };
		running.set(planId, started);
		void loadDb().then((db) => {
			if (running.get(planId) !== started) return; // released meanwhile
			const engine = new PlanSyncEngine({
				db,
				server,
				planId,
				onStatus: (status) => planSyncStatuses.set(planId, status)
			});
			const changes = liveQuery(() =>
				Promise.all([readLocalRecords(db, planId), readSyncEntries(db, planId)])
			).subscribe({ next: () => engine.notifyLocalChange(), error: () => undefined });
			const retry = () => engine.retryNow();
			const onVisible = () => {
				if (document.visibilityState === 'visible') retry();
			};
			window.addEventListener('online', retry);
			document.addEventListener('visibilitychange', onVisible);
			started.retry = retry;
			started.stop = () => {
				changes.unsubscribe();
				window.removeEventListener('online', retry);
				document.removeEventListener('visibilitychange', onVisible);
				engine.stop();
			};
			engine.start();
		});
		handle = started;
	}
	const held = handle;
	held.users += 1;
	let released = false;
	return () => {
		if (released) return;
		released = true;
		held.users -= 1;
		if (held.users > 0) return;
		running.delete(planId);
		held.stop();
	};
}

/** Tries plan `planId`'s sync again now (the « Réessayer » button). */
export function retrySync(planId: string): void {
	running.get(planId)?.retry();
}
