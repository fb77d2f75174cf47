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

/** The one local database of the app. Only domain modules in `src/lib` use it. */
export class PasserelleDatabase extends Dexie {
	settings!: EntityTable<SettingRow, 'key'>;
	contentMeta!: EntityTable<ContentMetaRow, 'kind'>;
	providers!: EntityTable<ProviderRow, 'id'>;
	shortlist!: EntityTable<ShortlistRow, 'providerId'>;
	resources!: EntityTable<ContentRow & { slug: string }, 'id'>;
	alternatives!: EntityTable<ContentRow, 'id'>;
	plans!: EntityTable<Plan, 'id'>;
	planSteps!: Table<StepState, [string, string]>;
	planItems!: EntityTable<ChecklistItem, 'id'>;
	planTools!: EntityTable<DiagnosisTool, 'id'>;
	planChanges!: EntityTable<ToolChange, 'id'>;
	planMeetings!: EntityTable<Meeting, 'id'>;
	planAttendees!: EntityTable<Attendee, 'id'>;
	planDecisions!: EntityTable<Decision, 'id'>;
	planMeetingEvents!: EntityTable<MeetingEvent, 'id'>;

	constructor(name: string = databaseName, options?: DexieOptions) {
		super(name, options);
		for (const { version, stores } of schemaVersions) {
			const declared = this.version(version).stores(stores);
			const upgrade = upgrades[version];
			if (upgrade) declared.upgrade(upgrade);
		}
	}
}
