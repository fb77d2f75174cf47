import { describe, expect, it } from 'vitest';
import { emptyProfile, toDraft, toProfile } from './profile-draft';

describe('profile draft', () => {
	it('gives the profile a valid draft describes, name trimmed and numbers parsed', async () => {
		const draft = { ...emptyProfile(), name: '  Les Amis du Jardin ', volunteers: ' 25 ' };
		expect(await toProfile(draft)).toEqual({
			ok: true,
			value: { name: 'Les Amis du Jardin', size: '', sector: '', volunteers: 25, employees: 0 }
		});
	});

	it('names the wrong field: empty name, a number that is not one', async () => {
		expect(await toProfile({ ...emptyProfile(), name: '   ' })).toEqual({
			ok: false,
			field: 'name'
		});
		const named = { ...emptyProfile(), name: 'Asso' };
		expect(await toProfile({ ...named, volunteers: '12 ans' })).toEqual({
			ok: false,
			field: 'volunteers'
		});
		expect(await toProfile({ ...named, employees: '-1' })).toEqual({
			ok: false,
			field: 'employees'
		});
		expect(await toProfile({ ...named, sector: 'x'.repeat(201) })).toEqual({
			ok: false,
			field: 'sector'
		});
	});

	it('round-trips a stored profile through the form', async () => {
		const profile = {
			name: 'Asso',
			size: 'employees-1-9' as const,
			sector: 'Culture',
			volunteers: 40,
			employees: 3
		};
		expect(await toProfile(toDraft(profile))).toEqual({ ok: true, value: profile });
	});
});
