import { i18n } from '$lib/i18n/forum';
import { AccountFailure } from '../account-http';

/**
 * An account call's failure in words (the log-in and sign-up forms, the settings of one's own
 * account): never the browser's raw error or a bare status. `settings`: the settings' own words
 * when there is no connection.
 */
export function describeAccountError(
	error: unknown,
	where: 'logIn' | 'settings' = 'logIn'
): string {
	if (!(error instanceof AccountFailure)) return i18n.m.forum.unexpectedError;
	const kind = error.kind;
	if (typeof kind !== 'string') return i18n.m.forum.serverError(kind.server);
	if (kind === 'needsNetwork' && where === 'settings') return i18n.m.forum.settingsNeedsNetwork;
	return i18n.m.forum[kind];
}
