// « Nous nous sommes émancipés »: the feed's limits, without zod (the wall's page imports these,
// and zod stays out of its initial JavaScript; see resource-values.ts). `emancipation.ts`
// re-exports all of it.

export const emancipationLimits = {
	name: 160,
	story: 2_000,
	tools: 30
} as const;
