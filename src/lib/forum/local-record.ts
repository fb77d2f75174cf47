// A record kept in one `_local/` document of the local database. `_local/` documents never
// replicate, so the record stays on this device; it goes when the forum database is deleted.
import { statusOf, type PouchDatabase } from './pouch-types';

/** A serialised read-modify-write of one record: one change at a time, none lost. */
export class LocalRecord<T> {
	#queue: Promise<unknown> = Promise.resolve();

	/**
	 * The record is the document's field `field`; `parse` turns what is stored there into a
	 * record (its empty value when missing or unreadable).
	 */
	constructor(
		private readonly db: PouchDatabase,
		private readonly id: `_local/${string}`,
		private readonly field: string,
		private readonly parse: (value: unknown) => T
	) {}

	/** The saved record; an unreadable one counts as empty rather than blocking the forum. */
	async load(): Promise<T> {
		try {
			return this.parse((await this.db.get(this.id))[this.field]);
		} catch (error) {
			if (statusOf(error) === 404) return this.parse(undefined);
			throw error;
		}
	}

	/** Applies `change` to the saved record, saves what it returns and returns it. */
	update(change: (current: T) => T): Promise<T> {
		const run = this.#queue.then(async () => {
			const next = change(await this.load());
			await this.#save(next);
			return next;
		});
		this.#queue = run.catch(() => undefined);
		return run;
	}

	async #save(value: T): Promise<void> {
		let rev: string | undefined;
		try {
			rev = (await this.db.get(this.id))._rev;
		} catch (error) {
			if (statusOf(error) !== 404) throw error;
		}
		await this.db.put({ _id: this.id, ...(rev ? { _rev: rev } : {}), [this.field]: value });
	}
}
