import { goto } from '$app/navigation';

/**
 * Makes `params` the page's query string, where searches keep their state (shareable, restored
 * offline). Typing replaces the history entry; a filter change adds one, so Back undoes it.
 */
export function showSearch(pathname: string, params: URLSearchParams, replace = false): void {
	void openSearch(pathname, params, replace);
}

/** `showSearch`, resolving once the page shows the new state (to move the focus there). */
export function openSearch(
	pathname: string,
	params: URLSearchParams,
	replace = false
): Promise<void> {
	const search = params.toString();
	return goto(search ? `?${search}` : pathname, {
		replaceState: replace,
		keepFocus: true,
		noScroll: true
	});
}

/** `values` with `value` added at the end, or removed when it is already there. */
export function toggled<T>(values: readonly T[], value: T): T[] {
	return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
