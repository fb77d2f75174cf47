import { describe, expect, it } from 'vitest';
import { planSharingEn } from '$lib/i18n/messages/plan-sharing.en';
import { planSharingFr } from '$lib/i18n/messages/plan-sharing.fr';
import { syncLabel } from './sync-label';

const base = { pending: 0, refused: 0 };

describe('the plan header’s sync status', () => {
	it('says up to date, changes waiting, offline, in words', () => {
		expect(syncLabel({ ...base, state: 'synced' }, planSharingFr).text).toBe('À jour');
		expect(syncLabel({ ...base, state: 'synced', pending: 3 }, planSharingFr).text).toBe(
			'3 changements en attente'
		);
		expect(syncLabel({ ...base, state: 'offline', pending: 1 }, planSharingFr).text).toBe(
			'Hors ligne · 1 changement en attente'
		);
		expect(syncLabel({ ...base, state: 'synced' }, planSharingEn).text).toBe('Up to date');
		// A plan up to date stays so while it checks for news (no flicker every few seconds).
		expect(syncLabel({ ...base, state: 'syncing' }, planSharingFr).text).toBe('Synchronisation…');
		const checking = { ...base, state: 'syncing' as const, syncedAt: '2026-03-12T18:00:00.000Z' };
		expect(syncLabel(checking, planSharingFr).text).toBe('À jour');
	});

	it('gives a human reason for an error, never the browser’s, and what to do', () => {
		const failed = syncLabel(
			{
				...base,
				state: 'error',
				failure: { kind: 'busy', detail: '429 Too many', retryAfter: 60 }
			},
			planSharingFr
		);
		expect(failed).toEqual({
			text: 'Erreur : le serveur reçoit trop de demandes, nouvel essai dans un moment',
			tone: 'error',
			action: 'retry'
		});
		expect(failed.text).not.toMatch(/429|fetch/i);
		expect(
			syncLabel(
				{ ...base, state: 'login', failure: { kind: 'session', detail: '401' } },
				planSharingFr
			)
		).toMatchObject({ text: 'Connectez-vous pour synchroniser', action: 'login' });
		expect(syncLabel({ ...base, state: 'synced', refused: 2 }, planSharingFr).text).toMatch(
			/^Erreur : 2 changements refusés/
		);
	});
});
