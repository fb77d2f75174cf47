// Runs in Node (the gateway). Password hashes in the format of Apache CouchDB 3.4's `_users`
// documents: `password_scheme: "pbkdf2"`, `pbkdf2_prf: "sha256"`, `iterations`, a hex `salt` and a
// hex `derived_key`. Older documents (express-pouchdb's PBKDF2-SHA1 with 10 iterations, no
// `pbkdf2_prf`) are still verified, so existing accounts can log in once and be upgraded.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(pbkdf2);

/** Iterations for new hashes (PASSWORD_ITERATIONS overrides; README "Security" says why). */
export const defaultIterations = 300_000;

/** CouchDB's names for the PBKDF2 pseudo-random functions, and the key length each derives. */
const prfs = /** @type {const} */ ({
	sha: { digest: 'sha1', keyLength: 20 },
	sha256: { digest: 'sha256', keyLength: 32 }
});

/**
 * @typedef {{ password_scheme: 'pbkdf2', pbkdf2_prf: 'sha256', iterations: number, salt: string,
 *   derived_key: string }} PasswordFields
 */

/**
 * Hashes a password (asynchronously, on libuv's thread pool: the event loop keeps serving).
 * @param {string} password
 * @param {number} [iterations]
 * @returns {Promise<PasswordFields>}
 */
export async function hashPassword(password, iterations = defaultIterations) {
	const salt = randomBytes(16).toString('hex');
	const key = await derive(password, salt, iterations, prfs.sha256.keyLength, 'sha256');
	return {
		password_scheme: 'pbkdf2',
		pbkdf2_prf: 'sha256',
		iterations,
		salt,
		derived_key: key.toString('hex')
	};
}

/**
 * Whether `password` matches the hash stored in a `_users` document.
 * @param {string} password
 * @param {Record<string, unknown>} doc
 */
export async function verifyPassword(password, doc) {
	const prf = prfs[doc.pbkdf2_prf === 'sha256' ? 'sha256' : 'sha'];
	if (doc.pbkdf2_prf !== undefined && doc.pbkdf2_prf !== 'sha256' && doc.pbkdf2_prf !== 'sha') {
		return false;
	}
	const { salt, derived_key: stored, iterations } = doc;
	if (doc.password_scheme !== 'pbkdf2' || typeof salt !== 'string') return false;
	if (typeof stored !== 'string' || !/^[0-9a-f]+$/i.test(stored)) return false;
	if (!Number.isInteger(iterations) || Number(iterations) < 1 || Number(iterations) > 10_000_000) {
		return false;
	}
	const key = await derive(password, salt, Number(iterations), prf.keyLength, prf.digest);
	const expected = Buffer.from(stored, 'hex');
	return expected.length === key.length && timingSafeEqual(expected, key);
}

/**
 * Whether a stored hash is weaker than what this server writes today (re-hashed at the next
 * successful log-in, the only moment the password is known).
 * @param {Record<string, unknown>} doc
 * @param {number} [iterations]
 */
export function needsRehash(doc, iterations = defaultIterations) {
	return doc.pbkdf2_prf !== 'sha256' || Number(doc.iterations) < iterations;
}

/** Spends the time a real check would, so a wrong name answers as slowly as a wrong password. */
export async function spendHashTime(iterations = defaultIterations) {
	await derive('', 'passerelle', iterations, prfs.sha256.keyLength, 'sha256');
}
