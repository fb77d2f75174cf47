// Runs in Node (embedded server), in front of express-pouchdb.
// express-pouchdb 4 crashes the whole process when a non-admin asks to create a database
// (`PUT /db/name`): its security wrapper returns a rejected promise where a database was
// expected. Creating and deleting databases is an admin act in CouchDB, so it is checked here,
// before express-pouchdb sees the request.

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
