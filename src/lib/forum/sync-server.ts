// The forum database's HTTP API, for the requests the sync engine makes itself (the live pull
// goes through PouchDB's replication instead): where the server is, pages of `_all_docs` for the
// bulk load, documents by id, and the outbox's `_bulk_docs`. Every call carries the session
// cookie; an answer that is not OK is thrown as an HttpFailure (sync-failure.ts).
import type { IdRange, ServerReader } from './bulk-load';
import type { PushResult } from './outbox';
import type { PouchDoc } from './pouch-types';
import { HttpFailure } from './sync-failure';

export interface SyncServer extends ServerReader {
	/** The database's current sequence; answers within `probeTimeoutMs` or fails. */
	info(): Promise<{ update_seq: number | string }>;
	/** One `_bulk_docs` with `new_edits: false`: each document's answer (errors only matter). */
	bulkDocs(docs: PouchDoc[]): Promise<PushResult[]>;
}

/** The API of the database at `url` (e.g. `https://…/db/forum`). */
export function syncServer(options: {
	url: string;
	fetch: typeof fetch;
	probeTimeoutMs: number;
}): SyncServer {
	const { url, fetch } = options;

	async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
		const response = await fetch(`${url}${path}`, {
			...init,
			credentials: 'include',
			headers: { accept: 'application/json', 'content-type': 'application/json' }
		});
		if (!response.ok) throw await HttpFailure.of(response);
		return response.json() as Promise<T>;
	}

	const docsOf = (body: { rows: { doc?: PouchDoc | null }[] }) =>
		body.rows.flatMap((row) => (row.doc ? [row.doc] : []));

	return {
		async info() {
			const response = await fetch(url, {
				credentials: 'include',
				headers: { accept: 'application/json' },
				signal: AbortSignal.timeout(options.probeTimeoutMs)
			});
			if (!response.ok) throw await HttpFailure.of(response);
			return response.json();
		},

		async page(range: IdRange, after: string | undefined, limit: number) {
			const params = new URLSearchParams({
				include_docs: 'true',
				limit: String(limit),
				startkey: JSON.stringify(after ?? range.start),
				endkey: JSON.stringify(range.end)
			});
			if (after !== undefined) params.set('skip', '1');
			return docsOf(await requestJson(`/_all_docs?${params}`));
		},

		async byIds(ids: string[]) {
			return docsOf(
				await requestJson('/_all_docs?include_docs=true', {
					method: 'POST',
					body: JSON.stringify({ keys: ids })
				})
			);
		},

		bulkDocs(docs: PouchDoc[]) {
			return requestJson<PushResult[]>('/_bulk_docs', {
				method: 'POST',
				body: JSON.stringify({ docs, new_edits: false })
			});
		}
	};
}
