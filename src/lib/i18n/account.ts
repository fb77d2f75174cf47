import { featureI18n } from './index.svelte';

// Apart from the loader (namespaces/account.ts), so importing this costs a page no message chunk.
/**
 * The `i18n` of one's own forum account (`i18n.m.account`): the settings on /compte, in a
 * namespace of their own so the forum's pages do not carry them (their budget is tight). Only the
 * forum's code and /compte import this.
 */
export const i18n = featureI18n('account');
