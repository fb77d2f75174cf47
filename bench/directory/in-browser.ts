// Runs in Chromium, bundled by bench/lib/bundle.js: the directory benchmark's measurements, made
// with the app's real modules (Dexie database, provider factory, zod schema, search engine).
import { PasserelleDatabase } from '$lib/db/database';
import {
	emptyFilters,
	facetKeys,
	facetValues,
	providerFacetValues,
	type DirectoryFilters
} from '$lib/directory/filters';
import { generateProviders } from '$lib/directory/provider-factory';
import { createRandom, pick } from '$lib/random/seeded-random.js';
import { buildSearchIndex, type SearchIndex } from '$lib/directory/search-index';
import { providerSchema, regionLabels, type Provider } from '$lib/schemas/provider';
import { normalizeText, tokenize } from '$lib/search/normalize';
import Dexie from 'dexie';

export interface DirectoryBenchOptions {
	/** How many providers to generate and load. */
	count: number;
	/** How many measured queries (after the warm-up ones). */
	queries: number;
	/**
	 * How many of those the naive baseline also runs, evenly spread: it reads every row for every
	 * query (most of a second each on a small machine), so all 200 would take minutes.
	 */
	baselineQueries: number;
	/** Untimed queries first (JIT, caches); the baseline runs a few of them only. */
	warmup: number;
	/** How many times the cold path (read + parse + build) is repeated; the median is reported. */
	coldRepeats: number;
	seed: number;
	dbName: string;
}

/** One benchmark query: what the directory page would pass to `index.search()`. */
export interface BenchQuery {
	text: string;
	filters: Partial<DirectoryFilters>;
	/** Whether a word was given a typo (the naive baseline cannot find those). */
	hasTypo: boolean;
}

export interface DirectoryBenchResult {
	userAgent: string;
	/** True when timers have full resolution (COOP/COEP); otherwise they are coarsened. */
	isCrossOriginIsolated: boolean;
	count: number;
	generateMs: number;
	loadMs: number;
	readMs: number[];
	parseMs: number[];
	buildMs: number[];
	queries: BenchQuery[];
	engineMs: number[];
	baselineMs: number[];
	engineTotals: number[];
	/** Positions (in `queries`) of the queries the baseline ran. */
	baselineQueryIndexes: number[];
	baselineTotals: number[];
}

declare global {
	interface Window {
		runDirectoryBench: (options: DirectoryBenchOptions) => Promise<DirectoryBenchResult>;
	}
}

/** Progress for the person running the benchmark (forwarded to stderr by the runner). */
function progress(message: string): void {
	console.log(`[bench] ${message}`);
}

/** Milliseconds taken by `work`, and its result. */
async function time<T>(work: () => T | Promise<T>): Promise<[ms: number, value: T]> {
	const start = performance.now();
	const value = await work();
	return [performance.now() - start, value];
}

/** Words a user could type to find this provider: long enough to be meaningful, as written. */
function candidateWords(provider: Provider, random: () => number): string[] {
	const fields = [
		provider.tools.join(' '),
		provider.location.city,
		provider.name,
		provider.description
	];
	const field = pick(random, fields);
	const words = field.match(/[\p{L}\p{N}]+/gu) ?? [];
	const long = words.filter((word) => normalizeText(word).length >= 5);
	return long.length > 0 ? long : [provider.location.city];
}

/** One edit inside the word (two neighbouring letters swapped, or one letter changed). */
function withTypo(word: string, random: () => number): string {
	const at = 1 + Math.floor(random() * (word.length - 3));
	const [a, b] = [word.charAt(at), word.charAt(at + 1)];
	const middle = a === b ? (a === 'x' ? 'z' : 'x') + b : b + a;
	return word.slice(0, at) + middle + word.slice(at + 2);
}

/** `count` distinct items drawn at random, in the order drawn. */
function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
	const pool = [...items];
	const chosen: T[] = [];
	while (chosen.length < count && pool.length > 0) {
		chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
	}
	return chosen;
}

/**
 * Deterministic mixed queries: 1–2 words from one random provider's tools, city, name or
 * description (some without accents, some with a typo), and 2–3 facets with 1–2 values each. The
 * first value of each facet is one the provider has, so most queries have results, as real ones do.
 */
function buildQueries(providers: readonly Provider[], count: number, seed: number) {
	const random = createRandom(seed);
	return Array.from({ length: count }, (): BenchQuery => {
		const anchor = pick(random, providers);
		let hasTypo = false;
		const words = Array.from({ length: random() < 0.5 ? 1 : 2 }, () => {
			const word = pick(random, candidateWords(anchor, random));
			const variant = random();
			if (variant < 0.15 && word.length >= 5) {
				hasTypo = true;
				return withTypo(word, random);
			}
			return variant < 0.4 ? normalizeText(word) : word;
		});
		const filters = emptyFilters();
		const keys = sample(random, facetKeys, random() < 0.5 ? 2 : 3);
		for (const key of keys) {
			const selected = filters[key] as string[];
			selected.push(pick(random, providerFacetValues(anchor, key)));
			const other = pick(random, facetValues[key]);
			if (random() < 0.4 && !selected.includes(other)) selected.push(other);
		}
		return { text: words.join(' '), filters, hasTypo };
	});
}

/** All the searchable text of a provider, normalised: what the naive baseline scans. */
function haystack(provider: Provider): string {
	const region = regionLabels[provider.location.region];
	return normalizeText(
		[
			provider.name,
			provider.tools.join(' '),
			provider.location.city,
			provider.location.postcode,
			region.fr,
			region.en,
			provider.description,
			...provider.examples.map((e) => `${e.association} ${e.summary}`)
		].join(' ')
	);
}

/** The naive way: read every row, then one straightforward `Array.filter` over all of them. */
async function naiveSearch(db: PasserelleDatabase, query: BenchQuery): Promise<Provider[]> {
	// The rows were written from generated providers just before, so they have the Provider shape.
	const rows = (await db.providers.toArray()) as unknown as Provider[];
	const words = tokenize(query.text);
	return rows.filter((provider) => {
		for (const key of facetKeys) {
			const selected: readonly string[] = query.filters[key] ?? [];
			if (selected.length === 0) continue;
			if (!providerFacetValues(provider, key).some((value) => selected.includes(value))) {
				return false;
			}
		}
		const text = haystack(provider);
		return words.every((word) => text.includes(word));
	});
}

/** Rows from Dexie, parsed by the schema like `listProviders()` does, then indexed. */
async function coldIndex(db: PasserelleDatabase) {
	const [readMs, rows] = await time(() => db.providers.toArray());
	const [parseMs, providers] = await time(() =>
		rows.flatMap((row) => {
			const parsed = providerSchema.safeParse(row);
			return parsed.success ? [parsed.data] : [];
		})
	);
	const [buildMs, index] = await time(() => buildSearchIndex(providers));
	return { readMs, parseMs, buildMs, index, providers };
}

async function runDirectoryBench(options: DirectoryBenchOptions): Promise<DirectoryBenchResult> {
	progress(`generating ${options.count} providers`);
	const [generateMs, generated] = await time(() => generateProviders(options.count, options.seed));

	await Dexie.delete(options.dbName);
	const db = new PasserelleDatabase(options.dbName);
	progress('loading them into Dexie');
	const [loadMs] = await time(() => db.providers.bulkPut(generated));

	const readMs: number[] = [];
	const parseMs: number[] = [];
	const buildMs: number[] = [];
	let index: SearchIndex | undefined;
	let providers: Provider[] = [];
	for (let run = 0; run < options.coldRepeats; run++) {
		progress(`read + parse + build index (${run + 1}/${options.coldRepeats})`);
		const cold = await coldIndex(db);
		progress(
			`read ${cold.readMs.toFixed(0)} ms, parse ${cold.parseMs.toFixed(0)} ms, ` +
				`build ${cold.buildMs.toFixed(0)} ms`
		);
		readMs.push(cold.readMs);
		parseMs.push(cold.parseMs);
		buildMs.push(cold.buildMs);
		({ index, providers } = cold);
	}
	if (!index) throw new Error('coldRepeats must be at least 1');
	if (providers.length !== options.count) {
		throw new Error(`Expected ${options.count} valid providers, got ${providers.length}`);
	}

	const all = buildQueries(providers, options.warmup + options.queries, options.seed + 1);
	const warmup = all.slice(0, options.warmup);
	const queries = all.slice(options.warmup);
	for (const query of warmup) index.search(query);
	for (const query of warmup.slice(0, 2)) await naiveSearch(db, query);

	progress(`${queries.length} queries with the search engine`);
	const engineMs: number[] = [];
	const engineTotals: number[] = [];
	for (const query of queries) {
		const start = performance.now();
		const result = index.search(query);
		engineMs.push(performance.now() - start);
		engineTotals.push(result.total);
	}

	const step = queries.length / Math.min(options.baselineQueries, queries.length);
	const baselineQueryIndexes = Array.from(
		{ length: Math.min(options.baselineQueries, queries.length) },
		(_, i) => Math.floor(i * step)
	);
	progress(`${baselineQueryIndexes.length} of them with the naive baseline (Dexie + Array.filter)`);
	const baselineMs: number[] = [];
	const baselineTotals: number[] = [];
	for (const position of baselineQueryIndexes) {
		const query = queries[position];
		if (!query) continue;
		const [ms, matches] = await time(() => naiveSearch(db, query));
		baselineMs.push(ms);
		baselineTotals.push(matches.length);
	}

	db.close();
	await Dexie.delete(options.dbName);
	return {
		userAgent: navigator.userAgent,
		isCrossOriginIsolated: crossOriginIsolated,
		count: providers.length,
		generateMs,
		loadMs,
		readMs,
		parseMs,
		buildMs,
		queries,
		engineMs,
		baselineMs,
		engineTotals,
		baselineQueryIndexes,
		baselineTotals
	};
}

window.runDirectoryBench = runDirectoryBench;
