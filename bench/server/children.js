// Runs in Node: the server benchmark's client processes, load.js (one kind of request, for a
// while) and feeds.js (long-polls held open), each with a watchdog so that a server that stalls
// ends a measurement instead of hanging the benchmark.
import { fork, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {{ url: string, method: string, headers: Record<string, string>, body?: string }} Request */
/** @typedef {{ requests: number, errors: number, timeouts: number, statuses: Record<string, number>,
 *   rps: number, p50: number, p99: number }} Load */
/** @typedef {{ sent: number, headers: number, answered: number, refused: number, failed: number,
 *   open: number }} FeedCounts */

/**
 * `request` sent by `concurrency` connections for `seconds` from a process of its own.
 * @param {Request} request
 * @param {{ seconds: number, concurrency: number, timeoutMs?: number }} options
 * @returns {Promise<Load>}
 */
export function runLoad(request, { seconds, concurrency, timeoutMs = 30_000 }) {
	const spec = JSON.stringify({ ...request, concurrency, seconds, timeoutMs });
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [new URL('./load.js', import.meta.url).pathname, spec], {
			stdio: ['ignore', 'pipe', 'inherit']
		});
		const watchdog = setTimeout(() => child.kill('SIGKILL'), seconds * 1000 + timeoutMs + 60_000);
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.on('exit', (code, signal) => {
			clearTimeout(watchdog);
			if (code === 0) done(JSON.parse(out));
			else fail(new Error(`load exited ${code ?? signal}`));
		});
	});
}

/**
 * Opens `count` long-polls on `request.url` from a process of its own and resolves once the
 * server process has accepted them all and had `settleMs` more, or once `timeLimitMs` has passed
 * (`accepted` then says how many it took).
 * @param {Request} request
 * @param {{ count: number, timeLimitMs: number, settleMs?: number }} options
 */
export async function openFeeds(request, { count, timeLimitMs, settleMs = 2_000 }) {
	const started = Date.now();
	const serverPort = Number(new URL(request.url).port);
	const spec = JSON.stringify({ url: request.url, headers: request.headers, count });
	const child = fork(new URL('./feeds.js', import.meta.url).pathname, [spec], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	/** @type {((counts: FeedCounts) => void)[]} */
	const waitingReports = [];
	/** @type {Set<number> | undefined} */
	let ports;
	child.on('message', (/** @type {{ type: string, ports?: number[] } & FeedCounts} */ message) => {
		if (message.type === 'sent') ports = new Set(message.ports);
		if (message.type === 'report') waitingReports.shift()?.(message);
	});
	const exited = new Promise((done) => child.once('exit', done));
	let accepted = 0;
	while (Date.now() - started < timeLimitMs) {
		accepted = ports ? await acceptedConnections(serverPort, ports) : 0;
		if (accepted >= count) break;
		await sleep(100);
	}
	const openedMs = Date.now() - started;
	if (accepted >= count) await sleep(settleMs);
	/** @param {'report' | 'close'} type @returns {Promise<FeedCounts>} */
	const ask = (type) =>
		new Promise((done, fail) => {
			if (!child.connected) return fail(new Error('the long-poll process has gone'));
			waitingReports.push(done);
			child.send({ type });
		});
	return {
		/** How long the server took to accept them all (or the time limit), in ms. */
		openedMs,
		/** Connections the server had accepted when the wait ended. */
		accepted: Math.min(accepted, count),
		/** Whether they were all accepted within the time limit. */
		allAccepted: accepted >= count,
		report: () => ask('report'),
		/** Closes every feed (the sockets), ends the process; the counts just before. */
		async close() {
			const counts = await ask('close');
			await exited;
			return counts;
		}
	};
}

/**
 * How many of the connections from `clientPorts` to `serverPort` the server has accepted: in
 * the kernel's table of TCP sockets (IPv4, Linux), the server's side of a connection has a
 * socket inode once a process took it from the listening queue, 0 before.
 * @param {number} serverPort @param {Set<number>} clientPorts
 */
async function acceptedConnections(serverPort, clientPorts) {
	const table = await readFile('/proc/net/tcp', 'utf8');
	let accepted = 0;
	for (const line of table.split('\n').slice(1)) {
		const fields = line.trim().split(/\s+/);
		const [, local, remote, , , , , , , inode] = fields;
		if (!local || !remote || inode === undefined || inode === '0') continue;
		const port = (/** @type {string} */ address) => parseInt(address.split(':')[1] ?? '', 16);
		if (port(local) === serverPort && clientPorts.has(port(remote))) accepted++;
	}
	return accepted;
}
