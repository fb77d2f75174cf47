import type { Provider } from '$lib/schemas/provider-values';
import type { DirectoryHandoff } from './handoff';
import { indexProviders } from './search-index';

/** IndexedDB orders string keys by code unit, as `<` does: the order `toArray()` lists them in. */
const byId = (a: Provider, b: Provider) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What the content worker hands the page for providers that passed the feed's checks. */
export function prepareHandoff(providers: readonly Provider[]): DirectoryHandoff {
	const sorted = [...providers].sort(byId);
	return { json: JSON.stringify(sorted), index: indexProviders(sorted) };
}
