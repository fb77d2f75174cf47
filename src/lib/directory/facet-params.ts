// The directory's URL parameter names, in a module of their own: pages outside the directory (the
// plan's step help) link to a filtered directory without loading its query parser and search code.
import type { FacetKey } from './filters';

/** URL parameter name of each facet (short, and stable once shared). */
export const facetParams: Record<FacetKey, string> = {
	supportKinds: 'support',
	associationSizes: 'size',
	modalities: 'modality',
	regions: 'region',
	structureTypes: 'type'
};
