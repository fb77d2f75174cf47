import { i18n } from '$lib/i18n/forum';
import { AccountFailure } from '../account-http';

/**
 * An account call's failure in words (the log-in and sign-up forms, the settings of one's own
 * account): never the browser's raw error or a bare status. `needsNetwork`: the caller's own words
 * when there is no connection.
 */
export function describeAccountError(error: unknown, needsNetwork?: string): string {
	if (!(error instanceof AccountFailure)) return i18n.m.forum.unexpectedError;
	const kind = error.kind;
	if (typeof kind !== 'string') return i18n.m.forum.serverError(kind.server);
	if (kind === 'needsNetwork' && needsNetwork) return needsNetwork;
	return i18n.m.forum[kind];
}
