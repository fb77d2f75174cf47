// Runs in Node (the embedded backend). express-pouchdb hashes a `_users` password with
// PBKDF2-SHA1 and 10 iterations; here every `password` written to `_users`, by the gateway or by
// the admin (provisioning, demo accounts), is hashed first with PBKDF2-SHA256 in Apache CouchDB
// 3.4's format, so express-pouchdb finds no `password` left to hash.
import express from 'express';
import { hashPassword } from '../gateway/passwords.js';

/**
 * @param {{ iterations: number }} options
 * @returns {import('express').RequestHandler}
 */
export function hashUserPasswords({ iterations }) {
	const parseJson = express.json({ limit: '1mb' });
	return (req, res, next) => {
		if (!/^\/_users(\/|$)/.test(req.path) || (req.method !== 'PUT' && req.method !== 'POST')) {
			return next();
		}
		parseJson(req, res, (error) => {
			if (error) return next(error);
			const docs = Array.isArray(req.body?.docs) ? req.body.docs : [req.body];
			Promise.all(docs.map((/** @type {unknown} */ doc) => hashInPlace(doc, iterations))).then(
				() => next(),
				next
			);
		});
	};
}

/** @param {unknown} doc @param {number} iterations */
async function hashInPlace(doc, iterations) {
	if (!doc || typeof doc !== 'object') return;
	const record = /** @type {Record<string, unknown>} */ (doc);
	if (typeof record.password !== 'string') return;
	const hashed = await hashPassword(record.password, iterations);
	delete record.password;
	Object.assign(record, hashed);
}
