// The demo content, as editors and operators edit it: couchdb/demo/content/*.json, one file per
// feed, from which scripts/build-content.js writes the build's feed (static/data). Every file must
// pass its feed's zod schema (what a phone checks), and the demo content must stay plainly demo
// and cover what the app shows.
import { readdirSync, readFileSync } from 'node:fs';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { alternativesFeedSchema, catalogueIds, toolUses } from '$lib/schemas/alternative';
import { feedKinds, feedSchemas } from '$lib/schemas/content-feeds';
import { emancipationsFeedSchema } from '$lib/schemas/emancipation';
import {
	associationSizes,
	coverages,
	modalities,
	providersFeedSchema,
	structureTypes,
	supportKinds
} from '$lib/schemas/provider';
import {
	audiences,
	levels,
	planStepIds,
	resourceLanguages,
	resourcesFeedSchema,
	resourceTypes,
	themes
} from '$lib/schemas/resource';

const contentDir = new URL('../../../couchdb/demo/content/', import.meta.url);
const read = (kind: string): unknown =>
	JSON.parse(readFileSync(new URL(`${kind}.json`, contentDir), 'utf8'));

describe('the demo content files', () => {
	it('are one file per feed kind, nothing else', () => {
		expect(readdirSync(contentDir).sort()).toEqual(feedKinds.map((kind) => `${kind}.json`).sort());
	});

	for (const kind of feedKinds) {
		it(`${kind}.json follows the ${kind} feed's schema and is marked as demo`, () => {
			const parsed = feedSchemas[kind].safeParse(read(kind));
			expect(parsed.error?.issues.slice(0, 3) ?? []).toEqual([]);
			expect(parsed.data?.demo).toBe(true);
		});
	}
});

describe('the demo directory (providers.json)', () => {
	const shipped = providersFeedSchema.parse(read('providers'));

	it('is plainly marked as demo data', () => {
		expect(shipped.demo).toBe(true);
		expect(shipped.items.every((item) => item.demo === true)).toBe(true);
	});

	it('has at least 40 providers over at least 14 regions, with every filter value used', () => {
		const items = shipped.items;
		expect(items.length).toBeGreaterThanOrEqual(40);
		expect(new Set(items.map((item) => item.location.region)).size).toBeGreaterThanOrEqual(14);
		expect(new Set(items.map((item) => item.structureType))).toEqual(new Set(structureTypes));
		expect(new Set(items.map((item) => item.coverage))).toEqual(new Set(coverages));
		expect(new Set(items.flatMap((item) => item.supportKinds))).toEqual(new Set(supportKinds));
		expect(new Set(items.flatMap((item) => item.modalities))).toEqual(new Set(modalities));
		const sizes = new Set(items.flatMap((item) => item.associationSizes));
		expect(sizes).toEqual(new Set(associationSizes));
	});

	it('points to no real host', () => {
		for (const { contact } of shipped.items) {
			if (contact.website) expect(new URL(contact.website).hostname).toMatch(/\.example$/);
			if (contact.email) expect(contact.email).toMatch(/@[a-z0-9-]+\.example$/);
		}
	});
});

describe('the demo catalogue (alternatives.json)', () => {
	const shipped = alternativesFeedSchema.parse(read('alternatives'));
	const tools = shipped.items;
	const alternatives = tools.flatMap((tool) => tool.alternatives);

	it('is flagged as sample content', () => {
		expect(shipped.demo).toBe(true);
	});

	it('lists at least 16 Big Tech tools, the usual suspects included, and every use', () => {
		expect(tools.length).toBeGreaterThanOrEqual(16);
		const ids = tools.map((tool) => tool.id);
		for (const id of ['google-docs', 'gmail', 'whatsapp', 'zoom', 'microsoft-teams', 'trello']) {
			expect(ids).toContain(id);
		}
		expect(new Set(tools.flatMap((tool) => tool.uses))).toEqual(new Set(toolUses));
	});

	it('gives each tool 1 to 4 alternatives, with ids unique across the catalogue', () => {
		for (const tool of tools) {
			expect(tool.alternatives.length, tool.id).toBeGreaterThanOrEqual(1);
			expect(tool.alternatives.length, tool.id).toBeLessThanOrEqual(4);
		}
		const ids = [...tools.map((tool) => tool.id), ...alternatives.map((alt) => alt.id)];
		expect(new Set(ids).size).toBe(ids.length);
		expect(catalogueIds(tools).size).toBe(ids.length);
	});

	it('gives every alternative at least one hosting mode and a real project site', () => {
		for (const { id, hosting, website } of alternatives) {
			const modes = [hosting.chatons, hosting.selfHosted, hosting.onDevice === true];
			expect(modes.some(Boolean) || hosting.operator !== undefined, id).toBe(true);
			expect(new URL(website).hostname, id).not.toMatch(/\.example$/);
		}
	});

	it('names provider tools exactly as the providers feed writes them', () => {
		const providers = providersFeedSchema.parse(read('providers'));
		const known = new Set(providers.items.flatMap((provider) => provider.tools));
		const unknown = alternatives.flatMap((alt) =>
			alt.providerTools.filter((name) => !known.has(name)).map((name) => `${alt.id}: ${name}`)
		);
		expect(unknown).toEqual([]);
	});
});

/** Block and inline tokens the resource bodies may use (DESIGN: a small Markdown subset). */
const allowedTokens = new Set([
	'space',
	'paragraph',
	'text',
	'escape',
	'br',
	'strong',
	'em',
	'codespan',
	'link',
	'list',
	'list_item',
	'blockquote',
	'heading'
]);

/** Token types (and heading depths) outside the subset, found anywhere in a Markdown body. */
function disallowedTokens(tokens: Token[]): string[] {
	return tokens.flatMap((token): string[] => {
		const own =
			!allowedTokens.has(token.type) || (token.type === 'heading' && token.depth !== 2)
				? [token.type === 'heading' ? `heading depth ${String(token.depth)}` : token.type]
				: [];
		const children: Token[] = [
			...('tokens' in token && Array.isArray(token.tokens) ? token.tokens : []),
			...(token.type === 'list' ? (token.items as Token[]) : [])
		];
		return [...own, ...disallowedTokens(children)];
	});
}

const wordCount = (markdown: string) =>
	markdown
		.replace(/\]\([^)]*\)/g, ']')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('the demo library (resources.json)', () => {
	const shipped = resourcesFeedSchema.parse(read('resources'));
	const catalogue = alternativesFeedSchema.parse(read('alternatives'));
	const items = shipped.items;

	it('is plainly marked as demo data, with invented sources and links', () => {
		expect(shipped.demo).toBe(true);
		for (const item of items) {
			expect(item.demo).toBe(true);
			expect(new URL(item.source.url ?? 'https://x.example').hostname).toMatch(/\.example$/);
			expect(new URL(item.link ?? 'https://x.example').hostname).toMatch(/\.example$/);
		}
	});

	it('has at least 44 resources covering every type, plan step, theme and level', () => {
		expect(items.length).toBeGreaterThanOrEqual(44);
		expect(new Set(items.map((item) => item.type))).toEqual(new Set(resourceTypes));
		expect(new Set(items.flatMap((item) => item.planSteps))).toEqual(new Set(planStepIds));
		expect(new Set(items.flatMap((item) => item.themes))).toEqual(new Set(themes));
		expect(new Set(items.map((item) => item.level))).toEqual(new Set(levels));
		expect(new Set(items.flatMap((item) => item.audience))).toEqual(new Set(audiences));
		expect(new Set(items.map((item) => item.language))).toEqual(new Set(resourceLanguages));
	});

	it('has at least 8 testimonies, each naming its association', () => {
		const testimonies = items.filter((item) => item.type === 'testimony');
		expect(testimonies.length).toBeGreaterThanOrEqual(8);
		expect(testimonies.every((item) => item.association !== undefined)).toBe(true);
	});

	it('cites only tools that exist in the alternatives catalogue', () => {
		const known = catalogueIds(catalogue.items);
		const unknown = items.flatMap((item) =>
			item.tools.filter((tool) => !known.has(tool)).map((tool) => `${item.id}: ${tool}`)
		);
		expect(unknown).toEqual([]);
	});

	it('checks bodies against the Markdown subset (the check itself catches what is outside)', () => {
		const outside =
			'# Titre\n\n![logo](https://a.example/l.png) <b>gras</b>\n\n---\n\n| a |\n|---|';
		expect(new Set(disallowedTokens(Lexer.lex(outside)))).toEqual(
			new Set(['heading depth 1', 'image', 'html', 'hr', 'table'])
		);
	});

	it('has bodies of 150 to 600 words, in the Markdown subset the app renders', () => {
		for (const item of items) {
			expect.soft(wordCount(item.body), item.id).toBeGreaterThanOrEqual(150);
			expect.soft(wordCount(item.body), item.id).toBeLessThanOrEqual(600);
			expect.soft(disallowedTokens(Lexer.lex(item.body)), item.id).toEqual([]);
		}
	});
});

describe('the demo emancipations (emancipations.json)', () => {
	const shipped = emancipationsFeedSchema.parse(read('emancipations'));
	const catalogue = alternativesFeedSchema.parse(read('alternatives'));
	const items = shipped.items;

	it('are plainly marked as demo data', () => {
		expect(items.every((item) => item.demo === true && item.id.startsWith('demo-'))).toBe(true);
	});

	it('are a handful, over several regions, some sharing one', () => {
		expect(items.length).toBeGreaterThanOrEqual(6);
		const regions = items.map((item) => item.association.region);
		expect(new Set(regions).size).toBeGreaterThanOrEqual(5);
		expect(new Set(regions).size).toBeLessThan(regions.length);
	});

	it('left Big Tech tools of the catalogue for alternatives of the catalogue', () => {
		const bigTech = new Set(catalogue.items.map((tool) => tool.id));
		const alternatives = new Set(
			catalogue.items.flatMap((tool) => tool.alternatives.map((alternative) => alternative.id))
		);
		const unknown = items.flatMap((item) => [
			...item.left.filter((id) => !bigTech.has(id)).map((id) => `${item.id} left ${id}`),
			...item.now.filter((id) => !alternatives.has(id)).map((id) => `${item.id} uses ${id}`)
		]);
		expect(unknown).toEqual([]);
	});
});
