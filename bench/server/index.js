// Runs in Node: the server benchmark. In one run on one machine, reading a thread and posting a
// reply through the gateway (/db) and straight to the embedded database (express-pouchdb, with
// the gateway's token and the same identity), alternating; throughput and p99 latency, and the
// share of the direct throughput the gateway keeps (target ≥ 85 %). Then the log-in time with
// the PBKDF2-SHA256 hashing (target p50 < 300 ms), against a session check as the baseline.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../couchdb/server/start-server.js';
import { median, percentile } from '../lib/stats.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {{ requests: number, errors: number, rps: number, p50: number, p99: number }} Load */

export const name = 'server';
export const description =
	'gateway vs straight to express-pouchdb: read a thread, post a reply; log-in time';

const options = {
	rounds: 4,
	seconds: 5,
	warmUpSeconds: 2,
	concurrency: 16,
	threadReplies: 20,
	logins: 15
};
const keep = 0.85;

/**
 * @param {BenchContext} context
 * @returns {Promise<BenchRow[]>}
 */
export async function run(context) {
	const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-server-'));
	// Its own server: limits loose enough for a load test, the real hashing.
	const server = await startServer({
		port: 0,
		dataDir,
		buildDir: 'build',
		limits: { writesPer10Minutes: 10_000_000, loginFailures: 1_000, signUpsPerHour: 1_000 }
	});
	try {
		const setup = await prepare(server);
		/** @type {BenchRow[]} */
		const rows = [];
		for (const kind of /** @type {const} */ (['read', 'write'])) {
			/** @type {Record<'gateway' | 'direct', Load[]>} */
			const loads = { gateway: [], direct: [] };
			// An uncounted first round: the first seconds of a load pay for JIT and cold caches,
			// which would fall on whichever path goes first.
			for (const path of /** @type {const} */ (['direct', 'gateway'])) {
				await runLoad(setup.requests[kind][path], options.warmUpSeconds);
			}
			for (let round = 1; round <= options.rounds; round++) {
				// Each path goes first every other round, so a trend in the machine's load (other
				// jobs starting or ending) falls on both alike.
				/** @type {('direct' | 'gateway')[]} */
				const order = round % 2 === 1 ? ['direct', 'gateway'] : ['gateway', 'direct'];
				for (const path of order) {
					const load = await runLoad(setup.requests[kind][path]);
					if (load.errors > 0) throw new Error(`${kind} ${path}: ${load.errors} errors`);
					context.log(
						`${kind} ${path} ${round}/${options.rounds}: ${Math.round(load.rps)} req/s, p99 ${load.p99.toFixed(1)} ms`
					);
					loads[path].push(load);
				}
			}
			const rps = {
				gateway: median(loads.gateway.map((l) => l.rps)),
				direct: median(loads.direct.map((l) => l.rps))
			};
			// The ratio is the median of each round's own ratio: both loads of a round ran back to
			// back, under the same load from the rest of the machine.
			const kept = median(
				loads.gateway.map((l, i) => l.rps / (loads.direct[i]?.rps ?? Number.NaN))
			);
			const label = kind === 'read' ? 'read a thread (20 replies)' : 'post a reply';
			rows.push(
				{
					benchmark: name,
					metric: `${label}: throughput through the gateway`,
					value: rps.gateway,
					unit: 'req/s',
					baseline: rps.direct,
					baselineLabel: 'straight to express-pouchdb',
					ratio: kept,
					ratioLabel: '× direct',
					target: `≥ ${keep}×`,
					pass: kept >= keep
				},
				{
					benchmark: name,
					metric: `${label}: p99 latency through the gateway`,
					value: median(loads.gateway.map((l) => l.p99)),
					unit: 'ms',
					baseline: median(loads.direct.map((l) => l.p99)),
					baselineLabel: 'straight to express-pouchdb',
					ratio: median(loads.gateway.map((l) => l.p99)) / median(loads.direct.map((l) => l.p99)),
					ratioLabel: '× direct'
				}
			);
		}
		rows.push(await measureLogIn(server, setup.user, context));
		return rows;
	} finally {
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
	}
}

/**
 * A member, a thread with replies, and the four request kinds.
 * @param {import('../../couchdb/server/start-server.js').RunningServer} server
 */
async function prepare(server) {
	const user = { name: 'bench-reader', password: 'bench-password-2026' };
	const signUp = await fetch(`${server.url}/db/_users/org.couchdb.user:${user.name}`, {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name: user.name, password: user.password, roles: [], type: 'user' })
	});
	if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status}`);
	const login = await fetch(`${server.url}/db/_session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(user)
	});
	const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
	const admin = {
		'content-type': 'application/json',
		authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`
	};
	const now = new Date().toISOString();
	const threadKey = `${Date.now().toString(36).padStart(9, '0')}-bench0`;
	const post = {
		body: 'Message de banc d’essai.',
		author: user.name,
		authorName: 'Banc',
		createdAt: now,
		updatedAt: now
	};
	const docs = [
		{
			_id: `thread:${threadKey}`,
			type: 'thread',
			category: 'aide-technique',
			title: 'Banc d’essai',
			tags: [],
			...post
		},
		...Array.from({ length: options.threadReplies }, (_, i) => ({
			_id: `reply:${threadKey}:${(Date.now() + i).toString(36).padStart(9, '0')}-r${i}`,
			type: 'reply',
			threadId: `thread:${threadKey}`,
			...post
		}))
	];
	const seeded = await fetch(`${server.adminUrl}/forum/_bulk_docs`, {
		method: 'POST',
		headers: admin,
		body: JSON.stringify({ docs })
	});
	if (!seeded.ok) throw new Error(`seeding failed: ${seeded.status}`);

	const userDoc = await fetch(`${server.adminUrl}/_users/org.couchdb.user:${user.name}`, {
		headers: admin
	}).then((r) => r.json());
	const identity = server.backend.identify({
		name: user.name,
		roles: [],
		salt: userDoc.salt,
		doc: userDoc
	});
	const range = new URLSearchParams({
		include_docs: 'true',
		limit: '10000',
		startkey: JSON.stringify(`reply:${threadKey}:`),
		endkey: JSON.stringify(`reply:${threadKey}:\ufff0`)
	});
	const reply = JSON.stringify({
		docs: [
			{
				_id: `reply:${threadKey}:{{n}}-w`,
				type: 'reply',
				threadId: `thread:${threadKey}`,
				...post
			}
		]
	});
	const json = { 'content-type': 'application/json', accept: 'application/json' };
	const direct = { ...json, ...server.backend.headers };
	return {
		user,
		requests: {
			read: {
				gateway: { url: `${server.url}/db/forum/_all_docs?${range}`, method: 'GET', headers: json },
				direct: {
					url: `${server.adminUrl}/forum/_all_docs?${range}`,
					method: 'GET',
					headers: direct
				}
			},
			write: {
				gateway: {
					url: `${server.url}/db/forum/_bulk_docs`,
					method: 'POST',
					headers: { ...json, cookie },
					body: reply
				},
				direct: {
					url: `${server.adminUrl}/forum/_bulk_docs`,
					method: 'POST',
					headers: { ...direct, ...identity },
					body: reply
				}
			}
		}
	};
}

/**
 * @param {{ url: string, method: string, headers: Record<string, string>, body?: string }} request
 * @param {number} [seconds]
 * @returns {Promise<Load>}
 */
function runLoad(request, seconds = options.seconds) {
	const spec = JSON.stringify({ ...request, concurrency: options.concurrency, seconds });
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [new URL('./load.js', import.meta.url).pathname, spec], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('exit', (code) =>
			code === 0 ? done(JSON.parse(out)) : fail(new Error(`load exited ${code}`))
		);
	});
}

/**
 * Log-in time (the password checked with PBKDF2-SHA256), one at a time.
 * @param {import('../../couchdb/server/start-server.js').RunningServer} server
 * @param {{ name: string, password: string }} user
 * @param {BenchContext} context
 * @returns {Promise<BenchRow>}
 */
async function measureLogIn(server, user, context) {
	/** @type {number[]} */
	const logins = [];
	/** @type {number[]} */
	const checks = [];
	for (let i = 0; i < options.logins; i++) {
		let started = performance.now();
		const response = await fetch(`${server.url}/db/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(user)
		});
		await response.arrayBuffer();
		logins.push(performance.now() - started);
		started = performance.now();
		await (await fetch(`${server.url}/db/_session`)).arrayBuffer();
		checks.push(performance.now() - started);
	}
	const p50 = percentile(logins, 0.5);
	context.log(`log-in p50 ${p50.toFixed(0)} ms, p95 ${percentile(logins, 0.95).toFixed(0)} ms`);
	return {
		benchmark: name,
		metric: 'log-in (PBKDF2-SHA256), p50',
		value: p50,
		unit: 'ms',
		baseline: percentile(checks, 0.5),
		baselineLabel: 'session check (GET _session)',
		ratio: p50 / percentile(checks, 0.5),
		ratioLabel: '× a session check',
		target: '< 300 ms',
		pass: p50 < 300
	};
}
