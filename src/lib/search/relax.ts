/** A way out of an empty result: drop one facet's filter (or the words) to get `count` results. */
export interface Relaxation<Key extends string> {
	target: Key | 'text';
	count: number;
}

/**
 * For an empty result: what to drop to get results back, one suggestion per active facet (and
 * the text), only those that actually help, the most helpful first. `total` runs the search.
 */
export function relaxations<Key extends string, Filters extends Record<Key, readonly string[]>>(
	keys: readonly Key[],
	query: { text: string; filters: Filters },
	total: (text: string, filters: Filters) => number
): Relaxation<Key>[] {
	const found: Relaxation<Key>[] = [];
	for (const key of keys) {
		if (query.filters[key].length === 0) continue;
		found.push({ target: key, count: total(query.text, { ...query.filters, [key]: [] }) });
	}
	if (query.text.trim() !== '') {
		found.push({ target: 'text', count: total('', query.filters) });
	}
	return found.filter((s) => s.count > 0).sort((a, b) => b.count - a.count);
}
