// Writes static/data/alternatives.json: the alternatives catalogue, Big Tech tools and the free
// software that replaces them (curated in demo-alternatives-data.js; real software, real
// licences). The feed is flagged `demo` because it is sample content, not a reviewed catalogue.
// Deterministic (no randomness, no dates), and validated with the app's own zod schema before
// anything is written. Run, then refresh the content manifest:
//   node scripts/generate-demo-alternatives.js && node scripts/build-content-manifest.js
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { bigTechTools } from './demo-alternatives-data.js';

const feed = { schemaVersion: 1, kind: 'alternatives', demo: true, items: bigTechTools };

// Validate with the schema the app uses to load feeds: a catalogue mistake must never ship.
const { module } = await runnerImport('/src/lib/schemas/alternative.ts', {
	root: fileURLToPath(new URL('..', import.meta.url)),
	configFile: false,
	logLevel: 'silent',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } }
});
const parsed = module.alternativesFeedSchema.safeParse(feed);
if (!parsed.success) {
	console.error(parsed.error.issues.slice(0, 5));
	throw new Error('The alternatives catalogue does not match the alternatives feed schema');
}

const target = new URL('../static/data/alternatives.json', import.meta.url);
await writeFile(target, JSON.stringify(feed, null, '\t') + '\n');
const alternatives = bigTechTools.reduce((sum, tool) => sum + tool.alternatives.length, 0);
console.log(
	`static/data/alternatives.json: ${bigTechTools.length} Big Tech tools, ${alternatives} alternatives`
);
