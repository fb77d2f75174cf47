// Runs in Node: starts the embedded server (used by `npm start`, the tests and the benchmarks).
import { once } from 'node:events';
import { createApp } from './create-app.js';
import { loadAdminCredentials } from './admin-credentials.js';
import { provision } from '../provision-lib.js';

/**
 * @param {{ port: number, host?: string, dataDir: string, buildDir: string, seedDemo?: boolean }}
 *   options `seedDemo`: demo accounts and forum threads on first start (`npm start` sets it)
 */
export async function startServer({ port, host = '127.0.0.1', dataDir, buildDir, seedDemo }) {
	const admin = await loadAdminCredentials(dataDir);
	let url = '';
	const app = await createApp({ buildDir, dataDir, admin, selfUrl: () => url });
	const server = app.listen(port, host);
	await once(server, 'listening');
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
	// The same provisioning script that targets Apache CouchDB in production.
	await provision({ url: `${url}/db`, user: admin.name, password: admin.password, seedDemo });
	return {
		url,
		admin,
		adminSource: admin.source,
		/** Stops accepting connections and ends open ones (long-polls would keep it alive). */
		close: () =>
			new Promise((done) => {
				server.close(() => done(undefined));
				server.closeAllConnections();
			})
	};
}
