// Runs in Node (the gateway). Query parameters the app (and PouchDB's replicator) send, each
// with the values it may take. An unknown parameter or a value out of bounds is refused, so
// nothing the app does not use (a `filter` function name, an `_find` selector, a huge `limit`)
// reaches the database.
import { HttpError } from '../http/errors.js';

/** @typedef {(value: string) => boolean} Check */

/** @type {Check} */
export const bool = (value) => value === 'true' || value === 'false';

/** @param {number} min @param {number} max @returns {Check} */
export const int = (min, max) => (value) =>
	/^\d{1,12}$/.test(value) && Number(value) >= min && Number(value) <= max;

/** @param {...string} values @returns {Check} */
export const oneOf =
	(...values) =>
	(value) =>
		values.includes(value);

/** A JSON-encoded key of `_all_docs` (a document id). @type {Check} */
export const jsonKey = (value) => {
	if (value.length > 1_000) return false;
	try {
		return typeof JSON.parse(value) === 'string';
	} catch {
		return false;
	}
};

/** A revision: `<generation>-<hash>`. @type {Check} */
export const rev = (value) => /^\d{1,9}-[0-9a-f]{1,64}$/.test(value);

/** `open_revs`: `all`, or a JSON list of revisions. @type {Check} */
export const openRevs = (value) => {
	if (value === 'all') return true;
	if (value.length > 20_000) return false;
	try {
		const list = JSON.parse(value);
		return Array.isArray(list) && list.length <= 200 && list.every((r) => rev(String(r)));
	} catch {
		return false;
	}
};

/** A changes sequence: `now`, a number (PouchDB, express-pouchdb) or CouchDB 3's opaque string. */
/** @type {Check} */
export const since = (value) =>
	value === 'now' || /^\d{1,15}$/.test(value) || /^\d{1,15}-[A-Za-z0-9_-]{1,4000}$/.test(value);

/**
 * The query of an allowed request, checked against `rules`; returns it re-encoded.
 * @param {URLSearchParams} params
 * @param {Record<string, Check>} rules
 */
export function checkQuery(params, rules) {
	const seen = new Set();
	const checked = new URLSearchParams();
	for (const [key, value] of params) {
		if (seen.has(key)) throw badQuery(`The parameter "${short(key)}" is given twice.`);
		seen.add(key);
		// A name like `constructor` or `__proto__` must not find an inherited property.
		const check = Object.hasOwn(rules, key) ? rules[key] : undefined;
		if (!check) throw badQuery(`The parameter "${short(key)}" is not accepted here.`);
		if (!check(value)) throw badQuery(`The value of "${short(key)}" is not accepted.`);
		checked.append(key, value);
	}
	return checked.toString();
}

/** @param {string} text */
const short = (text) => text.slice(0, 40).replace(/[^\w.-]/g, '?');

/** @param {string} reason */
const badQuery = (reason) => new HttpError(400, 'bad_request', reason);
