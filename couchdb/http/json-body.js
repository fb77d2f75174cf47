// Runs in Node (the gateway and the embedded database's loopback listener). Reads a JSON request
// body with hard bounds before anything acts on it: its length, and what it becomes once parsed
// (its nesting depth and its number of values: a 1 MB body of `[[],[],…]` is 500,000 arrays).
// The gateway then forwards its own serialisation of what it checked, so the database can never
// read the bytes differently (duplicate keys: CVE-2017-12635).
import { HttpError } from './errors.js';

/** Far deeper than any document the app or PouchDB's replicator sends. */
export const maxDepth = 64;
/**
 * Values (objects, arrays, strings, numbers…) in one body. The largest legitimate body, an outbox
 * batch of 100 posts or 200 plan records, holds a few thousand.
 */
export const maxValues = 100_000;

/**
 * @param {import('node:http').IncomingMessage} req
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
	return parseBoundedJson(Buffer.concat(chunks).toString('utf8'));
}

/**
 * JSON.parse, then the parsed value's shape bounded (depth and number of values).
 * @param {string} text
 */
export function parseBoundedJson(text) {
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		// A syntax error, or nesting deep enough to exhaust the parser's stack.
		throw new HttpError(400, 'bad_request', 'The request body is not valid JSON.');
	}
	const shape = measure(value);
	// JSON.parse takes any depth, but JSON.stringify (forwarding) overflows the stack on deep
	// nesting: refused here as bad input, not met later as a server error.
	if (shape.depth > maxDepth) {
		throw new HttpError(400, 'bad_request', `The request body is nested deeper than ${maxDepth}.`);
	}
	if (shape.values > maxValues) {
		throw new HttpError(413, 'too_large', `The request body holds more than ${maxValues} values.`);
	}
	return value;
}

/**
 * Depth and number of values, walked without recursion (no input can exhaust the stack); stops
 * counting once either bound is passed.
 * @param {unknown} value
 */
function measure(value) {
	/** @type {[unknown, number][]} */
	const pending = [[value, 1]];
	let values = 0;
	let depth = 0;
	for (let next = pending.pop(); next; next = pending.pop()) {
		const [node, level] = next;
		values++;
		if (values > maxValues) break;
		if (typeof node !== 'object' || node === null) continue;
		if (level > depth) depth = level;
		if (depth > maxDepth) break;
		for (const child of Object.values(node)) pending.push([child, level + 1]);
	}
	return { depth, values };
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
