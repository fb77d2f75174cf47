// Forum accounts are CouchDB users on the same origin: sign up writes `_users`, logging in gets
// a `_session` cookie that the browser sends with every /db request (the sync included).
import { z } from '$lib/schemas/zod';
import { AccountFailure, callAccountApi as call, failureOf, refusalOf } from './account-http';
import { cleanDisplayName } from './display-names';

export { AccountFailure, type AccountError } from './account-http';

export interface SessionUser {
	name: string;
	roles: string[];
}

const sessionSchema = z.object({
	userCtx: z.object({ name: z.string().nullable(), roles: z.array(z.string()) })
});

/** The failure a refused answer stands for (account-http.ts). */
async function failureFrom(response: Response): Promise<AccountFailure> {
	return failureOf(response.status, await refusalOf(response));
}

/** Who the server thinks is logged in (null name: nobody, or the cookie expired). */
export async function fetchSession(): Promise<SessionUser | null> {
	const response = await call('/_session');
	if (!response.ok) throw await failureFrom(response);
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
	if (!response.ok) throw await failureFrom(response);
	const session = await fetchSession();
	if (!session) throw new AccountFailure('badCredentials');
	return session;
}

/** Ends the session on the server (the cookie is cleared). */
export async function logOut(): Promise<void> {
	await call('/_session', { method: 'DELETE' }).catch(() => undefined);
}

/** Creates the account, then logs in. The display name is sent as the server stores it. */
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
			displayName: cleanDisplayName(input.displayName)
		})
	});
	if (!response.ok) {
		const refusal = await refusalOf(response);
		// 409 `conflict` is the login name; the display name's refusals have codes of their own.
		if (response.status === 409 && refusal.error === 'conflict') {
			throw new AccountFailure('nameTaken');
		}
		throw failureOf(response.status, refusal);
	}
	return logIn(input.name, input.password);
}

/** The display name saved in the user's own `_users` document (readable by that user only). */
export async function fetchDisplayName(name: string): Promise<string | undefined> {
	const response = await call(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`);
	if (!response.ok) return undefined;
	const body = (await response.json()) as { displayName?: unknown };
	return typeof body.displayName === 'string' ? body.displayName : undefined;
}
