// Stands in for SvelteKit's `$app/environment` in bundled benchmark code, which always runs in the
// browser (so the app's `getDb()` can be used as is).
export const browser = true;
export const dev = false;
export const building = false;
export const version = 'bench';
