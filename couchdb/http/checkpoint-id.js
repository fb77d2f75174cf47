// Runs in Node (the gateway and the embedded database). The one shape of `_local` document a
// client may write: a replication checkpoint as PouchDB names it (`_local/` + the MD5 of the
// replication's parameters in base64, `/` and `+` made URL-safe as `.` and `_`). No other
// `_local` id is anybody's but the admin's: an engine's own records (`_security` in
// express-pouchdb, PouchDB's `mrviews`, `compaction`…) never match it.

/** PouchDB's checkpoint id after `_local/`: 22 characters, then `==`. */
export const checkpointIdPattern = /^[A-Za-z0-9._]{22}==$/;

/** @param {unknown} id the part after `_local/` */
export const isCheckpointId = (id) => typeof id === 'string' && checkpointIdPattern.test(id);
