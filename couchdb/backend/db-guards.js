// Runs in Node (the embedded backend), in front of express-pouchdb: fixes for its bugs.
import { createRequire } from 'node:module';
import express from 'express';

const require = createRequire(import.meta.url);
/** express-pouchdb's own helpers, so the database named is the one it serves. */
const cleanFilename = require('express-pouchdb/lib/clean-filename');
const { getOrCreateDB } = require('express-pouchdb/lib/create-or-delete-dbs');

/**
 * express-pouchdb 4 crashes the whole process when a non-admin asks to create a database
 * (`PUT /db/name`): its security wrapper returns a rejected promise where a database was
 * expected. Creating and deleting databases is an admin act in CouchDB, so it is checked here,
 * before express-pouchdb sees the request.
 * @param {{ isAdmin: (req: import('express').Request) => boolean }} deps
 * @returns {import('express').RequestHandler}
 */
export function requireAdminForDatabaseLifecycle({ isAdmin }) {
	return (req, res, next) => {
		const isDatabasePath = /^\/[^/]+\/?$/.test(req.path);
		if (!isDatabasePath || (req.method !== 'PUT' && req.method !== 'DELETE')) return next();
		if (isAdmin(req)) return next();
		res.status(401).json({ error: 'unauthorized', reason: 'You are not a server admin.' });
	};
}

/**
 * express-pouchdb makes a user a server admin for any request to their own `_users` document
 * (its routes/documents.js), so the `_users` rules would let them give themselves a role. The
 * gateway writes every account as the admin; anyone else's write to `_users` is refused here, as
 * Apache CouchDB 3 refuses it (only admins are members of its `_users`).
 * @param {{ isAdmin: (req: import('express').Request) => boolean }} deps
 * @returns {import('express').RequestHandler}
 */
export function requireAdminForAccountWrites({ isAdmin }) {
	return (req, res, next) => {
		if (req.method === 'GET' || req.method === 'HEAD' || isAdmin(req)) return next();
		let database;
		try {
			database = decodeURIComponent(req.path.split('/')[1] ?? '');
		} catch {
			database = '';
		}
		if (database !== '_users') return next();
		res.status(403).json({ error: 'forbidden', reason: 'Only the server admin writes accounts.' });
	};
}

/**
 * Replicated edits (`_bulk_docs` with `new_edits: false`) must keep the revision history they
 * carry. express-pouchdb's validation plug-in (pouchdb-validation 4) overwrites each incoming
 * document's `_revisions` with the stored document's before writing, so an edited post arrives
 * with its old history, is taken for a revision the server already has, and is silently dropped:
 * `201 []`, nothing stored. CouchDB keeps the history; so does this guard, by parsing the body
 * first and making `_revisions` ignore that assignment.
 * @param {{ limit: string }} options body size limit
 * @returns {import('express').RequestHandler}
 */
export function keepReplicatedRevisionHistory({ limit }) {
	const parseJson = express.json({ limit });
	return (req, res, next) => {
		if (req.method !== 'POST' || !/^\/[^/_][^/]*\/_bulk_docs$/.test(req.path)) return next();
		parseJson(req, res, (error) => {
			if (error) return next(error);
			const docs = req.body?.docs;
			if (req.body?.new_edits === false && Array.isArray(docs)) {
				for (const doc of docs) {
					if (!doc || typeof doc !== 'object' || !doc._revisions) continue;
					const history = doc._revisions;
					Object.defineProperty(doc, '_revisions', {
						enumerable: true,
						configurable: true,
						get: () => history,
						set: () => {}
					});
				}
			}
			next();
		});
	};
}

/**
 * express-pouchdb 4 answers `POST /<db>/_bulk_docs` before it reads the database's `_security`
 * (its routes/bulk-docs is registered before routes/security), so `validate_doc_update` gets an
 * empty security object for bulk writes and the real one for a single `PUT`. A shared plan's rules
 * read its members' roles there, so they refused every bulk write. CouchDB passes it to both; this
 * reads it first for bulk writes, from express-pouchdb's own cached database.
 * @param {{ PouchDB: any }} deps the PouchDB constructor express-pouchdb serves
 * @returns {import('express').RequestHandler}
 */
export function passSecurityToBulkWrites({ PouchDB }) {
	return (req, res, next) => {
		const match = req.method === 'POST' ? /^\/([^/_][^/]*)\/_bulk_docs$/.exec(req.path) : null;
		if (!match) return next();
		let name;
		try {
			name = cleanFilename(decodeURIComponent(match[1] ?? ''));
		} catch {
			return next();
		}
		/** @type {Promise<string[]>} */ (PouchDB.allDbs())
			.then(async (names) => {
				// An unknown database is express-pouchdb's to refuse (opening it would create it).
				if (!names.includes(name)) return;
				const db = await getOrCreateDB(PouchDB, name);
				const doc = await db.get('_local/_security').catch(() => ({ security: {} }));
				// The field express-pouchdb's routes read the security object from.
				/** @type {any} */ (req).couchSecurityObj = doc.security ?? {};
			})
			.then(() => next(), next);
	};
}
