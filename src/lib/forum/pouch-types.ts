// The part of PouchDB's API the forum uses, typed here (the project has no @types/pouchdb).
// pouchdb-browser 9 (the app) provides it, and its parts at the same version in the Node tests
// (node-pouchdb.ts).

export interface PouchDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	_conflicts?: string[];
	_revisions?: { start: number; ids: string[] };
	[key: string]: unknown;
}

export interface AllDocsRow {
	id: string;
	key: string;
	value: { rev: string; deleted?: boolean };
	doc?: PouchDoc;
}

export interface PutResult {
	ok?: boolean;
	id: string;
	rev: string;
	error?: boolean | string;
	name?: string;
	message?: string;
	status?: number;
}

export interface ReplicationInfo {
	last_seq?: number | string;
	docs_written?: number;
	doc_write_failures?: number;
	/** The documents a live replication's batch wrote. */
	docs?: PouchDoc[];
}

export interface Replication {
	on(event: 'change', listener: (info: ReplicationInfo) => void): Replication;
	on(event: 'paused', listener: (error?: unknown) => void): Replication;
	on(event: 'active', listener: () => void): Replication;
	on(event: 'denied', listener: (error: unknown) => void): Replication;
	on(event: 'error', listener: (error: unknown) => void): Replication;
	on(event: 'complete', listener: (info: ReplicationInfo) => void): Replication;
	cancel(): void;
}

export interface ChangesFeed {
	on(
		event: 'change',
		listener: (change: { id: string; seq: number | string }) => void
	): ChangesFeed;
	on(event: 'error', listener: (error: unknown) => void): ChangesFeed;
	cancel(): void;
}

export interface PouchDatabase {
	name: string;
	adapter?: string;
	get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>;
	put(doc: PouchDoc): Promise<PutResult>;
	remove(doc: PouchDoc): Promise<PutResult>;
	bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PutResult[]>;
	allDocs(options?: Record<string, unknown>): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
	changes(options: Record<string, unknown>): ChangesFeed;
	info(): Promise<{ doc_count: number; update_seq: number | string }>;
	destroy(): Promise<unknown>;
	close(): Promise<unknown>;
	replicate: {
		from(source: PouchDatabase | string, options?: Record<string, unknown>): Replication;
		to(target: PouchDatabase | string, options?: Record<string, unknown>): Replication;
	};
}

export type PouchConstructor = new (
	name: string,
	options?: Record<string, unknown>
) => PouchDatabase;

/** PouchDB's error objects carry an HTTP status and a CouchDB error name. */
export function statusOf(error: unknown): number | undefined {
	if (error && typeof error === 'object' && 'status' in error) {
		const status = (error as { status: unknown }).status;
		return typeof status === 'number' ? status : undefined;
	}
	return undefined;
}
