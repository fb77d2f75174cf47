import type { Messages } from '../types';

/** English messages: same keys as French, checked by the compiler. */
export const en: Messages = {
	appName: 'Passerelle',
	appTagline: 'Leave Big Tech tools step by step, even without a connection',
	skipToContent: 'Skip to content',
	mainNavigation: 'Main navigation',
	navHome: 'Home',
	navProviders: 'Providers',
	navResources: 'Resources',
	navAlternatives: 'Alternatives',
	navPlan: 'My plan',
	navForum: 'Forum',
	navAccount: 'Account',
	statusOnline: 'Online',
	statusOffline: 'Offline',
	statusLabel: 'Connection status',
	languageLabel: 'Language',
	languageFrench: 'Français',
	languageEnglish: 'English',
	updateAvailable: 'New version available',
	updateReload: 'Reload',
	updateLater: 'Later',
	updateHint: 'What you typed is saved; reloading keeps it.',
	offlineReady: 'Passerelle is ready to work offline.',
	dismiss: 'Close',
	homeTitle: 'Welcome to Passerelle',
	homeIntro:
		'Passerelle helps associations leave Big Tech tools: find help, learn from those who did it, and follow a step-by-step plan. Everything works on your phone, even without a connection.',
	homeProvidersText: 'Find trusted providers near you or remote.',
	homeResourcesText: 'Guides, practical sheets and testimonies from associations.',
	homeAlternativesText: 'Free-software alternatives to each Big Tech tool.',
	homePlanText: 'Diagnosis, 8 steps, migration timeline and board-meeting mode.',
	homeForumText: 'Ask a question, share an experience, pool needs.',
	comingSoon: 'Coming soon',
	providersTitle: 'Providers',
	providersIntro:
		'Here: the directory of providers who support associations — search, filters by kind of support, association size, modalities and region, detailed cards and a shortlist, all available offline.',
	resourcesTitle: 'Resources',
	resourcesIntro:
		'Here: the resource library — guides, practical sheets, videos and testimonies of associations that made the move, readable offline and linked to the steps of your plan.',
	alternativesTitle: 'Alternatives',
	alternativesIntro:
		'Here: the catalogue of free alternatives — for each Big Tech tool (Google Docs, WhatsApp, Zoom…), the free software that replaces it, who can host it and how hard it is.',
	planTitle: 'My transition plan',
	planIntro:
		'Here: your private transition plan — diagnosis of your tools, the 8 steps with their checklists, the migration timeline and board-meeting mode. It stays on this device.',
	forumTitle: 'Mutual-aid forum',
	forumIntro:
		'Here: the mutual-aid forum between associations — technical help, advice on choosing a tool, looking for a provider and development needs to pool. You will be able to read and write offline; your posts go out when the connection returns.',
	accountTitle: 'Account and device',
	accountIntro: 'App settings and the state of storage on this device.',
	storageTitle: 'Storage on this device',
	storagePersisted: 'Persistent storage: the browser will not delete your data to free space.',
	storageNotPersisted:
		'Storage not guaranteed: the browser could erase your data if it runs short of space.',
	storageUnsupported: 'This browser does not report its storage state.',
	storageUsage: (used: string, quota: string) => `${used} used of ${quota} available`,
	storageAskPersist: 'Protect my data',
	storageAskRefused:
		'The browser declined for now. Installing Passerelle on the home screen often helps.',
	storageChecking: 'Checking storage…',
	appVersion: (version: string) => `App version: ${version}`,
	notFoundTitle: 'Page not found',
	notFoundText: 'This page does not exist. Go back home.',
	errorTitle: 'Something went wrong',
	backHome: 'Back to home'
};
