import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The plan's domain functions use the app's database, which only exists "in the browser".
vi.mock('$app/environment', () => ({ browser: true }));
vi.mock('$lib/pwa/storage', () => ({ askPersistenceOnce: () => Promise.resolve() }));

const { getDb, loadDb } = await import('$lib/db');
await loadDb();
const { addItem, itemText, moveItem, removeItem, restoreItem, tickItem, updateStep } =
	await import('./checklist');
const plans = await import('./plans');
const { startMeeting, addDecision, endMeeting, removeDecision, restoreDecision } =
	await import('./meetings');
const { buildPlanExport, parsePlanFile } = await import('./export-file');
const { importPlanFile, findPlanLike } = await import('./import');
const { makePlanBundle } = await import('./plan-factory');

const profile = {
	name: 'Les Amis du Jardin',
	size: 'volunteers-only' as const,
	sector: 'environnement',
	volunteers: 25,
	employees: 0
};

async function clear() {
	const db = getDb();
	await Promise.all(db.tables.map((table) => table.clear()));
}

beforeEach(clear);
afterEach(clear);

async function bundle(planId: string) {
	const value = await plans.getPlanBundle(planId);
	if (!value) throw new Error('plan missing');
	return value;
}

describe('plans in the local database', () => {
	it('creates a plan with 8 steps and seeded checklists', async () => {
		const id = await plans.createPlan(profile);
		const { plan, steps, items } = await bundle(id);
		expect(plan.profile.name).toBe('Les Amis du Jardin');
		expect(steps).toHaveLength(8);
		expect(items.length).toBeGreaterThanOrEqual(24);
		expect(items.every((item) => !item.done && item.templateKey)).toBe(true);
	});

	it('shows a seeded item in the reader’s language, and the user’s own text once edited', async () => {
		const [{ planFr }, { planEn }] = await Promise.all([
			import('$lib/i18n/messages/plan.fr'),
			import('$lib/i18n/messages/plan.en')
		]);
		const { items } = await bundle(await plans.createPlan(profile));
		const first = items.find((item) => item.stepId === 'needs-assessment' && item.order === 1);
		if (!first) throw new Error('no seeded first item');
		expect(itemText(first, planFr.stepGuide)).toBe('Lister les outils numériques utilisés');
		expect(itemText(first, planEn.stepGuide)).toBe('List the digital tools in use');
		expect(items.every((item) => itemText(item, planEn.stepGuide) !== '')).toBe(true);
		expect(itemText({ ...first, text: 'Inventaire fait par Yanis' }, planEn.stepGuide)).toBe(
			'Inventaire fait par Yanis'
		);
	});

	it('refuses an invalid profile without writing anything', async () => {
		await expect(plans.createPlan({ ...profile, name: '  ' })).rejects.toThrow();
		expect(await plans.listPlans()).toEqual([]);
	});

	it('ticks, adds, reorders, removes and restores items', async () => {
		const id = await plans.createPlan(profile);
		const first = (await bundle(id)).items.find((item) => item.stepId === 'strategy');
		if (!first) throw new Error('no item');
		await tickItem(id, first.id, true, 'x');
		const added = await addItem(id, 'strategy', 'Voter en AG');
		await moveItem(id, added, -1);
		let strategy = (await bundle(id)).items
			.filter((item) => item.stepId === 'strategy')
			.sort((a, b) => a.order - b.order);
		expect(strategy.find((item) => item.id === first.id)?.done).toBe(true);
		expect(strategy.at(-2)?.id).toBe(added);

		const removed = await removeItem(id, added);
		expect((await bundle(id)).items.some((item) => item.id === added)).toBe(false);
		if (removed) await restoreItem(removed);
		strategy = (await bundle(id)).items.filter((item) => item.stepId === 'strategy');
		expect(strategy.find((item) => item.id === added)?.text).toBe('Voter en AG');
	});

	it('records ticks, status changes and decisions in the running meeting only', async () => {
		const id = await plans.createPlan(profile);
		const [item, other] = (await bundle(id)).items;
		if (!item || !other) throw new Error('no items');
		await tickItem(id, other.id, true, 'avant');
		const meetingId = await startMeeting(id, '2026-03-12', 'Camille, Yanis');
		await tickItem(id, item.id, true, 'Lister les outils');
		await updateStep(id, 'needs-assessment', { status: 'in-progress' }, 'Évaluation');
		await addDecision(id, meetingId, 'Passer à Nextcloud en juin');
		await endMeeting(id);
		await tickItem(id, item.id, false, 'après');
		const { meetings, plan } = await bundle(id);
		expect(plan.activeMeetingId).toBeUndefined();
		expect(meetings[0]?.decisions.map((d) => d.text)).toEqual(['Passer à Nextcloud en juin']);
		expect(meetings[0]?.events.map((e) => [e.kind, e.label])).toEqual([
			['item-ticked', 'Lister les outils'],
			['step-status', 'Évaluation']
		]);
		expect(meetings[0]?.endedAt).toBeDefined();
	});

	it('removes a decision and puts it back where it was on undo', async () => {
		const id = await plans.createPlan(profile);
		const meetingId = await startMeeting(id, '2026-03-12', 'Camille');
		for (const text of ['Adhérer à un CHATONS', 'Passer à Nextcloud', 'Former le bureau']) {
			await addDecision(id, meetingId, text);
		}
		const texts = async () => (await bundle(id)).meetings[0]?.decisions.map((d) => d.text);
		const middle = (await bundle(id)).meetings[0]?.decisions[1];
		if (!middle) throw new Error('no decision');
		const removed = await removeDecision(id, meetingId, middle.id);
		expect(await texts()).toEqual(['Adhérer à un CHATONS', 'Former le bureau']);
		if (!removed) throw new Error('nothing removed');
		await restoreDecision(id, removed);
		await restoreDecision(id, removed); // a second undo changes nothing
		expect(await texts()).toEqual([
			'Adhérer à un CHATONS',
			'Passer à Nextcloud',
			'Former le bureau'
		]);
		expect(await removeDecision(id, meetingId, 'no-such-decision')).toBeUndefined();
	});

	it('hides a deleted plan, restores it, and purges it for good later', async () => {
		const id = await plans.createPlan(profile);
		await plans.deletePlan(id);
		expect(await plans.listPlans()).toEqual([]);
		await plans.restorePlan(id);
		expect((await plans.listPlans()).map((plan) => plan.id)).toEqual([id]);
		await plans.deletePlan(id);
		await plans.purgeDeletedPlans(0);
		expect(await getDb().plans.count()).toBe(0);
		expect(await getDb().planItems.count()).toBe(0);
	});
});

describe('importing a plan file', () => {
	it('imports a file into an empty device identically', async () => {
		const source = makePlanBundle({ itemsPerStep: 5, tools: 4 });
		const file = buildPlanExport(source, '2026-03-12T11:00:00.000Z');
		const parsed = await parsePlanFile(JSON.stringify(file));
		if (!parsed.ok) throw new Error('valid file refused');
		const id = await importPlanFile(parsed.file, 'keep-id');
		expect(buildPlanExport(await bundle(id), file.exportedAt)).toEqual(file);
	});

	it('never overwrites an existing plan unless asked; replace or copy when asked', async () => {
		const id = await plans.createPlan(profile);
		const original = await bundle(id);
		const file = buildPlanExport(makePlanBundle({ planId: id }), '2026-03-12T11:00:00.000Z');
		expect(await findPlanLike(file)).toEqual({ name: 'Les Amis du Jardin' });
		await expect(importPlanFile(file, 'keep-id')).rejects.toThrow();
		expect(await bundle(id)).toEqual(original);

		const copyId = await importPlanFile(file, 'copy', 'Copie');
		expect(copyId).not.toBe(id);
		expect(await bundle(id)).toEqual(original);
		expect((await bundle(copyId)).items).toHaveLength(file.items.length);

		await importPlanFile(file, 'replace');
		expect((await bundle(id)).items.map((item) => item.id).sort()).toEqual(
			file.items.map((item) => item.id).sort()
		);
	});

	it('leaves existing plans unchanged when a hostile file is refused', async () => {
		const id = await plans.createPlan(profile);
		const before = await bundle(id);
		for (const text of [
			'{"format":"passerelle-plan"',
			'{"format":"passerelle-plan","version":9}'
		]) {
			expect((await parsePlanFile(text)).ok).toBe(false);
		}
		expect(await bundle(id)).toEqual(before);
	});
});
