// Runs in Node (the server audit). The attack list the embedded server and Apache CouchDB were
// tried with (issue "A server an association can put on the internet"), and the honest cases
// that must keep working. Each check says what it tried and what it saw. Order matters: the
// log-in throttling check comes last, since it locks the audit's account out for a while.
import { randomBytes } from 'node:crypto';
import { sessionCookie } from './http-probe.js';

/**
 * @typedef {import('./http-probe.js').Answer} Answer
 * @typedef {{ probe: ReturnType<typeof import('./http-probe.js').createProbe>,
 *   user?: { name: string, password: string, cookie?: string } }} Context
 * @typedef {{ pass: boolean, detail: string }} Outcome
 * @typedef {{ id: string, severity: 'honest' | 'critical' | 'high' | 'medium', title: string,
 *   run: (ctx: Context) => Promise<Outcome> }} Check
 */

/** @param {Answer} answer */
const refused = (answer) => answer.status >= 400 && answer.status !== 500;
/** @param {string} what @param {Answer} answer */
const saw = (what, answer) => `${what} → ${answer.status} ${short(answer)}`;
/** @param {Answer} answer */
const short = (answer) =>
	String(answer.json?.reason ?? answer.json?.error ?? answer.text)
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 70);

/** A time-ordered id as the forum's rules want (`thread:<time>-<suffix>`). */
function threadId() {
	return `thread:${Date.now().toString(36).padStart(9, '0')}-audit${randomBytes(3).toString('hex')}`;
}

/** A valid thread by `author`. @param {string} author @param {string} [id] */
function thread(author, id = threadId()) {
	const now = new Date().toISOString();
	return {
		_id: id,
		type: 'thread',
		category: 'aide-technique',
		title: 'Audit de sécurité (à supprimer)',
		tags: [],
		body: 'Message de contrôle écrit par npm run audit:server, supprimé aussitôt.',
		author,
		createdAt: now,
		updatedAt: now
	};
}

/** Sends `count` requests at once (none awaited before the last is sent). @template T @param {number} count @param {(i: number) => Promise<T>} request */
const together = (count, request) =>
	Promise.all(Array.from({ length: count }, (_, i) => request(i)));

/** `{ 401: 5, 429: 25 }` as text. @param {Answer[]} answers */
const statuses = (answers) => {
	/** @type {Record<number, number>} */
	const counts = {};
	for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
	return Object.entries(counts)
		.map(([status, count]) => `${count}×${status}`)
		.join(', ');
};

/** Posts a thread as the audit's member; returns its id and revision. @param {Context} ctx @param {Record<string, unknown>} [overrides] */
async function postThread(ctx, overrides = {}) {
	const user = needUser(ctx);
	const doc = { ...thread(user.name), ...overrides };
	const answer = await ctx.probe.send('PUT', `/db/forum/${encodeURIComponent(doc._id)}`, {
		cookie: user.cookie,
		body: doc
	});
	return { doc, answer, rev: /** @type {string | undefined} */ (answer.json?.rev) };
}

/** Deletes the audit's own thread (clean-up). @param {Context} ctx @param {string} id @param {string | undefined} rev */
async function removeThread(ctx, id, rev) {
	if (!rev) return;
	await ctx.probe.send('DELETE', `/db/forum/${encodeURIComponent(id)}?rev=${rev}`, {
		cookie: needUser(ctx).cookie
	});
}

/** @param {Context} ctx */
function needUser(ctx) {
	if (!ctx.user?.cookie) throw new Error('needs the audit account (sign-up or log-in failed)');
	return /** @type {{ name: string, password: string, cookie: string }} */ (ctx.user);
}

/** @param {Context} ctx @param {string} name @param {string} password */
async function logIn(ctx, name, password) {
	const answer = await ctx.probe.send('POST', '/db/_session', { body: { name, password } });
	return { answer, cookie: sessionCookie(answer.setCookies) };
}

/** Is the server still answering? @param {Context} ctx */
async function stillServing(ctx) {
	const answer = await ctx.probe.send('GET', '/db/');
	return answer.status === 200;
}

/** @type {Check[]} */
export const checks = [
	{
		id: 'signup',
		severity: 'honest',
		title: 'A visitor can sign up',
		async run(ctx) {
			const name = `audit-${randomBytes(4).toString('hex')}`;
			const password = randomBytes(12).toString('base64url');
			const answer = await ctx.probe.send('PUT', `/db/_users/org.couchdb.user:${name}`, {
				body: { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' }
			});
			ctx.user = { name, password };
			return { pass: answer.status === 201, detail: saw(`sign-up as ${name}`, answer) };
		}
	},
	{
		id: 'login',
		severity: 'honest',
		title: 'The new member can log in, with a lasting, HttpOnly, SameSite cookie',
		async run(ctx) {
			if (!ctx.user) throw new Error('needs the audit account');
			const { answer, cookie } = await logIn(ctx, ctx.user.name, ctx.user.password);
			ctx.user.cookie = cookie;
			const flags = answer.setCookies.find((value) => value.startsWith('AuthSession=')) ?? '';
			const maxAge = Number(/Max-Age=(\d+)/i.exec(flags)?.[1] ?? 0);
			const lasting = maxAge >= 7 * 24 * 3600 || /Expires=/i.test(flags);
			const https = ctx.probe.origin.startsWith('https:');
			const pass =
				answer.status === 200 &&
				Boolean(cookie) &&
				/HttpOnly/i.test(flags) &&
				/SameSite=(Lax|Strict)/i.test(flags) &&
				lasting &&
				(!https || /;\s*Secure/i.test(flags));
			return {
				pass,
				detail: `${answer.status}; cookie: ${flags.replace(/^AuthSession=[^;]*/, 'AuthSession=…')}`
			};
		}
	},
	{
		id: 'read',
		severity: 'honest',
		title: 'Anyone can read the forum (documents and changes)',
		async run(ctx) {
			const docs = await ctx.probe.send('GET', '/db/forum/_all_docs?limit=1');
			const changes = await ctx.probe.send('GET', '/db/forum/_changes?limit=1');
			return {
				pass: docs.status === 200 && changes.status === 200,
				detail: `_all_docs ${docs.status}, _changes ${changes.status}`
			};
		}
	},
	{
		id: 'write',
		severity: 'honest',
		title: 'A member can post and delete their own post; a forged author is refused',
		async run(ctx) {
			const user = needUser(ctx);
			const own = thread(user.name);
			const created = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				cookie: user.cookie,
				body: { docs: [own] }
			});
			const rev = created.json?.[0]?.rev;
			const forged = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				cookie: user.cookie,
				body: { docs: [thread('camille')] }
			});
			const forgedRefused = forged.status >= 400 || Boolean(forged.json?.[0]?.error);
			const removed = rev
				? await ctx.probe.send('DELETE', `/db/forum/${encodeURIComponent(own._id)}?rev=${rev}`, {
						cookie: user.cookie
					})
				: undefined;
			return {
				pass: Boolean(rev) && forgedRefused && (removed?.status ?? 0) < 300,
				detail: `post ${created.status}${rev ? '' : ` (${short(created)})`}, forged ${forged.json?.[0]?.error ?? forged.status}, delete ${removed?.status ?? '—'}`
			};
		}
	},
	{
		id: 'temp-view',
		severity: 'critical',
		title: 'No code runs from a request (_temp_view)',
		async run(ctx) {
			// Code that runs as soon as the server compiles it, whatever the database holds, and
			// shows it ran the only way a refused request can: by the time the answer takes
			// (express-pouchdb ran it before refusing the caller).
			const map =
				'(function () { var t = Date.now(); while (Date.now() - t < 3000) {} ' +
				'return function (doc) { emit(doc._id); }; })()';
			const started = performance.now();
			const answer = await ctx.probe.send('POST', '/db/forum/_temp_view', { body: { map } });
			const ms = performance.now() - started;
			return {
				pass: refused(answer) && ms < 2_500,
				detail: `${saw('_temp_view', answer)} in ${Math.round(ms)} ms${ms >= 2_500 ? ' (the code ran)' : ''}`
			};
		}
	},
	{
		id: 'design-functions',
		severity: 'critical',
		title: 'No show, list, update, rewrite or ad-hoc view reaches design code',
		async run(ctx) {
			const tries = [
				['GET', '/db/forum/_design/forum/_show/x'],
				['GET', '/db/forum/_design/forum/_list/x/y'],
				['POST', '/db/forum/_design/forum/_update/x'],
				['GET', '/db/forum/_design/forum/_rewrite/x'],
				['GET', '/db/forum/_design/forum/_view/x']
			];
			const answers = [];
			for (const [method, path] of tries)
				answers.push(await ctx.probe.send(String(method), String(path)));
			return {
				pass: answers.every(refused),
				detail: answers.map((answer) => answer.status).join(', ')
			};
		}
	},
	{
		id: 'index-delete',
		severity: 'critical',
		title: 'The forum rules cannot be switched off (_index on _design/forum)',
		async run(ctx) {
			const add = await ctx.probe.send('POST', '/db/forum/_index', {
				body: { index: { fields: ['audit'] }, ddoc: 'forum', name: 'audit', type: 'json' }
			});
			const remove = await ctx.probe.send('DELETE', '/db/forum/_index/_design%2Fforum/json/audit');
			// The rules must still refuse an anonymous write afterwards.
			const anonymous = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				body: { docs: [thread('camille')] }
			});
			const stillRefused = anonymous.status >= 400 || Boolean(anonymous.json?.[0]?.error);
			return {
				pass: refused(add) && refused(remove) && stillRefused,
				detail: `add ${add.status}, delete ${remove.status}, anonymous write after ${anonymous.json?.[0]?.error ?? anonymous.status}`
			};
		}
	},
	{
		id: 'design-security-writes',
		severity: 'critical',
		title: 'A member cannot write design documents or _security',
		async run(ctx) {
			const user = needUser(ctx);
			const design = await ctx.probe.send('PUT', '/db/forum/_design/audit', {
				cookie: user.cookie,
				body: { validate_doc_update: 'function () {}' }
			});
			const security = await ctx.probe.send('PUT', '/db/forum/_security', {
				cookie: user.cookie,
				body: { admins: { names: [user.name], roles: [] }, members: { names: [], roles: [] } }
			});
			return {
				pass: refused(design) && refused(security),
				detail: `design ${design.status}, _security ${security.status}`
			};
		}
	},
	{
		id: 'self-moderator',
		severity: 'critical',
		title: 'A member cannot give themself a role',
		async run(ctx) {
			const user = needUser(ctx);
			const path = `/db/_users/org.couchdb.user:${user.name}`;
			const own = await ctx.probe.send('GET', path, { cookie: user.cookie });
			const doc = own.json?._rev
				? { ...own.json, roles: ['moderator'] }
				: {
						_id: `org.couchdb.user:${user.name}`,
						name: user.name,
						type: 'user',
						roles: ['moderator']
					};
			const update = await ctx.probe.send('PUT', path, { cookie: user.cookie, body: doc });
			const again = await logIn(ctx, user.name, user.password);
			if (again.cookie) user.cookie = again.cookie;
			const roles = again.answer.json?.roles ?? [];
			return {
				pass: refused(update) && Array.isArray(roles) && roles.length === 0,
				detail: `${saw('PUT own roles', update)}; roles after log-in: [${roles}]`
			};
		}
	},
	{
		id: 'crash',
		severity: 'critical',
		title: 'No request stops the server (_replicator, _foo, _global_changes)',
		async run(ctx) {
			const statuses = [];
			for (const [method, path] of [
				['PUT', '/db/_replicator'],
				['PUT', '/db/_foo'],
				['PUT', '/db/_global_changes'],
				['DELETE', '/db/_foo'],
				['DELETE', '/db/_foo']
			]) {
				statuses.push((await ctx.probe.send(String(method), String(path))).status);
			}
			const alive = await stillServing(ctx);
			return {
				pass: alive && statuses.every((status) => status >= 400),
				detail: `${statuses.join(', ')}; still serving: ${alive}`
			};
		}
	},
	{
		id: 'attachment-post',
		severity: 'high',
		title: 'A post with an attachment (HTML, SVG) is refused',
		async run(ctx) {
			const user = needUser(ctx);
			const withHtml = {
				...thread(user.name),
				_attachments: {
					'x.html': {
						content_type: 'text/html',
						data: Buffer.from('<script>alert(document.cookie)</script>').toString('base64')
					}
				}
			};
			const answer = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				cookie: user.cookie,
				body: { docs: [withHtml] }
			});
			const stored = answer.status < 300 && !answer.json?.[0]?.error;
			if (stored) {
				await ctx.probe.send(
					'DELETE',
					`/db/forum/${encodeURIComponent(withHtml._id)}?rev=${answer.json?.[0]?.rev}`,
					{ cookie: user.cookie }
				);
			}
			return {
				pass: !stored,
				detail: `${answer.status} ${answer.json?.[0]?.reason ?? short(answer)}`
			};
		}
	},
	{
		id: 'attachment-serve',
		severity: 'high',
		title: 'Nothing under /db is served as a page (HTML) of the app’s origin',
		async run(ctx) {
			const answer = await ctx.probe.send('GET', '/db/forum/thread%3Aaudit/x.html', {
				headers: { accept: 'text/html' }
			});
			const type = answer.headers.get('content-type') ?? '';
			const sandboxed = /sandbox/.test(answer.headers.get('content-security-policy') ?? '');
			return {
				pass:
					(!type.includes('html') || sandboxed) &&
					answer.headers.get('x-content-type-options') === 'nosniff',
				detail: `${answer.status} ${type}; nosniff: ${answer.headers.get('x-content-type-options') ?? 'none'}`
			};
		}
	},
	{
		id: 'local-docs',
		severity: 'high',
		title: '_local documents: none by visitors, only small ones by members',
		async run(ctx) {
			const user = needUser(ctx);
			const anonymous = await ctx.probe.send('PUT', '/db/forum/_local/audit-anonymous', {
				body: { data: 'x' }
			});
			const big = await ctx.probe.send('PUT', '/db/forum/_local/audit-big-document', {
				cookie: user.cookie,
				body: { data: 'x'.repeat(200_000) }
			});
			return {
				pass: refused(anonymous) && refused(big),
				detail: `visitor ${anonymous.status}, 200 kB ${big.status}`
			};
		}
	},
	{
		id: 'body-size',
		severity: 'high',
		title: 'A 6 MB request body is refused, with a JSON error',
		async run(ctx) {
			const user = needUser(ctx);
			const answer = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				cookie: user.cookie,
				raw: JSON.stringify({ docs: [{ ...thread(user.name), body: 'x'.repeat(6_000_000) }] }),
				headers: { 'content-type': 'application/json' }
			});
			return {
				pass: answer.status === 413 && answer.json !== undefined && (await stillServing(ctx)),
				detail: saw('6 MB _bulk_docs', answer)
			};
		}
	},
	{
		id: 'bulk-flood',
		severity: 'high',
		title: 'An anonymous _bulk_docs of 10,000 documents is refused before any work',
		async run(ctx) {
			const docs = Array.from({ length: 10_000 }, (_, i) => ({ _id: `flood-${i}`, n: i }));
			const answer = await ctx.probe.send('POST', '/db/forum/_bulk_docs', { body: { docs } });
			const refusedAll =
				answer.status === 401 ||
				answer.status === 413 ||
				answer.status === 400 ||
				answer.status === 403;
			return { pass: refusedAll && (await stillServing(ctx)), detail: saw('10,000 docs', answer) };
		}
	},
	{
		id: 'regex',
		severity: 'high',
		title: '_find with a catastrophic $regex is refused',
		async run(ctx) {
			const answer = await ctx.probe.send('POST', '/db/forum/_find', {
				body: { selector: { body: { $regex: '^(a+)+$' } } }
			});
			return {
				pass: refused(answer) && (await stillServing(ctx)),
				detail: saw('_find $regex', answer)
			};
		}
	},
	{
		id: 'app-headers',
		severity: 'medium',
		title: 'The app has a strict CSP, no framing, nosniff, a Referrer-Policy, no X-Powered-By',
		async run(ctx) {
			const answer = await ctx.probe.send('GET', '/', { headers: { accept: 'text/html' } });
			const csp = answer.headers.get('content-security-policy') ?? '';
			const scripts =
				/script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
			const noFraming =
				/frame-ancestors 'none'/.test(csp) ||
				/deny/i.test(answer.headers.get('x-frame-options') ?? '');
			const pass =
				Boolean(scripts) &&
				!scripts.includes('unsafe-inline') &&
				noFraming &&
				answer.headers.get('x-content-type-options') === 'nosniff' &&
				Boolean(answer.headers.get('referrer-policy')) &&
				!answer.headers.get('x-powered-by');
			return {
				pass,
				detail: `CSP ${csp ? 'set' : 'missing'}; framing ${noFraming ? 'refused' : 'allowed'}; nosniff ${answer.headers.get('x-content-type-options') ?? 'no'}; x-powered-by ${answer.headers.get('x-powered-by') ?? 'none'}`
			};
		}
	},
	{
		id: 'db-headers',
		severity: 'medium',
		title: '/db answers carry nosniff and no X-Powered-By',
		async run(ctx) {
			const answer = await ctx.probe.send('GET', '/db/forum');
			return {
				pass:
					answer.headers.get('x-content-type-options') === 'nosniff' &&
					!answer.headers.get('x-powered-by'),
				detail: `nosniff ${answer.headers.get('x-content-type-options') ?? 'no'}; x-powered-by ${answer.headers.get('x-powered-by') ?? 'none'}`
			};
		}
	},
	{
		id: 'cross-site-login',
		severity: 'medium',
		title: 'A cross-site form or page cannot log someone in',
		async run(ctx) {
			const user = needUser(ctx);
			const form = await ctx.probe.send('POST', '/db/_session', {
				raw: `name=${encodeURIComponent(user.name)}&password=${encodeURIComponent(user.password)}`,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					origin: 'https://evil.example'
				}
			});
			const json = await ctx.probe.send('POST', '/db/_session', {
				body: { name: user.name, password: user.password },
				headers: { origin: 'https://evil.example' }
			});
			return {
				pass: refused(form) && refused(json),
				detail: `form ${form.status}, JSON from another origin ${json.status}`
			};
		}
	},
	{
		id: 'error-bodies',
		severity: 'medium',
		title: 'Malformed input gets a short JSON error, no stack trace or path',
		async run(ctx) {
			const user = needUser(ctx);
			const answers = [
				await ctx.probe.send('POST', '/db/_session', {
					raw: '{bad',
					headers: { 'content-type': 'application/json' }
				}),
				await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
					cookie: user.cookie,
					raw: '{"docs": [',
					headers: { 'content-type': 'application/json' }
				}),
				await ctx.probe.send('GET', '/db/forum/%E0%A4%A')
			];
			const leaks = answers.filter(
				(answer) =>
					answer.json === undefined ||
					/\n\s+at |\/home\/|\/work\/|\/srv\/|node_modules/.test(answer.text)
			);
			return {
				pass:
					leaks.length === 0 &&
					answers.every((answer) => answer.status >= 400 && answer.status < 500),
				detail: answers
					.map((answer) => `${answer.status} ${answer.json ? 'JSON' : 'not JSON'}`)
					.join(', ')
			};
		}
	},
	{
		id: 'reserved-names',
		severity: 'medium',
		title: 'Nobody can sign up as admin, moderator or root, nor with a role',
		async run(ctx) {
			const statuses = [];
			for (const name of ['admin', 'moderator', 'root']) {
				const answer = await ctx.probe.send('PUT', `/db/_users/org.couchdb.user:${name}`, {
					body: {
						_id: `org.couchdb.user:${name}`,
						name,
						password: 'audit-password',
						roles: [],
						type: 'user'
					}
				});
				statuses.push(answer.status);
			}
			const withRole = `audit-role-${randomBytes(3).toString('hex')}`;
			const role = await ctx.probe.send('PUT', `/db/_users/org.couchdb.user:${withRole}`, {
				body: {
					_id: `org.couchdb.user:${withRole}`,
					name: withRole,
					password: 'audit-password',
					roles: ['moderator'],
					type: 'user'
				}
			});
			return {
				pass: statuses.every((status) => status >= 400) && refused(role),
				detail: `admin/moderator/root ${statuses.join('/')}, with a role ${role.status}`
			};
		}
	},
	{
		id: 'accounts-private',
		severity: 'medium',
		title: 'Accounts stay private: not another’s, not the list, not anonymously',
		async run(ctx) {
			const user = needUser(ctx);
			const other = await ctx.probe.send('GET', '/db/_users/org.couchdb.user:camille', {
				cookie: user.cookie
			});
			const list = await ctx.probe.send('GET', '/db/_users/_all_docs', { cookie: user.cookie });
			const anonymous = await ctx.probe.send('GET', `/db/_users/org.couchdb.user:${user.name}`);
			const leaked = [other, list, anonymous].some((answer) =>
				/derived_key|"salt"/.test(answer.text)
			);
			return {
				pass: refused(other) && refused(list) && refused(anonymous) && !leaked,
				detail: `another's ${other.status}, list ${list.status}, anonymous ${anonymous.status}`
			};
		}
	},
	{
		id: 'server-admin-endpoints',
		severity: 'medium',
		title: 'Server administration is not reachable (_config, _all_dbs, _utils, _replicate)',
		async run(ctx) {
			const paths = [
				'/db/_config',
				'/db/_all_dbs',
				'/db/_utils/',
				'/db/_active_tasks',
				'/db/_node/_local/_config'
			];
			const statuses = [];
			for (const path of paths) statuses.push((await ctx.probe.send('GET', path)).status);
			const replicate = await ctx.probe.send('POST', '/db/_replicate', {
				body: { source: 'http://169.254.169.254/', target: 'forum' }
			});
			return {
				pass: statuses.every((status) => status >= 400) && refused(replicate),
				detail: `${statuses.join(', ')}; _replicate ${replicate.status}`
			};
		}
	},
	{
		id: 'update-keeps-password',
		severity: 'medium',
		title: 'Saving one’s account without a password field keeps the password',
		async run(ctx) {
			const user = needUser(ctx);
			const path = `/db/_users/org.couchdb.user:${user.name}`;
			const own = await ctx.probe.send('GET', path, { cookie: user.cookie });
			if (own.status !== 200)
				return { pass: true, detail: `own account not readable (${own.status}): nothing to erase` };
			const saved = await ctx.probe.send('PUT', path, {
				cookie: user.cookie,
				body: { ...own.json, displayName: 'Audit' }
			});
			const again = await logIn(ctx, user.name, user.password);
			if (again.cookie) user.cookie = again.cookie;
			return {
				pass: again.answer.status === 200,
				detail: `save ${saved.status}; log-in afterwards ${again.answer.status}`
			};
		}
	},
	{
		id: 'local-security',
		severity: 'critical',
		title: 'No member can write a security object through a _local document',
		async run(ctx) {
			const user = needUser(ctx);
			const lockOut = {
				admins: { names: [], roles: [] },
				members: { names: [user.name], roles: [] }
			};
			const answers = [];
			for (const id of ['_security', '_design', 'mrviews']) {
				answers.push(
					await ctx.probe.send('PUT', `/db/forum/_local/${id}`, {
						cookie: user.cookie,
						body: { security: lockOut, ...lockOut }
					})
				);
			}
			const read = await ctx.probe.send('GET', '/db/forum/_all_docs?limit=1');
			return {
				pass: answers.every(refused) && read.status === 200,
				detail: `${answers.map((answer) => answer.status).join(', ')}; visitors still read: ${read.status}`
			};
		}
	},
	{
		id: 'burst-logins',
		severity: 'high',
		title: '30 wrong passwords sent at once are not all checked',
		async run(ctx) {
			const name = `audit-nobody-${randomBytes(3).toString('hex')}`;
			const answers = await together(30, (i) =>
				ctx.probe.send('POST', '/db/_session', { body: { name, password: `guess-${i}` } })
			);
			const checked = answers.filter((answer) => answer.status === 401).length;
			return {
				pass:
					checked < 30 && answers.every((answer) => answer.status === 401 || answer.status === 429),
				detail: statuses(answers)
			};
		}
	},
	{
		id: 'burst-invites',
		severity: 'high',
		title: '20 invitation codes guessed at once are not all looked up',
		async run(ctx) {
			const user = needUser(ctx);
			const answers = await together(20, (i) =>
				ctx.probe.send('POST', `/db/_passerelle/invites/ZZZZ${String(i).padStart(4, '0')}`, {
					cookie: user.cookie
				})
			);
			const looked = answers.filter((answer) => answer.status === 404).length;
			return { pass: looked < 20 && answers.every(refused), detail: statuses(answers) };
		}
	},
	{
		id: 'repeated-keys',
		severity: 'high',
		title: 'One key repeated 10,000 times in _all_docs is refused before any read',
		async run(ctx) {
			const answer = await ctx.probe.send('POST', '/db/forum/_all_docs?include_docs=true', {
				body: { keys: Array.from({ length: 10_000 }, () => 'thread:x') }
			});
			return {
				pass: refused(answer) && answer.text.length < 2_000,
				detail: saw('10,000 × one key', answer)
			};
		}
	},
	{
		id: 'open-feeds',
		severity: 'high',
		title: 'One address cannot hold 60 change feeds open',
		async run(ctx) {
			const stop = new AbortController();
			const opened = await together(60, () =>
				fetch(`${ctx.probe.origin}/db/forum/_changes?feed=longpoll&since=now&timeout=20000`, {
					signal: stop.signal
				}).then(
					(response) => response.status,
					() => 0
				)
			).finally(() => stop.abort());
			// Held feeds answer only when their timeout ends: any refusal shows there is a bound.
			const busy = opened.filter((status) => status === 429).length;
			return { pass: busy > 0, detail: `${busy} of 60 refused with 429` };
		}
	},
	{
		id: 'deletion-fields',
		severity: 'medium',
		title: 'A deletion cannot carry a load of its own (every phone downloads it)',
		async run(ctx) {
			const user = needUser(ctx);
			const { doc, rev } = await postThread(ctx);
			const heavy = await ctx.probe.send('POST', '/db/forum/_bulk_docs', {
				cookie: user.cookie,
				body: { docs: [{ _id: doc._id, _rev: rev, _deleted: true, load: 'x'.repeat(100_000) }] }
			});
			const stored = heavy.status < 300 && !heavy.json?.[0]?.error;
			if (!stored) await removeThread(ctx, doc._id, rev);
			return { pass: !stored, detail: saw('deletion with 100 kB', heavy) };
		}
	},
	{
		id: 'old-revision',
		severity: 'high',
		title: 'An edited text cannot be read back by its old revision',
		async run(ctx) {
			const user = needUser(ctx);
			const { doc, rev } = await postThread(ctx, { body: 'Texte d’origine : audit-ancien' });
			const edited = await ctx.probe.send('PUT', `/db/forum/${encodeURIComponent(doc._id)}`, {
				cookie: user.cookie,
				body: { ...doc, _rev: rev, body: 'Texte corrigé : audit-nouveau' }
			});
			const old = await ctx.probe.send(
				'GET',
				`/db/forum/${encodeURIComponent(doc._id)}?rev=${rev}&latest=false`
			);
			const openRevs = await ctx.probe.send(
				'GET',
				`/db/forum/${encodeURIComponent(doc._id)}?open_revs=${encodeURIComponent(JSON.stringify([rev]))}`
			);
			await removeThread(ctx, doc._id, edited.json?.rev);
			const leaked = [old, openRevs].some((answer) => answer.text.includes('audit-ancien'));
			return {
				pass: Boolean(rev) && !leaked,
				detail: `?rev= ${old.status}, open_revs ${openRevs.status}${leaked ? ': the old text' : ''}`
			};
		}
	},
	{
		id: 'deleted-id-reuse',
		severity: 'high',
		title: 'A deleted post’s id cannot be written again',
		async run(ctx) {
			const user = needUser(ctx);
			const { doc, rev } = await postThread(ctx);
			await removeThread(ctx, doc._id, rev);
			const again = await ctx.probe.send('PUT', `/db/forum/${encodeURIComponent(doc._id)}`, {
				cookie: user.cookie,
				body: { ...doc, body: 'Réécrit par-dessus un message supprimé.' }
			});
			if (again.status < 300) await removeThread(ctx, doc._id, again.json?.rev);
			return { pass: refused(again), detail: saw('write over a deleted id', again) };
		}
	},
	{
		id: 'claimed-name',
		severity: 'medium',
		title: 'A post cannot choose the name shown with it',
		async run(ctx) {
			const { doc, answer, rev } = await postThread(ctx, { authorName: 'Modération' });
			const stored = rev
				? await ctx.probe.send('GET', `/db/forum/${encodeURIComponent(doc._id)}`)
				: undefined;
			await removeThread(ctx, doc._id, rev);
			const shown = stored?.json?.authorName;
			return {
				pass: refused(answer) || (stored?.status === 200 && shown === undefined),
				detail: rev ? `stored with authorName ${shown ?? 'dropped'}` : saw('post', answer)
			};
		}
	},
	{
		id: 'future-date',
		severity: 'medium',
		title: 'A post dated in the year 9999 is refused (it would stay on top)',
		async run(ctx) {
			const { doc, answer, rev } = await postThread(ctx, { updatedAt: '9999-12-31T23:59:59.000Z' });
			await removeThread(ctx, doc._id, rev);
			return { pass: refused(answer), detail: saw('post dated 9999', answer) };
		}
	},
	{
		id: 'prototype-params',
		severity: 'medium',
		title: 'Parameters named constructor, __proto__ or valueOf get a 400, never a 500',
		async run(ctx) {
			const answers = [];
			for (const name of ['constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
				answers.push(await ctx.probe.send('GET', `/db/forum/_all_docs?${name}=1`));
			}
			return {
				pass: answers.every((answer) => answer.status === 400 && answer.json !== undefined),
				detail: answers.map((answer) => answer.status).join(', ')
			};
		}
	},
	{
		id: 'logout-ends-session',
		severity: 'high',
		title: 'Log-out ends the session on the server, not only in the browser',
		async run(ctx) {
			const user = needUser(ctx);
			const { cookie } = await logIn(ctx, user.name, user.password);
			if (!cookie) return { pass: false, detail: 'no second session' };
			await ctx.probe.send('DELETE', '/db/_session', { cookie });
			const after = await ctx.probe.send('GET', '/db/_session', { cookie });
			const name = after.json?.userCtx?.name ?? null;
			return { pass: name === null, detail: `the logged-out cookie is now ${name ?? 'a visitor'}` };
		}
	},
	{
		id: 'password-needs-current',
		severity: 'high',
		title: 'A new password needs the current one',
		async run(ctx) {
			const user = needUser(ctx);
			const path = `/db/_users/org.couchdb.user:${user.name}`;
			const own = await ctx.probe.send('GET', path, { cookie: user.cookie });
			const change = await ctx.probe.send('PUT', path, {
				cookie: user.cookie,
				body: { ...own.json, password: 'taken-over-by-someone' }
			});
			const stillOld = await logIn(ctx, user.name, user.password);
			if (stillOld.cookie) user.cookie = stillOld.cookie;
			return {
				pass: refused(change) && stillOld.answer.status === 200,
				detail: `${saw('new password alone', change)}; old password then ${stillOld.answer.status}`
			};
		}
	},
	{
		id: 'login-throttle',
		severity: 'medium',
		title:
			'Repeated wrong passwords are throttled (429 with Retry-After), even the right one after',
		async run(ctx) {
			const user = needUser(ctx);
			const statuses = [];
			let retryAfter = null;
			for (let i = 0; i < 12 && retryAfter === null; i++) {
				const { answer } = await logIn(ctx, user.name, `wrong-${i}`);
				statuses.push(answer.status);
				if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
			}
			const right = await logIn(ctx, user.name, user.password);
			return {
				pass: retryAfter !== null && right.answer.status === 429,
				detail: `${statuses.join(' ')}; Retry-After ${retryAfter ?? 'none'}; right password then ${right.answer.status}`
			};
		}
	}
];
