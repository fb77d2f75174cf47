// The live pull: PouchDB's replication from the server, from the engine's own checkpoint. It
// fetches every leaf revision, so conflicts made on other devices arrive.
import type { PouchDatabase, PouchDoc, Replication, ReplicationInfo } from './pouch-types';

export interface LivePullEvents {
	/** A batch was written (`info.docs`, up to `info.last_seq`). */
	change(info: ReplicationInfo): void;
	/** Reading again after a pause. */
	active(): void;
	/** Nothing left to read for now; `first`: the first pause of this pull. */
	paused(first: boolean): void;
	/** The pull stopped on an error (it is not retried by PouchDB: `retry: false`). */
	error(error: unknown): void;
}

/**
 * Starts a live pull into `local` from `since`; events reach `on` only while `isCurrent()`
 * (a cancelled pull may still report), except errors, which the engine sorts out itself.
 */
export function startLivePull(
	local: PouchDatabase,
	remote: PouchDatabase,
	options: { since: number | string; batchSize: number; filter: (doc: PouchDoc) => boolean },
	on: LivePullEvents,
	isCurrent: () => boolean
): Replication {
	let hasPaused = false;
	const replication = local.replicate.from(remote, {
		live: true,
		retry: false,
		since: options.since,
		// The engine keeps its own checkpoint (_local/forum-sync) and passes it as `since`.
		// PouchDB honours `since` only through a checkpoint it can write: with `checkpoint:
		// false` it starts from 0 (PouchDB #6916, #9032) and rereads the whole forum at every
		// start. 'target' keeps PouchDB's checkpoint on this device only, never on the server.
		checkpoint: 'target',
		batch_size: options.batchSize,
		filter: options.filter
	});
	replication
		.on('change', (info) => {
			if (isCurrent()) on.change(info);
		})
		.on('active', () => {
			if (isCurrent()) on.active();
		})
		.on('paused', (error) => {
			if (!isCurrent()) return;
			if (error) return on.error(error);
			on.paused(!hasPaused);
			hasPaused = true;
		})
		.on('error', (error) => on.error(error))
		.on('complete', () => {
			// A live replication completes only when cancelled (or on an error reported above).
		});
	return replication;
}
