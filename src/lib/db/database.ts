import Dexie, { type DexieOptions, type EntityTable, type Table } from 'dexie';
import type {
	Attendee,
	ChecklistItem,
	Decision,
	DiagnosisTool,
	Meeting,
	MeetingEvent,
	Plan,
	StepState,
	ToolChange
} from '../schemas/plan';
import { databaseName, schemaVersions } from './schema';
import { upgrades } from './upgrades';

export interface SettingRow {
	key: string;
	value: unknown;
	updatedAt: string;
}

export interface ContentMetaRow {
	kind: string;
	version: string;
	loadedAt: string;
	count: number;
}

/** A chunk of the content version (src/lib/content/feed-chunks.js): `{"items":[…]}` as published. */
export interface ContentChunkRow {
	sha256: string;
	text: string;
}

export interface ShortlistRow {
	providerId: string;
	note: string;
	addedAt: string;
	updatedAt: string;
}

/** Provider rows are parsed by their zod schema when read; stored here as plain objects. */
export interface ProviderRow {
	id: string;
	slug: string;
	[field: string]: unknown;
}

/** Resource and alternative rows are parsed by their zod schemas when read. */
export interface ContentRow {
	id: string;
	[field: string]: unknown;
}

/** A member of a shared plan, as the server lists them. */
export interface PlanMemberRow {
	name: string;
	role: PlanRole;
}

export type PlanRole = 'owner' | 'editor' | 'reader';

/**
 * A plan shared with the board, on this device (src/lib/plan/sync). `active`: it syncs;
 * `removed`: this account is no longer a member, `deleted`: its owner deleted it from the server
 * (either way the device keeps its copy, unshared, until the user dismisses the notice).
 */
export interface PlanShareRow {
	planId: string;
	role: PlanRole;
	/** The plan's name on the server (shown before its records arrive). */
	name: string;
	/** The account this device shares it as. */
	user: string;
	members?: PlanMemberRow[];
	/** The server's `_changes` checkpoint: what this device already has. */
	lastSeq: string | number;
	/** Whether the first download finished (a joined or recovered plan opens then). */
	downloaded: boolean;
	state: 'active' | 'removed' | 'deleted';
}

/** A version of a record as the merge rules see it (src/lib/plan/sync/merge.ts). */
export interface SyncVersionRow {
	fields: Record<string, unknown>;
	editedBy: string;
	editedAt: string;
	alsoEdited?: Record<string, { value: unknown; by: string; at: string }>;
	deletedBy?: { by: string; at: string };
}

/** One record of a shared plan: what the server has (revision, version) and what waits to go. */
export interface PlanSyncRow {
	planId: string;
	/** The document's id (`plan`, `step:<stepId>`, `<kind>:<id>`). */
	docId: string;
	/** The server's current revision, as last seen. */
	rev?: string;
	/** The version last agreed with the server (null: none yet). */
	base: SyncVersionRow | null;
	/** The merge's notices on this device (a choice removes one; pushed when they differ from base). */
	alsoEdited?: SyncVersionRow['alsoEdited'];
	deletedBy?: SyncVersionRow['deletedBy'];
	/** A local change noticed and not yet on the server: its fields (or deletion) and when. */
	pending?: { fields?: Record<string, unknown>; deleted?: true; at: string };
	/** The server refused this change (its reason); not sent again until the record changes. */
	refused?: { reason: string; fields?: Record<string, unknown> };
}

/** The one local database of the app. Only domain modules in `src/lib` use it. */
export class PasserelleDatabase extends Dexie {
	settings!: EntityTable<SettingRow, 'key'>;
	contentMeta!: EntityTable<ContentMetaRow, 'kind'>;
	providers!: EntityTable<ProviderRow, 'id'>;
	shortlist!: EntityTable<ShortlistRow, 'providerId'>;
	resources!: EntityTable<ContentRow & { slug: string }, 'id'>;
	alternatives!: EntityTable<ContentRow, 'id'>;
	contentChunks!: EntityTable<ContentChunkRow, 'sha256'>;
	emancipations!: EntityTable<ContentRow & { slug: string }, 'id'>;
	plans!: EntityTable<Plan, 'id'>;
	planSteps!: Table<StepState, [string, string]>;
	planItems!: EntityTable<ChecklistItem, 'id'>;
	planTools!: EntityTable<DiagnosisTool, 'id'>;
	planChanges!: EntityTable<ToolChange, 'id'>;
	planMeetings!: EntityTable<Meeting, 'id'>;
	planAttendees!: EntityTable<Attendee, 'id'>;
	planDecisions!: EntityTable<Decision, 'id'>;
	planMeetingEvents!: EntityTable<MeetingEvent, 'id'>;
	planShares!: EntityTable<PlanShareRow, 'planId'>;
	planSync!: Table<PlanSyncRow, [string, string]>;

	constructor(name: string = databaseName, options?: DexieOptions) {
		super(name, options);
		for (const { version, stores } of schemaVersions) {
			const declared = this.version(version).stores(stores);
			const upgrade = upgrades[version];
			if (upgrade) declared.upgrade(upgrade);
		}
	}
}
