// Runs in Node (the embedded backend), in front of express-pouchdb: fixes for its bugs.
import express from 'express';

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
