import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine } from './ics';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('.ics export', () => {
	it('escapes backslashes, semicolons, commas and newlines', () => {
		expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
	});

	it('folds long lines at 75 octets without splitting characters', () => {
		const line = `SUMMARY:${'é'.repeat(100)}`;
		const folded = foldLine(line);
		const parts = folded.split('\r\n');
		expect(parts.length).toBeGreaterThan(1);
		for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
		expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
	});

	it('writes all-day events with CRLF line ends', () => {
		const text = buildIcs(
			'Plan, 2026',
			[
				{
					uid: 'step-strategy@plan-1',
					day: '2026-12-31',
					summary: 'Stratégie; vote',
					description: 'Bureau'
				}
			],
			new Date('2026-03-12T10:00:00.000Z')
		);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('X-WR-CALNAME:Plan\\, 2026');
		expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
		expect(lines).toContain('DTEND;VALUE=DATE:20270101');
		expect(lines).toContain('SUMMARY:Stratégie\\; vote');
		expect(lines).toContain('DTSTAMP:20260312T100000Z');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
	});
});
