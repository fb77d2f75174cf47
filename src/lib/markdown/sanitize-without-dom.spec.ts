import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize';

// In Node without jsdom, DOMPurify would return its input unchanged: the sanitiser refuses instead.
describe('sanitizeHtml without a DOM', () => {
	it('throws rather than pass HTML through unsanitised', () => {
		expect(() => sanitizeHtml('<img src=x onerror=alert(1)>')).toThrow(/needs a DOM/);
	});
});
