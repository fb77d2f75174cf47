// Pages render in the browser from local data (IndexedDB), so there is nothing to render on a
// server: the static build ships one shell, served for every URL, online or offline.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
