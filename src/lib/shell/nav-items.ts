import type { TextKey } from '$lib/i18n/types';

export type IconName =
	'home' | 'providers' | 'resources' | 'plan' | 'forum' | 'alternatives' | 'settings';

/** A navigation entry whose label is a message key, so it follows the active language. */
export interface NavItem {
	href: string;
	label: TextKey;
	icon: IconName;
}

/** The five destinations of the bottom bar on phones (and of the header on wider screens). */
export const primaryNav: NavItem[] = [
	{ href: '/', label: 'navHome', icon: 'home' },
	{ href: '/prestataires', label: 'navProviders', icon: 'providers' },
	{ href: '/ressources', label: 'navResources', icon: 'resources' },
	{ href: '/plan', label: 'navPlan', icon: 'plan' },
	{ href: '/forum', label: 'navForum', icon: 'forum' }
];

/** True when `pathname` is `href` or one of its sub-pages (the home link only matches itself). */
export function isCurrentSection(pathname: string, href: string): boolean {
	if (href === '/') return pathname === '/';
	return pathname === href || pathname.startsWith(`${href}/`);
}
