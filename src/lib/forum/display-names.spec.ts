import { describe, expect, it } from 'vitest';
import { failureOf } from './account-http';
import { cleanDisplayName, displayNameOf, displayNameProblem } from './display-names';

describe('the name shown with a post', () => {
	const profiles = new Map([
		['camille', 'Camille · Jardins partagés'],
		['sacha', 'Sacha']
	]);

	it('is the author’s profile name, or the login name while no profile is on the device', () => {
		expect(displayNameOf('camille', profiles)).toBe('Camille · Jardins partagés');
		expect(displayNameOf('nouveau', profiles)).toBe('nouveau');
	});

	it('is this device’s own name for its own posts (written offline, or renamed here)', () => {
		const own = { name: 'sacha', displayName: 'Sacha · Amicale laïque' };
		expect(displayNameOf('sacha', profiles, own)).toBe('Sacha · Amicale laïque');
		expect(displayNameOf('sacha', new Map(), own)).toBe('Sacha · Amicale laïque');
		expect(displayNameOf('camille', profiles, own)).toBe('Camille · Jardins partagés');
	});
});

describe('a display name as typed', () => {
	it('is cleaned as the server stores it', () => {
		expect(cleanDisplayName('  Élise \t  Martin\n')).toBe('Élise Martin');
		// A decomposed « é » (e + combining accent) becomes the one character the server keeps.
		expect(cleanDisplayName('E\u0301lise')).toBe('\u00c9lise');
	});

	it('is refused before sending when too short, too long or with invisible characters', () => {
		expect(displayNameProblem(' A ')).toBe('length');
		expect(displayNameProblem('x'.repeat(81))).toBe('length');
		expect(displayNameProblem('Ca\u200bmille')).toBe('invisible');
		expect(displayNameProblem('Camille')).toBeUndefined();
	});
});

describe('an account call refused', () => {
	const refused = (status: number, error: string, reason = 'because') =>
		failureOf(status, { error, reason }).kind;

	it('is sorted by the server’s code: the display name’s rules, throttling, the rest', () => {
		expect(refused(409, 'display_name_taken')).toBe('displayNameTaken');
		expect(refused(403, 'display_name_reserved')).toBe('displayNameReserved');
		expect(refused(429, 'too_many_requests')).toBe('tooManyAttempts');
		expect(refused(502, 'unavailable')).toBe('serverUnavailable');
		expect(refused(400, 'bad_request', '')).toBe('serverUnavailable');
		expect(refused(400, 'bad_request', 'The name must be…')).toEqual({
			server: 'The name must be…'
		});
	});
});
