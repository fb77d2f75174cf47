import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start-server.js';

export type TestServer = Awaited<ReturnType<typeof startServer>> & {
	dataDir: string;
	buildDir: string;
	stop: () => Promise<void>;
};

/** A minimal built app: a shell, a service worker and one hashed asset. */
async function writeFakeBuild(buildDir: string): Promise<void> {
	await mkdir(join(buildDir, '_app/immutable'), { recursive: true });
	await writeFile(join(buildDir, 'index.html'), '<!doctype html><title>shell</title>');
	await writeFile(join(buildDir, 'sw.js'), '// service worker');
	await writeFile(join(buildDir, '_app/immutable/app.abc123.js'), 'export {};');
}

/** Starts the real embedded server on a free port, with fresh data and build folders. */
export async function startTestServer(
	options: { dataDir?: string; buildDir?: string; seedDemo?: boolean; port?: number } = {}
): Promise<TestServer> {
	const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-data-')));
	const buildDir = options.buildDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-build-')));
	if (!options.buildDir) await writeFakeBuild(buildDir);
	const server = await startServer({
		port: options.port ?? 0,
		dataDir,
		buildDir,
		seedDemo: options.seedDemo
	});
	return {
		...server,
		dataDir,
		buildDir,
		stop: async () => {
			await server.close();
			if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
			if (!options.buildDir) await rm(buildDir, { recursive: true, force: true });
		}
	};
}

/** `Authorization` header for HTTP basic auth. */
export function basicAuth(name: string, password: string): Record<string, string> {
	return { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

export const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

/** Signs a user up through `_users` (as anyone can) and returns their session cookie. */
export async function signUpAndLogIn(
	baseUrl: string,
	name: string,
	password = `pass-${name}-2026`
): Promise<string> {
	const signUp = await fetch(`${baseUrl}/db/_users/org.couchdb.user:${name}`, {
		method: 'PUT',
		headers: jsonHeaders,
		body: JSON.stringify({
			_id: `org.couchdb.user:${name}`,
			name,
			password,
			roles: [],
			type: 'user'
		})
	});
	if (signUp.status !== 201)
		throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
	return logIn(baseUrl, name, password);
}

/** `POST /db/_session`; returns the `AuthSession=…` cookie. */
export async function logIn(baseUrl: string, name: string, password: string): Promise<string> {
	const response = await fetch(`${baseUrl}/db/_session`, {
		method: 'POST',
		headers: jsonHeaders,
		body: JSON.stringify({ name, password })
	});
	const cookie = response.headers.get('set-cookie')?.split(';')[0];
	if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
	return cookie;
}

/**
 * Writes documents into database `db` as the server admin; each must be stored (else it throws).
 * `withoutRules`: the design documents are removed during the write and put back after it, so
 * documents their `validate_doc_update` refuses (even from an admin, as in CouchDB) are stored,
 * as in a database filled before a rule existed. Inline attachments are `_attachments: { name:
 * { content_type, data: <base64> } }`. Every admin write of the tests goes through here.
 */
export async function insertAsAdmin(
	server: { url: string; admin: { name: string; password: string } },
	db: string,
	docs: object[],
	options: { withoutRules?: boolean } = {}
): Promise<void> {
	const base = `${server.url}/db/${db}`;
	const headers = { ...jsonHeaders, ...basicAuth(server.admin.name, server.admin.password) };
	const call = async (path: string, init: RequestInit = {}) => {
		const response = await fetch(`${base}${path}`, { ...init, headers });
		const body: unknown = await response.json();
		if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${JSON.stringify(body)}`);
		return body;
	};
	const designs: { _id: string; _rev?: string }[] = [];
	if (options.withoutRules) {
		const range = new URLSearchParams({
			startkey: '"_design/"',
			endkey: '"_design0"',
			include_docs: 'true'
		});
		const found = (await call(`/_all_docs?${range}`)) as { rows: { doc: (typeof designs)[0] }[] };
		for (const { doc } of found.rows) {
			await call(`/${doc._id}?rev=${doc._rev}`, { method: 'DELETE' });
			designs.push({ ...doc, _rev: undefined }); // put back as a new revision
		}
	}
	try {
		const results = (await call('/_bulk_docs', {
			method: 'POST',
			body: JSON.stringify({ docs })
		})) as { id: string; error?: string; reason?: string }[];
		const refused = results.filter((result) => result.error);
		if (refused.length > 0) throw new Error(`not stored: ${JSON.stringify(refused)}`);
	} finally {
		for (const design of designs) {
			await call(`/${design._id}`, { method: 'PUT', body: JSON.stringify(design) });
		}
	}
}
