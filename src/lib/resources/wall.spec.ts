import { describe, expect, it } from 'vitest';
import { makeEmancipation } from './emancipation-factory';
import { formatMonth, toolNames, wallByRegion } from './wall';

const at = (
	id: string,
	region: 'bretagne' | 'occitanie' | 'guadeloupe',
	since: string,
	name = id
) =>
	makeEmancipation({
		id,
		slug: id,
		since,
		association: { name, size: 'volunteers-only', region }
	});

describe('the wall of emancipated associations', () => {
	it('groups by region in the app’s order, the most recent move first, then by name', () => {
		const wall = wallByRegion([
			at('a', 'guadeloupe', '2024-01'),
			at('b', 'occitanie', '2024-05'),
			at('c', 'bretagne', '2023-09'),
			at('d', 'bretagne', '2025-09', 'Zèbres'),
			at('e', 'bretagne', '2025-09', 'Abeilles')
		]);
		expect(wall.map((group) => group.region)).toEqual(['bretagne', 'occitanie', 'guadeloupe']);
		expect(wall[0]?.emancipations.map((e) => e.id)).toEqual(['e', 'd', 'c']);
	});

	it('is empty without emancipations', () => {
		expect(wallByRegion([])).toEqual([]);
	});

	it('names tools from the catalogue, and keeps an unknown id as it is', () => {
		const names = new Map([
			['whatsapp', 'WhatsApp'],
			['signal', 'Signal']
		]);
		expect(toolNames(['whatsapp', 'signal', 'fax'], names)).toEqual(['WhatsApp', 'Signal', 'fax']);
	});

	it('writes the month of the move in each language', () => {
		expect(formatMonth('2025-02', 'fr')).toBe('février 2025');
		expect(formatMonth('2025-02', 'en')).toBe('February 2025');
	});
});
