// The log-in page takes the page to come back to (`/forum/connexion?retour=/prestataires`), so
// logging in from the banner on any page returns there. Only a path of this app is followed:
// never another site (`//evil.example`, `/\evil.example`, `https://…`).

const loginPage = '/forum/connexion';

/** The log-in page, coming back to `returnTo` (a path with its query) afterwards. */
export function loginPath(returnTo: string): string {
	return returnTo === loginPage || returnTo === '/forum'
		? loginPage
		: `${loginPage}?retour=${encodeURIComponent(returnTo)}`;
}

/** Where to go after logging in from `url`: its `retour` when it is a path of this app. */
export function returnPathOf(url: URL, fallback = '/forum'): string {
	const value = url.searchParams.get('retour');
	return value && /^\/(?![/\\])/.test(value) ? value : fallback;
}
