// The directory a worker prepared (src/lib/content/sync.worker.ts): the providers it just checked
// and stored, and their search index. The page still reads IndexedDB as on any visit, and uses
// what the worker prepared only for rows that are exactly what the worker checked (same JSON):
// it then neither parses them again with zod nor tokenises them again, work that would otherwise
// block the page on a first visit. Types only: this module loads with every page.
import type { Provider } from '$lib/schemas/provider-values';
import type { SearchIndexData } from './search-index';

/** What the content worker posts once the providers feed passed its checks. */
export interface DirectoryHandoff {
	/** JSON of the checked providers, in the order IndexedDB lists them (by id). */
	json: string;
	/** The search index of those providers, in that order. */
	index: SearchIndexData;
}

let offered: DirectoryHandoff | undefined;
let adopted: { providers: readonly Provider[]; index: SearchIndexData } | undefined;

/** Keeps what the worker prepared, for the next reads of the directory. */
export function offerHandoff(handoff: DirectoryHandoff): void {
	offered = handoff;
}

/**
 * Whether `rows` read from IndexedDB are exactly the providers the worker checked (then they
 * are valid providers, and the worker's index describes them).
 */
export function isHandedOver(rows: readonly unknown[]): rows is Provider[] {
	if (!offered || JSON.stringify(rows) !== offered.json) return false;
	adopted = { providers: rows as readonly Provider[], index: offered.index };
	return true;
}

/** The prepared index data of a provider list that `isHandedOver` accepted, if it is this one. */
export function handedOverIndex(providers: readonly Provider[]): SearchIndexData | undefined {
	return adopted?.providers === providers ? adopted.index : undefined;
}
