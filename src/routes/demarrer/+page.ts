import { loadPlanMessages } from '$lib/i18n/namespaces/plan';

/** The guided start shows the plan's dependency chart: its messages load with the page. */
export const load = (): Promise<void> => loadPlanMessages();
