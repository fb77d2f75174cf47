// Runs in Node. Provisions any CouchDB-API server (Apache CouchDB 3, single node or cluster, or
// the embedded server): databases, _security and design documents. Idempotent: running it twice
// changes nothing the second time.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedContentDemo } from './demo/seed-content.js';
import { seedForumDemo } from './demo/seed-demo.js';

const couchdbDir = fileURLToPath(new URL('.', import.meta.url));

/**
 * Databases the app uses, each with the folder holding its `_security.json` and `_design/`:
 * the forum, the registry of shared plans (admin only), the proposals and the editorial content
 * (editors only).
 */
export const databases = ['forum', 'passerelle', 'proposals', 'editorial'];

/** The design documents of every shared plan's database (`plan-<id>`). */
export const planDesignDir = join(couchdbDir, 'plan', '_design');

/**
 * Extra rules for `_users` (couchdb/users/_design/): CouchDB refuses changes to that database's
 * `_security`, so only its design documents are provisioned.
 */
const usersDir = 'users';

/**
 * @param {{ url: string, user?: string, password?: string, log?: (line: string) => void,
 *   seedDemo?: boolean, headers?: Record<string, string> }} options `seedDemo`: add the demo
 *   accounts and forum threads when the forum has no thread yet (see demo/forum-demo.js);
 *   `headers`: sent with every request (the embedded database's gateway token)
 * @returns {Promise<{ created: string[], updated: string[], unchanged: string[] }>}
 */
export async function provision({
	url,
	user,
	password,
	log = () => {},
	seedDemo = false,
	headers = {}
}) {
	const client = createClient(url, user, password, headers);
	const report = { created: /** @type {string[]} */ ([]), updated: [], unchanged: [] };
	const welcome = await client.request('GET', '/');
	log(`Connected to ${welcome.body.vendor?.name ?? 'CouchDB'} at ${client.displayUrl}`);

	// CouchDB 3 does not create its system databases on a fresh single node.
	for (const name of ['_users', ...databases]) {
		const created = await ensureDatabase(client, name);
		(created ? report.created : report.unchanged).push(name);
	}
	for (const designDoc of await readDesignDocs(join(couchdbDir, usersDir, '_design'))) {
		await putIfChanged(client, `/_users/${designDoc._id}`, designDoc, report);
	}
	for (const name of databases) {
		const dir = join(couchdbDir, name);
		const security = JSON.parse(await readFile(join(dir, '_security.json'), 'utf8'));
		await putIfChanged(client, `/${name}/_security`, security, report);
		for (const designDoc of await readDesignDocs(join(dir, '_design'))) {
			await putIfChanged(client, `/${name}/${designDoc._id}`, designDoc, report);
		}
	}
	// Shared plans' databases get the current rules too.
	const all = await client.request('GET', '/_all_dbs');
	const planDocs = await readDesignDocs(planDesignDir);
	for (const name of /** @type {string[]} */ (all.body).filter((db) => db.startsWith('plan-'))) {
		for (const designDoc of planDocs) {
			await putIfChanged(client, `/${name}/${designDoc._id}`, designDoc, report);
		}
	}
	if (seedDemo) {
		const seeded = await seedForumDemo(client);
		if (seeded.docs > 0) {
			log(`Demo forum content: ${seeded.users} accounts, ${seeded.docs} posts`);
			report.created.push('forum demo content');
		}
		const content = await seedContentDemo(client, { by: client.admin });
		if (content.items > 0) {
			log(`Demo content published: ${content.items} items`);
			report.created.push('demo content');
		}
	}
	return report;
}

/**
 * @param {string} url
 * @param {string} [user]
 * @param {string} [password]
 * @param {Record<string, string>} [extraHeaders]
 */
function createClient(url, user, password, extraHeaders = {}) {
	const parsed = new URL(url.endsWith('/') ? url : `${url}/`);
	const name = user ?? decodeURIComponent(parsed.username);
	const secret = password ?? decodeURIComponent(parsed.password);
	parsed.username = '';
	parsed.password = '';
	const base = parsed.toString().replace(/\/$/, '');
	/** @type {Record<string, string>} */
	const headers = {
		...extraHeaders,
		'content-type': 'application/json',
		accept: 'application/json'
	};
	if (name) headers.authorization = `Basic ${Buffer.from(`${name}:${secret}`).toString('base64')}`;
	return {
		displayUrl: base,
		/** The admin's name (written as the author of what provisioning creates). */
		admin: name || 'admin',
		/**
		 * @param {string} method
		 * @param {string} path
		 * @param {unknown} [body]
		 * @param {number[]} [accept] statuses that are not errors
		 */
		async request(method, path, body, accept = []) {
			const response = await fetch(`${base}${path}`, {
				method,
				headers,
				body: body === undefined ? undefined : JSON.stringify(body)
			});
			const json = await response.json().catch(() => ({}));
			if (!response.ok && !accept.includes(response.status)) {
				throw new Error(
					`${method} ${path} failed: ${response.status} ${json.error ?? ''} ${json.reason ?? ''}`.trim()
				);
			}
			return { status: response.status, body: json };
		}
	};
}

/**
 * @param {ReturnType<typeof createClient>} client
 * @param {string} name
 * @returns {Promise<boolean>} whether it was created now
 */
async function ensureDatabase(client, name) {
	const path = `/${encodeURIComponent(name)}`;
	const existing = await client.request('GET', path, undefined, [404]);
	if (existing.status === 200) return false;
	// 412: another provisioner created it in between; that is fine.
	const created = await client.request('PUT', path, undefined, [412]);
	return created.status !== 412;
}

/**
 * Writes a document only when its content differs, so a second run is a no-op.
 * @param {ReturnType<typeof createClient>} client
 * @param {string} path
 * @param {Record<string, unknown>} desired
 * @param {{ created: string[], updated: string[], unchanged: string[] }} report
 */
async function putIfChanged(client, path, desired, report) {
	const current = await client.request('GET', path, undefined, [404]);
	const { _rev, ...currentContent } = current.body;
	const isSecurity = path.endsWith('/_security');
	if (current.status === 200 && sameJson(currentContent, desired)) {
		report.unchanged.push(path);
		return;
	}
	const body = isSecurity || current.status === 404 ? desired : { ...desired, _rev };
	await client.request('PUT', path, body);
	(current.status === 404 || (isSecurity && isEmpty(currentContent))
		? report.created
		: report.updated
	).push(path);
}

/**
 * Builds design documents from a tree with one function per file:
 * `_design/forum/validate_doc_update.js`, `_design/forum/views/by_thread/map.js`, …
 * @param {string} dir
 */
export async function readDesignDocs(dir) {
	const docs = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		if (!entry.isDirectory()) continue;
		/** @type {Record<string, unknown>} */
		const doc = { _id: `_design/${entry.name}`, language: 'javascript' };
		const root = join(dir, entry.name);
		for (const file of await readdir(root, { recursive: true, withFileTypes: true })) {
			if (!file.isFile() || !file.name.endsWith('.js')) continue;
			const path = relative(root, join(file.parentPath, file.name)).split(sep);
			setPath(doc, path, stripHeader(await readFile(join(file.parentPath, file.name), 'utf8')));
		}
		docs.push(doc);
	}
	return docs;
}

/**
 * Design functions are stored as source text; the header comment and the `export default` that
 * lets tests import them are removed, leaving the bare `function (…) {…}` CouchDB expects.
 * @param {string} source
 */
export function stripHeader(source) {
	return source
		.replace(/^(\s*\/\/[^\n]*\n)+/, '')
		.replace(/^\s*export default\s+/, '')
		.trim()
		.replace(/;$/, '');
}

/**
 * @param {Record<string, unknown>} target
 * @param {string[]} path e.g. ['views', 'by_thread', 'map.js']
 * @param {string} value
 */
function setPath(target, path, value) {
	const keys = path.map((part, i) => (i === path.length - 1 ? part.replace(/\.js$/, '') : part));
	let node = target;
	for (const key of keys.slice(0, -1)) {
		node = /** @type {Record<string, unknown>} */ (node[key] ??= {});
	}
	node[/** @type {string} */ (keys.at(-1))] = value;
}

/** @param {unknown} a @param {unknown} b */
function sameJson(a, b) {
	return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

/** @param {unknown} value @returns {unknown} */
function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value)
				.sort(([a], [b]) => a.localeCompare(b))
				.map(([k, v]) => [k, sortKeys(v)])
		);
	}
	return value;
}

/** @param {Record<string, unknown>} value */
function isEmpty(value) {
	return Object.keys(value).length === 0;
}
