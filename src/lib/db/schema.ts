/**
 * Every version of the local database, oldest first. Never edit a version that has shipped:
 * add a new one (Dexie upgrades installed apps in order, keeping their rows).
 * Index strings list the primary key first, then the indexed fields (Dexie syntax).
 */
export const schemaVersions = [
	{
		version: 1,
		stores: {
			// App-wide key/value settings (e.g. whether persistent storage was asked).
			settings: 'key'
		}
	},
	{
		version: 2,
		stores: {
			settings: 'key',
			// One row per content feed (providers, resources…): its version and when it was loaded.
			contentMeta: 'kind',
			providers: 'id, &slug',
			// The user's own shortlist of providers, with a note each.
			shortlist: 'providerId, addedAt'
		}
	},
	{
		version: 3,
		stores: {
			settings: 'key',
			contentMeta: 'kind',
			providers: 'id, &slug',
			shortlist: 'providerId, addedAt',
			// The resource library and the alternatives catalogue (content feeds, read-only).
			resources: 'id, &slug',
			alternatives: 'id'
		}
	},
	{
		version: 4,
		stores: {
			settings: 'key',
			contentMeta: 'kind',
			providers: 'id, &slug',
			shortlist: 'providerId, addedAt',
			resources: 'id, &slug',
			alternatives: 'id',
			// The private transition plans (src/lib/plan): one row per plan, and its parts by plan.
			plans: 'id, updatedAt',
			planSteps: '[planId+stepId], planId',
			planItems: 'id, planId, [planId+stepId]',
			planTools: 'id, planId',
			planChanges: 'id, planId',
			planMeetings: 'id, planId'
		}
	},
	{
		// Upgrade: upgrades.ts splits each meeting into the records below and gives every task an
		// owner and a due date (empty).
		version: 5,
		stores: {
			settings: 'key',
			contentMeta: 'kind',
			providers: 'id, &slug',
			shortlist: 'providerId, addedAt',
			resources: 'id, &slug',
			alternatives: 'id',
			plans: 'id, updatedAt',
			planSteps: '[planId+stepId], planId',
			planItems: 'id, planId, [planId+stepId]',
			planTools: 'id, planId',
			planChanges: 'id, planId',
			planMeetings: 'id, planId',
			// A meeting's attendees, decisions and recorded changes: one row each, by plan and meeting.
			planAttendees: 'id, planId, meetingId',
			planDecisions: 'id, planId, meetingId',
			planMeetingEvents: 'id, planId, meetingId'
		}
	},
	{
		version: 6,
		stores: {
			settings: 'key',
			contentMeta: 'kind',
			providers: 'id, &slug',
			shortlist: 'providerId, addedAt',
			resources: 'id, &slug',
			alternatives: 'id',
			plans: 'id, updatedAt',
			planSteps: '[planId+stepId], planId',
			planItems: 'id, planId, [planId+stepId]',
			planTools: 'id, planId',
			planChanges: 'id, planId',
			planMeetings: 'id, planId',
			planAttendees: 'id, planId, meetingId',
			planDecisions: 'id, planId, meetingId',
			planMeetingEvents: 'id, planId, meetingId',
			// Shared plans (src/lib/plan/sync): one row per plan shared with the board (role, the
			// server's checkpoint), and per record of it the revision and version last agreed with
			// the server. The plan's own rows stay as they are.
			planShares: 'planId',
			planSync: '[planId+docId], planId'
		}
	},
	{
		// Upgrade: upgrades.ts drops the default status of plan steps (the status follows the
		// checklist unless a person chose one).
		version: 7,
		// No table changes: Dexie keeps every table of the versions before.
		stores: {}
	},
	{
		// Tables added; Dexie keeps every table of the versions before.
		version: 8,
		stores: {
			// The content version's chunks this device holds (src/lib/content): its text, by the
			// SHA-256 it is named by, so an update downloads only the chunks it lacks.
			contentChunks: 'sha256',
			// « Nous nous sommes émancipés »: the emancipations feed (read-only, like the others).
			emancipations: 'id, &slug'
		}
	}
] as const;

export const databaseName = 'passerelle';
