// Runs on the server (CouchDB's JavaScript query server, or the embedded server's validation
// plug-in) for every write to the forum database. Reading is public (empty members in
// _security); this function is what stops anonymous and forged writes.
export default function (newDoc, oldDoc, userCtx) {
	var isAdmin = userCtx.roles.indexOf('_admin') !== -1;
	if (!userCtx.name) {
		throw { unauthorized: 'Connectez-vous pour écrire sur le forum. / Log in to write.' };
	}
	if (isAdmin) return;
	if (!newDoc._deleted && newDoc.author !== userCtx.name) {
		throw { forbidden: 'author must be the logged-in user' };
	}
	if (oldDoc && oldDoc.author !== userCtx.name && userCtx.roles.indexOf('moderator') === -1) {
		throw { forbidden: 'only the author or a moderator may change this post' };
	}
}
