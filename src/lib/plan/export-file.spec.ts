import { describe, expect, it } from 'vitest';
import { planExportVersion, planLimits } from '$lib/schemas/plan';
import { buildPlanExport, maxPlanFileBytes, parsePlanFile, planFileName } from './export-file';
import { makePlanBundle } from './plan-factory';

const exportedAt = '2026-03-12T11:00:00.000Z';
const valid = () =>
	buildPlanExport(makePlanBundle({ itemsPerStep: 5, tools: 6, meetings: 2 }), exportedAt);

describe('plan export file', () => {
	it('round-trips a plan exactly', async () => {
		const file = valid();
		const result = await parsePlanFile(JSON.stringify(file));
		expect(result).toEqual({ ok: true, file });
	});

	it('reads a version 1 file: its meetings become records, its tasks have no owner yet', async () => {
		const current = valid();
		const items = current.items.map((item) => {
			const old: Partial<typeof item> = { ...item };
			delete old.owner;
			delete old.dueDate;
			return old;
		});
		const v1 = {
			...current,
			version: 1,
			steps: current.steps.map((step) => ({ ...step, status: 'not-started' })),
			items,
			meetings: [
				{
					id: 'm1',
					planId: current.plan.id,
					date: '2026-03-12',
					attendees: 'Camille (présidente), Yanis',
					startedAt: '2026-03-12T18:00:00.000Z',
					endedAt: '2026-03-12T20:00:00.000Z',
					decisions: [{ id: 'd1', text: 'Passer à Nextcloud', at: '2026-03-12T18:30:00.000Z' }],
					events: [{ at: '2026-03-12T18:10:00.000Z', kind: 'item-added', label: 'Voter' }]
				}
			],
			attendees: undefined,
			decisions: undefined,
			meetingEvents: undefined
		};
		const result = await parsePlanFile(JSON.stringify(v1));
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		expect(result.file.version).toBe(planExportVersion);
		expect(result.file.steps.every((step) => step.status === undefined)).toBe(true);
		expect(result.file.items.every((item) => item.owner === '' && item.dueDate === '')).toBe(true);
		expect(result.file.meetings).toEqual([
			{
				id: 'm1',
				planId: current.plan.id,
				date: '2026-03-12',
				startedAt: '2026-03-12T18:00:00.000Z',
				endedAt: '2026-03-12T20:00:00.000Z'
			}
		]);
		expect(result.file.attendees.map(({ name, role }) => [name, role])).toEqual([
			['Camille', 'présidente'],
			['Yanis', '']
		]);
		expect(result.file.decisions).toEqual([
			expect.objectContaining({ id: 'd1', meetingId: 'm1', text: 'Passer à Nextcloud' })
		]);
		expect(result.file.meetingEvents).toEqual([
			expect.objectContaining({ meetingId: 'm1', kind: 'item-added', label: 'Voter' })
		]);
		// A version 1 file in today's shape is refused like any file the schema does not match.
		const mixed = { ...v1, attendees: current.attendees };
		expect(await parsePlanFile(JSON.stringify(mixed))).toMatchObject({ ok: false });
	});

	it('reads a version 2 file: a step status nobody chose goes, one a person chose stays', async () => {
		const current = valid();
		const legacy = ['not-started', 'in-progress', 'done'];
		const v2 = {
			...current,
			version: 2,
			steps: current.steps.map((step, index) => ({ ...step, status: legacy[index % 3] }))
		};
		const result = await parsePlanFile(JSON.stringify(v2));
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		expect(result.file.version).toBe(planExportVersion);
		expect(result.file.steps.slice(0, 3).map((step) => step.status)).toEqual([
			undefined,
			'in-progress',
			'done'
		]);
		expect(result.file.steps[0]).not.toHaveProperty('status');
	});

	it('refuses a decision, attendee or change that belongs to no meeting of the file', async () => {
		const file = valid();
		const [decision] = file.decisions;
		if (!decision) throw new Error('decision expected');
		const orphan = { ...file, decisions: [{ ...decision, meetingId: 'elsewhere' }] };
		expect(await parsePlanFile(JSON.stringify(orphan))).toMatchObject({
			ok: false,
			problem: { code: 'invalid', detail: 'decisions.0: Belongs to no meeting' }
		});
	});

	it('leaves device state (running meeting, deletion) out of the file', () => {
		const bundle = makePlanBundle();
		bundle.plan.activeMeetingId = 'm1';
		expect(buildPlanExport(bundle, exportedAt).plan).not.toHaveProperty('activeMeetingId');
	});

	it('names files after the association, without accents or symbols', () => {
		expect(planFileName('Les Amis du Jardin (Sète)', '2026-03-12', 'json')).toBe(
			'plan-les-amis-du-jardin-sete-2026-03-12.json'
		);
		expect(planFileName('***', '2026-03-12', 'ics')).toBe('plan-plan-2026-03-12.ics');
	});
});

describe('hostile plan files', () => {
	it('refuses truncated JSON', async () => {
		const text = JSON.stringify(valid());
		expect(await parsePlanFile(text.slice(0, text.length / 2))).toEqual({
			ok: false,
			problem: { code: 'not-json' }
		});
	});

	it('refuses wrong types with the path of the first problem', async () => {
		const file = valid() as unknown as { items: { done: unknown }[] };
		const first = file.items[0];
		if (first) first.done = 'yes';
		const result = await parsePlanFile(JSON.stringify(file));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problem.code).toBe('invalid');
			expect(result.problem).toMatchObject({ detail: expect.stringMatching(/^items\.0\.done/) });
		}
	});

	it('refuses a file from a newer version, and an unknown version', async () => {
		const newer = planExportVersion + 1;
		expect(await parsePlanFile(JSON.stringify({ ...valid(), version: newer }))).toEqual({
			ok: false,
			problem: { code: 'newer-version', version: newer }
		});
		expect(await parsePlanFile(JSON.stringify({ ...valid(), version: '1' }))).toEqual({
			ok: false,
			problem: { code: 'unknown-version' }
		});
	});

	it('refuses foreign JSON (another app’s file, an array, a string)', async () => {
		for (const text of ['{"format":"trello-board","version":1}', '[1,2]', '"plan"', 'null']) {
			expect(await parsePlanFile(text)).toEqual({ ok: false, problem: { code: 'foreign' } });
		}
	});

	it('refuses a 20 MB file before parsing it', async () => {
		const huge = JSON.stringify({ ...valid(), padding: 'x'.repeat(20 * 1024 * 1024) });
		expect(await parsePlanFile(huge)).toEqual({
			ok: false,
			problem: { code: 'too-large', maxBytes: maxPlanFileBytes }
		});
	});

	it('drops __proto__ and constructor keys without polluting prototypes', async () => {
		const text = JSON.stringify(valid()).replace(
			'"profile":{',
			'"profile":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'
		);
		const result = await parsePlanFile(text);
		expect(result.ok).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		if (result.ok) {
			expect(Object.keys(result.file.plan.profile)).not.toContain('constructor');
			expect(Object.getPrototypeOf(result.file.plan.profile)).toBe(Object.prototype);
		}
	});

	it('refuses 10,000 items with a clear limit, and accepts the limit itself', async () => {
		const tooMany = buildPlanExport(makePlanBundle({ itemsPerStep: 1250 }), exportedAt);
		expect(tooMany.items).toHaveLength(10_000);
		expect(await parsePlanFile(JSON.stringify(tooMany))).toEqual({
			ok: false,
			problem: { code: 'too-many', what: 'items', max: planLimits.items }
		});
		const atLimit = buildPlanExport(
			makePlanBundle({ itemsPerStep: planLimits.items / 8 }),
			exportedAt
		);
		expect((await parsePlanFile(JSON.stringify(atLimit))).ok).toBe(true);
	});

	it('refuses records that belong to another plan or repeat an id', async () => {
		const file = valid();
		const [first, second] = file.items;
		if (!first || !second) throw new Error('items expected');
		const foreign = { ...file, items: [{ ...first, planId: 'other' }, second] };
		expect(await parsePlanFile(JSON.stringify(foreign))).toMatchObject({
			ok: false,
			problem: { code: 'invalid', detail: 'items.0.planId: Belongs to another plan' }
		});
		const repeated = { ...file, items: [first, { ...second, id: first.id }] };
		expect(await parsePlanFile(JSON.stringify(repeated))).toMatchObject({
			ok: false,
			problem: { code: 'invalid' }
		});
	});

	it('refuses unknown fields (strict schema)', async () => {
		const result = await parsePlanFile(JSON.stringify({ ...valid(), extra: 1 }));
		expect(result).toMatchObject({ ok: false, problem: { code: 'invalid' } });
	});
});
