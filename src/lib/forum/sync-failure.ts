// What went wrong with the server, in terms a person can act on. Browsers and PouchDB report
// failures as « Failed to fetch », a TypeError, « HTTP 502 » or a JSON parse error of a proxy's
// HTML page: the UI never shows those. It shows the kind (a message in the user's language) and
// keeps the technical detail for the sync details on /compte.
import { statusOf } from './pouch-types';

export const failureKinds = ['offline', 'unreachable', 'server', 'session', 'refused'] as const;
export type FailureKind = (typeof failureKinds)[number];

export interface SyncFailure {
	kind: FailureKind;
	/** The technical detail (status, the server's reason, the browser's error). */
	detail: string;
}

/** A server answer that is not OK, with its status and the server's reason when it gave one. */
export class HttpFailure extends Error {
	constructor(
		readonly status: number,
		readonly reason: string
	) {
		super(`HTTP ${status}${reason ? `: ${reason}` : ''}`);
	}

	/** The failure of `response`, reading CouchDB's `{ error, reason }` body when there is one. */
	static async of(response: Response): Promise<HttpFailure> {
		const body = (await response.json().catch(() => ({}))) as { reason?: unknown; error?: unknown };
		const reason = [body.error, body.reason].filter((part) => typeof part === 'string').join(': ');
		return new HttpFailure(response.status, reason);
	}
}

/** Sorts a failure into what the user is told; `isOnline` is the browser's own view. */
export function classifyFailure(error: unknown, isOnline: boolean): SyncFailure {
	const status = statusOf(error);
	const detail = detailOf(error, status);
	if (!isOnline) return { kind: 'offline', detail };
	// No answer at all (network, timeout, a proxy's HTML error page) or a gateway that could not
	// reach the database: the server is out of reach, not broken.
	if (status === undefined || status === 0 || [502, 503, 504].includes(status)) {
		return { kind: 'unreachable', detail };
	}
	if (status === 401) return { kind: 'session', detail };
	if (status >= 500) return { kind: 'server', detail };
	return { kind: 'refused', detail };
}

function detailOf(error: unknown, status: number | undefined): string {
	let text: string;
	if (error instanceof HttpFailure) text = error.message;
	else if (error instanceof Error) text = `${error.name}: ${error.message}`;
	else if (error && typeof error === 'object') {
		const { reason, message, error: name } = error as Record<string, unknown>;
		text = [name, reason ?? message].filter((part) => typeof part === 'string').join(': ');
	} else text = String(error);
	return status !== undefined && !text.includes(String(status)) ? `${status} ${text}` : text;
}
