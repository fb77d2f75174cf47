// On a phone the directory shows its results as a list or as the region map; the choice lives
// in the URL with the search (`vue=carte`), so Back returns from the map and a link can open it.

export type DirectoryView = 'list' | 'map';

const param = 'vue';
const mapValue = 'carte';

/** The view a URL asks for (the list unless it says the map). */
export function readView(params: URLSearchParams): DirectoryView {
	return params.get(param) === mapValue ? 'map' : 'list';
}

/** `params` (a serialised search) with the view added when it is the map. */
export function withView(params: URLSearchParams, view: DirectoryView): URLSearchParams {
	const next = new URLSearchParams(params);
	next.delete(param);
	if (view === 'map') next.set(param, mapValue);
	return next;
}
