// Runs on the server (CouchDB's JavaScript query server, or the embedded database's validation
// plug-in) for every write to a shared plan's database (`plan-<id>`), replicated ones included.
// Who: the plan's owner and editors (from `_security.passerelle.roles`, which only the gateway
// sets); readers and strangers cannot write. What: each document is one record of the plan, in
// the shape src/lib/plan/sync/plan-docs.ts gives it, mirroring src/lib/schemas/plan.ts
// (plan-rules.spec.ts checks that both accept and refuse the same documents). Plain ES5.
export default function (newDoc, oldDoc, userCtx, secObj) {
	if (newDoc._id.indexOf('_design/') === 0) return;
	function forbid(message) {
		throw { forbidden: message };
	}
	var sharing = (secObj && secObj.passerelle) || {};
	var roles = sharing.roles || {};
	var isAdmin = (userCtx.roles || []).indexOf('_admin') !== -1;
	if (!userCtx.name && !isAdmin) throw { unauthorized: 'log in to change this plan' };
	var role = roles[userCtx.name];
	if (!isAdmin && role !== 'owner' && role !== 'editor') {
		forbid('only the plan’s owner and editors may change it');
	}
	if (newDoc._deleted) return;

	var KINDS = ['plan', 'step', 'item', 'tool', 'change', 'meeting'];
	var kind = newDoc.kind;
	if (KINDS.indexOf(kind) === -1) forbid('unknown kind of record');
	if (
		newDoc._id !==
		(kind === 'plan' ? 'plan' : kind + ':' + (kind === 'step' ? newDoc.stepId : newDoc.id))
	) {
		forbid('the id must be "<kind>:<record id>"');
	}
	var planId = kind === 'plan' ? newDoc.id : newDoc.planId;
	if (planId !== sharing.planId) forbid('this record belongs to another plan');
	if (!isAdmin && newDoc.editedBy !== userCtx.name) forbid('editedBy must be the logged-in user');
	if (oldDoc && !oldDoc._deleted && oldDoc.kind !== kind)
		forbid('the kind of a record cannot change');
	if (typeof newDoc.editedAt !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(newDoc.editedAt)) {
		forbid('editedAt must be an ISO date');
	}
}
