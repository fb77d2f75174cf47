import type { ManifestOptions } from 'vite-plugin-pwa';

/** The installable app's identity; French first, as the app speaks French by default. */
export const webManifest = {
	id: '/',
	name: 'Passerelle — sortir des outils des GAFAM',
	short_name: 'Passerelle',
	description:
		'Annuaire de prestataires, ressources, plan de transition et forum d’entraide pour les associations qui quittent les outils des géants du numérique. Fonctionne hors connexion.',
	lang: 'fr',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: '#1d4e89',
	background_color: '#ffffff',
	categories: ['productivity', 'education'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{
			src: '/icons/icon-maskable-512.png',
			sizes: '512x512',
			type: 'image/png',
			purpose: 'maskable'
		}
	]
} satisfies Partial<ManifestOptions>;
