// One helper for the three search pages (directory, library, alternatives): their state lives in
// the URL, so a search can be bookmarked, shared and restored offline. Each page gives how its
// query is read from and written to URL parameters; the helper reads the current one and shows
// the next.
import { goto } from '$app/navigation';
import { page } from '$app/state';

/** How a page's search state maps to URL parameters (parse never throws). */
export interface SearchCodec<Q> {
	parse: (params: URLSearchParams) => Q;
	serialize: (query: Q) => URLSearchParams;
}

export interface ShowOptions {
	/** Typing replaces the history entry; a filter change adds one, so Back undoes it. */
	replace?: boolean;
	/** Parameters of the page's own beside the search (the directory's `vue=carte`). */
	extra?: (params: URLSearchParams) => URLSearchParams;
}

/** The search state of the page in the URL, and a way to show another. */
export class UrlSearch<Q> {
	readonly #codec: SearchCodec<Q>;
	readonly #query = $derived.by(() => this.#codec.parse(page.url.searchParams));

	constructor(codec: SearchCodec<Q>) {
		this.#codec = codec;
	}

	/** The query the URL holds now. */
	get query(): Q {
		return this.#query;
	}

	/** Shows `next`; resolves once the page shows it (to move the focus there). */
	show(next: Q, { replace = false, extra }: ShowOptions = {}): Promise<void> {
		const serialized = this.#codec.serialize(next);
		const search = (extra ? extra(serialized) : serialized).toString();
		// The focus and the scroll stay where the person is (the search box, a filter).
		return goto(search ? `?${search}` : page.url.pathname, {
			replaceState: replace,
			keepFocus: true,
			noScroll: true
		});
	}
}

/** `query` with `value` added to or removed from its filter `key`. */
export function withToggledFilter<K extends string, Q extends { filters: Record<K, string[]> }>(
	query: Q,
	key: K,
	value: string
): Q {
	const values = query.filters[key];
	const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
	return { ...query, filters: { ...query.filters, [key]: next } };
}
