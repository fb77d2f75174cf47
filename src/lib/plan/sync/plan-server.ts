// The server a shared plan lives on, over HTTP: the sharing API (/db/_passerelle/…) and the
// plan's own database (/db/plan-<id>) through the gateway. Every failure becomes a `SyncFailure`
// a person can act on: the UI never shows « Failed to fetch » or a bare status.
import type { PlanMemberRow, PlanRole } from '$lib/db/database';
import type { PlanDoc } from './plan-docs';

/**
 * What went wrong. `offline`: no answer from our server (no network, or it is down);
 * `session`: not logged in (401); `gone`: the plan is not there for this account (404: removed,
 * or deleted by its owner); `forbidden`: not allowed (a reader writing); `busy`: too many
 * requests (429, try again after `retryAfter` seconds); `server`: the server failed (5xx);
 * `refused`: the request itself was refused (400, 409…), with the server's reason.
 */
export type FailureKind =
	'offline' | 'session' | 'gone' | 'forbidden' | 'busy' | 'server' | 'refused';

export class SyncFailure extends Error {
	constructor(
		readonly kind: FailureKind,
		/** The technical detail (status, the server's reason, the browser's error). */
		readonly detail: string,
		readonly status?: number,
		readonly retryAfter?: number
	) {
		super(`${kind}: ${detail}`);
	}
}

/** A member's view of a shared plan. */
export interface SharedPlan {
	planId: string;
	name: string;
	role: PlanRole;
	members: PlanMemberRow[];
}

export interface Invite {
	code: string;
	role: PlanRole;
	expiresAt: string;
}

/** One change of `_changes` with its document. */
export interface Change {
	seq: string | number;
	id: string;
	deleted?: boolean;
	changes: { rev: string }[];
	doc?: PlanDoc;
}

/** A write's outcome per document, as `_bulk_docs` answers. */
export interface WriteResult {
	id: string;
	rev?: string;
	ok?: boolean;
	error?: string;
	reason?: string;
}

export interface PlanServerOptions {
	/** The origin the app is served from ('' in the browser: same origin). */
	baseUrl?: string;
	/** `fetch` (tests pass one that adds a session cookie). */
	fetch?: typeof fetch;
}

const statusKinds: [(status: number) => boolean, FailureKind][] = [
	[(s) => s === 401, 'session'],
	[(s) => s === 403, 'forbidden'],
	[(s) => s === 404, 'gone'],
	[(s) => s === 429, 'busy'],
	// A gateway that cannot reach the database: as good as offline for the user.
	[(s) => s === 502 || s === 503 || s === 504, 'offline'],
	[(s) => s >= 500, 'server']
];

/** The HTTP client of one server. */
export function createPlanServer({ baseUrl = '', fetch: fetchFn = fetch }: PlanServerOptions = {}) {
	async function request<T>(
		method: string,
		path: string,
		body?: unknown,
		signal?: AbortSignal
	): Promise<T> {
		let response: Response;
		try {
			response = await fetchFn(`${baseUrl}/db${path}`, {
				method,
				credentials: 'same-origin',
				headers: { accept: 'application/json', 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
				signal
			});
		} catch (error) {
			if (signal?.aborted) throw error;
			throw new SyncFailure('offline', error instanceof Error ? error.message : String(error));
		}
		let json: unknown;
		try {
			json = await response.json();
		} catch (error) {
			if (signal?.aborted) throw error;
			// A proxy's HTML error page, or a connection cut mid-answer.
			json = undefined;
			if (response.ok) throw new SyncFailure('offline', 'the answer was cut');
		}
		if (response.ok) return json as T;
		const { error, reason } = (json ?? {}) as { error?: unknown; reason?: unknown };
		const detail = [response.status, error, reason].filter((part) => part !== undefined).join(' ');
		const kind = statusKinds.find(([test]) => test(response.status))?.[1] ?? 'refused';
		const retryAfter = Number(response.headers.get('retry-after')) || undefined;
		throw new SyncFailure(kind, detail, response.status, retryAfter);
	}

	const plan = (planId: string) => `/_passerelle/plans/${encodeURIComponent(planId)}`;
	const database = (planId: string) => `/plan-${encodeURIComponent(planId)}`;

	return {
		/** Who is logged in (null: nobody). */
		async sessionUser(): Promise<string | null> {
			const session = await request<{ userCtx?: { name?: unknown } }>('GET', '/_session');
			const name = session.userCtx?.name;
			return typeof name === 'string' && name !== '' ? name : null;
		},
		/** The plans shared with the logged-in account. */
		async listPlans(): Promise<{ planId: string; role: PlanRole; name: string }[]> {
			return (
				await request<{ plans: { planId: string; role: PlanRole; name: string }[] }>(
					'GET',
					'/_passerelle/plans'
				)
			).plans;
		},
		sharePlan: (planId: string, name: string) =>
			request<SharedPlan>('POST', '/_passerelle/plans', { planId, name }),
		getPlan: (planId: string) => request<SharedPlan>('GET', plan(planId)),
		deletePlan: (planId: string) => request<unknown>('DELETE', plan(planId)),
		invite: (planId: string, role: 'editor' | 'reader') =>
			request<Invite>('POST', `${plan(planId)}/invites`, { role }),
		join: (code: string) =>
			request<{ planId: string; role: PlanRole; name: string }>(
				'POST',
				`/_passerelle/invites/${encodeURIComponent(code)}`
			),
		setRole: (planId: string, member: string, role: PlanRole) =>
			request<SharedPlan>('PUT', `${plan(planId)}/members/${encodeURIComponent(member)}`, {
				role
			}),
		removeMember: (planId: string, member: string) =>
			request<unknown>('DELETE', `${plan(planId)}/members/${encodeURIComponent(member)}`),

		/** Changes after `since`; `wait` makes it a long poll (the server answers on a change). */
		changes(
			planId: string,
			since: string | number,
			options: { limit: number; waitMs?: number; signal?: AbortSignal }
		): Promise<{ results: Change[]; last_seq: string | number }> {
			const query = new URLSearchParams({
				since: String(since),
				include_docs: 'true',
				limit: String(options.limit)
			});
			if (options.waitMs !== undefined) {
				query.set('feed', 'longpoll');
				// No heartbeat: CouchDB then ignores the timeout and keeps the request open for good.
				query.set('timeout', String(options.waitMs));
			}
			return request('GET', `${database(planId)}/_changes?${query}`, undefined, options.signal);
		},
		/** The current documents of `ids` (null for deleted or unknown ones) and their revisions. */
		async currentDocs(
			planId: string,
			ids: string[]
		): Promise<{ id: string; rev?: string; deleted?: boolean; doc: PlanDoc | null }[]> {
			const answer = await request<{
				rows: { key: string; value?: { rev: string; deleted?: boolean }; doc?: PlanDoc | null }[];
			}>('POST', `${database(planId)}/_all_docs?include_docs=true`, { keys: ids });
			return answer.rows.map((row) => ({
				id: row.key,
				rev: row.value?.rev,
				deleted: row.value?.deleted,
				doc: row.doc ?? null
			}));
		},
		/** One revision of a document (a deletion's, to know who deleted it). */
		docAt: (planId: string, id: string, rev: string) =>
			request<PlanDoc>(
				'GET',
				`${database(planId)}/${encodeURIComponent(id)}?rev=${encodeURIComponent(rev)}`
			),
		bulkWrite: (planId: string, docs: PlanDoc[]) =>
			request<WriteResult[]>('POST', `${database(planId)}/_bulk_docs`, { docs })
	};
}

export type PlanServer = ReturnType<typeof createPlanServer>;
