import { describe, expect, it } from 'vitest';
import { makeResource } from '../resources/resource-factory';
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
