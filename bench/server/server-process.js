// Runs in Node: a server under test in a child process, started as `npm start` starts it
// (`node couchdb/server/main.js` with its settings in the environment) and found by its output,
// as couchdb/server/test-helpers.ts `startServerProcess` does. Its own messages (errors, warnings)
// go to the progress log with its label, so a server that misbehaves during a load shows it.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';

/**
 * Limits loosened through the environment for a load test from one address (the real hashing
 * and the real password-check queue stay). The legacy server reads only the first three.
 */
export const relaxedEnv = {
	LOGIN_FAILURES: '1000',
	SIGNUPS_PER_HOUR: '100000',
	WRITES_PER_10_MINUTES: '1000000',
	WRITE_MB_PER_10_MINUTES: '100000',
	LOGINS_PER_ACCOUNT: '100000',
	LOGINS_PER_ADDRESS: '100000',
	FEEDS_PER_ADDRESS: '100000',
	FEEDS: '1000000'
};

/** The kernel's clock ticks per second, in which /proc reports CPU time. */
const ticksPerSecond =
	Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** Lines of a server's own output shown in the log before it is only counted. */
const shownLines = 40;

/**
 * @param {{ label: string, cwd: string, dataDir: string, buildDir: string,
 *   admin: { name: string, password: string }, log: (message: string) => void }} options
 */
export async function startServerProcess({ label, cwd, dataDir, buildDir, admin, log }) {
	const child = spawn(process.execPath, ['couchdb/server/main.js'], {
		cwd,
		env: {
			...process.env,
			...relaxedEnv,
			PORT: '0',
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			BUILD_DIR: buildDir,
			FORUM_DEMO: '0',
			COUCHDB_USER: admin.name,
			COUCHDB_PASSWORD: admin.password
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let ready = false;
	let extraLines = 0;
	let stopping = false;
	/** @param {string} text */
	const show = (text) => {
		for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
			extraLines++;
			if (extraLines <= shownLines) log(`[${label} server] ${line}`);
			else if (extraLines === shownLines + 1) log(`[${label} server] (further lines counted only)`);
		}
	};
	const started = new Promise((done, fail) => {
		const timer = setTimeout(
			() => fail(new Error(`${label} server: no address after 120 s`)),
			120_000
		);
		child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
			if (ready) return show(chunk.toString());
			output += chunk.toString();
			const url = /running at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
			const adminUrl = /admin credentials\): (http:\/\/[^/\s]+)\//.exec(output)?.[1];
			if (url && adminUrl) {
				ready = true;
				clearTimeout(timer);
				done({ url, adminUrl });
			}
		});
		child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
			if (ready) show(chunk.toString());
			else output += chunk.toString();
		});
		child.once('exit', (code, signal) => {
			clearTimeout(timer);
			if (!ready) fail(new Error(`${label} server exited (${code ?? signal}): ${output}`));
			else if (!stopping)
				log(`✖ [${label} server] exited during the benchmark (${code ?? signal})`);
		});
	});
	const { url, adminUrl } = /** @type {{ url: string, adminUrl: string }} */ (await started);
	const pid = child.pid ?? 0;
	return {
		label,
		url,
		adminUrl,
		admin,
		pid,
		/** Lines the server wrote after its start (errors, warnings). */
		get messages() {
			return extraLines;
		},
		/** Resident memory of the server process, in bytes (Linux). */
		async rss() {
			const status = await readFile(`/proc/${pid}/status`, 'utf8');
			return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) * 1024;
		},
		/** CPU time the server process has used, all its threads, in ms (Linux). */
		async cpuMs() {
			const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
			// The fields after the command's name, which is in parentheses and may hold spaces.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ticks = Number(fields[11]) + Number(fields[12]);
			return (ticks * 1000) / ticksPerSecond;
		},
		/** SIGTERM (a normal stop), SIGKILL if it is still there 10 s later. */
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			stopping = true;
			const exited = once(child, 'exit');
			child.kill('SIGTERM');
			const timer = setTimeout(() => {
				log(`[${label} server] still running 10 s after SIGTERM: SIGKILL`);
				child.kill('SIGKILL');
			}, 10_000);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** @typedef {Awaited<ReturnType<typeof startServerProcess>>} ServerProcess */
