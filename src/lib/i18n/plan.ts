import { featureI18n } from './index.svelte';

// Apart from the loader (namespaces/plan.ts), so importing this costs a page no message chunk.
/** The plan feature's `i18n`: `i18n.m.plan` is there (only its code and routes import this). */
export const i18n = featureI18n('plan');
