// Invitation codes as people see and type them: 8 characters of Crockford's base 32, shown as
// XXXX-XXXX; typed with or without dash, in any case, O for 0 and I or L for 1 (the server
// normalises them the same way: couchdb/gateway/plan-sharing.js).

/** The join page's address for a code (what the QR code holds). */
export function inviteLink(origin: string, code: string): string {
	return `${origin}/plan/rejoindre?code=${encodeURIComponent(code)}`;
}

/** `7K3MQ9TX` → `7K3M-Q9TX`. */
export function showCode(code: string): string {
	return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** The code as typed, in its stored form, or undefined when it cannot be one. */
export function normaliseCode(typed: string): string | undefined {
	const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
	return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : undefined;
}
