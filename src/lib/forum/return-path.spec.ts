import { describe, expect, it } from 'vitest';
import { loginPath, returnPathOf } from './return-path';

describe('return path after logging in', () => {
	const back = (retour: string) =>
		returnPathOf(new URL(`https://app.test/forum/connexion?retour=${encodeURIComponent(retour)}`));

	it('comes back to the page the log-in started from, with its query', () => {
		expect(back('/prestataires?region=bretagne')).toBe('/prestataires?region=bretagne');
		expect(returnPathOf(new URL(`https://app.test${loginPath('/plan/a1')}`))).toBe('/plan/a1');
		expect(returnPathOf(new URL('https://app.test/forum/connexion'))).toBe('/forum');
	});

	it('never leads to another site', () => {
		for (const retour of ['//evil.test', '/\\evil.test', 'https://evil.test', 'javascript:x']) {
			expect(back(retour)).toBe('/forum');
		}
	});
});
