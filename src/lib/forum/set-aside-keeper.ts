// The list of documents this device set aside (`_local/forum-set-aside`, see set-aside.ts), as
// the sync engine keeps it up to date: what it adds and takes off, and the new app version's
// second look at what an older version refused.
import { LocalRecord } from './local-record';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import {
	emptySetAside,
	isSetAside,
	setAsideListSchema,
	updateSetAside,
	type SetAsideEntry,
	type SetAsideList
} from './set-aside';

/** The saved list and a copy in memory, for the live pull's synchronous filter. */
export class SetAsideKeeper {
	#record: LocalRecord<SetAsideList>;
	#list: SetAsideList = emptySetAside;

	/** `onChange` hears every list saved, and the list at every start. */
	constructor(
		db: PouchDatabase,
		private readonly onChange: (list: SetAsideList) => void = () => undefined
	) {
		this.#record = new LocalRecord(db, '_local/forum-set-aside', 'list', (value) => {
			const parsed = setAsideListSchema.safeParse(value);
			return parsed.success ? parsed.data : emptySetAside;
		});
	}

	/** Whether this revision of a document was set aside (a newer one gets a new chance). */
	has(doc: Pick<PouchDoc, '_id' | '_rev'>): boolean {
		return isSetAside(this.#list, doc);
	}

	/** Adds documents to the list, and takes off those now stored. */
	async note(added: SetAsideEntry[], stored: string[]): Promise<void> {
		const listed = new Set(this.#list.entries.map((entry) => entry.id));
		if (added.length === 0 && !stored.some((id) => listed.has(id))) return;
		this.#list = await this.#record.update((list) => updateSetAside(list, { added, stored }));
		this.onChange(this.#list);
	}

	/**
	 * At every start: documents set aside by another app version are checked again with this
	 * version's rules (`recheck` fetches, stores what passes and returns those still refused,
	 * which stay listed under this version).
	 */
	async start(
		appVersion: string,
		recheck: (ids: string[]) => Promise<SetAsideEntry[]>
	): Promise<void> {
		this.#list = await this.#record.load();
		if (this.#list.version !== appVersion) {
			const ids = this.#list.entries.map((entry) => entry.id);
			const entries = await recheck(ids);
			this.#list = await this.#record.update(() => ({ version: appVersion, entries }));
		}
		this.onChange(this.#list);
	}
}
