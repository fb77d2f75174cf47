// Runs in Node (the gateway and the embedded database). The underscore fields a CouchDB document
// may have (Apache CouchDB refuses any other as "Bad special document member"). Checked with a Set:
// PouchDB's own check reads a plain object, so `__proto__` passed it.
export const specialMembers = new Set([
	'_id',
	'_rev',
	'_attachments',
	'_deleted',
	'_revisions',
	'_revs_info',
	'_conflicts',
	'_deleted_conflicts',
	'_local_seq'
]);

/** The first underscore field of `doc` CouchDB would not take, or undefined. @param {object} doc */
export function badSpecialMember(doc) {
	return Object.keys(doc).find((key) => key.startsWith('_') && !specialMembers.has(key));
}
