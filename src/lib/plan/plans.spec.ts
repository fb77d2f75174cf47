import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The plan's domain functions use the app's database, which only exists "in the browser".
vi.mock('$app/environment', () => ({ browser: true }));
vi.mock('$lib/pwa/storage', () => ({ askPersistenceOnce: () => Promise.resolve() }));

const { getDb, loadDb } = await import('$lib/db');
await loadDb();
const {
	addItem,
	assignItem,
	chooseStepStatus,
	itemText,
	moveItem,
	removeItem,
	restoreItem,
	tickItem
} = await import('./checklist');
const plans = await import('./plans');
const meetings = await import('./meetings');
const { startMeeting, addDecision, endMeeting, removeDecision, restoreDecision } = meetings;
const { lastAttendees, meetingRecord } = await import('./meeting-record');
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

	it('records ticks, additions, assignments, status changes and decisions in the running meeting only', async () => {
		const id = await plans.createPlan(profile);
		const [item, other] = (await bundle(id)).items;
		if (!item || !other) throw new Error('no items');
		await tickItem(id, other.id, true, 'avant');
		const meetingId = await startMeeting(id, '2026-03-12', [
			{ name: 'Camille', role: 'présidente' },
			{ name: 'Yanis', role: '' }
		]);
		await tickItem(id, item.id, true, 'Lister les outils');
		const added = await addItem(id, 'strategy', 'Voter en AG');
		await assignItem(id, added, { owner: 'Ines' }, 'Voter en AG');
		await assignItem(id, added, { owner: 'Inès' }, 'Voter en AG'); // typed on: one change
		await assignItem(id, added, { dueDate: '2026-04-01' }, 'Voter en AG');
		await assignItem(id, added, { dueDate: '2026-04-01' }, 'Voter en AG'); // no change
		await chooseStepStatus(id, 'needs-assessment', 'blocked', 'Évaluation');
		await addDecision(id, meetingId, 'Passer à Nextcloud\nen juin', { itemId: added });
		await endMeeting(id);
		await tickItem(id, item.id, false, 'après');
		const after = await bundle(id);
		const [meeting] = after.meetings;
		if (!meeting) throw new Error('no meeting');
		const record = meetingRecord(after, meeting);
		expect(after.plan.activeMeetingId).toBeUndefined();
		expect(meeting.endedAt).toBeDefined();
		expect(record.attendees.map((person) => [person.name, person.role])).toEqual([
			['Camille', 'présidente'],
			['Yanis', '']
		]);
		expect(record.decisions).toEqual([
			expect.objectContaining({ text: 'Passer à Nextcloud\nen juin', itemId: added })
		]);
		expect(record.events.map((e) => [e.kind, e.label, e.value ?? ''])).toEqual([
			['item-ticked', 'Lister les outils', ''],
			['item-added', 'Voter en AG', ''],
			['item-owner', 'Voter en AG', 'Inès'],
			['item-due', 'Voter en AG', '2026-04-01'],
			['step-status', 'Évaluation', 'blocked']
		]);
		expect(record.events[0]?.itemId).toBe(item.id);
		expect(after.items.find((entry) => entry.id === added)).toMatchObject({
			owner: 'Inès',
			dueDate: '2026-04-01'
		});
	});

	it('refuses a bad assignment without writing, and an empty attendee name', async () => {
		const id = await plans.createPlan(profile);
		const [item] = (await bundle(id)).items;
		if (!item) throw new Error('no item');
		await expect(assignItem(id, item.id, { dueDate: '12/03/2026' }, 'x')).rejects.toThrow();
		await expect(assignItem(id, item.id, { owner: 'x'.repeat(201) }, 'x')).rejects.toThrow();
		expect((await bundle(id)).items[0]).toEqual(item);
		const meetingId = await startMeeting(id, '2026-03-12', []);
		await expect(meetings.addAttendee(id, meetingId, { name: '  ', role: '' })).rejects.toThrow();
		expect((await bundle(id)).attendees).toEqual([]);
	});

	it('starts the next meeting with the last attendees; an attendee removed comes back on undo', async () => {
		const id = await plans.createPlan(profile);
		const first = await startMeeting(id, '2026-03-12', [{ name: 'Camille', role: 'présidente' }]);
		await meetings.addAttendee(id, first, { name: 'Yanis', role: 'trésorier' });
		await meetings.addAttendee(id, first, { name: 'Inès', role: 'secrétaire' });
		const yanis = (await bundle(id)).attendees.find((person) => person.name === 'Yanis');
		if (!yanis) throw new Error('no attendee');
		const removed = await meetings.removeAttendee(id, yanis.id);
		expect(lastAttendees(await bundle(id)).map((person) => person.name)).toEqual([
			'Camille',
			'Inès'
		]);
		if (removed) await meetings.restoreAttendee(removed);
		await endMeeting(id);
		expect(lastAttendees(await bundle(id))).toEqual([
			{ name: 'Camille', role: 'présidente' },
			{ name: 'Yanis', role: 'trésorier' },
			{ name: 'Inès', role: 'secrétaire' }
		]);
		// A meeting without attendees does not make the board forget who it is.
		await startMeeting(id, '2026-04-09', []);
		expect(lastAttendees(await bundle(id))).toHaveLength(3);
	});

	it('removes a decision and puts it back where it was on undo', async () => {
		const id = await plans.createPlan(profile);
		const meetingId = await startMeeting(id, '2026-03-12', []);
		for (const text of ['Adhérer à un CHATONS', 'Passer à Nextcloud', 'Former le bureau']) {
			await addDecision(id, meetingId, text);
		}
		const texts = async () => {
			const value = await bundle(id);
			const [meeting] = value.meetings;
			return meeting ? meetingRecord(value, meeting).decisions.map((d) => d.text) : [];
		};
		const middle = (await bundle(id)).decisions.find((d) => d.text === 'Passer à Nextcloud');
		if (!middle) throw new Error('no decision');
		const removed = await removeDecision(id, middle.id);
		expect(await texts()).toEqual(['Adhérer à un CHATONS', 'Former le bureau']);
		if (!removed) throw new Error('nothing removed');
		await restoreDecision(removed);
		await restoreDecision(removed); // a second undo changes nothing
		expect(await texts()).toEqual([
			'Adhérer à un CHATONS',
			'Passer à Nextcloud',
			'Former le bureau'
		]);
		expect(await removeDecision(id, 'no-such-decision')).toBeUndefined();
		await expect(addDecision(id, meetingId, '   ')).rejects.toThrow();
		await expect(
			addDecision(id, meetingId, 'Les deux', { stepId: 'strategy', itemId: 'x' } as never)
		).rejects.toThrow();
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

	it('erasing a shared plan from this device forgets its sharing too (nothing to send)', async () => {
		const id = await plans.createPlan(profile);
		const db = getDb();
		await db.planShares.put({
			planId: id,
			role: 'owner',
			name: profile.name,
			user: 'alice',
			lastSeq: 12,
			downloaded: true,
			state: 'active'
		});
		await db.planSync.put({ planId: id, docId: 'plan', rev: '1-a', base: null });
		await plans.erasePlan(id);
		expect(await db.planShares.count()).toBe(0);
		expect(await db.planSync.count()).toBe(0);
	});
});

describe('importing a plan file', () => {
	it('imports a file into an empty device identically', async () => {
		const source = makePlanBundle({ itemsPerStep: 5, tools: 4, meetings: 3 });
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

	it('copies a plan’s meetings with new ids, their records following them', async () => {
		const file = buildPlanExport(makePlanBundle({ meetings: 2 }), '2026-03-12T11:00:00.000Z');
		const copy = await bundle(await importPlanFile(file, 'copy', 'Copie'));
		expect(copy.meetings).toHaveLength(2);
		expect(copy.attendees).toHaveLength(4);
		const ids = new Set([...copy.items, ...copy.meetings].map((row) => row.id));
		for (const row of [...copy.attendees, ...copy.decisions, ...copy.meetingEvents]) {
			expect(row.planId).toBe(copy.plan.id);
			expect(ids.has(row.meetingId)).toBe(true);
			expect(file.meetings.some((meeting) => meeting.id === row.meetingId)).toBe(false);
		}
		for (const row of [...copy.decisions, ...copy.meetingEvents]) {
			if (row.itemId) expect(ids.has(row.itemId)).toBe(true);
		}
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
