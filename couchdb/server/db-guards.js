// Runs in Node (embedded server), in front of express-pouchdb.
// express-pouchdb 4 crashes the whole process when a non-admin asks to create a database
// (`PUT /db/name`): its security wrapper returns a rejected promise where a database was
// expected. Creating and deleting databases is an admin act in CouchDB, so it is checked here,
// before express-pouchdb sees the request.
import express from 'express';

const systemPaths = /^\/_/;

/**
 * @param {{ isAdminRequest: (req: import('express').Request) => Promise<boolean> }} deps
 * @returns {import('express').RequestHandler}
 */
export function requireAdminForDatabaseLifecycle({ isAdminRequest }) {
	return (req, res, next) => {
		const isDatabasePath = /^\/[^/]+\/?$/.test(req.path) && !systemPaths.test(req.path);
		if (!isDatabasePath || (req.method !== 'PUT' && req.method !== 'DELETE')) return next();
		isAdminRequest(req).then(
			(isAdmin) => {
				if (isAdmin) return next();
				res.status(401).json({ error: 'unauthorized', reason: 'You are not a server admin.' });
			},
			(error) => next(error)
		);
	};
}

const userDocPath = /^\/_users\/(org\.couchdb\.user(?::|%3A)[^/]+)$/i;

/**
 * `_users` for non-admins. express-pouchdb 4 answers every non-admin read of `_users` with a 500
 * (its security wrapper has no database there), so this guard gives the behaviour of CouchDB 3
 * with `users_db_public = false`: anyone may sign up (`PUT` of a new user document, where
 * express-pouchdb's own checks refuse roles), a logged-in user may read and update their own
 * document, and nothing else is readable: not another user's document, not the list.
 * @param {{ sessionOf: (req: import('express').Request) => Promise<{ name: string | null,
 *   roles: string[] }>, readUserDoc: (id: string) => Promise<{ status: number, body: any }> }} deps
 * @returns {import('express').RequestHandler}
 */
export function guardUsersDatabase({ sessionOf, readUserDoc }) {
	return (req, res, next) => {
		if (!/^\/_users(\/|$)/.test(req.path)) return next();
		sessionOf(req).then(async (session) => {
			if (session.roles.includes('_admin')) return next();
			const match = userDocPath.exec(req.path);
			const id = match ? decodeURIComponent(match[1] ?? '') : '';
			const isOwn = Boolean(session.name) && id === `org.couchdb.user:${session.name}`;
			if (match && req.method === 'PUT') return next(); // sign-up or own update
			if (isOwn && req.method === 'GET') {
				const { status, body } = await readUserDoc(id);
				const safe = { ...body };
				for (const secret of ['derived_key', 'salt', 'password_scheme', 'iterations']) {
					delete safe[secret];
				}
				return res.status(status).json(safe);
			}
			const status = session.name ? 403 : 401;
			res.status(status).json({
				error: status === 403 ? 'forbidden' : 'unauthorized',
				reason: 'Only an account’s owner or an admin may read it.'
			});
		}, next);
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
