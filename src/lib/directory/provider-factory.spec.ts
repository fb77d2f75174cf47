import { describe, expect, it } from 'vitest';
import { providerSchema, providersFeedSchema } from '../schemas/provider';
import { generateProviders, makeProvider } from './provider-factory';

describe('provider factory', () => {
	it('makes a valid provider, with overrides', () => {
		const provider = makeProvider({ name: 'Les Octets Solidaires', size: 3 });
		expect(providerSchema.parse(provider)).toMatchObject({
			name: 'Les Octets Solidaires',
			size: 3
		});
	});

	it('generates valid, unique and reproducible providers', () => {
		const providers = generateProviders(500, 42);
		const feed = { schemaVersion: 1, kind: 'providers', demo: true, items: providers };
		expect(providersFeedSchema.safeParse(feed).error).toBeUndefined();
		expect(generateProviders(500, 42)).toEqual(providers);
		expect(generateProviders(5, 43)).not.toEqual(providers.slice(0, 5));
	});
});
