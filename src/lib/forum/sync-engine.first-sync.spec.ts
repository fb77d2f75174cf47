// The first sync (a bulk load from `_all_docs`) against the real embedded server: it resumes
// where it was cut, whether the server died or the network dropped one request.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	device,
	engineFor,
	forumIds,
	freshServer,
	onCleanup,
	seed,
	serverIds,
	useSyncTestKit,
	waitFor
} from './sync-engine.test-kit';

useSyncTestKit();

/** The real `npm start` server in a child process, so a test can SIGKILL it. */
async function startServerProcess(dataDir: string, port = 0) {
	const buildDir = join(dataDir, 'build');
	await mkdir(buildDir, { recursive: true });
	await writeFile(join(buildDir, 'index.html'), '<!doctype html><title>shell</title>');
	const admin = { name: 'admin', password: 'kill-test-secret' };
	const child = spawn(process.execPath, ['couchdb/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: join(dataDir, 'data'),
			BUILD_DIR: buildDir,
			FORUM_DEMO: '0',
			COUCHDB_USER: admin.name,
			COUCHDB_PASSWORD: admin.password
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let output = '';
	const [url, adminUrl] = await new Promise<[string, string]>((done, fail) => {
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
			const admin = /admin credentials\): (http:\/\/[^/\s]+)\//.exec(output);
			if (match?.[1] && admin?.[1]) done([match[1], admin[1]]);
		});
		child.on('exit', (code, signal) =>
			fail(new Error(`server exited (${signal ?? code}): ${output}`))
		);
	});
	return {
		url,
		adminUrl,
		admin,
		port: Number(new URL(url).port),
		kill: async () => {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill('SIGKILL');
			await once(child, 'exit');
		}
	};
}

describe('first sync', () => {
	it('resumes after the server is killed mid-sync and ends with exactly its documents', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-kill-'));
		onCleanup(() => rm(dataDir, { recursive: true, force: true }));
		let server = await startServerProcess(dataDir);
		onCleanup(() => server.kill());
		await seed(server, 1_000);
		const dev = device('kill', server.url);
		const engine = engineFor(dev, { initialBatchSize: 100 });
		engine.start();
		await waitFor(() => (engine.status.loaded ?? 0) >= 200, 30_000);
		await server.kill(); // SIGKILL, mid-sync
		await waitFor(() => engine.status.state === 'error');
		expect(engine.status.loaded ?? 0).toBeLessThan(2_000);
		server = await startServerProcess(dataDir, server.port);
		onCleanup(() => server.kill());
		await waitFor(() => engine.status.state === 'uptodate', 30_000);
		const local = await forumIds(dev.local);
		expect(local).toEqual(await serverIds(server));
		expect(new Set(local).size).toBe(2_000);
	}, 60_000);

	it('a load cut among the replies resumes after the last reply it saved', async () => {
		const server = await freshServer();
		await seed(server, 120, 'resume');
		const dev = device('resume', server.url);
		const replyPages: URL[] = [];
		const engine = engineFor(dev, {
			initialBatchSize: 50,
			fetch: async (input, init) => {
				const url = new URL(String(input));
				if (
					url.pathname.endsWith('/_all_docs') &&
					url.searchParams.get('endkey')?.includes('reply:')
				) {
					replyPages.push(url);
					if (replyPages.length === 3) throw new TypeError('network cut');
				}
				return dev.fetch(input, init);
			}
		});
		engine.start();
		await waitFor(() => engine.status.state === 'uptodate');
		expect(await forumIds(dev.local)).toEqual(await serverIds(server));
		const startkeys = replyPages.map((url) => url.searchParams.get('startkey'));
		// The retry asks again for the page that failed, not for the replies from the start.
		expect(startkeys[3]).toBe(startkeys[2]);
		expect(startkeys[3]).not.toBe(JSON.stringify('reply:'));
	});
});
