import type { Transaction } from 'dexie';
import {
	splitLegacyMeeting,
	withoutLegacyStepStatus,
	type LegacyMeeting
} from '../schemas/plan-legacy';

// Data upgrades between schema versions (schema.ts), by the version they lead to. Dexie runs each
// once, in order, in the upgrade transaction, when an installed app first opens the new version.
// Like a schema version, an upgrade that has shipped is never edited.

export const upgrades: Partial<Record<number, (tx: Transaction) => Promise<void>>> = {
	/** Meetings become records (attendees, decisions, changes); tasks get an owner and a due date. */
	5: async (tx) => {
		const meetings = (await tx.table('planMeetings').toArray()) as LegacyMeeting[];
		for (const legacy of meetings) {
			const { meeting, attendees, decisions, events } = splitLegacyMeeting(legacy);
			await tx.table('planAttendees').bulkPut(attendees);
			await tx.table('planDecisions').bulkPut(decisions);
			await tx.table('planMeetingEvents').bulkPut(events);
			await tx.table('planMeetings').put(meeting);
		}
		await tx
			.table('planItems')
			.toCollection()
			.modify((item: { owner?: string; dueDate?: string }) => {
				item.owner ??= '';
				item.dueDate ??= '';
			});
	},
	/**
	 * A step's status is only the one a person chose (absent: it follows the checklist): the
	 * default « not-started » every step had goes (plan-legacy.ts).
	 */
	7: async (tx) => {
		const table = tx.table('planSteps');
		const steps = (await table.toArray()) as { status?: unknown }[];
		await table.bulkPut(steps.map(withoutLegacyStepStatus));
	}
};
