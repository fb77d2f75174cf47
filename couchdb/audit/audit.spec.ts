// The server audit (`npm run audit:server`) against the real server: every attack refused, every
// honest case working. And against the embedded database exposed directly (behind a plain proxy,
// no gateway): the same checks fail, so a check that passes means something.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../server/test-helpers';
import { runAudit, type Result } from './run-audit.js';

describe('the server audit', () => {
	let server: TestServer;
	let results: Result[];

	beforeAll(async () => {
		// The real limits: the throttling checks are part of the audit.
		server = await startTestServer({ seedDemo: true, limits: {} });
		results = await runAudit(server.url);
	}, 120_000);
	afterAll(async () => {
		await server.stop();
	});

	it('refuses every attack and keeps every honest case working', () => {
		const failed = results.filter((result) => !result.pass);
		expect(failed.map((result) => `${result.id}: ${result.detail}`)).toEqual([]);
		expect(results.length).toBeGreaterThanOrEqual(25);
	});
});

describe('the audit against the embedded database without the gateway', () => {
	it('finds what the gateway fixes', async () => {
		const fixture = fork(fileURLToPath(new URL('./unguarded-fixture.js', import.meta.url)), [], {
			stdio: ['ignore', 'ignore', 'ignore', 'ipc']
		});
		try {
			const [{ port }] = (await once(fixture, 'message')) as [{ port: number }];
			const results = await runAudit(`http://127.0.0.1:${port}`);
			const failed = new Set(results.filter((result) => !result.pass).map((result) => result.id));
			for (const id of ['signup', 'login', 'app-headers', 'login-throttle', 'db-headers']) {
				expect(failed, id).toContain(id);
			}
		} finally {
			fixture.kill('SIGKILL');
		}
	}, 120_000);
});
