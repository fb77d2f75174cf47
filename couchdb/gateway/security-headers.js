// Runs in Node. Security headers: the app's pages and the CouchDB API at /db.

/**
 * Headers for every answer of the app's origin.
 * @param {{ secure: boolean }} request whether the visitor came over HTTPS
 * @returns {Record<string, string>}
 */
export function commonHeaders({ secure }) {
	return {
		'X-Content-Type-Options': 'nosniff',
		'X-Frame-Options': 'DENY',
		'Referrer-Policy': 'same-origin',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		...(secure ? { 'Strict-Transport-Security': 'max-age=31536000' } : {})
	};
}

/**
 * /db answers are data, never a document to render: even an attachment stored by some older
 * version could not run as a page of this origin.
 */
export const databaseHeaders = {
	'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
	'Content-Disposition': 'attachment',
	'Cross-Origin-Resource-Policy': 'same-origin'
};
