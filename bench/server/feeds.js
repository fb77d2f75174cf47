// Runs in Node, as its own process (so holding hundreds of sockets costs the benchmark's event
// loop nothing): opens `count` `_changes` long-polls, each on its own connection, as that many
// phones waiting for news, and keeps them open until told to close. A feed the server answers
// with 200 (a change, or its time limit) is opened again, as the app does; any other answer is
// counted as refused. Talks to the benchmark over IPC: 'sent' once every request is written,
// with the connections' local ports, then a report (counts) on { type: 'report' } and on
// { type: 'close' } before exiting.
import { request } from 'node:http';

/** @type {{ url: string, headers: Record<string, string>, count: number }} */
const { url, headers, count } = JSON.parse(process.argv[2] ?? '{}');
const target = new URL(url);
/** @type {Set<import('node:http').ClientRequest>} */
const open = new Set();
const counts = { sent: 0, headers: 0, answered: 0, refused: 0, failed: 0 };
/** The local port of each feed's connection: the benchmark finds the server's side by it. */
/** @type {Set<number>} */
const ports = new Set();
let closing = false;
let announced = false;

function openFeed() {
	const req = request(
		{
			agent: false,
			hostname: target.hostname,
			port: target.port,
			path: `${target.pathname}${target.search}`,
			headers
		},
		(res) => {
			counts.headers++;
			res.resume();
			res.on('end', () => {
				open.delete(req);
				if (closing) return;
				if (res.statusCode === 200) {
					counts.answered++;
					openFeed();
				} else {
					counts.refused++;
				}
			});
		}
	);
	req.on('socket', (socket) => {
		socket.once('connect', () => ports.add(socket.localPort ?? 0));
		socket.once('close', () => ports.delete(socket.localPort ?? 0));
	});
	req.on('finish', () => {
		counts.sent++;
		if (!announced && counts.sent >= count) {
			announced = true;
			process.send?.({ type: 'sent', ports: [...ports] });
		}
	});
	req.on('error', () => {
		open.delete(req);
		if (!closing) counts.failed++;
	});
	open.add(req);
	req.end();
}

for (let i = 0; i < count; i++) openFeed();

process.on('message', (/** @type {{ type: string }} */ message) => {
	if (message.type === 'report') process.send?.({ type: 'report', ...counts, open: open.size });
	if (message.type === 'close') {
		closing = true;
		const still = open.size;
		for (const req of open) req.destroy();
		process.send?.({ type: 'report', ...counts, open: still }, () => process.exit(0));
	}
});
