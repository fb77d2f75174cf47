import { featureI18n } from './index.svelte';

// Apart from the loader (namespaces/resources.ts), so importing this costs a page no message chunk.
/** The resources feature's `i18n`: `i18n.m.resources` is there (only its code and routes import this). */
export const i18n = featureI18n('resources');
