// Runs in Node: the benchmark report, as a Markdown table (stdout, bench-results/report.md) and
// as JSON (bench-results/report.json) for tools and for comparing runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { markdownTable } from '../../scripts/lib/markdown-table.js';

/** @typedef {import('./context.js').BenchRow} BenchRow */

/**
 * Few digits for large values, more for small ones: 1234 ms, 56.7 ms, 1.23 ms, 0.456 ms.
 * @param {number} value
 */
export function formatNumber(value) {
	if (!Number.isFinite(value)) return String(value);
	const size = Math.abs(value);
	const digits = size >= 100 || Number.isInteger(value) ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
	return value.toLocaleString('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
}

/** @param {number} value @param {string} unit */
function withUnit(value, unit) {
	if (!unit || unit === '×') return `${formatNumber(value)}${unit}`;
	return `${formatNumber(value)} ${unit}`;
}

/** @param {BenchRow} row */
function cells(row) {
	const baseline =
		row.baseline === undefined
			? ''
			: `${withUnit(row.baseline, row.unit)}${row.baselineLabel ? ` (${row.baselineLabel})` : ''}`;
	const ratio =
		row.ratio === undefined
			? ''
			: `${formatNumber(row.ratio)}×${row.ratioLabel ? ` ${row.ratioLabel}` : ''}`;
	const verdict = row.pass === undefined ? '' : row.pass ? '✅ ' : '❌ ';
	return [
		row.benchmark,
		row.metric,
		withUnit(row.value, row.unit),
		baseline,
		ratio,
		row.target ? `${verdict}${row.target}` : ''
	];
}

/**
 * The benchmark rows as a Markdown table.
 * @param {readonly BenchRow[]} rows
 */
export function formatTable(rows) {
	const header = ['Benchmark', 'Metric', 'Value', 'Baseline', 'Ratio', 'Target'];
	return markdownTable(header, rows.map(cells));
}

/**
 * Writes report.md and report.json into `folder`.
 * @param {string} folder
 * @param {{ rows: readonly BenchRow[], table: string, meta: Record<string, unknown> }} report
 */
export async function writeReports(folder, { rows, table, meta }) {
	await mkdir(folder, { recursive: true });
	const details = Object.entries(meta)
		.map(([key, value]) => `- ${key}: ${String(value)}`)
		.join('\n');
	const markdown = `# Passerelle benchmarks\n\n${table}\n\n${details}\n`;
	await writeFile(join(folder, 'report.md'), markdown);
	await writeFile(
		join(folder, 'report.json'),
		`${JSON.stringify({ ...meta, rows }, null, '\t')}\n`
	);
}
