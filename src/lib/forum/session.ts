// Forum accounts are CouchDB users on the same origin: sign up writes `_users`, logging in gets
// a `_session` cookie that the browser sends with every /db request (the sync included).
import { z } from '$lib/schemas/zod';
import { connectivity } from '$lib/browser/connectivity.svelte';

export interface SessionUser {
	name: string;
	roles: string[];
}

/** What went wrong, for a message in words: never the browser's raw error or a bare status. */
export type AccountError =
	'badCredentials' | 'nameTaken' | 'needsNetwork' | 'serverUnavailable' | { server: string };

const sessionSchema = z.object({
	userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) })
});

export class AccountFailure extends Error {
	constructor(readonly kind: AccountError) {
		super(typeof kind === 'string' ? kind : kind.server);
	}
}

async function call(path: string, init: RequestInit = {}): Promise<Response> {
	try {
		// Through connectivity: a log-in that cannot reach the server also tells the indicator.
		return await connectivity.fetch(`/db${path}`, {
			credentials: 'same-origin',
			...init,
			headers: { accept: 'application/json', 'content-type': 'application/json', ...init.headers }
		});
	} catch {
		throw new AccountFailure('needsNetwork');
	}
}

/** A refusal with the server's reason; a server error or an answer with none is "unavailable". */
async function failureOf(response: Response): Promise<AccountFailure> {
	const body = (await response.json().catch(() => ({}))) as { reason?: unknown };
	const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
	if (response.status >= 500 || !reason) return new AccountFailure('serverUnavailable');
	return new AccountFailure({ server: reason });
}

/** Who the server thinks is logged in (null name: nobody, or the cookie expired). */
export async function fetchSession(): Promise<SessionUser | null> {
	const response = await call('/_session');
	if (!response.ok) throw await failureOf(response);
	const parsed = sessionSchema.safeParse(await response.json().catch(() => undefined));
	if (!parsed.success) throw new AccountFailure('serverUnavailable');
	const { name, roles } = parsed.data.userCtx;
	return name ? { name, roles } : null;
}

/** Logs in; the session cookie is set by the server. */
export async function logIn(name: string, password: string): Promise<SessionUser> {
	const response = await call('/_session', {
		method: 'POST',
		body: JSON.stringify({ name, password })
	});
	if (response.status === 401) throw new AccountFailure('badCredentials');
	if (!response.ok) throw await failureOf(response);
	const session = await fetchSession();
	if (!session) throw new AccountFailure('badCredentials');
	return session;
}

/** Ends the session on the server (the cookie is cleared). */
export async function logOut(): Promise<void> {
	await call('/_session', { method: 'DELETE' }).catch(() => undefined);
}

/** Creates the account, then logs in. */
export async function signUp(input: {
	name: string;
	displayName: string;
	password: string;
}): Promise<SessionUser> {
	const id = `org.couchdb.user:${input.name}`;
	const response = await call(`/_users/${encodeURIComponent(id)}`, {
		method: 'PUT',
		body: JSON.stringify({
			_id: id,
			type: 'user',
			name: input.name,
			password: input.password,
			roles: [],
			displayName: input.displayName
		})
	});
	if (response.status === 409) throw new AccountFailure('nameTaken');
	if (!response.ok) throw await failureOf(response);
	return logIn(input.name, input.password);
}

/** The display name saved in the user's own `_users` document (readable by that user only). */
export async function fetchDisplayName(name: string): Promise<string | undefined> {
	const response = await call(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`);
	if (!response.ok) return undefined;
	const body = (await response.json()) as { displayName?: unknown };
	return typeof body.displayName === 'string' ? body.displayName : undefined;
}
