import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './start-server.js';

export type TestServer = Awaited<ReturnType<typeof startServer>> & {
	dataDir: string;
	buildDir: string;
	stop: () => Promise<void>;
};

/** A minimal built app: a shell, a service worker and one hashed asset. */
async function writeFakeBuild(buildDir: string): Promise<void> {
	await mkdir(join(buildDir, '_app/immutable'), { recursive: true });
	await writeFile(join(buildDir, 'index.html'), '<!doctype html><title>shell</title>');
	await writeFile(join(buildDir, 'sw.js'), '// service worker');
	await writeFile(join(buildDir, '_app/immutable/app.abc123.js'), 'export {};');
}

/** Starts the real embedded server on a free port, with fresh data and build folders. */
export async function startTestServer(
	options: { dataDir?: string; buildDir?: string } = {}
): Promise<TestServer> {
	const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-data-')));
	const buildDir = options.buildDir ?? (await mkdtemp(join(tmpdir(), 'passerelle-build-')));
	if (!options.buildDir) await writeFakeBuild(buildDir);
	const server = await startServer({ port: 0, dataDir, buildDir });
	return {
		...server,
		dataDir,
		buildDir,
		stop: async () => {
			await server.close();
			if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
			if (!options.buildDir) await rm(buildDir, { recursive: true, force: true });
		}
	};
}

/** `Authorization` header for HTTP basic auth. */
export function basicAuth(name: string, password: string): Record<string, string> {
	return { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

export const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };
