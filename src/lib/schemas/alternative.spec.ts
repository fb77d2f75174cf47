import { describe, expect, it } from 'vitest';
import { makeAlternative, makeBigTechTool } from '../alternatives/alternative-factory';
import {
	alternativesFeedSchema,
	bigTechToolSchema,
	difficulties,
	difficultyLabels,
	toolUseLabels,
	toolUses
} from './alternative';

/** The paths of the issues a parse reports, as dotted strings. */
function issuePaths(value: unknown): string[] {
	const result = bigTechToolSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const withAlternative = (overrides: Parameters<typeof makeAlternative>[0]) =>
	makeBigTechTool({ alternatives: [makeAlternative(overrides)] });

describe('bigTechToolSchema', () => {
	it('accepts a valid tool', () => {
		expect(bigTechToolSchema.parse(makeBigTechTool())).toEqual(makeBigTechTool());
	});

	it('refuses an alternative without any hosting mode', () => {
		const hosting = { chatons: false, selfHosted: false };
		const result = bigTechToolSchema.safeParse(withAlternative({ hosting }));
		expect(result.error?.issues).toMatchObject([
			{
				path: ['alternatives', 0, 'hosting'],
				message: 'Give at least one hosting mode: chatons, selfHosted, onDevice or operator'
			}
		]);
	});

	it('accepts software used on members’ devices, or run by a single operator', () => {
		const device = { chatons: false, selfHosted: false, onDevice: true };
		const operated = { chatons: false, selfHosted: false, operator: 'Signal Foundation' };
		expect(issuePaths(withAlternative({ hosting: device }))).toEqual([]);
		expect(issuePaths(withAlternative({ hosting: operated }))).toEqual([]);
	});

	it('refuses ids that are not kebab-case, unknown uses and empty lists', () => {
		expect(issuePaths(makeBigTechTool({ id: 'Google Drive' }))).toEqual(['id']);
		expect(issuePaths(withAlternative({ id: 'nextcloud_files' }))).toEqual(['alternatives.0.id']);
		expect(issuePaths({ ...makeBigTechTool(), uses: ['gaming'] })).toEqual(['uses.0']);
		expect(issuePaths(makeBigTechTool({ uses: [] }))).toEqual(['uses']);
		expect(issuePaths(makeBigTechTool({ uses: ['email', 'email'] }))).toEqual(['uses']);
		expect(issuePaths(makeBigTechTool({ alternatives: [] }))).toEqual(['alternatives']);
	});

	it('refuses plain-http websites, unknown difficulties and repeated provider tools', () => {
		expect(issuePaths(withAlternative({ website: 'http://nextcloud.com' }))).toEqual([
			'alternatives.0.website'
		]);
		expect(
			issuePaths({
				...makeBigTechTool(),
				alternatives: [{ ...makeAlternative(), difficulty: 'trivial' }]
			})
		).toEqual(['alternatives.0.difficulty']);
		expect(issuePaths(withAlternative({ providerTools: ['Nextcloud', 'Nextcloud'] }))).toEqual([
			'alternatives.0.providerTools'
		]);
	});

	it('refuses unknown keys, naming them', () => {
		const result = bigTechToolSchema.safeParse({ ...makeBigTechTool(), price: 0 });
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['price'] });
		const hosting = { chatons: true, selfHosted: true, cloud: true };
		expect(issuePaths(withAlternative({ hosting }))).toEqual(['alternatives.0.hosting']);
	});
});

describe('alternativesFeedSchema', () => {
	const feed = { schemaVersion: 1, kind: 'alternatives', demo: true };

	it('refuses repeated ids anywhere in the catalogue, pointing at the repeat', () => {
		const items = [
			makeBigTechTool(),
			makeBigTechTool({ alternatives: [makeAlternative({ id: 'seafile' })] }),
			makeBigTechTool({ id: 'dropbox' }),
			makeBigTechTool({ id: 'wetransfer', alternatives: [makeAlternative({ id: 'dropbox' })] })
		];
		const result = alternativesFeedSchema.safeParse({ ...feed, items });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
			'items.1.id',
			'items.2.alternatives.0.id',
			'items.3.alternatives.0.id'
		]);
	});

	it('refuses another kind of feed', () => {
		expect(
			alternativesFeedSchema.safeParse({ ...feed, kind: 'resources', items: [] }).success
		).toBe(false);
	});
});

describe('labels', () => {
	it('label every use and difficulty in French and English', () => {
		for (const [values, labels] of [
			[toolUses, toolUseLabels],
			[difficulties, difficultyLabels]
		] as const) {
			expect(Object.keys(labels).sort()).toEqual([...values].sort());
			for (const label of Object.values(labels)) {
				expect(label.fr.trim()).not.toBe('');
				expect(label.en.trim()).not.toBe('');
			}
		}
	});
});
