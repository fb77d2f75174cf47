// The account calls' plumbing, shared by the log-in and sign-up (session.ts) and the settings of
// one's own account (own-account.ts): requests to /db through connectivity, and the server's
// answers sorted into what went wrong, in words the forms can show. No zod here: the settings page
// (/compte) loads this, and zod would cost it ~28 kB.
import { connectivity } from '$lib/browser/connectivity.svelte';

/** What went wrong, for a message in words: never the browser's raw error or a bare status. */
export type AccountError =
	| 'badCredentials'
	| 'nameTaken'
	| 'displayNameInvalid'
	| 'displayNameInvisible'
	| 'passwordInvalid'
	| 'displayNameTaken'
	| 'displayNameReserved'
	| 'wrongPassword'
	| 'tooManyAttempts'
	| 'sessionEnded'
	| 'needsNetwork'
	| 'serverUnavailable'
	| { server: string };

export class AccountFailure extends Error {
	constructor(readonly kind: AccountError) {
		super(typeof kind === 'string' ? kind : kind.server);
	}
}

/** A request to the server's CouchDB API (`/db…`); no answer at all is `needsNetwork`. */
export async function callAccountApi(path: string, init: RequestInit = {}): Promise<Response> {
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

/** The error code and reason of a refusal (`{ error, reason }`), empty when there are none. */
export async function refusalOf(response: Response): Promise<{ error: string; reason: string }> {
	const body = (await response.json().catch(() => ({}))) as { error?: unknown; reason?: unknown };
	return {
		error: typeof body.error === 'string' ? body.error : '',
		reason: typeof body.reason === 'string' ? body.reason.trim() : ''
	};
}

/**
 * The failure a refusal stands for: the display-name rules and the throttling by their codes,
 * another refusal with the server's reason; a server error, or an answer with no reason, is
 * "unavailable".
 */
export function failureOf(
	status: number,
	refusal: { error: string; reason: string }
): AccountFailure {
	if (refusal.error === 'display_name_taken') return new AccountFailure('displayNameTaken');
	if (refusal.error === 'display_name_reserved') return new AccountFailure('displayNameReserved');
	if (status === 429) return new AccountFailure('tooManyAttempts');
	if (status >= 500 || !refusal.reason) return new AccountFailure('serverUnavailable');
	return new AccountFailure({ server: refusal.reason });
}
