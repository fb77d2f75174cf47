// Runs in Node (the embedded database). Design documents' `validate_doc_update` functions, run as
// CouchDB runs them: for every write but a design document's, with the new document, the stored
// one (or null), the user context and the database's security object. Each runs in its own V8
// context holding nothing but those four values, passed in as JSON text (so no object of the
// server's realm, and no way back to it, is reachable), with code generation from strings off
// and a time limit on every call. The functions come from the admin (provisioning); the sandbox
// keeps a mistake in one, or a document crafted to make it loop, from stalling the server.
import vm from 'node:vm';

/** Time one function may take on one document, and on all the documents of one write. */
export const validationTimeoutMs = 500;
const maxWriteValidationMs = 2_000;

/**
 * @typedef {{ status: 401 | 403 | 500, error: string, reason: string }} Refusal
 * @typedef {(docs: { newDoc: unknown, oldDoc: unknown }[], userCtx: unknown, secObj: unknown)
 *   => (Refusal | undefined)[]} Validator one verdict per document, in order
 */

/**
 * Runs the function on every document of a write and turns whatever it throws into a plain
 * answer, inside the context (a thrown object's getters run there, under the time limit, not in
 * the server). One call per write: Node starts a watchdog thread for each timed call, which
 * costed more than the checks themselves when it was one call per document.
 */
const callSource = `(function () {
	var docs = JSON.parse(__docs);
	var user = JSON.parse(__user);
	var sec = JSON.parse(__sec);
	var verdicts = [];
	for (var i = 0; i < docs.length; i++) {
		try {
			__validate(docs[i].n, docs[i].o, user, sec);
			verdicts.push(null);
		} catch (e) {
			if (e && typeof e === 'object' && e.forbidden !== undefined) {
				verdicts.push({ forbidden: String(e.forbidden) });
			} else if (e && typeof e === 'object' && e.unauthorized !== undefined) {
				verdicts.push({ unauthorized: String(e.unauthorized) });
			} else {
				verdicts.push({ failed: String(e && e.name ? e.name : 'Error') });
			}
		}
	}
	return JSON.stringify(verdicts);
})()`;
const call = new vm.Script(callSource, { filename: 'validate_doc_update' });

/**
 * The helpers CouchDB's JavaScript query server gives design functions (a `_users` database made
 * by express-pouchdb holds a `_design/_auth` that calls `isArray`), defined inside each context.
 */
const queryServerHelpers = `
var isArray = function (value) { return Array.isArray(value); };
var toJSON = function (value) { return JSON.stringify(value); };
var sum = function (values) { var total = 0; for (var i = 0; i < values.length; i++) total += values[i]; return total; };
var log = function () {};
`;

/** @param {Refusal} refusal @returns {Validator} */
const refuseAll = (refusal) => (docs) => docs.map(() => refusal);

/**
 * Compiles one design document's function. A function that does not compile refuses every write
 * (a database without its rules must not store anything).
 * @param {string} source the function's text, as stored in the design document
 * @param {string} label where it comes from, for the log
 * @returns {Validator}
 */
export function compileValidator(source, label) {
	const context = vm.createContext(Object.create(null), {
		name: label,
		codeGeneration: { strings: false, wasm: false },
		microtaskMode: 'afterEvaluate'
	});
	try {
		new vm.Script(`${queryServerHelpers}var __validate = (${source});\nvoid 0;`, {
			filename: label
		}).runInContext(context, { timeout: validationTimeoutMs });
		if (vm.runInContext('typeof __validate', context) !== 'function')
			throw new Error('not a function');
	} catch (error) {
		console.error(`[database] ${label}: validate_doc_update does not compile (${error}).`);
		return refuseAll({
			status: 500,
			error: 'internal_error',
			reason: 'The database’s rules cannot be read; the administrator must provision again.'
		});
	}
	return (docs, userCtx, secObj) => {
		if (docs.length === 0) return [];
		// Strings only: an object made here would lead back to this realm's Function.
		context.__docs = JSON.stringify(
			docs.map(({ newDoc, oldDoc }) => ({ n: newDoc, o: oldDoc ?? null }))
		);
		context.__user = JSON.stringify(userCtx ?? null);
		context.__sec = JSON.stringify(secObj ?? null);
		let outcome;
		try {
			outcome = String(
				call.runInContext(context, {
					timeout: Math.min(validationTimeoutMs * docs.length, maxWriteValidationMs)
				})
			);
		} catch {
			// The time limit (or the context's memory) was reached: the whole write is refused.
			return refuseAll({
				status: 403,
				error: 'forbidden',
				reason: 'The rules took too long to check this document.'
			})(docs, userCtx, secObj);
		} finally {
			context.__docs = undefined;
		}
		return /** @type {({ forbidden?: string, unauthorized?: string, failed?: string } | null)[]} */ (
			JSON.parse(outcome)
		).map((thrown) => {
			if (thrown === null) return undefined;
			if (typeof thrown.forbidden === 'string') {
				return { status: 403, error: 'forbidden', reason: thrown.forbidden };
			}
			if (typeof thrown.unauthorized === 'string') {
				return { status: 401, error: 'unauthorized', reason: thrown.unauthorized };
			}
			console.error(`[database] ${label}: validate_doc_update failed (${thrown.failed}).`);
			return {
				status: 500,
				error: 'internal_error',
				reason: 'The database’s rules failed on this document.'
			};
		});
	};
}

/**
 * The validators of a database's design documents, compiled once per revision of each.
 * @param {string} db
 */
export function createValidatorCache(db) {
	/** @type {Map<string, { rev: string, validate: Validator }>} */
	const compiled = new Map();
	return {
		/**
		 * @param {{ _id: string, _rev: string, validate_doc_update?: unknown }[]} designDocs
		 * @returns {Validator[]}
		 */
		validators(designDocs) {
			const seen = new Set();
			/** @type {Validator[]} */
			const list = [];
			for (const doc of designDocs) {
				if (typeof doc.validate_doc_update !== 'string') continue;
				seen.add(doc._id);
				let entry = compiled.get(doc._id);
				if (!entry || entry.rev !== doc._rev) {
					entry = {
						rev: doc._rev,
						validate: compileValidator(doc.validate_doc_update, `${db}/${doc._id}`)
					};
					compiled.set(doc._id, entry);
				}
				list.push(entry.validate);
			}
			for (const id of compiled.keys()) if (!seen.has(id)) compiled.delete(id);
			return list;
		}
	};
}
