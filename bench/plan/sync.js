// Runs in Node: the shared-plan part of the plan benchmark. Three board members, each in their own
// Chromium (own profile, own account), on a server of its own (limits loose enough for one
// machine playing three phones): a plan of 8 steps × 30 tasks, 40 tools and 10 meetings reaches
// a new phone (target < 2 s); after an offline meeting where each phone made 50 edits, all three
// hold the same plan again (target < 5 s after reconnecting). Baseline, in the same run: the same
// plan exported as a file and imported, as members would pass it around without sharing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../couchdb/server/start-server.js';
import { median } from '../lib/stats.js';

/** @typedef {import('../lib/context.js').BenchContext} BenchContext */
/** @typedef {import('../lib/context.js').BenchRow} BenchRow */
/** @typedef {import('@playwright/test').Page} Page */

const size = { itemsPerStep: 30, tools: 40, changes: 10, meetings: 10 };
const editsPerPhone = 50;
const targets = { newDeviceMs: 2_000, convergeMs: 5_000 };

/**
 * @param {BenchContext} context
 * @param {string} benchmark the benchmark's name, for the rows
 * @returns {Promise<BenchRow[]>}
 */
export async function runSyncBench(context, benchmark) {
	const dataDir = await mkdtemp(join(tmpdir(), 'passerelle-bench-plan-sync-'));
	const server = await startServer({
		port: 0,
		dataDir,
		buildDir: 'build',
		limits: { writesPer10Minutes: 10_000_000, signUpsPerHour: 1_000 }
	});
	try {
		context.log('bundling bench/plan/sync-in-browser.ts');
		const code = await context.bundle('bench/plan/sync-in-browser.ts');
		/** @type {Page[]} */
		const phones = [];
		for (const who of ['alix', 'basile', 'chloe']) {
			const password = `pass-${who}-bench`;
			const browser = await context.launchBrowser(await context.tempDir(`plan-${who}`), {
				serviceWorkers: 'block'
			});
			const page = await context.openBenchPage(browser, code, server.url);
			await page.evaluate((args) => window.planSyncBench.signUp(args.who, args.password), {
				who,
				password
			});
			phones.push(page);
		}
		const [alix, basile, chloe] = phones;
		if (!alix || !basile || !chloe) throw new Error('three phones expected');

		const seeded = await alix.evaluate((s) => window.planSyncBench.seed(s), size);
		const { planId, records } = seeded;
		context.log(`shared a plan of ${records} records in ${Math.round(seeded.uploadMs)} ms`);

		// A new phone: Basile and Chloé join with a code; Alix gets it back on a new phone.
		/** @type {number[]} */
		const newDevice = [];
		for (const page of [basile, chloe]) {
			const code = await alix.evaluate((id) => window.planSyncBench.invite(id), planId);
			const joined = await page.evaluate((c) => window.planSyncBench.join(c), code);
			if (joined.records !== records) throw new Error(`joined with ${joined.records} records`);
			newDevice.push(joined.ms);
		}
		// The file baseline reads Alix's copy before it is replaced by the new phone's.
		/** @type {number[]} */
		const fileMs = [];
		for (let i = 0; i < 3; i++) {
			fileMs.push(await alix.evaluate((id) => window.planSyncBench.fileRoundTrip(id), planId));
		}
		const recovered = await alix.evaluate(
			(id) => window.planSyncBench.recoverOnNewPhone(id),
			planId
		);
		if (recovered.records !== records) throw new Error(`recovered ${recovered.records} records`);
		newDevice.push(recovered.ms);
		context.log(
			`new phone: ${newDevice.map(Math.round).join(', ')} ms; file: ${fileMs.map(Math.round).join(', ')} ms`
		);

		// The offline meeting, then everyone back online at once.
		for (const [index, page] of phones.entries()) {
			await page.evaluate(
				(args) => window.planSyncBench.editOffline(args.planId, args.index, args.count),
				{
					planId,
					index,
					count: editsPerPhone
				}
			);
		}
		const start = performance.now();
		await Promise.all(
			phones.map((page) => page.evaluate((id) => window.planSyncBench.reconnect(id), planId))
		);
		const convergeMs = await waitForSamePlan(phones, planId, start);
		// Nothing lost: every phone's decisions are there (the meetings' own, and 5 per phone).
		const after = await alix.evaluate((id) => window.planSyncBench.state(id), planId);
		const decisions = size.meetings * 2 + phones.length * 5;
		if (after.decisions !== decisions)
			throw new Error(`${after.decisions} decisions, not ${decisions}`);
		context.log(
			`3 phones × ${editsPerPhone} edits: same plan everywhere after ${Math.round(convergeMs)} ms`
		);
		for (const page of phones) await page.evaluate(() => window.planSyncBench.stop());

		const baseline = median(fileMs);
		const baselineLabel = 'export + import as a file (same plan)';
		return [
			{
				benchmark,
				metric: `shared plan reaches a new phone (${records} records, median of ${newDevice.length})`,
				value: median(newDevice),
				unit: 'ms',
				baseline,
				baselineLabel,
				ratio: median(newDevice) / baseline,
				ratioLabel: '× the file',
				target: `< ${targets.newDeviceMs} ms`,
				pass: median(newDevice) < targets.newDeviceMs
			},
			{
				benchmark,
				metric: `3 phones × ${editsPerPhone} offline edits: same plan everywhere after reconnecting`,
				value: convergeMs,
				unit: 'ms',
				baseline,
				baselineLabel,
				ratio: convergeMs / baseline,
				ratioLabel: '× the file',
				target: `< ${targets.convergeMs} ms`,
				pass: convergeMs < targets.convergeMs
			}
		];
	} finally {
		await server.close();
		await rm(dataDir, { recursive: true, force: true });
	}
}

/**
 * Milliseconds from `start` until every phone holds the same plan with nothing left to send.
 * Polled every 20 ms (the figure is that coarse), for at most a minute.
 * @param {Page[]} phones @param {string} planId @param {number} start
 */
async function waitForSamePlan(phones, planId, start) {
	while (performance.now() - start < 60_000) {
		const states = await Promise.all(
			phones.map((page) => page.evaluate((id) => window.planSyncBench.state(id), planId))
		);
		const settled = states.every(
			(state) =>
				state.state === 'synced' && state.pending === 0 && state.digest === states[0]?.digest
		);
		if (settled) return performance.now() - start;
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error('the three phones did not converge within a minute');
}
