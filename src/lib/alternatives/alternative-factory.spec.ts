import { describe, expect, it } from 'vitest';
import { alternativesFeedSchema, bigTechToolSchema } from '$lib/schemas/alternative';
import { generateBigTechTools, makeAlternative, makeBigTechTool } from './alternative-factory';

describe('alternative factory', () => {
	it('makes a valid tool and alternative, with overrides', () => {
		const tool = makeBigTechTool({
			name: 'Dropbox',
			alternatives: [makeAlternative({ id: 'syncthing', name: 'Syncthing' })]
		});
		expect(bigTechToolSchema.parse(tool)).toMatchObject({
			name: 'Dropbox',
			alternatives: [{ id: 'syncthing', name: 'Syncthing' }]
		});
	});

	it('generates valid and reproducible catalogues', () => {
		const items = generateBigTechTools(200, 7);
		const feed = { schemaVersion: 1, kind: 'alternatives', demo: true, items };
		expect(alternativesFeedSchema.safeParse(feed).error).toBeUndefined();
		expect(generateBigTechTools(200, 7)).toEqual(items);
		expect(generateBigTechTools(5, 8)).not.toEqual(items.slice(0, 5));
	});
});
