// Runs in Node (the embedded database). Every write to a database: validated as Apache CouchDB
// validates it (design documents' `validate_doc_update`, with the stored document CouchDB would
// pass), then stored by PouchDB, one batch at a time per database (CouchDB's updater is one
// process per database too: a rule checked against a document is never raced by another write).
// Answers in CouchDB's shapes, which PouchDB's replicator and the app's outbox read.
import { HttpError } from '../http/errors.js';
import { badSpecialMember } from '../http/special-members.js';
import { isDatabaseAdmin } from './access.js';
import { createValidatorCache } from './validation.js';

/**
 * @typedef {import('./pouch.js').Pouch} Pouch
 * @typedef {import('./pouch.js').Doc} Doc
 * @typedef {import('./callers.js').Caller} Caller
 * @typedef {{ id: string, rev?: string, error: string, reason: string }} DocError
 * @typedef {{ ok: true, id: string, rev: string }} DocSaved
 */

/** How far back a replicated revision's history is searched for a stored ancestor. */
const maxAncestorLookups = 20;
const revPattern = /^(\d{1,9})-([0-9a-f]{1,64})$/;

/**
 * @param {{ queues: ReturnType<typeof import('../http/keyed-queue.js').createKeyedQueue>,
 *   security: import('./security-store.js').SecurityStore,
 *   onWritten: (db: string) => void }} deps
 */
export function createWriter({ queues, security, onWritten }) {
	/** @type {Map<string, ReturnType<typeof createValidatorCache>>} */
	const validatorCaches = new Map();

	/** Each database's validators, kept until one of its design documents is written. */
	/** @type {Map<string, import('./validation.js').Validator[]>} */
	const current = new Map();

	/** The database's validators, from its design documents. @param {string} name @param {Pouch} db */
	async function validatorsOf(name, db) {
		const known = current.get(name);
		if (known) return known;
		const found = await db.allDocs({
			startkey: '_design/',
			endkey: '_design/\uffff',
			include_docs: true
		});
		let cache = validatorCaches.get(name);
		if (!cache) {
			cache = createValidatorCache(name);
			validatorCaches.set(name, cache);
		}
		const validators = cache.validators(found.rows.flatMap((row) => (row.doc ? [row.doc] : [])));
		current.set(name, validators);
		return validators;
	}

	/**
	 * The stored document a write is checked against, as CouchDB chooses it: for an edit, the
	 * revision it names; for a replicated revision, its nearest ancestor still stored; otherwise
	 * none (a new document, or one written over a deleted one).
	 * @param {Pouch} db @param {Doc} doc @param {boolean} newEdits
	 */
	async function storedBefore(db, doc, newEdits) {
		if (newEdits) {
			if (typeof doc._rev !== 'string') return null;
			return db.get(doc._id, { rev: doc._rev }).catch(() => null);
		}
		const history = doc._revisions;
		const start = Number(history?.start);
		const ids = Array.isArray(history?.ids) ? history.ids : [];
		for (let i = 1; i < Math.min(ids.length, maxAncestorLookups + 1); i++) {
			const rev = `${start - i}-${ids[i]}`;
			const stored = await db.get(doc._id, { rev }).catch(() => null);
			if (stored) return stored;
		}
		return null;
	}

	/**
	 * Validates and stores documents. `new_edits: false` (replication) answers only the refused
	 * ones, as CouchDB does.
	 * @param {string} name @param {Pouch} db @param {unknown[]} docs
	 * @param {{ newEdits: boolean, caller: Caller }} options
	 * @returns {Promise<(DocError | DocSaved)[]>}
	 */
	function bulk(name, db, docs, { newEdits, caller }) {
		const checked = docs.map((doc) => checkShape(doc, newEdits));
		return queues.run(name, async () => {
			const validators = await validatorsOf(name, db);
			const userCtx = { db: name, name: caller.name, roles: caller.roles };
			const secObj = await security.get(name);
			// Replicated revisions already stored need no check (CouchDB ignores them too).
			const known = newEdits ? undefined : await knownRevisions(db, checked);
			/** @type {(DocError | undefined)[]} */
			const refused = await checkAll(db, checked, {
				newEdits,
				caller,
				validators,
				userCtx,
				secObj,
				known
			});
			const accepted = checked.filter((_, i) => refused[i] === undefined);
			const results = accepted.length ? await db.bulkDocs(accepted, { new_edits: newEdits }) : [];
			// A design document written: its functions are read again before the next write.
			if (accepted.some((doc) => doc._id.startsWith('_design/'))) current.delete(name);
			// (PouchDB answers a replicated batch with an empty list: what was sent tells.)
			if (accepted.length > 0) onWritten(name);
			if (!newEdits) {
				return [
					...refused.filter((problem) => problem !== undefined),
					...results.flatMap((result) => (result.error ? [pouchError(result)] : []))
				];
			}
			let next = 0;
			return refused.map((problem) => {
				if (problem) return problem;
				const result = results[next++] ?? {};
				return result.ok
					? { ok: true, id: String(result.id), rev: String(result.rev) }
					: pouchError(result);
			});
		});
	}

	/**
	 * Each document's refusal, or undefined: design documents are their admins', others pass the
	 * database's validation functions, each run once for the whole write.
	 * @param {Pouch} db @param {Doc[]} docs
	 * @param {{ newEdits: boolean, caller: Caller, validators: import('./validation.js').Validator[],
	 *   userCtx: object, secObj: import('./security-store.js').SecurityObject,
	 *   known: Set<string> | undefined }} context `known`: replicated revisions already stored
	 * @returns {Promise<(DocError | undefined)[]>}
	 */
	async function checkAll(db, docs, { newEdits, caller, validators, userCtx, secObj, known }) {
		/** @type {(DocError | undefined)[]} */
		const refused = docs.map(() => undefined);
		/** @type {{ index: number, newDoc: Doc, oldDoc: unknown }[]} */
		const toValidate = [];
		for (const [index, doc] of docs.entries()) {
			if (known?.has(`${doc._id}\n${doc._rev}`)) continue;
			if (doc._id.startsWith('_design/')) {
				// Design documents: admins only, as in CouchDB; their functions are not run on them.
				if (!isDatabaseAdmin(caller, secObj)) {
					refused[index] = {
						id: doc._id,
						error: 'unauthorized',
						reason: 'You are not a db or server admin.'
					};
				}
				continue;
			}
			if (validators.length > 0) {
				toValidate.push({ index, newDoc: doc, oldDoc: await storedBefore(db, doc, newEdits) });
			}
		}
		for (const validate of validators) {
			const pending = toValidate.filter(({ index }) => refused[index] === undefined);
			const verdicts = validate(pending, userCtx, secObj);
			pending.forEach(({ index, newDoc }, i) => {
				const refusal = verdicts[i];
				if (!refusal) return;
				refused[index] = {
					id: newDoc._id,
					...(newDoc._rev ? { rev: newDoc._rev } : {}),
					error: refusal.error,
					reason: refusal.reason
				};
			});
		}
		return refused;
	}

	return {
		bulk,
		/** Forgets a deleted database's compiled rules. @param {string} name */
		forget(name) {
			validatorCaches.delete(name);
			current.delete(name);
		}
	};
}

/**
 * A document as written: an object with a string id (a new one is given an id, as CouchDB does),
 * a well-formed revision when one is given (required when replicating), its history when
 * replicating consistent with it.
 * @param {unknown} value @param {boolean} newEdits
 * @returns {Doc}
 */
function checkShape(value, newEdits) {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new HttpError(400, 'bad_request', 'Each document must be a JSON object.');
	}
	const doc = /** @type {Doc} */ ({ ...value });
	if (doc._id === undefined && newEdits) doc._id = crypto.randomUUID().replace(/-/g, '');
	if (typeof doc._id !== 'string' || doc._id === '') {
		throw new HttpError(400, 'bad_request', 'A document id must be a non-empty string.');
	}
	if (
		doc._id.startsWith('_') &&
		!doc._id.startsWith('_design/') &&
		!doc._id.startsWith('_local/')
	) {
		throw new HttpError(
			400,
			'illegal_docid',
			'Only reserved document ids may start with underscore.'
		);
	}
	const special = badSpecialMember(doc);
	if (special !== undefined) {
		throw new HttpError(
			400,
			'doc_validation',
			`Bad special document member: ${special.slice(0, 40)}`
		);
	}
	if (doc._rev !== undefined && (typeof doc._rev !== 'string' || !revPattern.test(doc._rev))) {
		throw new HttpError(400, 'bad_request', 'Invalid rev format');
	}
	if (!newEdits) {
		if (doc._rev === undefined)
			throw new HttpError(400, 'bad_request', 'A replicated document needs its _rev.');
		const history = doc._revisions;
		const [, generation = '', hash = ''] = revPattern.exec(doc._rev) ?? [];
		if (
			history !== undefined &&
			(typeof history !== 'object' ||
				history === null ||
				history.start !== Number(generation) ||
				!Array.isArray(history.ids) ||
				history.ids[0] !== hash ||
				history.ids.length > 1_000 ||
				!history.ids.every(
					(/** @type {unknown} */ id) => typeof id === 'string' && /^[0-9a-f]{1,64}$/.test(id)
				))
		) {
			throw new HttpError(400, 'bad_request', '_revisions does not match _rev.');
		}
	}
	return doc;
}

/** Revisions among `docs` the database already has. @param {Pouch} db @param {Doc[]} docs */
async function knownRevisions(db, docs) {
	/** @type {Record<string, string[]>} ids are the writer's: no prototype to collide with */
	const asked = Object.create(null);
	for (const doc of docs) (asked[doc._id] ??= []).push(String(doc._rev));
	const missing = await db.revsDiff(asked);
	const known = new Set();
	for (const doc of docs) {
		const stillMissing = Object.hasOwn(missing, doc._id) ? (missing[doc._id]?.missing ?? []) : [];
		if (!stillMissing.includes(String(doc._rev))) known.add(`${doc._id}\n${doc._rev}`);
	}
	return known;
}

/** CouchDB's error for PouchDB's. @param {import('./pouch.js').WriteResult} result @returns {DocError} */
function pouchError(result) {
	const name = result.name ?? 'internal_error';
	return {
		id: String(result.id ?? ''),
		error: name,
		reason: name === 'conflict' ? 'Document update conflict.' : String(result.message ?? name)
	};
}
