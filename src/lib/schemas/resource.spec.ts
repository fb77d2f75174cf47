import { readFileSync } from 'node:fs';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { makeResource } from '../resources/resource-factory';
import { alternativesFeedSchema, catalogueIds } from './alternative';
import {
	audienceLabels,
	audiences,
	levelLabels,
	levels,
	planStepIds,
	resourceLanguageLabels,
	resourceLanguages,
	resourceSchema,
	resourcesFeedSchema,
	resourceTypeLabels,
	resourceTypes,
	themeLabels,
	themes
} from './resource';

/** The paths of the issues a parse reports, as dotted strings. */
function issuePaths(value: unknown): string[] {
	const result = resourceSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const association = {
	name: 'Amicale des Randonneurs du Vercors',
	size: 'volunteers-only',
	region: 'auvergne-rhone-alpes'
} as const;

describe('resourceSchema', () => {
	it('accepts a valid resource, and a testimony that names its association', () => {
		expect(resourceSchema.parse(makeResource())).toEqual(makeResource());
		expect(issuePaths(makeResource({ type: 'testimony', association }))).toEqual([]);
	});

	it('refuses a testimony without its association', () => {
		const result = resourceSchema.safeParse(makeResource({ type: 'testimony' }));
		expect(result.error?.issues).toMatchObject([
			{ path: ['association'], message: 'A testimony names the association it tells about' }
		]);
	});

	it('refuses an association with an unknown size or region', () => {
		const bad = { ...association, size: 'huge', region: 'geneve' };
		expect(issuePaths({ ...makeResource({ type: 'testimony' }), association: bad })).toEqual([
			'association.size',
			'association.region'
		]);
	});

	it('refuses an unknown plan step, type, theme or level', () => {
		expect(issuePaths({ ...makeResource(), planSteps: ['training', 'celebration'] })).toEqual([
			'planSteps.1'
		]);
		expect(issuePaths({ ...makeResource(), type: 'podcast' })).toEqual(['type']);
		expect(issuePaths({ ...makeResource(), themes: ['gardening'] })).toEqual(['themes.0']);
		expect(issuePaths({ ...makeResource(), level: 'expert' })).toEqual(['level']);
	});

	it('refuses unknown keys, naming them', () => {
		const result = resourceSchema.safeParse({ ...makeResource(), rating: 5 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['rating'] });
	});

	it('refuses empty or repeated tags and tool ids that are not kebab-case', () => {
		expect(issuePaths(makeResource({ themes: [] }))).toEqual(['themes']);
		expect(issuePaths(makeResource({ audience: [] }))).toEqual(['audience']);
		expect(issuePaths(makeResource({ planSteps: ['training', 'training'] }))).toEqual([
			'planSteps'
		]);
		expect(issuePaths(makeResource({ tools: ['Google Docs'] }))).toEqual(['tools.0']);
		expect(issuePaths(makeResource({ planSteps: [], tools: [] }))).toEqual([]);
	});

	it('refuses out-of-range texts, plain-http links and malformed dates', () => {
		expect(issuePaths(makeResource({ summary: 'Trop court.' }))).toEqual(['summary']);
		expect(issuePaths(makeResource({ body: 'Trop court.' }))).toEqual(['body']);
		expect(issuePaths(makeResource({ body: 'a'.repeat(20_001) }))).toEqual(['body']);
		expect(issuePaths(makeResource({ link: 'http://ressources-libres.example/a' }))).toEqual([
			'link'
		]);
		const source = { name: 'Ressources Libres', url: 'ftp://ressources-libres.example' };
		expect(issuePaths(makeResource({ source }))).toEqual(['source.url']);
		expect(issuePaths(makeResource({ publishedAt: '14/03/2025' }))).toEqual(['publishedAt']);
		expect(issuePaths(makeResource({ slug: 'Fiche Pratique' }))).toEqual(['slug']);
		expect(issuePaths({ ...makeResource(), language: 'de' })).toEqual(['language']);
	});
});

describe('resourcesFeedSchema', () => {
	const feed = { schemaVersion: 1, kind: 'resources', demo: true };

	it('refuses repeated ids and slugs, pointing at the repeated record', () => {
		const items = [makeResource(), makeResource({ slug: 'autre' }), makeResource({ id: 'autre' })];
		const result = resourcesFeedSchema.safeParse({ ...feed, items });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'items.1.id',
			'items.2.slug'
		]);
	});

	it('refuses another kind of feed and points into a bad item', () => {
		expect(resourcesFeedSchema.safeParse({ ...feed, kind: 'providers', items: [] }).success).toBe(
			false
		);
		const result = resourcesFeedSchema.safeParse({
			...feed,
			items: [makeResource(), makeResource({ id: 'b', slug: 'b', type: 'testimony' })]
		});
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'items.1.association'
		]);
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

describe('the shipped demo feed (static/data/resources.json)', () => {
	const read = (file: string) =>
		JSON.parse(readFileSync(new URL(`../../../static/data/${file}`, import.meta.url), 'utf8'));
	const shipped = resourcesFeedSchema.parse(read('resources.json'));
	const catalogue = alternativesFeedSchema.parse(read('alternatives.json'));
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

describe('labels', () => {
	const groups = [
		[resourceTypes, resourceTypeLabels],
		[themes, themeLabels],
		[levels, levelLabels],
		[audiences, audienceLabels],
		[resourceLanguages, resourceLanguageLabels]
	] as const;

	it('label every value in French and English', () => {
		for (const [values, labels] of groups) {
			expect(Object.keys(labels).sort()).toEqual([...values].sort());
			for (const label of Object.values(labels)) {
				expect(label.fr.trim()).not.toBe('');
				expect(label.en.trim()).not.toBe('');
			}
		}
	});

	it('use the French names of the resource types', () => {
		expect(Object.values(resourceTypeLabels).map((label) => label.fr)).toEqual([
			'Guide',
			'Fiche pratique',
			'Vidéo',
			'Témoignage',
			'Fiche outil',
			'Webinaire',
			'Article'
		]);
	});

	it('build the plan step enum from the plan, in order', () => {
		expect(planStepIds).toEqual([
			'needs-assessment',
			'awareness',
			'strategy',
			'tool-choice',
			'process-adaptation',
			'training',
			'integration',
			'continuous-adaptation'
		]);
	});
});
