// A tiny HTTP proxy for tests that need a misbehaving network between a client and the embedded
// server: it can swallow `_changes` answers (a long-poll that hangs forever, as on a dead mobile
// connection: PouchDB #8462, #9063) or stop answering anything.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';

export interface TestProxy {
	url: string;
	/** While true, answers to `_changes` requests (in flight or new) never reach the client. */
	freezeChanges: boolean;
	/** While true, no request gets an answer. */
	hangAll: boolean;
	/** How many `_changes` answers were swallowed. */
	swallowed: number;
	/** Live `_changes` long-polls (`feed=longpoll`) received and not yet answered or closed. */
	openLongPolls: number;
	close: () => Promise<void>;
}

/** Starts a proxy on a free port in front of `target` (e.g. the test server's origin). */
export async function startTestProxy(target: string): Promise<TestProxy> {
	const upstream = new URL(target);
	const held: ServerResponse[] = [];
	const proxy: TestProxy = {
		url: '',
		freezeChanges: false,
		hangAll: false,
		swallowed: 0,
		openLongPolls: 0,
		close: async () => {
			for (const res of held) res.destroy();
			server.closeAllConnections();
			await new Promise((done) => server.close(done));
		}
	};
	const server = createServer((req: IncomingMessage, res: ServerResponse) => {
		if (proxy.hangAll) return void held.push(res);
		const isChanges = (req.url ?? '').includes('/_changes');
		if (isChanges && new URLSearchParams(req.url?.split('?')[1]).get('feed') === 'longpoll') {
			proxy.openLongPolls++;
			res.once('close', () => proxy.openLongPolls--);
		}
		const forward = request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: req.url,
				headers: req.headers
			},
			(answer) => {
				// Checked for every chunk: an answer already streaming (a long-poll's heartbeats)
				// freezes too, the way a dead connection stops delivering bytes half-way.
				const frozen = () => proxy.hangAll || (isChanges && proxy.freezeChanges);
				let swallowing = false;
				const swallow = () => {
					if (!swallowing) proxy.swallowed++;
					swallowing = true;
					held.push(res);
				};
				if (frozen()) swallow();
				else res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.on('data', (chunk: Buffer) => {
					if (swallowing || frozen()) return swallow();
					res.write(chunk);
				});
				answer.on('end', () => {
					if (swallowing || frozen()) return swallow();
					res.end();
				});
			}
		);
		forward.on('error', () => res.destroy());
		req.pipe(forward);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	const address = server.address();
	proxy.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	return proxy;
}
