// Loads and saves the outbox as the `_local/forum-outbox` document of the local database.
// `_local/` documents never replicate, so the outbox stays on this device.
import { outboxSchema, type Outbox } from './outbox';
import { statusOf, type PouchDatabase } from './pouch-types';

const outboxDocId = '_local/forum-outbox';

/** A serialised read-modify-write of the outbox: one change at a time, none lost. */
export class OutboxStore {
	#queue: Promise<unknown> = Promise.resolve();

	constructor(private readonly db: PouchDatabase) {}

	/** The saved outbox; an unreadable one counts as empty rather than blocking the forum. */
	async load(): Promise<Outbox> {
		try {
			const doc = await this.db.get(outboxDocId);
			const parsed = outboxSchema.safeParse(doc.entries);
			return parsed.success ? parsed.data : {};
		} catch (error) {
			if (statusOf(error) === 404) return {};
			throw error;
		}
	}

	/** Applies `change` to the saved outbox and returns the new one. */
	update<T extends { outbox: Outbox }>(change: (outbox: Outbox) => T): Promise<T> {
		const run = this.#queue.then(async () => {
			const current = await this.load();
			const result = change(current);
			await this.#save(result.outbox);
			return result;
		});
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #save(entries: Outbox): Promise<void> {
		let rev: string | undefined;
		try {
			rev = (await this.db.get(outboxDocId))._rev;
		} catch (error) {
			if (statusOf(error) !== 404) throw error;
		}
		await this.db.put({ _id: outboxDocId, ...(rev ? { _rev: rev } : {}), entries });
	}
}
