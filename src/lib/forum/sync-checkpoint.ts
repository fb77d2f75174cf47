// Where the sync stands, kept in `_local/forum-sync` (a `_local/` document never replicates, so it
// stays on this device): the sequence the live pull resumes from, the part of the forum the local
// database holds, whether it holds every profile, and a bulk load under way. The engine passes
// `pullSeq` to PouchDB as `since`.
import type { PouchDatabase, PouchDoc } from './pouch-types';
import { everything, parseScope, type SyncScope } from './sync-scope';

export interface Checkpoint {
	/** Where the live pull starts (during the first sync: the server's sequence before it). */
	pullSeq?: number | string;
	/** What the local database holds, once a bulk load has finished. */
	scope?: SyncScope;
	/** A bulk load under way: the last reply written, to resume after it. */
	load?: { afterReply?: string };
	/**
	 * Every profile was downloaded (the live pull brings the later ones). Missing on devices that
	 * synced before names came from profiles: their live pull had left the profiles out.
	 */
	profiles?: true;
}

const checkpointId = '_local/forum-sync';

/** Numeric part of a CouchDB sequence (a number, or CouchDB 3's `"123-g1AAA…"`). */
export function seqNumber(seq: number | string | undefined): number {
	if (typeof seq === 'number') return seq;
	const n = Number.parseInt(String(seq ?? '0').split('-')[0] ?? '0', 10);
	return Number.isFinite(n) ? n : 0;
}

/** Reads and writes the checkpoint of one local database. */
export class CheckpointStore {
	#write: Promise<unknown> = Promise.resolve();

	constructor(private readonly db: Pick<PouchDatabase, 'get' | 'put'>) {}

	/** The saved checkpoint; a device that never synced (or an unreadable one) gets `{}`. */
	async read(): Promise<Checkpoint> {
		let doc: PouchDoc;
		try {
			doc = await this.db.get(checkpointId);
		} catch {
			return {};
		}
		return parseCheckpoint(doc);
	}

	/**
	 * Writes are chained so two never race for the same `_rev`. A failed write (storage full for
	 * a moment) is not thrown, and the next one still runs: the pull keeps saving its position.
	 */
	write(checkpoint: Checkpoint): Promise<unknown> {
		this.#write = this.#write
			.then(async () => {
				let rev: string | undefined;
				try {
					rev = (await this.db.get(checkpointId))._rev;
				} catch {
					rev = undefined;
				}
				await this.db.put({ _id: checkpointId, ...(rev ? { _rev: rev } : {}), ...checkpoint });
			})
			.catch(() => undefined);
		return this.#write;
	}
}

/** The checkpoint a stored document says, in today's format or the one before scopes. */
export function parseCheckpoint(doc: Record<string, unknown>): Checkpoint {
	const pullSeq =
		typeof doc.pullSeq === 'number' || typeof doc.pullSeq === 'string' ? doc.pullSeq : undefined;
	const load = doc.load as { afterReply?: unknown } | undefined;
	// Checkpoints written before scopes existed: `initialDone` meant the whole forum was held.
	const legacyDone = doc.initialDone === true ? everything : undefined;
	const legacyLoad = doc.initialDone === false ? {} : undefined;
	return {
		pullSeq,
		...(doc.profiles === true ? { profiles: true } : {}),
		scope: parseScope(doc.scope) ?? legacyDone,
		load:
			load && typeof load === 'object'
				? { afterReply: typeof load.afterReply === 'string' ? load.afterReply : undefined }
				: legacyLoad
	};
}
