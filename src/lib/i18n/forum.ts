import { featureI18n } from './index.svelte';

// Apart from the loader (namespaces/forum.ts), so importing this costs a page no message chunk.
/** The forum feature's `i18n`: `i18n.m.forum` is there (only its code and routes import this). */
export const i18n = featureI18n('forum');
