// Runs in Node, as its own process (so it does not share the server's CPU time slice): sends one
// kind of request with `concurrency` connections for `seconds`, and prints the count, the
// throughput and the latency percentiles as JSON. `{{n}}` in the body becomes a counter, so
// every write is a new document.
import { Agent, request } from 'node:http';
import { percentile } from '../lib/stats.js';

const spec = JSON.parse(process.argv[2] ?? '{}');
/** @type {{ url: string, method: string, headers: Record<string, string>, body?: string,
 *   concurrency: number, seconds: number }} */
const { url, method, headers, body, concurrency, seconds } = spec;
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
/** @type {number[]} */
const latencies = [];
let errors = 0;
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
				res.on('end', () => {
					if ((res.statusCode ?? 500) >= 400) errors++;
					latencies.push(performance.now() - started);
					done();
				});
			}
		);
		req.on('error', () => {
			errors++;
			done();
		});
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
		rps: latencies.length / elapsed,
		p50: percentile(latencies, 0.5),
		p99: percentile(latencies, 0.99)
	})
);
agent.destroy();
