// Sharing a plan with the board, on this device: share it, invite, join with a code, get shared
// plans back on a new phone, change members, leave, delete from the server. The server side is
// couchdb/gateway/plan-sharing.js; the records themselves travel through the sync engine. A plan
// that stops being shared (left, removed, deleted from the server) stays on the device, unshared.
import type { PasserelleDatabase, PlanRole, PlanShareRow } from '$lib/db/database';
import { SyncFailure, type Invite, type PlanServer, type SharedPlan } from './plan-server';

export interface SharingDeps {
	db: PasserelleDatabase;
	server: PlanServer;
}

/** The logged-in account, or a `session` failure (the page offers to log in). */
async function loggedIn(server: PlanServer): Promise<string> {
	const user = await server.sessionUser();
	if (!user) throw new SyncFailure('session', 'not logged in');
	return user;
}

/** Starts following a plan shared on the server (its records arrive with the next sync). */
async function follow(
	{ db }: SharingDeps,
	user: string,
	plan: { planId: string; role: PlanRole; name: string; members?: SharedPlan['members'] },
	downloaded: boolean
): Promise<PlanShareRow> {
	const share: PlanShareRow = {
		planId: plan.planId,
		role: plan.role,
		name: plan.name,
		user,
		...(plan.members ? { members: plan.members } : {}),
		lastSeq: 0,
		downloaded,
		state: 'active'
	};
	await db.transaction('rw', db.planShares, db.planSync, async () => {
		// A fresh start: whatever this device knew of an earlier sharing of the plan is stale.
		await db.planSync.where('planId').equals(plan.planId).delete();
		await db.planShares.put(share);
	});
	return share;
}

/**
 * Shares a plan of this device: creates its database on the server (the caller becomes its
 * owner); the first sync then sends every record.
 */
export async function sharePlan(deps: SharingDeps, planId: string): Promise<PlanShareRow> {
	const user = await loggedIn(deps.server);
	const plan = await deps.db.plans.get(planId);
	if (!plan) throw new Error(`No plan ${planId} on this device`);
	const shared = await deps.server.sharePlan(planId, plan.profile.name);
	return follow(deps, user, shared, true);
}

/** Joins a plan with an invitation code (typed or from the QR code); its records come next. */
export async function joinPlan(
	deps: SharingDeps,
	code: string
): Promise<{ planId: string; name: string; role: PlanRole }> {
	const user = await loggedIn(deps.server);
	const joined = await deps.server.join(code);
	const known = await deps.db.planShares.get(joined.planId);
	if (known?.state !== 'active') await follow(deps, user, joined, false);
	return joined;
}

/** Plans shared with this account that are not on this device (a new or reset phone). */
export async function listRecoverablePlans(
	deps: SharingDeps
): Promise<{ planId: string; name: string; role: PlanRole }[]> {
	const plans = await deps.server.listPlans();
	const here = await Promise.all(
		plans.map(async (plan) => {
			const [share, row] = await Promise.all([
				deps.db.planShares.get(plan.planId),
				deps.db.plans.get(plan.planId)
			]);
			return share?.state === 'active' && row !== undefined && !row.deletedAt;
		})
	);
	return plans.filter((_, index) => !here[index]);
}

/** Brings a plan shared with this account back onto this device (its records come next). */
export async function recoverPlan(deps: SharingDeps, planId: string): Promise<PlanShareRow> {
	const user = await loggedIn(deps.server);
	const plan = await deps.server.getPlan(planId);
	return follow(deps, user, plan, false);
}

/** Marks the first download of a joined or recovered plan done (it opens then). */
export async function markDownloaded(db: PasserelleDatabase, planId: string): Promise<void> {
	await db.planShares.update(planId, { downloaded: true });
}

/** A one-time code (valid 48 hours) for someone to join as `role`. Owner only. */
export function createInvite(
	deps: SharingDeps,
	planId: string,
	role: 'editor' | 'reader'
): Promise<Invite> {
	return deps.server.invite(planId, role);
}

/** The plan's members as the server has them now (kept on the device for offline). */
export async function refreshMembers(deps: SharingDeps, planId: string): Promise<SharedPlan> {
	const plan = await deps.server.getPlan(planId);
	await deps.db.planShares.update(planId, {
		role: plan.role,
		name: plan.name,
		members: plan.members
	});
	return plan;
}

/** Changes a member's role; `owner` hands the plan over (the caller becomes an editor). */
export async function setMemberRole(
	deps: SharingDeps,
	planId: string,
	member: string,
	role: PlanRole
): Promise<void> {
	const plan = await deps.server.setRole(planId, member, role);
	await deps.db.planShares.update(planId, { role: plan.role, members: plan.members });
}

/** Revokes a member (owner). Their devices keep their copy, no longer synced. */
export async function revokeMember(
	deps: SharingDeps,
	planId: string,
	member: string
): Promise<void> {
	await deps.server.removeMember(planId, member);
	await refreshMembers(deps, planId);
}

/** Leaves a plan: this device keeps its copy, unshared. */
export async function leavePlan(deps: SharingDeps, planId: string): Promise<void> {
	const user = await loggedIn(deps.server);
	await deps.server.removeMember(planId, user);
	await stopSharingHere(deps.db, planId);
}

/** Deletes the plan from the server (owner): every device keeps its copy, unshared. */
export async function deleteFromServer(deps: SharingDeps, planId: string): Promise<void> {
	await deps.server.deletePlan(planId);
	await stopSharingHere(deps.db, planId);
}

/** Forgets that a plan is shared on this device; its rows stay. */
export async function stopSharingHere(db: PasserelleDatabase, planId: string): Promise<void> {
	await db.transaction('rw', db.planShares, db.planSync, async () => {
		await db.planShares.delete(planId);
		await db.planSync.where('planId').equals(planId).delete();
	});
}
