import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
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
	await mkdir(join(buildDir, 'data/chunks'), { recursive: true });
	await writeFile(join(buildDir, 'data/chunks', `${'a'.repeat(64)}.json`), '{"items":[]}');
}

/** Limits loose enough for tests that sign many users up from one address. */
export const relaxedLimits = {
	loginFailures: 1_000,
	loginsPerAccount: 100_000,
	loginsPerAddress: 100_000,
	signUpsPerHour: 100_000,
	writesPer10Minutes: 1_000_000,
	writeBytesPer10Minutes: 1e12,
	feedsPerAddress: 10_000
};

/**
 * Sends `count` requests at once (all started before any answer is awaited), as an attacker
 * would to slip past a limit checked before slow work and counted after it.
 */
export function fireTogether(
	count: number,
	request: (i: number) => Promise<Answer>
): Promise<Answer[]> {
	return Promise.all(Array.from({ length: count }, (_, i) => request(i)));
}

/** How many answers had each status: `{ 401: 5, 429: 95 }`. */
export function countStatuses(answers: Answer[]): Record<number, number> {
	const counts: Record<number, number> = {};
	for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
	return counts;
}

/**
 * The database behind the gateway in these tests: the embedded one, or an Apache CouchDB when
 * TEST_COUCHDB_URL is set (`npm run test:server -- --couchdb http://admin:…@host:5984`, with
 * TEST_COUCHDB_SECRET its `[chttpd_auth] secret`). One suite, two engines: a test of the embedded
 * engine's own workings says so in its title and is skipped on CouchDB (see `embeddedOnly`).
 */
export const couchdbUnderTest = readCouchDbUnderTest(process.env);

/** Which engine the server suite runs against. */
export const engineUnderTest: 'embedded' | 'couchdb' = couchdbUnderTest ? 'couchdb' : 'embedded';

/** Whether a test of the embedded engine's internals (its files, feeds, compaction) can run. */
export const onEmbedded = engineUnderTest === 'embedded';

/**
 * A test of the embedded engine's own workings, which Apache CouchDB does its own way: it runs on
 * the embedded engine and is skipped on CouchDB, with the reason in its title.
 */
export function embeddedOnly(reason: string): { skip: boolean; title: (name: string) => string } {
	return { skip: !onEmbedded, title: (name) => `${name} [embedded engine: ${reason}]` };
}

function readCouchDbUnderTest(env: NodeJS.ProcessEnv) {
	if (!env.TEST_COUCHDB_URL) return undefined;
	const url = new URL(env.TEST_COUCHDB_URL);
	const admin = {
		name: decodeURIComponent(url.username),
		password: decodeURIComponent(url.password)
	};
	url.username = '';
	url.password = '';
	if (!admin.name || !env.TEST_COUCHDB_SECRET) {
		throw new Error('TEST_COUCHDB_URL needs the admin in the URL, and TEST_COUCHDB_SECRET.');
	}
	return { url: url.toString().replace(/\/$/, ''), admin, secret: env.TEST_COUCHDB_SECRET };
}

/**
 * Empties the Apache CouchDB under test of what the app keeps (its databases and accounts), as a
 * fresh embedded server would be.
 */
async function resetCouchDb(couchdb: NonNullable<typeof couchdbUnderTest>): Promise<void> {
	const headers = { ...jsonHeaders, ...basicAuth(couchdb.admin.name, couchdb.admin.password) };
	const call = (method: string, path: string, body?: unknown) =>
		fetch(`${couchdb.url}${path}`, {
			method,
			headers,
			body: body === undefined ? undefined : JSON.stringify(body)
		}).then((r) => r.json());
	const all = (await call('GET', '/_all_dbs')) as string[];
	for (const db of all.filter(
		(name) => ['forum', 'passerelle'].includes(name) || name.startsWith('plan-')
	)) {
		await call('DELETE', `/${db}`);
	}
	const users = (await call('GET', '/_users/_all_docs')) as {
		rows?: { id: string; value: { rev: string } }[];
	};
	const accounts = (users.rows ?? []).filter((row) => row.id.startsWith('org.couchdb.user:'));
	if (accounts.length > 0) {
		await call('POST', '/_users/_bulk_docs', {
			docs: accounts.map((row) => ({ _id: row.id, _rev: row.value.rev, _deleted: true }))
		});
	}
}

/**
 * Starts the real server (gateway and embedded database, or Apache CouchDB under test) on a free
 * port, with fresh data and build folders. Its limits are relaxed unless `limits` says otherwise.
 */
export async function startTestServer(
	options: {
		dataDir?: string;
		buildDir?: string;
		seedDemo?: boolean;
		port?: number;
		limits?: Partial<import('../gateway/rate-limits.js').Limits>;
		sessionMaxAgeSeconds?: number;
		trustProxy?: boolean;
		compactAfterMs?: number;
		maxAnswerBytes?: number;
		userCacheMs?: number;
		/** The same data as the server that ran before on `dataDir` (a restart): nothing reset. */
		restart?: boolean;
	} = {}
): Promise<TestServer> {
	const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-data-')));
	const buildDir = options.buildDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-build-')));
	if (!options.buildDir) await writeFakeBuild(buildDir);
	if (couchdbUnderTest && !options.restart) await resetCouchDb(couchdbUnderTest);
	const server = await startServer({
		couchdb: couchdbUnderTest,
		port: options.port ?? 0,
		dataDir,
		buildDir,
		seedDemo: options.seedDemo,
		limits: options.limits ?? relaxedLimits,
		sessionMaxAgeSeconds: options.sessionMaxAgeSeconds,
		trustProxy: options.trustProxy,
		compactAfterMs: options.compactAfterMs,
		maxAnswerBytes: options.maxAnswerBytes,
		userCacheMs: options.userCacheMs
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

/**
 * A replication checkpoint's id as PouchDB makes it (the MD5 of the replication in base64, made
 * URL-safe): the only `_local` id a client may write (couchdb/http/checkpoint-id.js).
 */
export function newCheckpointId(): string {
	const md5 = createHash('md5').update(randomBytes(16)).digest('base64');
	return md5.replace(/\//g, '.').replace(/\+/g, '_');
}

/** `Authorization` header for HTTP basic auth. */
export function basicAuth(name: string, password: string): Record<string, string> {
	return { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

export const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * A request to the database itself as the server admin (on the loopback, not through the
 * gateway): what provisioning and an operator do.
 */
export function adminFetch(
	server: { adminUrl: string; admin: { name: string; password: string } },
	path: string,
	init: RequestInit = {}
): Promise<Response> {
	return fetch(`${server.adminUrl}${path}`, {
		...init,
		headers: {
			...jsonHeaders,
			...basicAuth(server.admin.name, server.admin.password),
			...init.headers
		}
	});
}

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
 * Headers that make a request to the database itself (bypassing the gateway) count as `name`'s,
 * or as a visitor's (`null`): for tests that attack the database's own rules alone.
 */
export async function databaseCaller(
	server: TestServer,
	name: string | null
): Promise<Record<string, string>> {
	const base = { ...jsonHeaders, ...server.backend.headers };
	if (name === null) return base;
	const doc = await adminFetch(server, `/_users/org.couchdb.user:${name}`).then((r) => r.json());
	return { ...base, ...server.backend.identify({ name, roles: doc.roles }) };
}

/** An answer read once: status, headers, the raw text and its JSON (undefined when not JSON). */
export interface Answer {
	status: number;
	headers: Headers;
	text: string;
	json: Record<string, unknown> | undefined;
}

/**
 * A request to `url` (the gateway or the database) with a JSON body (an object, or a string sent
 * as it is), read to the end.
 */
export async function send(
	url: string,
	init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}
): Promise<Answer> {
	const { body } = init;
	const response = await fetch(url, {
		method: init.method ?? 'GET',
		headers: { ...jsonHeaders, ...init.headers },
		body: body === undefined || typeof body === 'string' ? body : JSON.stringify(body)
	});
	const text = await response.text();
	let json: Record<string, unknown> | undefined;
	try {
		json = JSON.parse(text) as Record<string, unknown>;
	} catch {
		json = undefined;
	}
	return { status: response.status, headers: response.headers, text, json };
}

/** The server's own error answers: JSON `{ error, reason }`, never a stack trace or a path. */
export function isCleanJsonError(answer: Answer): boolean {
	return (
		(answer.headers.get('content-type') ?? '').startsWith('application/json') &&
		typeof answer.json?.error === 'string' &&
		typeof answer.json.reason === 'string' &&
		!/\bat \S+ \(|node_modules|\/home\/|\/work\/|\/tmp\/|file:\/\//.test(answer.text)
	);
}

/** `PUT /db/forum/<id>` through the gateway, with a session cookie (or none). */
export function putForumDoc(
	server: { url: string },
	doc: { _id: string },
	cookie?: string
): Promise<Answer> {
	return send(`${server.url}/db/forum/${encodeURIComponent(doc._id)}`, {
		method: 'PUT',
		headers: cookie ? { cookie } : {},
		body: doc
	});
}

/**
 * Writes documents into database `db` as the server admin; each must be stored (else it throws).
 * `withoutRules`: the design documents are removed during the write and put back after it, so
 * documents their `validate_doc_update` refuses (even from an admin, as in CouchDB) are stored,
 * as in a database filled before a rule existed. Inline attachments are `_attachments: { name:
 * { content_type, data: <base64> } }`. Every admin write of the tests goes through here.
 */
export async function insertAsAdmin(
	server: { adminUrl: string; admin: { name: string; password: string } },
	db: string,
	docs: object[],
	options: { withoutRules?: boolean } = {}
): Promise<void> {
	// The database itself, as the admin: the gateway would refuse design documents and any
	// document its checks refuse.
	const base = `${server.adminUrl}/${db}`;
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

/**
 * The real `npm start` in child processes (the supervisor, couchdb/start.js, and the server it
 * runs), for tests that kill the server outright. Its output is parsed for the addresses and the
 * server's process id.
 */
export async function startServerProcess(dataDir: string, port = 0) {
	const buildDir = join(dataDir, 'build');
	await writeFakeBuild(buildDir);
	const admin = { name: 'admin', password: 'process-test-secret' };
	const child = spawn(process.execPath, ['couchdb/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: join(dataDir, 'data'),
			BUILD_DIR: buildDir,
			FORUM_DEMO: '0',
			COUCHDB_USER: admin.name,
			COUCHDB_PASSWORD: admin.password,
			SIGNUPS_PER_HOUR: '100000'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const started = (from: number) =>
		new Promise<{ url: string; adminUrl: string; pid: number }>((done, fail) => {
			const check = () => {
				const text = output.slice(from);
				const url = /running at (http:\/\/[^/\s]+)\//.exec(text)?.[1];
				const adminUrl = /admin credentials\): (http:\/\/[^/\s]+)\//.exec(text)?.[1];
				const pid = Number(/Server process: (\d+)/.exec(text)?.[1]);
				if (url && adminUrl && pid) {
					child.stdout.off('data', check);
					done({ url, adminUrl, pid });
				}
			};
			child.stdout.on('data', (chunk: Buffer) => {
				output += chunk.toString();
				check();
			});
			child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
			child.once('exit', (code) => fail(new Error(`npm start exited with ${code}: ${output}`)));
		});
	const first = await started(0);
	return {
		...first,
		admin,
		port: Number(new URL(first.url).port),
		/** The output so far (the supervisor's messages included). */
		output: () => output,
		/** Resolves once the server has been started again (after a crash), with its new process. */
		restarted: () => started(output.length),
		/** SIGKILL to the supervisor: the server stops with it (no orphan holding the port). */
		kill: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGKILL');
			await once(child, 'exit');
		},
		/** A normal stop (SIGTERM), as a service manager does. */
		stop: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGTERM');
			await once(child, 'exit');
		}
	};
}
