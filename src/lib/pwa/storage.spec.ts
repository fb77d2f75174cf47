import { describe, expect, it } from 'vitest';
import { formatBytes } from './storage';

describe('formatBytes', () => {
	it('uses French units and decimal comma in French', () => {
		expect(formatBytes(1_234_567, 'fr')).toBe('1,2 Mo');
	});

	it('uses English units in English', () => {
		expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
	});

	it('keeps small sizes in bytes without decimals', () => {
		expect(formatBytes(512, 'en')).toBe('512 B');
	});
});
