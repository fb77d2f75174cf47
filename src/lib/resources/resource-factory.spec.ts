import { describe, expect, it } from 'vitest';
import { resourceSchema, resourcesFeedSchema, resourceTypes } from '$lib/schemas/resource';
import { generateResources, makeResource } from './resource-factory';

describe('resource factory', () => {
	it('makes a valid resource, with overrides', () => {
		const resource = makeResource({ title: 'Fiche outil : Jitsi Meet', level: 'advanced' });
		expect(resourceSchema.parse(resource)).toMatchObject({
			title: 'Fiche outil : Jitsi Meet',
			level: 'advanced'
		});
	});

	it('generates valid, unique and reproducible resources of every type', () => {
		const resources = generateResources(500, 42);
		const feed = { schemaVersion: 1, kind: 'resources', demo: true, items: resources };
		expect(resourcesFeedSchema.safeParse(feed).error).toBeUndefined();
		expect(new Set(resources.map((resource) => resource.type))).toEqual(new Set(resourceTypes));
		expect(generateResources(500, 42)).toEqual(resources);
		expect(generateResources(5, 43)).not.toEqual(resources.slice(0, 5));
	});
});
