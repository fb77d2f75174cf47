import { describe, expect, it } from 'vitest';
import { PouchDB } from './node-pouchdb';
import { makeThread } from './post-factory';
import { loadDisplayNames } from './queries';
import { checkServerDoc } from './set-aside';

const profile = (name: string, displayName: string) => ({
	_id: `profile:${name}`,
	type: 'profile',
	name,
	displayName,
	updatedAt: '2026-12-01T10:00:00.000Z'
});

describe('profiles on the device', () => {
	it('give the display names of the authors asked for, and only valid ones', async () => {
		const db = new PouchDB(`names-${Math.random()}`);
		await db.bulkDocs([
			profile('camille', 'Camille · Jardins partagés'),
			profile('sacha', 'Sacha'),
			// Never shown: a profile whose id and name disagree, or with a field of its own.
			{ ...profile('mallory', 'Modération'), _id: 'profile:dominique' },
			{ ...profile('yannick', 'Yannick'), role: 'moderator' },
			// A post's own name is no profile.
			{ ...makeThread('eve'), authorName: 'Modération' }
		]);
		const names = await loadDisplayNames(db, ['camille', 'camille', 'dominique', 'yannick', 'eve']);
		expect([...names]).toEqual([['camille', 'Camille · Jardins partagés']]);
		expect((await loadDisplayNames(db, [])).size).toBe(0);
		await db.destroy();
	});

	it('are checked like the server’s rules before a sync writes them', () => {
		expect(checkServerDoc({ ...profile('camille', 'Camille'), _rev: '1-a' })).toBeUndefined();
		expect(checkServerDoc({ ...profile('camille', 'C') })?.reason).toBe('invalid');
		expect(checkServerDoc({ ...profile('camille', 'x'.repeat(81)) })?.reason).toBe('tooLarge');
		expect(checkServerDoc({ ...profile('camille', 'Camille'), _id: 'profile:eve' })).toMatchObject({
			reason: 'invalid',
			detail: expect.stringMatching(/^_id: /)
		});
		expect(checkServerDoc({ ...profile('camille', 'Camille'), bio: 'x' })?.reason).toBe(
			'unknownFields'
		);
	});
});
