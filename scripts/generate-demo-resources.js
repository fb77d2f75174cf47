// Writes static/data/resources.json: the demo resource library, invented but realistic guides,
// sheets, videos, webinars, articles and testimonies (written in demo-resources-data.js), each
// marked `demo: true`. Deterministic (seeded generator for dates and licences), so running it
// twice gives the same file. Sources and links use the reserved .example domain. Before anything
// is written, the feed is validated with the app's own zod schema, every cited tool id is checked
// against static/data/alternatives.json, and every body must be 150–600 words long. Run after
// generate-demo-alternatives.js, then refresh the content manifest:
//   node scripts/generate-demo-resources.js && node scripts/build-content-manifest.js
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { resourceSeeds, sources } from './demo-resources-data.js';
import { seededRandom } from '../src/lib/random/seeded-random.js';

const seed = 20250521;

const { between, pick } = seededRandom(seed);

const slugify = (/** @type {string} */ text) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Where each type of resource lives on the (invented) publisher's site. */
const folders = {
	guide: 'guides',
	'practical-sheet': 'fiches-pratiques',
	video: 'videos',
	testimony: 'temoignages',
	'tool-sheet': 'fiches-outils',
	webinar: 'webinaires',
	article: 'articles'
};
// Free licences, CC BY-SA most often (as on most French associative resource sites).
const licences = [
	'CC BY-SA 4.0',
	'CC BY-SA 4.0',
	'CC BY-SA 4.0',
	'CC BY 4.0',
	'Licence Art Libre 1.3'
];

/** Counts words as a reader would (Markdown markers and link targets left out). */
const wordCount = (/** @type {string} */ markdown) =>
	markdown
		.replace(/\]\([^)]*\)/g, ']')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const items = resourceSeeds.map((r) => {
	const slug = slugify(r.title);
	const source = sources[r.source];
	const year = between(2023, 2025);
	const month = between(1, year === 2025 ? 10 : 12);
	return {
		id: `demo-${slug}`,
		slug,
		title: r.title,
		type: r.type,
		themes: r.themes,
		planSteps: r.planSteps,
		tools: r.tools,
		audience: r.audience,
		level: r.level,
		language: r.language,
		summary: r.summary,
		body: r.body,
		source: { name: source.name, url: source.url },
		licence: pick(licences),
		link: `${source.url}/${folders[r.type]}/${slug}`,
		publishedAt: `${year}-${String(month).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
		...(r.association ? { association: r.association } : {}),
		demo: true
	};
});

const feed = { schemaVersion: 1, kind: 'resources', demo: true, items };

// Validate with the schema the app uses to load feeds: a generator bug must never ship.
const root = fileURLToPath(new URL('..', import.meta.url));
const { module } = await runnerImport('/src/lib/schemas/resource.ts', {
	root,
	configFile: false,
	logLevel: 'silent',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } }
});
const parsed = module.resourcesFeedSchema.safeParse(feed);
if (!parsed.success) {
	console.error(parsed.error.issues.slice(0, 5));
	throw new Error('The generated demo feed does not match the resources feed schema');
}

// Every cited tool must exist in the catalogue (Big Tech tool ids or alternative ids).
const catalogue = JSON.parse(
	await readFile(new URL('../static/data/alternatives.json', import.meta.url), 'utf8')
);
const known = new Set(
	catalogue.items.flatMap((/** @type {{ id: string, alternatives: { id: string }[] }} */ tool) => [
		tool.id,
		...tool.alternatives.map((alternative) => alternative.id)
	])
);
const problems = items.flatMap((item) => [
	...item.tools
		.filter((tool) => !known.has(tool))
		.map((tool) => `${item.id}: unknown tool "${tool}"`),
	...(wordCount(item.body) < 150 || wordCount(item.body) > 600
		? [`${item.id}: body has ${wordCount(item.body)} words (expected 150–600)`]
		: [])
]);
if (problems.length > 0) {
	console.error(problems.join('\n'));
	throw new Error('The generated demo resources do not match the catalogue or the length rules');
}

const target = new URL('../static/data/resources.json', import.meta.url);
await writeFile(target, JSON.stringify(feed, null, '\t') + '\n');
const testimonies = items.filter((item) => item.type === 'testimony').length;
console.log(
	`static/data/resources.json: ${items.length} demo resources, ${testimonies} testimonies`
);
