import { featureI18n } from './index.svelte';

// Apart from the loader (namespaces/directory.ts), so importing this costs a page no message chunk.
/** The directory's `i18n`: `i18n.m.directory` is there (only its code and routes import this). */
export const i18n = featureI18n('directory');
