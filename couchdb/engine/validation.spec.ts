// The embedded database's validation functions (validation.js): each sees the new document, the
// stored one, the user context and the security object, and nothing else of the server; each
// call has a time limit; what it throws becomes CouchDB's answer.
import { describe, expect, it } from 'vitest';
import { compileValidator, validationTimeoutMs } from './validation.js';

const user = { db: 'forum', name: 'alice', roles: [] };
const run = (source: string, newDoc: object = { _id: 'x' }, oldDoc: object | null = null) =>
	compileValidator(source, 'test')([{ newDoc, oldDoc }], user, { admins: {}, members: {} })[0];

describe('a validation function', () => {
	it('gets the four values CouchDB passes, as copies', () => {
		const doc = { _id: 'x', n: 1 };
		const refusal = run(
			`function (newDoc, oldDoc, userCtx, secObj) {
				newDoc.n = 2;
				throw { forbidden: [newDoc._id, oldDoc.n, userCtx.name, typeof secObj.admins].join(' ') };
			}`,
			doc,
			{ _id: 'x', n: 0 }
		);
		expect(refusal).toEqual({ status: 403, error: 'forbidden', reason: 'x 0 alice object' });
		expect(doc.n).toBe(1);
	});

	it('answers 401 for { unauthorized }, and nothing when it returns', () => {
		expect(run(`function () { throw { unauthorized: 'log in' }; }`)).toMatchObject({
			status: 401,
			reason: 'log in'
		});
		expect(run('function () {}')).toBeUndefined();
	});

	it('reaches nothing of the server: no process, no require, no way back through a constructor', () => {
		const refusal = run(`function (newDoc) {
			var found = [typeof process, typeof require, typeof module, typeof globalThis.fetch];
			try { found.push(typeof newDoc.constructor.constructor('return process')()); }
			catch (e) { found.push(e.name); }
			try { found.push(typeof eval('1')); } catch (e) { found.push(e.name); }
			throw { forbidden: found.join(',') };
		}`);
		expect(refusal?.reason).toBe('undefined,undefined,undefined,undefined,EvalError,EvalError');
	});

	it('stops after its time limit and refuses the document, and the next call works', () => {
		const looping = compileValidator('function () { for (;;) {} }', 'test');
		const started = performance.now();
		expect(looping([{ newDoc: { _id: 'x' }, oldDoc: null }], user, {})[0]).toMatchObject({
			status: 403,
			reason: 'The rules took too long to check this document.'
		});
		expect(performance.now() - started).toBeLessThan(validationTimeoutMs * 10);
		expect(run('function () {}')).toBeUndefined();
	});

	it('keeps a thrown object’s getters in its own context, under the time limit', () => {
		const refusal = run(`function () { throw { get forbidden() { for (;;) {} } }; }`);
		expect(refusal?.status).toBe(403);
	});

	it('refuses every write when it does not compile, and when it fails', () => {
		expect(run('function ( {')).toMatchObject({ status: 500, error: 'internal_error' });
		expect(run('function (doc) { return doc.missing.field; }')).toMatchObject({ status: 500 });
	});

	it('checks every document of a write in one call, each with its own verdict', () => {
		const validate = compileValidator(
			`function (newDoc) { if (newDoc.bad) throw { forbidden: 'bad ' + newDoc._id }; }`,
			'test'
		);
		const docs = ['a', 'b', 'c'].map((id) => ({
			newDoc: { _id: id, bad: id === 'b' },
			oldDoc: null
		}));
		expect(validate(docs, user, {})).toEqual([
			undefined,
			{ status: 403, error: 'forbidden', reason: 'bad b' },
			undefined
		]);
		expect(validate([], user, {})).toEqual([]);
	});

	it('has the helpers of CouchDB’s query server (isArray, toJSON, sum, log)', () => {
		const refusal = run(`function () {
			log('x');
			throw { forbidden: [isArray([]), toJSON({ a: 1 }), sum([1, 2])].join(' ') };
		}`);
		expect(refusal?.reason).toBe('true {"a":1} 3');
	});
});
