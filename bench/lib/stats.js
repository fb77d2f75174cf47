// Runs in Node: summary statistics of timings measured by the benchmarks.

/**
 * The value below which `fraction` of the samples fall (nearest-rank method: always one of the
 * samples, so a p95 of 200 queries is the 190th fastest).
 * @param {readonly number[]} samples
 * @param {number} fraction between 0 and 1
 */
export function percentile(samples, fraction) {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
	return sorted[rank - 1] ?? Number.NaN;
}

/**
 * The middle sample (the mean of the two middle ones for an even count).
 * @param {readonly number[]} samples
 */
export function median(samples) {
	if (samples.length === 0) return Number.NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	const upper = sorted[middle] ?? Number.NaN;
	return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}
