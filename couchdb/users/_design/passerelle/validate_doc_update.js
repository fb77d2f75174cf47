// Runs on the server (CouchDB's JavaScript query server, or the embedded server's validation
// plug-in) for every write to `_users`, beside CouchDB's own rules. The gateway already checks
// sign-ups and account updates; these rules hold even for a request that would bypass it:
// roles come from an admin only, reserved names are never created, and an update never drops the
// stored password hash (CouchDB would save the account without one and lock its owner out).
// Plain ES5: CouchDB's engines vary. The reserved names match couchdb/gateway/accounts.js
// (users-rules.spec.ts checks it).
export default function (newDoc, oldDoc, userCtx) {
	var RESERVED = [
		'admin',
		'administrateur',
		'administrator',
		'root',
		'moderator',
		'moderateur',
		'moderation',
		'passerelle',
		'system',
		'systeme',
		'support',
		'couchdb',
		'security',
		'securite',
		'postmaster',
		'webmaster',
		'hostmaster',
		'abuse',
		'noreply',
		'no-reply'
	];
	if (newDoc._id.indexOf('_design/') === 0) return;
	var isAdmin = (userCtx.roles || []).indexOf('_admin') !== -1;
	var isUpdate = oldDoc && !oldDoc._deleted;

	function sameRoles(a, b) {
		if (!a || !b || a.length !== b.length) return false;
		var x = a.slice().sort();
		var y = b.slice().sort();
		for (var i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
		return true;
	}

	if (newDoc._deleted) return;
	if (!isAdmin) {
		if (isUpdate && !sameRoles(newDoc.roles, oldDoc.roles)) {
			throw { forbidden: 'Only an administrator may change roles.' };
		}
		if (!isUpdate && newDoc.roles && newDoc.roles.length > 0) {
			throw { forbidden: 'Only an administrator may give roles.' };
		}
	}
	if (!isUpdate && RESERVED.indexOf(newDoc.name) !== -1) {
		throw { forbidden: 'This name is reserved.' };
	}
	if (isUpdate && oldDoc.derived_key && !newDoc.derived_key && !newDoc.password) {
		throw { forbidden: 'An account update must keep its password.' };
	}
}
