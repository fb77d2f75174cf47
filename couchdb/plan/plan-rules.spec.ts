// The plan database's validate_doc_update and the app's zod schemas (src/lib/plan/sync/plan-docs.ts)
// accept and refuse the same documents: each case is written to a shared plan's database as its
// editor, on the database alone (the gateway's own checks would hide a disagreement), and parsed
// by the app.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlanBundle } from '../../src/lib/plan/plan-factory';
import { planSteps } from '../../src/lib/plan/steps';
import { toolUses } from '../../src/lib/schemas/alternative-values';
import {
	changeStatuses,
	dependencyLevels,
	meetingEventKinds,
	legacyDefaultStepStatus,
	stepOverrides,
	userReaches
} from '../../src/lib/schemas/plan-values';
import { associationSizes } from '../../src/lib/schemas/provider-values';
import {
	parsePlanDoc,
	recordsOf,
	toDoc,
	type PlanDoc,
	type RecordKind
} from '../../src/lib/plan/sync/plan-docs';
import {
	databaseCaller,
	jsonHeaders,
	signUpAndLogIn,
	startTestServer,
	type TestServer
} from '../server/test-helpers';

let server: TestServer;
let planId = '';
let editor: Record<string, string>;
const at = '2026-03-12T18:00:00.000Z';

beforeAll(async () => {
	server = await startTestServer();
	const cookie = await signUpAndLogIn(server.url, 'alice');
	planId = randomUUID();
	const shared = await fetch(`${server.url}/db/_passerelle/plans`, {
		method: 'POST',
		headers: { ...jsonHeaders, cookie },
		body: JSON.stringify({ planId, name: 'Les Jardins' })
	});
	expect(shared.status).toBe(201);
	editor = await databaseCaller(server, 'alice');
});
afterAll(async () => {
	await server.stop();
});

/** A valid document of each kind, as alice writes it. */
function validDoc(kind: RecordKind): PlanDoc {
	const bundle = makePlanBundle({ planId, meetings: 1, changes: 1, tools: 4 });
	const record = recordsOf(bundle).find((r) => r.kind === kind);
	if (!record) throw new Error(`no ${kind} in the bundle`);
	return toDoc(kind, { fields: record.fields, editedBy: 'alice', editedAt: at }, undefined);
}

/** A document of `kind` with some fields changed (undefined removes a field). */
function docWith(kind: RecordKind, changes: Record<string, unknown>): PlanDoc {
	const doc: PlanDoc = { ...validDoc(kind), ...changes };
	for (const [key, value] of Object.entries(changes)) if (value === undefined) delete doc[key];
	return doc;
}

const long = (length: number) => 'a'.repeat(length);
const notice = (value: unknown) => ({ by: 'karim', at, ...(value === undefined ? {} : { value }) });

// [what, the document, whether it is valid]
const cases: [string, () => PlanDoc, boolean][] = [
	...(
		[
			'plan',
			'step',
			'item',
			'tool',
			'change',
			'meeting',
			'attendee',
			'decision',
			'meetingEvent'
		] as const
	).map((kind): [string, () => PlanDoc, boolean] => [`valid ${kind}`, () => validDoc(kind), true]),
	['unknown kind', () => docWith('item', { kind: 'note' }), false],
	['id that does not match the record', () => docWith('item', { _id: 'item:other' }), false],
	['step id from its stepId', () => docWith('step', { _id: 'step:strategy' }), false],
	['record of another plan', () => docWith('item', { planId: randomUUID() }), false],
	['plan record of another plan', () => docWith('plan', { id: randomUUID() }), false],
	['missing editedAt', () => docWith('item', { editedAt: undefined }), false],
	['editedAt not ISO', () => docWith('item', { editedAt: '12/03/2026' }), false],
	[
		'editedAt with an offset',
		() => docWith('item', { editedAt: '2026-03-12T18:00:00+01:00' }),
		false
	],
	['unknown field', () => docWith('item', { score: 3 }), false],
	['the plan’s device-only updatedAt', () => docWith('plan', { updatedAt: at }), false],
	['the plan’s device-only deletedAt', () => docWith('plan', { deletedAt: at }), false],
	['plan with an active meeting', () => docWith('plan', { activeMeetingId: 'meeting-0' }), true],
	['plan name of spaces', () => docWith('plan', { profile: { ...profile(), name: '   ' } }), false],
	[
		'plan name 120 + spaces',
		() => docWith('plan', { profile: { ...profile(), name: ` ${long(120)} ` } }),
		true
	],
	['plan name 121', () => docWith('plan', { profile: { ...profile(), name: long(121) } }), false],
	[
		'profile extra field',
		() => docWith('plan', { profile: { ...profile(), city: 'Lyon' } }),
		false
	],
	[
		'profile size unknown',
		() => docWith('plan', { profile: { ...profile(), size: 'huge' } }),
		false
	],
	['profile size empty', () => docWith('plan', { profile: { ...profile(), size: '' } }), true],
	[
		'volunteers not whole',
		() => docWith('plan', { profile: { ...profile(), volunteers: 2.5 } }),
		false
	],
	[
		'volunteers too many',
		() => docWith('plan', { profile: { ...profile(), volunteers: 1_000_001 } }),
		false
	],
	['step status unknown', () => docWith('step', { status: 'paused' }), false],
	[
		'step status not chosen (follows the checklist)',
		() => docWith('step', { status: undefined }),
		true
	],
	['step notes 10,000', () => docWith('step', { notes: long(10_000) }), true],
	['step notes 10,001', () => docWith('step', { notes: long(10_001) }), false],
	['step target 30 February', () => docWith('step', { targetDate: '2026-02-30' }), false],
	['step target 29 February 2028', () => docWith('step', { targetDate: '2028-02-29' }), true],
	['step target empty', () => docWith('step', { targetDate: '' }), true],
	['item text 500', () => docWith('item', { text: long(500) }), true],
	['item text 501', () => docWith('item', { text: long(501) }), false],
	['item done as text', () => docWith('item', { done: 'yes' }), false],
	[
		'item without owner (older app)',
		() => docWith('item', { owner: undefined, dueDate: undefined }),
		true
	],
	['item owner null', () => docWith('item', { owner: null }), false],
	['item templateKey 81', () => docWith('item', { templateKey: long(81) }), false],
	['item unknown step', () => docWith('item', { stepId: 'party' }), false],
	[
		'tool with neither catalogue id nor name',
		() => docWith('tool', { toolId: undefined, otherName: ' ' }),
		false
	],
	[
		'tool with a typed name',
		() => docWith('tool', { toolId: undefined, otherName: 'Mon outil' }),
		true
	],
	['tool catalogue id not kebab', () => docWith('tool', { toolId: 'Gmail' }), false],
	['tool unknown use', () => docWith('tool', { use: 'fax' }), false],
	['change month 13', () => docWith('change', { targetMonth: '2026-13' }), false],
	['change month empty', () => docWith('change', { targetMonth: '' }), true],
	['meeting date as date-time', () => docWith('meeting', { date: at }), false],
	['meeting still running', () => docWith('meeting', { endedAt: undefined }), true],
	['attendee name of spaces', () => docWith('attendee', { name: '  ' }), false],
	['attendee role 61', () => docWith('attendee', { role: long(61) }), false],
	[
		'decision text 2,000 on several lines',
		() => docWith('decision', { text: `${long(1000)}\n${long(999)}` }),
		true
	],
	['decision text 2,001', () => docWith('decision', { text: long(2001) }), false],
	[
		'decision about a step and a task',
		() => docWith('decision', { stepId: 'strategy', itemId: 'item-0-0' }),
		false
	],
	['meeting event kind unknown', () => docWith('meetingEvent', { event: 'item-liked' }), false],
	['meeting event without its event', () => docWith('meetingEvent', { event: undefined }), false],
	['meeting event label 501', () => docWith('meetingEvent', { label: long(501) }), false],
	[
		'notice with a valid value',
		() => docWith('item', { alsoEdited: { text: notice('Autre texte') } }),
		true
	],
	[
		'notice with an invalid value',
		() => docWith('item', { alsoEdited: { text: notice(long(501)) } }),
		false
	],
	[
		'notice of an unknown field',
		() => docWith('item', { alsoEdited: { color: notice('red') } }),
		false
	],
	[
		'step notice from an app of before the derived status',
		() => docWith('step', { alsoEdited: { status: notice('not-started') } }),
		true
	],
	['notice of metadata', () => docWith('item', { alsoEdited: { editedBy: notice('bob') } }), false],
	[
		'notice: optional field removed',
		() => docWith('meeting', { alsoEdited: { endedAt: notice(undefined) } }),
		true
	],
	[
		'notice: required field removed',
		() => docWith('item', { alsoEdited: { text: notice(undefined) } }),
		false
	],
	[
		'notice without its author',
		() => docWith('item', { alsoEdited: { text: { value: 'x', at } } }),
		false
	],
	[
		'notice with an extra key',
		() => docWith('item', { alsoEdited: { text: { ...notice('x'), why: 1 } } }),
		false
	],
	[
		'notice on a meeting event’s kind',
		() => docWith('meetingEvent', { alsoEdited: { event: notice('item-unticked') } }),
		true
	],
	['notices as a list', () => docWith('item', { alsoEdited: [] }), false],
	['deleted elsewhere', () => docWith('item', { deletedBy: { by: 'karim', at } }), true],
	['deleted-by without date', () => docWith('item', { deletedBy: { by: 'karim' } }), false]
];

/** Writes `doc` as alice over the record the previous case left (the same ids come back). */
async function writeOver(doc: PlanDoc): Promise<Response> {
	const url = `${server.adminUrl}/plan-${planId}/${encodeURIComponent(doc._id)}`;
	const stored = await fetch(url, { headers: editor });
	const rev = stored.ok ? ((await stored.json()) as { _rev: string })._rev : undefined;
	return fetch(url, {
		method: 'PUT',
		headers: editor,
		body: JSON.stringify({ ...doc, _rev: rev })
	});
}

function profile() {
	return (validDoc('plan').profile ?? {}) as Record<string, unknown>;
}

describe('the zod schemas and validate_doc_update agree', () => {
	it.each(cases)('%s', async (_what, make, valid) => {
		const doc = JSON.parse(JSON.stringify(make())) as PlanDoc;
		const client = parsePlanDoc(planId, doc);
		const response = await writeOver(doc);
		const body = (await response.json()) as { reason?: string };
		expect(client.ok, client.ok ? '' : client.reason).toBe(valid);
		expect(response.status === 201, body.reason).toBe(valid);
	});
});

describe('the server knows every value the app may write', () => {
	// The rules are plain ES5 with their own copy of each list: a value added to a zod enum and
	// not to the rules would make every device's push of it fail.
	const values: [
		RecordKind,
		string,
		readonly string[],
		(value: string) => Record<string, unknown>
	][] = [
		['item', 'steps', planSteps.map((step) => step.id), (stepId) => ({ stepId })],
		['tool', 'uses', toolUses, (use) => ({ use })],
		['tool', 'dependency levels', dependencyLevels, (dependency) => ({ dependency })],
		['tool', 'reaches', userReaches, (reach) => ({ reach })],
		['step', 'statuses', [...stepOverrides, legacyDefaultStepStatus], (status) => ({ status })],
		['change', 'statuses', changeStatuses, (status) => ({ status })],
		['meetingEvent', 'kinds', meetingEventKinds, (event) => ({ event })],
		['plan', 'sizes', associationSizes, (size) => ({ profile: { ...profile(), size } })]
	];
	it.each(values)('%s %s', async (kind, _what, list, change) => {
		for (const value of list) {
			const doc = docWith(kind, change(value));
			const response = await writeOver(doc);
			expect(response.status, value).toBe(201);
			expect(parsePlanDoc(planId, doc).ok, value).toBe(true);
		}
	});
});

describe('deletions', () => {
	it('carry who deleted and when, nothing else', async () => {
		const url = (doc: PlanDoc) =>
			`${server.adminUrl}/plan-${planId}/${encodeURIComponent(doc._id)}`;
		const write = (doc: PlanDoc) =>
			fetch(url(doc), { method: 'PUT', headers: editor, body: JSON.stringify(doc) });
		for (const [extra, status] of [
			[{ editedBy: 'alice', editedAt: at }, 200],
			[{ editedBy: 'bob', editedAt: at }, 403],
			[{ editedBy: 'alice', editedAt: at, text: 'gone' }, 403]
		] as const) {
			const id = randomUUID();
			const doc: PlanDoc = { ...validDoc('item'), _id: `item:${id}`, id };
			const created = (await (await write(doc)).json()) as { rev: string };
			const deletion = await write({ _id: doc._id, _rev: created.rev, _deleted: true, ...extra });
			expect([deletion.status === 201 ? 200 : deletion.status]).toEqual([status]);
		}
	});
});
