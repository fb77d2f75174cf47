// Runs in Chromium, bundled by bench/lib/bundle.js: the Dexie write of one plan edit, through the
// app's real domain functions (`tickItem`, `updateStep`) on the app's database, against rewriting
// the whole plan as one document per edit (the naive way), in the same run.
import Dexie from 'dexie';
import { tickItem, updateStep } from '$lib/plan/checklist';
import { buildPlanExport } from '$lib/plan/export-file';
import { importPlanFile } from '$lib/plan/import';
import { makePlanBundle } from '$lib/plan/plan-factory';
import type { PlanBundle } from '$lib/schemas/plan';

export interface PlanBenchOptions {
	itemsPerStep: number;
	tools: number;
	edits: number;
	warmup: number;
}

export interface PlanBenchResult {
	userAgent: string;
	isCrossOriginIsolated: boolean;
	items: number;
	tools: number;
	tickMs: number[];
	noteMs: number[];
	baselineTickMs: number[];
	baselineNoteMs: number[];
}

declare global {
	interface Window {
		runPlanBench: (options: PlanBenchOptions) => Promise<PlanBenchResult>;
	}
}

async function timed(run: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

/** Runs `edit(i)` warm-up + `count` times, returning the timings of the measured ones. */
async function measure(
	count: number,
	warmup: number,
	edit: (i: number) => Promise<unknown>
): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < warmup + count; i++) {
		const ms = await timed(() => edit(i));
		if (i >= warmup) times.push(ms);
	}
	return times;
}

/** A note typed key by key: the text after `i` keystrokes. */
function noteAfter(i: number): string {
	return 'Réunion avec les bénévoles le 12 avril, salle des fêtes. '
		.repeat(4)
		.slice(0, (i % 200) + 1);
}

async function runPlanBench(options: PlanBenchOptions): Promise<PlanBenchResult> {
	const bundle: PlanBundle = makePlanBundle({
		itemsPerStep: options.itemsPerStep,
		tools: options.tools,
		changes: 20,
		planId: 'bench-plan'
	});
	const file = buildPlanExport(bundle, new Date().toISOString());
	await importPlanFile(file, 'replace');
	const items = bundle.items;
	const itemAt = (i: number) => items[(i * 7) % items.length] ?? items[0];

	const tickMs = await measure(options.edits, options.warmup, async (i) => {
		const item = itemAt(i);
		if (item) await tickItem(bundle.plan.id, item.id, i % 2 === 0, item.text);
	});
	const noteMs = await measure(options.edits, options.warmup, (i) =>
		updateStep(bundle.plan.id, 'strategy', { notes: noteAfter(i) })
	);

	// Baseline: the plan kept as one document, rewritten whole on every edit.
	await Dexie.delete('passerelle-bench-plan-baseline');
	const baseline = new Dexie('passerelle-bench-plan-baseline');
	baseline.version(1).stores({ plans: 'id' });
	const doc = structuredClone(file);
	await baseline.table('plans').put({ id: doc.plan.id, ...doc });
	const baselineTickMs = await measure(options.edits, options.warmup, async (i) => {
		const item = doc.items[(i * 7) % doc.items.length];
		if (item) item.done = i % 2 === 0;
		await baseline.table('plans').put({ id: doc.plan.id, ...doc });
	});
	const baselineNoteMs = await measure(options.edits, options.warmup, async (i) => {
		const step = doc.steps.find((s) => s.stepId === 'strategy');
		if (step) step.notes = noteAfter(i);
		await baseline.table('plans').put({ id: doc.plan.id, ...doc });
	});
	baseline.close();

	return {
		userAgent: navigator.userAgent,
		isCrossOriginIsolated: globalThis.crossOriginIsolated,
		items: items.length,
		tools: bundle.tools.length,
		tickMs,
		noteMs,
		baselineTickMs,
		baselineNoteMs
	};
}

window.runPlanBench = runPlanBench;
