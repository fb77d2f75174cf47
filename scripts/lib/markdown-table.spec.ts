import { describe, expect, it } from 'vitest';
import { markdownTable } from './markdown-table.js';

describe('markdownTable', () => {
	it('pads every column to its widest cell, header included', () => {
		expect(
			markdownTable(
				['Route', 'OK'],
				[
					['/', '✅'],
					['/prestataires', '❌ (< 90)']
				]
			)
		).toBe(
			[
				'| Route         | OK       |',
				'| ------------- | -------- |',
				'| /             | ✅        |',
				'| /prestataires | ❌ (< 90) |'
			].join('\n')
		);
	});

	it('gives a header and its rule when there is no row', () => {
		expect(markdownTable(['Page', 'SEO'], [])).toBe('| Page | SEO |\n| ---- | --- |');
	});
});
