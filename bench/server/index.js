// Runs in Node: the server benchmark. Two servers run side by side in child processes, each as
// `npm start` runs it (couchdb/server/main.js, its settings from the environment, limits loosened
// for a load from one address): the new engine (couchdb/engine/, PouchDB 9) and the legacy one
// (express-pouchdb 4.2 on pouchdb-node 7, from commit 491b752: legacy-server.js), each behind
// its own gateway. Same data in both; the load comes from processes of their own, the two servers
// take turns going first, and each ratio is the median of the ratios of rounds run back to back
// (a busy machine weighs on both sides of a pair). Then the new engine alone: a reader while
// log-ins run, the memory of open long-polls, the log-in time. bench/README.md lists the rows.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { formatNumber } from '../lib/report.js';
import { median, percentile } from '../lib/stats.js';
import { openFeeds, runLoad } from './children.js';
import { legacyCommit, prepareLegacyServer } from './legacy-server.js';
import { firstSync, prepare, readAllChanges, seededPosts } from './seed.js';
import { startServerProcess } from './server-process.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {import('./children.js').Load} Load */
/** @typedef {import('./children.js').Request} Request */
/** @typedef {{ label: string, server: import('./server-process.js').ServerProcess,
 *   setup: import('./seed.js').Setup }} Subject */

export const name = 'server';
export const description =
	'new engine vs express-pouchdb 4.2, both behind their gateway: reads, writes, _changes, first sync, long-polls; log-ins and memory';

const options = {
	/** Throughput: 16 connections, 5 s a load, 4 counted rounds after a 2 s warm-up of each. */
	rounds: 4,
	seconds: 5,
	warmUpSeconds: 2,
	concurrency: 16,
	/** Latency under a side load: one reader, 4 s, idle and loaded back to back, 4 rounds. */
	latencyRounds: 4,
	readerSeconds: 4,
	readerTimeoutMs: 10_000,
	changesRuns: 15,
	syncRuns: 11,
	syncPageSize: 2_000,
	feeds: 300,
	memoryFeeds: 1_000,
	/** How long a server has to accept the long-polls before it counts as stalled. */
	feedTimeLimitMs: 30_000,
	loginsInFlight: 16,
	logins: 15
};
const legacyName = 'express-pouchdb 4.2';
const root = resolve(import.meta.dirname, '../..');
const MB = 1024 * 1024;
/** A reader waiting this long (p50) with long-polls open: the server stalled. */
const stallMs = 1_000;

/** A time for the log (a stalled load may have none). @param {number | undefined} value */
const ms = (value) => (value !== undefined && Number.isFinite(value) ? value.toFixed(1) : '—');

/**
 * @param {BenchContext} context
 * @returns {Promise<BenchRow[]>}
 */
export async function run(context) {
	const { log } = context;
	const legacy = await prepareLegacyServer(log);
	if ('skipped' in legacy) {
		log(
			`⚠ No legacy baseline: ${legacy.skipped}. The rows comparing with ${legacyName} are skipped.`
		);
	}
	const folder = await context.tempDir('server');
	const admin = { name: 'admin', password: randomBytes(18).toString('base64url') };
	const buildDir = join(root, 'build');
	/** @type {Subject[]} */
	const subjects = [];
	try {
		const places = [{ label: 'new', cwd: root }];
		if ('dir' in legacy) places.push({ label: 'legacy', cwd: legacy.dir });
		for (const { label, cwd } of places) {
			const dataDir = join(folder, label);
			const server = await startServerProcess({ label, cwd, dataDir, buildDir, admin, log });
			const what =
				label === 'new' ? `new engine, ${checkout()}` : `${legacyName}, commit ${legacyCommit}`;
			log(`${label} server (${what}) at ${server.url}, process ${server.pid}; seeding`);
			subjects.push({ label, server, setup: await prepare(server) });
		}
		const [fresh, old] = subjects;
		if (!fresh) throw new Error('no server');
		log(`Seeded ${fresh.setup.docs} documents in each server`);

		/** @type {BenchRow[]} */
		const rows = [];
		if (old) {
			rows.push(...(await compareLoads(context, [fresh, old], 'read')));
			rows.push(await compareReads(context, [fresh, old], 'changes'));
			rows.push(await compareReads(context, [fresh, old], 'first sync'));
		}
		// Writes after the reads of everything (they add documents, which _changes and the first
		// sync must not see on one side only), and the long-polls last: the legacy server may stall.
		if (old) rows.push(...(await compareLoads(context, [fresh, old], 'write')));
		const logIn = await logInTime(context, fresh, old);
		rows.push(...(await latencyWithFeeds(context, old ? [fresh, old] : [fresh])));
		await old?.server.stop();
		rows.push(await latencyWithLogIns(context, fresh));
		rows.push(await memoryWithFeeds(context, fresh));
		rows.push(logIn);
		for (const { label, server } of subjects) {
			if (server.messages > 0) log(`⚠ the ${label} server wrote ${server.messages} lines (above)`);
		}
		return rows;
	} finally {
		for (const { server } of subjects) await server.stop();
	}
}

/**
 * Which code the new server runs: this checkout's commit, and whether the server's folder has
 * changes not yet committed (they are measured too).
 */
function checkout() {
	const git = (/** @type {string[]} */ args) =>
		spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
	const commit = git(['rev-parse', '--short', 'HEAD']) || 'no git';
	const changed = git(['status', '--porcelain', '--', 'couchdb']).split('\n').filter(Boolean);
	return changed.length > 0
		? `commit ${commit} + ${changed.length} uncommitted files in couchdb/`
		: `commit ${commit}`;
}

/**
 * Alternates who goes first: in odd rounds the list as given, in even rounds reversed.
 * @template T @param {readonly T[]} list @param {number} round
 */
function turn(list, round) {
	return round % 2 === 1 ? [...list] : [...list].reverse();
}

/**
 * Throughput (and for reads the p50) with 16 connections, the new engine against the legacy one.
 * @param {BenchContext} context @param {[Subject, Subject]} pair @param {'read' | 'write'} kind
 * @returns {Promise<BenchRow[]>}
 */
async function compareLoads(context, pair, kind) {
	const requestOf = (/** @type {Subject} */ s) =>
		kind === 'read' ? s.setup.readThread : s.setup.postReply;
	const load = { seconds: options.seconds, concurrency: options.concurrency };
	// An uncounted first load of each: the first seconds pay for JIT and cold caches.
	for (const subject of pair)
		await runLoad(requestOf(subject), { ...load, seconds: options.warmUpSeconds });
	/** @type {Load[][]} */
	const loads = [[], []];
	for (let round = 1; round <= options.rounds; round++) {
		for (const subject of turn(pair, round)) {
			const cpuBefore = await subject.server.cpuMs();
			const result = await runLoad(requestOf(subject), load);
			const cpu = ((await subject.server.cpuMs()) - cpuBefore) / Math.max(1, result.requests);
			const errors =
				result.errors > 0 ? `, ${result.errors} errors ${JSON.stringify(result.statuses)}` : '';
			context.log(
				`${kind} ${subject.label} ${round}/${options.rounds}: ${Math.round(result.rps)} req/s, p50 ${ms(result.p50)} ms, ` +
					`server CPU ${cpu.toFixed(2)} ms a request${errors}`
			);
			loads[pair.indexOf(subject)]?.push(result);
		}
	}
	const [fresh = [], old = []] = loads;
	const errors = [...fresh, ...old].reduce((sum, l) => sum + l.errors, 0);
	const note = errors > 0 ? ` (${errors} errors, see the log)` : '';
	const label = kind === 'read' ? 'read a thread (20 replies)' : 'post a reply';
	/** @type {BenchRow[]} */
	const rows = [
		{
			benchmark: name,
			metric: `${label}: throughput, ${options.concurrency} connections${note}`,
			value: median(fresh.map((l) => l.rps)),
			unit: 'req/s',
			baseline: median(old.map((l) => l.rps)),
			baselineLabel: legacyName,
			ratio: median(fresh.map((l, i) => l.rps / (old[i]?.rps ?? Number.NaN))),
			ratioLabel: 'legacy',
			target: '≥ 1× legacy',
			pass: median(fresh.map((l, i) => l.rps / (old[i]?.rps ?? Number.NaN))) >= 1
		}
	];
	if (kind === 'read') {
		const ratio = median(fresh.map((l, i) => l.p50 / (old[i]?.p50 ?? Number.NaN)));
		rows.push({
			benchmark: name,
			metric: `${label}: p50 latency, ${options.concurrency} connections`,
			value: median(fresh.map((l) => l.p50)),
			unit: 'ms',
			baseline: median(old.map((l) => l.p50)),
			baselineLabel: legacyName,
			ratio,
			ratioLabel: 'legacy',
			target: '≤ 1× legacy',
			pass: ratio <= 1
		});
	}
	return rows;
}

/**
 * One phone's big read, timed: `_changes?since=0`, or the app's first sync; the two servers in
 * turn, one uncounted run of each first.
 * @param {BenchContext} context @param {[Subject, Subject]} pair @param {'changes' | 'first sync'} kind
 * @returns {Promise<BenchRow>}
 */
async function compareReads(context, pair, kind) {
	const read = (/** @type {Subject} */ s) =>
		kind === 'changes' ? readAllChanges(s.setup) : firstSync(s.setup, options.syncPageSize);
	const runs = kind === 'changes' ? options.changesRuns : options.syncRuns;
	for (const subject of pair) await read(subject);
	/** @type {number[][]} */
	const times = [[], []];
	/** @type {number[][]} */
	const counts = [[], []];
	/** @type {number[][]} the server's CPU time per read, less moved by the machine's load */
	const cpu = [[], []];
	for (let round = 1; round <= runs; round++) {
		for (const subject of turn(pair, round)) {
			const cpuBefore = await subject.server.cpuMs();
			const { ms, count } = await read(subject);
			cpu[pair.indexOf(subject)]?.push((await subject.server.cpuMs()) - cpuBefore);
			times[pair.indexOf(subject)]?.push(ms);
			counts[pair.indexOf(subject)]?.push(count);
		}
	}
	const [fresh = [], old = []] = times;
	const list = (/** @type {number[] | undefined} */ values) =>
		(values ?? []).map((t) => t.toFixed(0)).join(', ');
	context.log(
		`${kind}: new ${list(fresh)} ms; legacy ${list(old)} ms; ${counts[0]?.[0]} and ${counts[1]?.[0]} results; ` +
			`server CPU, median: new ${median(cpu[0] ?? []).toFixed(0)} ms, legacy ${median(cpu[1] ?? []).toFixed(0)} ms`
	);
	const ratio = median(fresh.map((t, i) => t / (old[i] ?? Number.NaN)));
	// The new server also keeps the member's public profile in the forum database: one more
	// change. More than that would mean the two did not read the same thing.
	const [a = 0, b = 0] = counts.map((c) => c[0] ?? 0);
	const differ = Math.abs(a - b) > 1 ? ` (results differ: ${a} vs ${b})` : '';
	const size = seededPosts.toLocaleString('en-US');
	return {
		benchmark: name,
		metric:
			kind === 'changes'
				? `_changes?since=0 over ${size} posts, p50 of ${runs}${differ}`
				: `first sync of ${size} posts (_all_docs pages of ${options.syncPageSize.toLocaleString('en-US')}), p50 of ${runs}${differ}`,
		value: median(fresh),
		unit: 'ms',
		baseline: median(old),
		baselineLabel: legacyName,
		ratio,
		ratioLabel: 'legacy',
		target: '≤ 1× legacy',
		pass: ratio <= 1
	};
}

/**
 * A reader's p50 (one connection reading a thread) with `options.feeds` long-polls open, over the
 * same server's idle p50, in rounds; for the legacy server too, with a time limit.
 * @param {BenchContext} context @param {Subject[]} subjects
 * @returns {Promise<BenchRow[]>}
 */
async function latencyWithFeeds(context, subjects) {
	/** @type {Map<Subject, { idle: Load[], loaded: Load[], stalls: string[] }>} */
	const results = new Map(subjects.map((s) => [s, { idle: [], loaded: [], stalls: [] }]));
	const reader = {
		seconds: options.readerSeconds,
		concurrency: 1,
		timeoutMs: options.readerTimeoutMs
	};
	for (const subject of subjects)
		await runLoad(subject.setup.readThread, { ...reader, seconds: 2 });
	for (let round = 1; round <= options.latencyRounds; round++) {
		for (const subject of turn(subjects, round)) {
			const result = results.get(subject);
			if (!result) continue;
			for (const phase of turn(/** @type {const} */ (['idle', 'loaded']), round)) {
				if (phase === 'idle') {
					result.idle.push(await runLoad(subject.setup.readThread, reader));
					continue;
				}
				const feeds = await openFeeds(subject.setup.longPoll, {
					count: options.feeds,
					timeLimitMs: options.feedTimeLimitMs
				});
				const load = await runLoad(subject.setup.readThread, reader);
				const counts = await feeds.close();
				result.loaded.push(load);
				const problems = [
					feeds.allAccepted
						? ''
						: `${feeds.accepted} of ${options.feeds} accepted in ${options.feedTimeLimitMs / 1000} s`,
					load.timeouts > 0 ? `${load.timeouts} read${load.timeouts > 1 ? 's' : ''} timed out` : '',
					counts.refused + counts.failed > 0
						? `${counts.refused} feeds refused, ${counts.failed} failed`
						: ''
				].filter(Boolean);
				result.stalls.push(...problems);
				context.log(
					`${options.feeds} long-polls on ${subject.label} ${round}/${options.latencyRounds}: open in ${feeds.openedMs} ms, ` +
						`reader p50 ${ms(load.p50)} ms (idle ${ms(result.idle.at(-1)?.p50)} ms)` +
						`${problems.length ? `; ${problems.join('; ')}` : ''}; ${JSON.stringify(counts)}`
				);
			}
		}
	}
	return subjects.map((subject) => {
		const { idle, loaded, stalls } = results.get(subject) ?? { idle: [], loaded: [], stalls: [] };
		const ratio = median(loaded.map((l, i) => l.p50 / (idle[i]?.p50 ?? Number.NaN)));
		const isNew = subject.label === 'new';
		const limit = `time limit ${options.feedTimeLimitMs / 1000} s to open, ${options.readerTimeoutMs / 1000} s a read`;
		// A round whose reader waited a second or more (p50) stalled, whatever the median says.
		const slow = loaded.filter((l) => l.p50 >= stallMs);
		const worst = Math.max(...loaded.map((l) => l.p50));
		const notes = [
			...(slow.length > 0
				? [`in ${slow.length} of ${loaded.length} rounds (worst p50 ${formatNumber(worst)} ms)`]
				: []),
			...new Set(stalls)
		];
		const stalled = notes.length > 0 ? `; STALLED ${notes.join(', ')}` : '';
		return {
			benchmark: name,
			metric: `reader p50 with ${options.feeds} long-polls open, ${isNew ? 'new engine' : `${legacyName} (${limit})`}${stalled}`,
			value: median(loaded.map((l) => l.p50)),
			unit: 'ms',
			baseline: median(idle.map((l) => l.p50)),
			baselineLabel: 'idle, same server',
			ratio,
			ratioLabel: 'idle',
			...(isNew ? { target: '≤ 2× idle', pass: ratio <= 2 && notes.length === 0 } : {})
		};
	});
}

/**
 * The new engine alone: a reader's p50 while `options.loginsInFlight` log-ins (right passwords)
 * run without a pause, over its idle p50. Some log-ins get a 429 (the password checks' queue is
 * full): counted, as the server meant them.
 * @param {BenchContext} context @param {Subject} subject
 * @returns {Promise<BenchRow>}
 */
async function latencyWithLogIns(context, subject) {
	const reader = {
		seconds: options.readerSeconds,
		concurrency: 1,
		timeoutMs: options.readerTimeoutMs
	};
	/** @type {Load[]} */
	const idle = [];
	/** @type {Load[]} */
	const loaded = [];
	/** @type {Record<string, number>} */
	const statuses = {};
	await runLoad(subject.setup.readThread, { ...reader, seconds: 2 });
	for (let round = 1; round <= options.latencyRounds; round++) {
		for (const phase of turn(/** @type {const} */ (['idle', 'loaded']), round)) {
			if (phase === 'idle') {
				idle.push(await runLoad(subject.setup.readThread, reader));
				continue;
			}
			const logIns = runLoad(subject.setup.logIn, {
				seconds: options.readerSeconds + 2,
				concurrency: options.loginsInFlight
			});
			await sleep(1_000);
			const load = await runLoad(subject.setup.readThread, reader);
			const side = await logIns;
			for (const [status, count] of Object.entries(side.statuses))
				statuses[status] = (statuses[status] ?? 0) + count;
			loaded.push(load);
			context.log(
				`${options.loginsInFlight} log-ins in flight ${round}/${options.latencyRounds}: reader p50 ${ms(load.p50)} ms ` +
					`(idle ${ms(idle.at(-1)?.p50)} ms), log-ins ${JSON.stringify(side.statuses)}, p50 ${ms(side.p50)} ms`
			);
		}
	}
	const total = Object.values(statuses).reduce((a, b) => a + b, 0);
	const refused = statuses['429'] ?? 0;
	const others = Object.entries(statuses).filter(
		([status]) => status !== '200' && status !== '429'
	);
	const odd =
		others.length > 0 ? `, other answers: ${others.map(([s, n]) => `${n}× ${s}`).join(', ')}` : '';
	const ratio = median(loaded.map((l, i) => l.p50 / (idle[i]?.p50 ?? Number.NaN)));
	return {
		benchmark: name,
		metric: `reader p50 with ${options.loginsInFlight} log-ins in flight, new engine (${refused} of ${total} log-ins answered 429${odd})`,
		value: median(loaded.map((l) => l.p50)),
		unit: 'ms',
		baseline: median(idle.map((l) => l.p50)),
		baselineLabel: 'idle, same server',
		ratio,
		ratioLabel: 'idle',
		target: '≤ 3× idle',
		pass: ratio <= 3
	};
}

/**
 * The new engine alone: its resident memory with `options.memoryFeeds` long-polls open (after a
 * heartbeat has gone to each) minus its idle memory just before.
 * @param {BenchContext} context @param {Subject} subject
 * @returns {Promise<BenchRow>}
 */
async function memoryWithFeeds(context, subject) {
	const sample = async () => {
		/** @type {number[]} */
		const samples = [];
		for (let i = 0; i < 5; i++) {
			samples.push(await subject.server.rss());
			await sleep(200);
		}
		return median(samples);
	};
	const idle = await sample();
	const feeds = await openFeeds(subject.setup.longPoll, {
		count: options.memoryFeeds,
		timeLimitMs: 60_000,
		// Past the first heartbeat (10 s): each feed has then been answered its headers.
		settleMs: 11_000
	});
	const open = await sample();
	const counts = await feeds.close();
	const delta = (open - idle) / MB;
	const problems =
		feeds.allAccepted && counts.refused + counts.failed === 0
			? ''
			: `; only ${feeds.accepted} accepted, ${JSON.stringify(counts)}`;
	context.log(
		`RSS idle ${(idle / MB).toFixed(1)} MB, with ${options.memoryFeeds} long-polls ${(open / MB).toFixed(1)} MB ` +
			`(${((open - idle) / 1024 / options.memoryFeeds).toFixed(1)} kB a feed); ${JSON.stringify(counts)}`
	);
	return {
		benchmark: name,
		metric: `server RSS with ${options.memoryFeeds.toLocaleString('en-US')} long-polls open − idle, new engine${problems}`,
		value: delta,
		unit: 'MB',
		baseline: idle / MB,
		baselineLabel: 'idle RSS, same process',
		target: '≤ 100 MB',
		pass: delta <= 100 && problems === ''
	};
}

/**
 * Log-in time (the password checked with PBKDF2-SHA256, 300,000 iterations on both servers), one
 * at a time, the two servers in turn; against the legacy server's, or a session check without it.
 * @param {BenchContext} context @param {Subject} subject @param {Subject | undefined} old
 * @returns {Promise<BenchRow>}
 */
async function logInTime(context, subject, old) {
	/** @param {Request} request */
	const timed = async (request) => {
		const started = performance.now();
		const response = await fetch(request.url, {
			method: request.method,
			headers: request.headers,
			body: request.body
		});
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${request.method} ${request.url}: ${response.status}`);
		return performance.now() - started;
	};
	/** @type {number[]} */
	const logins = [];
	/** @type {number[]} */
	const baseline = [];
	for (let i = 0; i < options.logins; i++) {
		const pair = turn([subject.setup.logIn, old?.setup.logIn ?? subject.setup.sessionCheck], i + 1);
		for (const request of pair) {
			const ms = await timed(request);
			(request === subject.setup.logIn ? logins : baseline).push(ms);
		}
	}
	const p50 = percentile(logins, 0.5);
	const base = percentile(baseline, 0.5);
	context.log(
		`log-in p50 ${p50.toFixed(0)} ms, p95 ${percentile(logins, 0.95).toFixed(0)} ms; ` +
			`${old ? 'legacy log-in' : 'session check'} p50 ${base.toFixed(0)} ms`
	);
	return {
		benchmark: name,
		metric: `log-in (PBKDF2-SHA256), p50 of ${options.logins}, new engine`,
		value: p50,
		unit: 'ms',
		baseline: base,
		baselineLabel: old ? `${legacyName}, same hashing` : 'session check (GET _session)',
		ratio: p50 / base,
		ratioLabel: old ? 'legacy' : 'a session check',
		target: '< 300 ms',
		pass: p50 < 300
	};
}
