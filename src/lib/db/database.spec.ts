import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from './database';
import { schemaVersions } from './schema';

const name = 'passerelle-migration-test';

afterEach(async () => {
	await Dexie.delete(name);
});

/** Opens the database exactly as an older release of the app declared it. */
function openAsRelease(version: number): Dexie {
	const legacy = new Dexie(name);
	for (const step of schemaVersions.filter((s) => s.version <= version)) {
		legacy.version(step.version).stores(step.stores);
	}
	return legacy;
}

describe('local database migrations', () => {
	it('keeps the shortlist and content of a version 2 database', async () => {
		const v2 = openAsRelease(2);
		await v2.table('shortlist').put({
			providerId: 'p1',
			note: 'devis attendu',
			addedAt: '2026-03-12T10:00:00.000Z',
			updatedAt: '2026-03-12T10:00:00.000Z'
		});
		await v2.table('providers').put({ id: 'p1', slug: 'coop' });
		v2.close();

		const current = new PasserelleDatabase(name);
		expect(await current.shortlist.get('p1')).toMatchObject({ note: 'devis attendu' });
		expect(await current.providers.get('p1')).toMatchObject({ slug: 'coop' });
		expect(await current.resources.count()).toBe(0);
		current.close();
	});

	it('keeps the rows of a version 3 database and adds the plan tables', async () => {
		const v3 = openAsRelease(3);
		await v3.table('shortlist').put({
			providerId: 'p1',
			note: 'relancer',
			addedAt: '2026-03-12T10:00:00.000Z',
			updatedAt: '2026-03-12T10:00:00.000Z'
		});
		await v3.table('resources').put({ id: 'r1', slug: 'guide' });
		await v3.table('alternatives').put({ id: 'gmail', name: 'Gmail' });
		v3.close();

		const current = new PasserelleDatabase(name);
		expect(await current.shortlist.get('p1')).toMatchObject({ note: 'relancer' });
		expect(await current.resources.get('r1')).toMatchObject({ slug: 'guide' });
		expect(await current.alternatives.get('gmail')).toMatchObject({ name: 'Gmail' });
		await current.planItems.put({
			id: 'i1',
			planId: 'plan1',
			stepId: 'strategy',
			text: 'Rédiger la feuille de route',
			done: true,
			order: 1,
			owner: '',
			dueDate: '',
			updatedAt: '2026-03-12T10:00:00.000Z'
		});
		expect(
			await current.planItems.where('[planId+stepId]').equals(['plan1', 'strategy']).count()
		).toBe(1);
		current.close();
	});

	it('splits a version 4 meeting into attendee, decision and change records; tasks get an owner and a due date', async () => {
		const v4 = openAsRelease(4);
		const at = '2026-03-12T18:00:00.000Z';
		await v4.table('plans').put({
			id: 'plan1',
			profile: { name: 'Chorale', size: '', sector: '', volunteers: 0, employees: 0 },
			createdAt: at,
			updatedAt: at
		});
		await v4.table('planItems').put({
			id: 'i1',
			planId: 'plan1',
			stepId: 'strategy',
			text: 'Voter la feuille de route',
			done: true,
			order: 1,
			updatedAt: at
		});
		await v4.table('planMeetings').put({
			id: 'm1',
			planId: 'plan1',
			date: '2026-03-12',
			attendees: 'Camille (présidente), Yanis ; Inès (trésorière)',
			startedAt: at,
			endedAt: '2026-03-12T20:00:00.000Z',
			decisions: [{ id: 'd1', text: 'Passer à Nextcloud', at: '2026-03-12T18:30:00.000Z' }],
			events: [
				{ at: '2026-03-12T18:10:00.000Z', kind: 'item-ticked', stepId: 'strategy', label: 'Voter' }
			]
		});
		v4.close();

		const current = new PasserelleDatabase(name);
		expect(await current.planMeetings.get('m1')).toEqual({
			id: 'm1',
			planId: 'plan1',
			date: '2026-03-12',
			startedAt: at,
			endedAt: '2026-03-12T20:00:00.000Z'
		});
		const attendees = await current.planAttendees.where('meetingId').equals('m1').sortBy('order');
		expect(attendees.map(({ name, role, planId }) => ({ name, role, planId }))).toEqual([
			{ name: 'Camille', role: 'présidente', planId: 'plan1' },
			{ name: 'Yanis', role: '', planId: 'plan1' },
			{ name: 'Inès', role: 'trésorière', planId: 'plan1' }
		]);
		expect(await current.planDecisions.where('meetingId').equals('m1').toArray()).toEqual([
			{
				id: 'd1',
				planId: 'plan1',
				meetingId: 'm1',
				text: 'Passer à Nextcloud',
				at: '2026-03-12T18:30:00.000Z'
			}
		]);
		expect(await current.planMeetingEvents.where('planId').equals('plan1').toArray()).toEqual([
			expect.objectContaining({ meetingId: 'm1', kind: 'item-ticked', label: 'Voter' })
		]);
		expect(await current.planItems.get('i1')).toMatchObject({ owner: '', dueDate: '', done: true });
		current.close();
	});

	it('keeps a version 5 plan and adds the sharing tables, empty: no plan is shared by the upgrade', async () => {
		const v5 = openAsRelease(5);
		const at = '2026-03-12T18:00:00.000Z';
		await v5.table('plans').put({
			id: 'plan1',
			profile: { name: 'Chorale', size: '', sector: '', volunteers: 0, employees: 0 },
			createdAt: at,
			updatedAt: at
		});
		await v5.table('planDecisions').put({
			id: 'd1',
			planId: 'plan1',
			meetingId: 'm1',
			text: 'Passer à Nextcloud',
			at
		});
		v5.close();

		const current = new PasserelleDatabase(name);
		expect(await current.plans.get('plan1')).toMatchObject({ profile: { name: 'Chorale' } });
		expect(await current.planDecisions.get('d1')).toMatchObject({ text: 'Passer à Nextcloud' });
		expect(await current.planShares.count()).toBe(0);
		await current.planSync.bulkPut([
			{ planId: 'plan1', docId: 'plan', base: null },
			{ planId: 'plan1', docId: 'decision:d1', rev: '1-a', base: null },
			{ planId: 'plan2', docId: 'plan', base: null }
		]);
		expect(await current.planSync.where('planId').equals('plan1').count()).toBe(2);
		expect(await current.planSync.get(['plan1', 'decision:d1'])).toMatchObject({ rev: '1-a' });
		current.close();
	});

	it('drops the default status of a version 6 plan step; a status a person chose stays', async () => {
		const v6 = openAsRelease(6);
		const step = { planId: 'plan1', owners: 'Camille', targetDate: '', notes: 'À voir' };
		await v6.table('planSteps').bulkPut([
			{ ...step, stepId: 'needs-assessment', status: 'not-started' },
			{ ...step, stepId: 'awareness', status: 'in-progress' },
			{ ...step, stepId: 'strategy', status: 'done' }
		]);
		v6.close();

		const current = new PasserelleDatabase(name);
		const rows = await current.planSteps.where('planId').equals('plan1').toArray();
		const byStep = new Map(rows.map((row) => [row.stepId, row]));
		expect(byStep.get('needs-assessment')).toEqual({ ...step, stepId: 'needs-assessment' });
		expect(byStep.get('awareness')).toMatchObject({ status: 'in-progress', notes: 'À voir' });
		expect(byStep.get('strategy')).toMatchObject({ status: 'done', owners: 'Camille' });
		current.close();
	});

	it('keeps the content of a version 7 database and adds the chunk and emancipation tables, empty', async () => {
		const v7 = openAsRelease(7);
		await v7.table('providers').put({ id: 'p1', slug: 'coop' });
		await v7.table('contentMeta').put({
			kind: 'providers',
			version: 'a'.repeat(16),
			loadedAt: '2026-03-12T10:00:00.000Z',
			count: 1
		});
		v7.close();

		const current = new PasserelleDatabase(name);
		expect(await current.providers.get('p1')).toMatchObject({ slug: 'coop' });
		// No chunk yet: the next content sync sees a version it does not hold and downloads it whole.
		expect(await current.contentChunks.count()).toBe(0);
		expect(await current.emancipations.count()).toBe(0);
		await current.emancipations.put({ id: 'e1', slug: 'chorale' });
		await expect(current.emancipations.add({ id: 'e2', slug: 'chorale' })).rejects.toThrow();
		current.close();
	});

	it('keeps the rows of a version 1 database when the current app opens it', async () => {
		const v1 = openAsRelease(1);
		await v1.table('settings').bulkPut([
			{ key: 'storage.persistenceAsked', value: true, updatedAt: '2026-01-02T03:04:05.000Z' },
			{ key: 'other', value: { nested: [1, 2] }, updatedAt: '2026-01-02T03:04:05.000Z' }
		]);
		expect(v1.verno).toBe(1);
		v1.close();

		const current = new PasserelleDatabase(name);
		await current.open();
		expect(current.verno).toBe(schemaVersions.at(-1)?.version);
		expect(await current.settings.get('storage.persistenceAsked')).toMatchObject({ value: true });
		expect(await current.settings.get('other')).toMatchObject({ value: { nested: [1, 2] } });
		current.close();
	});

	it('creates the tables added since version 1, usable at once', async () => {
		const v1 = openAsRelease(1);
		await v1.open();
		v1.close();

		const current = new PasserelleDatabase(name);
		await current.shortlist.put({
			providerId: 'p1',
			note: 'appelé le 12/03',
			addedAt: '2026-03-12T10:00:00.000Z',
			updatedAt: '2026-03-12T10:00:00.000Z'
		});
		expect(await current.shortlist.count()).toBe(1);
		expect(current.tables.map((t) => t.name).sort()).toEqual([
			'alternatives',
			'contentChunks',
			'contentMeta',
			'emancipations',
			'planAttendees',
			'planChanges',
			'planDecisions',
			'planItems',
			'planMeetingEvents',
			'planMeetings',
			'planShares',
			'planSteps',
			'planSync',
			'planTools',
			'plans',
			'providers',
			'resources',
			'settings',
			'shortlist'
		]);
		current.close();
	});

	it('declares versions in increasing order so Dexie can upgrade step by step', () => {
		const versions = schemaVersions.map((s) => s.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
	});
});
