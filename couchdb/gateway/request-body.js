// Runs in Node (the gateway). Reads a JSON request body with a hard size cap, before anything
// reaches the database. The gateway then forwards its own serialisation of what it checked, so
// the database can never read the bytes differently (duplicate keys: CVE-2017-12635).
import { HttpError } from './errors.js';

/**
 * @param {import('express').Request} req
 * @param {number} maxBytes
 * @returns {Promise<unknown>}
 */
export async function readJsonBody(req, maxBytes) {
	const type = String(req.headers['content-type'] ?? '')
		.split(';')[0]
		?.trim()
		.toLowerCase();
	if (type !== 'application/json') {
		// Also what stops a cross-site HTML form: it cannot send application/json.
		throw new HttpError(415, 'bad_content_type', 'Content-Type must be application/json.');
	}
	const declared = Number(req.headers['content-length']);
	if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
	const chunks = [];
	let size = 0;
	for await (const chunk of req) {
		size += chunk.length;
		if (size > maxBytes) {
			req.resume(); // drain without keeping it
			throw tooLarge(maxBytes);
		}
		chunks.push(chunk);
	}
	const text = Buffer.concat(chunks).toString('utf8');
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		// A syntax error, or nesting deep enough to exhaust the parser's stack.
		throw new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
	}
	// JSON.parse takes any depth, but JSON.stringify (forwarding) overflows the stack on deep
	// nesting: refused here as bad input, not met later as a server error.
	if (isDeeperThan(value, maxDepth)) {
		throw new HttpError(400, 'bad_request', `The request body is nested deeper than ${maxDepth}.`);
	}
	return value;
}

/** Far deeper than any document the app or PouchDB's replicator sends. */
const maxDepth = 64;

/** Walks without recursion, so no input can exhaust the stack. @param {unknown} value @param {number} max */
function isDeeperThan(value, max) {
	/** @type {[unknown, number][]} */
	const pending = [[value, 1]];
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [node, depth] = next;
		if (typeof node !== 'object' || node === null) continue;
		if (depth > max) return true;
		for (const child of Object.values(node)) pending.push([child, depth + 1]);
	}
	return false;
}

/** @param {number} maxBytes */
function tooLarge(maxBytes) {
	const kb = Math.round(maxBytes / 1024);
	return new HttpError(413, 'too_large', `The request body is larger than ${kb} kB.`);
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
export function isPlainObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
