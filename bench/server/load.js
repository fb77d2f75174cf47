// Runs in Node, as its own process (so it does not share the server's CPU time slice): sends one
// kind of request with `concurrency` connections for `seconds`, and prints the count, the
// throughput, the latency percentiles and the count of each status as JSON. `{{n}}` in the body
// becomes a counter, so every write is a new document. A request unanswered after `timeoutMs` is
// dropped and counted, its latency taken as `timeoutMs` (a server that stalls must not hang the
// benchmark, and its percentiles must show the wait).
import { Agent, request } from 'node:http';
import { percentile } from '../lib/stats.js';

const spec = JSON.parse(process.argv[2] ?? '{}');
/** @type {{ url: string, method: string, headers: Record<string, string>, body?: string,
 *   concurrency: number, seconds: number, timeoutMs?: number }} */
const { url, method, headers, body, concurrency, seconds, timeoutMs = 30_000 } = spec;
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
/** @type {number[]} */
const latencies = [];
/** @type {Record<string, number>} */
const statuses = {};
let errors = 0;
let timeouts = 0;
let counter = 0;
const deadline = performance.now() + seconds * 1000;

/** @returns {Promise<void>} */
function once() {
	const payload = body?.replaceAll(
		'{{n}}',
		`${process.pid.toString(36)}${(counter++).toString(36).padStart(6, '0')}`
	);
	const started = performance.now();
	return new Promise((done) => {
		let settled = false;
		let timedOut = false;
		/** Counts the request once, however it ends. @param {number | undefined} status */
		const settle = (status) => {
			if (settled) return;
			settled = true;
			if (status === undefined) {
				errors++;
				if (timedOut) latencies.push(timeoutMs);
			} else {
				statuses[status] = (statuses[status] ?? 0) + 1;
				if (status >= 400) errors++;
				latencies.push(performance.now() - started);
			}
			done();
		};
		const req = request(
			{
				agent,
				hostname: target.hostname,
				port: target.port,
				path: `${target.pathname}${target.search}`,
				method,
				headers: {
					...headers,
					...(payload ? { 'content-length': Buffer.byteLength(payload) } : {})
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => settle(res.statusCode ?? 500));
			}
		);
		req.setTimeout(timeoutMs, () => {
			timeouts++;
			timedOut = true;
			req.destroy(new Error('timeout'));
		});
		req.on('error', () => settle(undefined));
		// A response cut short ends here without 'end' or an error on the request.
		req.on('close', () => settle(undefined));
		req.end(payload);
	});
}

async function worker() {
	while (performance.now() < deadline) await once();
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
process.stdout.write(
	JSON.stringify({
		requests: latencies.length,
		errors,
		timeouts,
		statuses,
		rps: latencies.length / elapsed,
		p50: percentile(latencies, 0.5),
		p99: percentile(latencies, 0.99)
	})
);
agent.destroy();
