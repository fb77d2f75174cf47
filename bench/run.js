// Runs in Node: `npm run bench [-- --only directory]`. Builds the app if needed, starts the real
// embedded server, runs each benchmark in Chromium, then prints a Markdown table of the results
// (stdout) and writes it to bench-results/. Progress goes to stderr. Missed targets are marked ❌
// but do not fail the run (timings depend on the machine); a benchmark that crashes does.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from '../couchdb/server/start-server.js';
import { browserLaunchOptions } from '../scripts/browser.js';
import * as content from './content/index.js';
import * as directory from './directory/index.js';
import * as forum from './forum/index.js';
import * as plan from './plan/index.js';
import * as quality from './quality/index.js';
import * as serverBench from './server/index.js';
import { createContext } from './lib/context.js';
import { formatTable, writeReports } from './lib/report.js';

/** @typedef {import('./lib/context.js').Benchmark} Benchmark */
/** @typedef {import('./lib/context.js').BenchRow} BenchRow */

/** Every benchmark, in the order they run. To add one, see bench/README.md. */
/** @type {Benchmark[]} */
const benchmarks = [directory, content, plan, forum, serverBench, quality];

const root = resolve(import.meta.dirname, '..');
const buildDir = resolve(root, 'build');
const resultsDir = resolve(root, 'bench-results');

const startedAt = Date.now();

/** A progress line on stderr, with the seconds since the start. */
function log(/** @type {string} */ message) {
	const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(5);
	process.stderr.write(`[${seconds} s] ${message}\n`);
}

/** The benchmarks named by `--only a,b` (all when absent). */
function selectBenchmarks() {
	const { values } = parseArgs({
		options: { only: { type: 'string', multiple: true }, help: { type: 'boolean' } }
	});
	const names = benchmarks.map((benchmark) => benchmark.name);
	if (values.help) {
		const list = benchmarks.map((benchmark) => `  ${benchmark.name}: ${benchmark.description}\n`);
		process.stderr.write(`Usage: npm run bench [-- --only <${names.join('|')}>]\n${list.join('')}`);
		process.exit(0);
	}
	const wanted = (values.only ?? []).flatMap((value) => value.split(','));
	const unknown = wanted.filter((name) => !names.includes(name));
	if (unknown.length > 0) {
		log(`Unknown benchmark: ${unknown.join(', ')}. Known: ${names.join(', ')}.`);
		process.exit(2);
	}
	return wanted.length === 0 ? benchmarks : benchmarks.filter((b) => wanted.includes(b.name));
}

/**
 * `buildIfNeeded()` in a child process whose output goes to stderr, so that stdout carries the
 * table only (the build prints Vite's progress).
 */
async function buildAppIfNeeded() {
	const script = `import { buildIfNeeded } from './couchdb/server/build-if-needed.js';
await buildIfNeeded(${JSON.stringify(buildDir)});`;
	const code = await new Promise((done) => {
		const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
			cwd: root,
			stdio: ['ignore', 2, 2]
		});
		child.on('exit', done);
	});
	if (code !== 0) throw new Error('Building the app failed; see the messages above.');
}

async function main() {
	const selected = selectBenchmarks();
	await buildAppIfNeeded();
	const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-data-'));
	const server = await startServer({ port: 0, dataDir, buildDir });
	log(`Embedded server at ${server.url}`);
	const { context, dispose } = createContext({ server, log });

	/** @type {BenchRow[]} */
	const rows = [];
	/** @type {string[]} */
	const failed = [];
	try {
		for (const benchmark of selected) {
			log(`▶ ${benchmark.name}: ${benchmark.description}`);
			const benchmarkStart = Date.now();
			try {
				rows.push(...(await benchmark.run(context)));
				log(`✔ ${benchmark.name} in ${((Date.now() - benchmarkStart) / 1000).toFixed(1)} s`);
			} catch (error) {
				failed.push(benchmark.name);
				log(`✖ ${benchmark.name} failed: ${error instanceof Error ? error.stack : error}`);
			}
		}
	} finally {
		await dispose();
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
	}

	const table = formatTable(rows);
	const missed = rows.filter((row) => row.pass === false).length;
	const met = rows.filter((row) => row.pass === true).length;
	const meta = {
		date: new Date().toISOString(),
		node: process.version,
		cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
		chromium: browserLaunchOptions().executablePath ?? 'Playwright’s Chromium',
		durationSeconds: Math.round((Date.now() - startedAt) / 1000),
		targetsMet: met,
		targetsMissed: missed,
		...(failed.length > 0 ? { failedBenchmarks: failed.join(', ') } : {})
	};
	process.stdout.write(`\n${table}\n\n`);
	await writeReports(resultsDir, { rows, table, meta });
	log(`Targets: ${met} met, ${missed} missed${missed > 0 ? ' ❌' : ''}.`);
	log(`Report written to bench-results/report.md and bench-results/report.json.`);
	if (failed.length > 0) process.exitCode = 1;
}

await main();
// Vite's build API leaves its esbuild service running after bundling in-browser benchmarks, which
// would keep this process alive once everything is reported.
process.exit();
