// Loads and saves the outbox as the `_local/forum-outbox` document of the local database.
// `_local/` documents never replicate, so the outbox stays on this device.
import { LocalRecord } from './local-record';
import { outboxSchema, type Outbox } from './outbox';
import type { PouchDatabase } from './pouch-types';

/** A serialised read-modify-write of the outbox: one change at a time, none lost. */
export class OutboxStore {
	#record: LocalRecord<Outbox>;

	constructor(db: PouchDatabase) {
		this.#record = new LocalRecord(db, '_local/forum-outbox', 'entries', (value) => {
			const parsed = outboxSchema.safeParse(value);
			return parsed.success ? parsed.data : {};
		});
	}

	/** The saved outbox; an unreadable one counts as empty rather than blocking the forum. */
	load(): Promise<Outbox> {
		return this.#record.load();
	}

	/** Applies `change` to the saved outbox and returns the new one. */
	async update<T extends { outbox: Outbox }>(change: (outbox: Outbox) => T): Promise<T> {
		let result: T | undefined;
		await this.#record.update((outbox) => {
			result = change(outbox);
			return result.outbox;
		});
		if (!result) throw new Error('the outbox change did not run');
		return result;
	}
}
