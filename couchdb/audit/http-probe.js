// Runs in Node (the server audit). Raw HTTP as an attacker or a visitor would send it: any method,
// any body, any header, and the answer read in full (status, headers, text, JSON when it is).

/**
 * @typedef {{ status: number, headers: Headers, text: string, json: any, setCookies: string[] }} Answer
 * @typedef {{ body?: unknown, raw?: string, headers?: Record<string, string>,
 *   cookie?: string }} Options
 */

/** @param {string} base the site's origin, e.g. https://passerelle.example */
export function createProbe(base) {
	const origin = base.replace(/\/$/, '');
	/**
	 * @param {string} method @param {string} path from the origin (`/db/...`)
	 * @param {Options} [options]
	 * @returns {Promise<Answer>}
	 */
	async function send(method, path, { body, raw, headers = {}, cookie } = {}) {
		const response = await fetch(`${origin}${path}`, {
			method,
			redirect: 'manual',
			headers: {
				accept: 'application/json',
				...(body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(cookie ? { cookie } : {}),
				...headers
			},
			body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
			signal: AbortSignal.timeout(60_000)
		});
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return {
			status: response.status,
			headers: response.headers,
			text,
			json,
			setCookies: response.headers.getSetCookie()
		};
	}
	return { origin, send };
}

/** The `name=value` of a session cookie among `Set-Cookie` values. @param {string[]} setCookies */
export function sessionCookie(setCookies) {
	const found = setCookies.find((value) => /^AuthSession=[^;]+/.test(value));
	return found?.split(';')[0];
}
