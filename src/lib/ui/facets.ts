/** One checkbox of a filter group: a facet value, its label and how many results it would give. */
export interface FacetOption {
	value: string;
	label: string;
	count: number;
	checked: boolean;
}

/** A group of filter checkboxes (one facet), as the shared FacetPanel shows it. */
export interface FacetGroup {
	key: string;
	title: string;
	options: FacetOption[];
}

/** What to drop to get results back: a filter group (by key) or the search words ('text'). */
export interface RelaxOption {
	target: string;
	label: string;
	count: number;
}

/** The options of one facet from its values, labels, counts and current selection. */
export function facetOptions(
	values: readonly string[],
	label: (value: string) => string,
	counts: Readonly<Record<string, number>>,
	selected: readonly string[]
): FacetOption[] {
	return values.map((value) => ({
		value,
		label: label(value),
		count: counts[value] ?? 0,
		checked: selected.includes(value)
	}));
}

/** A selected filter value, shown as a removable chip. */
export interface ActiveFilter {
	key: string;
	value: string;
	label: string;
}

/** The selected values of every group, in the groups' order. */
export function activeFilters(groups: readonly FacetGroup[]): ActiveFilter[] {
	return groups.flatMap((group) =>
		group.options
			.filter((option) => option.checked)
			.map((option) => ({ key: group.key, value: option.value, label: option.label }))
	);
}
