import type { planSharingFr } from '$lib/i18n/messages/plan-sharing.fr';

/** The kind of a sharing failure (SyncFailure, read without loading the sync code). */
export function failureKind(error: unknown): string | undefined {
	const kind = (error as { kind?: unknown } | null)?.kind;
	return typeof kind === 'string' ? kind : undefined;
}

/** A failed sharing action in words: what happened and what to do, never a raw status. */
export function describeFailure(error: unknown, m: typeof planSharingFr): string {
	switch (failureKind(error)) {
		case 'offline':
			return m.needsNetwork;
		case 'session':
			return m.reasons.session;
		case 'forbidden':
		case 'gone':
			return m.error(m.reasons.gone);
		case 'busy':
			return m.error(m.reasons.busy);
		case 'server':
			return m.error(m.reasons.server);
		case 'refused':
			return m.error(m.reasons.refused);
		default:
			return m.unexpected;
	}
}
