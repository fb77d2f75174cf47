import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alternativesFeedSchema, toolUses } from '$lib/schemas/alternative';
import { catalogueNames, filterCatalogue, sortCatalogue, usesInCatalogue } from './catalogue-view';

const feed = alternativesFeedSchema.parse(
	JSON.parse(
		readFileSync(
			new URL('../../../couchdb/demo/content/alternatives.json', import.meta.url),
			'utf8'
		)
	)
);
const catalogue = sortCatalogue(feed.items);

describe('alternatives catalogue', () => {
	it('covers at least 15 Big Tech tools, each with a free alternative', () => {
		expect(catalogue.length).toBeGreaterThanOrEqual(15);
		for (const tool of catalogue) expect(tool.alternatives.length).toBeGreaterThan(0);
	});

	it('groups tools by their first use', () => {
		const ranks = catalogue.map((tool) => Math.min(...tool.uses.map((u) => toolUses.indexOf(u))));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('finds a tool by the start of its words, accents and case ignored', () => {
		expect(filterCatalogue(catalogue, { text: 'goo doc' }).map((t) => t.id)).toContain(
			'google-docs'
		);
		expect(filterCatalogue(catalogue, { text: 'WHATS' }).map((t) => t.id)).toEqual(['whatsapp']);
	});

	it('finds a Big Tech tool by the name of one of its alternatives', () => {
		const withJitsi = catalogue.filter((t) => t.alternatives.some((a) => a.id === 'jitsi-meet'));
		expect(withJitsi.length).toBeGreaterThan(0);
		expect(filterCatalogue(catalogue, { text: 'jitsi' })).toEqual(withJitsi);
	});

	it('filters by use, combined with words', () => {
		const calls = filterCatalogue(catalogue, { text: '', use: 'video-calls' });
		expect(calls.length).toBeGreaterThan(0);
		expect(calls.every((t) => t.uses.includes('video-calls'))).toBe(true);
		expect(filterCatalogue(catalogue, { text: 'gmail', use: 'video-calls' })).toEqual([]);
		expect(usesInCatalogue(catalogue)).toContain('video-calls');
	});

	it('names every catalogue id, Big Tech tools and alternatives alike', () => {
		const names = catalogueNames(catalogue);
		expect(names.get('google-docs')).toBe('Google Docs');
		expect(names.size).toBe(
			catalogue.length + catalogue.reduce((sum, t) => sum + t.alternatives.length, 0)
		);
	});
});
