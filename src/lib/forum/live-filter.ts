// Which documents the live pull keeps (PouchDB's replication `filter`): the device's scope
// (sync-scope.ts) applied to each change as it goes by. A reply carries no category, so the
// filter remembers each thread's; a reply to a thread the device does not hold is kept, and
// that thread is looked up to fetch the rest when its category is followed. Profiles (the names
// shown with posts) are kept whatever the scope: a post from any category shows its author's name.
import { fetchThreads, type ServerReader } from './bulk-load';
import { profilePrefix, threadIdOfReply } from './ids';
import type { PouchDatabase, PouchDoc } from './pouch-types';
import type { DocProblem } from './set-aside';
import { follows, type SyncScope } from './sync-scope';

export interface LiveFilterOptions {
	/** The device's scope now (it changes when its user follows another category). */
	scope: () => SyncScope;
	server: ServerReader;
	/** Why this device cannot keep a server document, or undefined. */
	checkDocument: (doc: PouchDoc) => DocProblem | undefined;
	/** Whether this revision was set aside before (not offered again). */
	isSetAside: (doc: PouchDoc) => boolean;
	/** A document the filter refused: to be listed as set aside. */
	setAside: (doc: PouchDoc, problem: DocProblem) => void;
	/** Writes server documents (the threads answered again, with their replies). */
	store: (docs: PouchDoc[]) => Promise<unknown>;
}

/** The live pull's filter, and what it learns of the threads' categories. */
export class LiveFilter {
	/** Thread id → category. */
	#threadCategory = new Map<string, string>();
	#localThreadsLearned = false;
	#unknownThreads = new Set<string>();
	#unknownTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly o: LiveFilterOptions) {}

	/** Whether the live pull writes this document (synchronous, as PouchDB wants; never throws). */
	keep(doc: PouchDoc): boolean {
		// Design documents are the server's business; forum documents by the device's scope.
		if (typeof doc._id !== 'string' || doc._id.startsWith('_design/')) return false;
		if (doc._deleted === true) return true;
		if (!this.#isInScope(doc)) return false;
		if (this.o.isSetAside(doc)) return false;
		const problem = this.o.checkDocument(doc);
		if (!problem) return true;
		this.o.setAside(doc, problem);
		return false;
	}

	/** Learns the categories of the threads among `docs` (written or fetched by the engine). */
	noteThreads(docs: PouchDoc[]): void {
		for (const doc of docs) {
			if (doc._id.startsWith('thread:')) this.#threadCategory.set(doc._id, String(doc.category));
		}
	}

	/** Learns the categories of the threads the local database holds (once). */
	async learnLocalThreads(db: PouchDatabase): Promise<void> {
		if (this.#localThreadsLearned) return;
		const rows = await db.allDocs({
			startkey: 'thread:',
			endkey: 'thread:\ufff0',
			include_docs: true
		});
		this.noteThreads(rows.rows.flatMap((row) => (row.doc ? [row.doc] : [])));
		this.#localThreadsLearned = true;
	}

	/** Drops the pending look-up of unknown threads (the sync stopped). */
	cancel(): void {
		clearTimeout(this.#unknownTimer);
	}

	/** Whether the device keeps this document (its category is followed, or it is a profile). */
	#isInScope(doc: PouchDoc): boolean {
		if (doc._id.startsWith(profilePrefix)) return true;
		const scope = this.o.scope();
		if (doc._id.startsWith('thread:')) {
			this.#threadCategory.set(doc._id, String(doc.category));
			return follows(scope, doc.category);
		}
		const threadId = threadIdOfReply(doc._id);
		if (!threadId) return false;
		const category = this.#threadCategory.get(threadId);
		if (category !== undefined) return follows(scope, category);
		// A new reply to a thread this device does not hold (older than the window, or in another
		// category): kept rather than lost, and its thread is looked up to fetch the rest.
		this.#unknownThreads.add(threadId);
		clearTimeout(this.#unknownTimer);
		this.#unknownTimer = setTimeout(() => void this.#fetchUnknownThreads(), 200);
		return true;
	}

	/** Threads answered again: fetched with all their replies when their category is followed. */
	async #fetchUnknownThreads(): Promise<void> {
		const ids = [...this.#unknownThreads];
		this.#unknownThreads.clear();
		try {
			const threads = await this.o.server.byIds(ids);
			this.noteThreads(threads);
			const followed = threads
				.filter((thread) => follows(this.o.scope(), thread.category))
				.map((thread) => thread._id);
			await this.o.store(await fetchThreads(this.o.server, followed));
		} catch {
			// Offline or refused: the replies are on the device; the thread opens on demand.
		}
	}
}
