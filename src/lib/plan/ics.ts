// An iCalendar file (RFC 5545) of a plan's target dates: all-day events, text escaped, lines
// ended by CRLF and folded at 75 octets, so any calendar app imports it.

export interface CalendarEvent {
	/** Stable across exports, so re-importing updates events instead of duplicating them. */
	uid: string;
	/** `YYYY-MM-DD`. */
	day: string;
	summary: string;
	description?: string;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// Continuation lines start with a space, which counts in their 75 octets.
		const limit = parts.length === 0 ? 75 : 74;
		if (bytes + size > limit) {
			parts.push(current);
			current = '';
			bytes = 0;
		}
		current += char;
		bytes += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

function basicDate(day: string): string {
	return day.replace(/-/g, '');
}

function nextDay(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

function stamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** The text of an .ics file holding `events`. */
export function buildIcs(
	calendarName: string,
	events: readonly CalendarEvent[],
	now: Date
): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Passerelle//Plan de transition//FR',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${escapeText(calendarName)}`
	];
	for (const event of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${event.uid}`,
			`DTSTAMP:${stamp(now)}`,
			`DTSTART;VALUE=DATE:${basicDate(event.day)}`,
			`DTEND;VALUE=DATE:${basicDate(nextDay(event.day))}`,
			`SUMMARY:${escapeText(event.summary)}`
		);
		if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
		lines.push('END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join('\r\n') + '\r\n';
}
