import type { planSharingFr } from '$lib/i18n/messages/plan-sharing.fr';
import type { PlanSyncStatus } from '../sync-status.svelte';

/** What the plan's header says of its sync, and what the user can do about it. */
export interface SyncLabel {
	text: string;
	tone: 'ok' | 'busy' | 'warn' | 'error';
	action?: 'login' | 'retry';
}

/**
 * The header's words for a sync status: « À jour », « N changements en attente », « Hors ligne »,
 * « Erreur : <reason> » — a reason in words, never the browser's « Failed to fetch ».
 */
export function syncLabel(status: PlanSyncStatus | undefined, m: typeof planSharingFr): SyncLabel {
	if (!status) return { text: m.syncing, tone: 'busy' };
	const waiting = status.pending > 0 ? m.pending(status.pending) : undefined;
	switch (status.state) {
		case 'offline':
			return { text: waiting ? `${m.offline} · ${waiting}` : m.offline, tone: 'warn' };
		case 'login':
			return {
				text: waiting ? `${m.loginToSync} · ${waiting}` : m.loginToSync,
				tone: 'warn',
				action: 'login'
			};
		case 'readonly':
			return { text: m.readOnly(status.pending), tone: 'warn' };
		case 'removed':
			return { text: m.error(m.reasons.gone), tone: 'error' };
		case 'error': {
			const kind = status.failure?.kind ?? 'server';
			return { text: m.error(m.reasons[kind]), tone: 'error', action: 'retry' };
		}
		case 'syncing':
			// Each exchange of a plan that was up to date says so, rather than flicker.
			if (waiting) return { text: waiting, tone: 'busy' };
			return status.syncedAt ? { text: m.upToDate, tone: 'ok' } : { text: m.syncing, tone: 'busy' };
		case 'synced':
			if (status.refused > 0) {
				return { text: m.error(m.reasons.refusedChanges(status.refused)), tone: 'error' };
			}
			return waiting ? { text: waiting, tone: 'busy' } : { text: m.upToDate, tone: 'ok' };
	}
}
