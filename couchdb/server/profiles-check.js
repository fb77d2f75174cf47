// Runs in Node (the server, at start). Every account has its display name claimed and a public
// profile in the forum (gateway/display-names.js): accounts made before profiles existed, by an
// upgrade from Passerelle 0.1, or by the admin directly (the demo accounts, an operator's curl)
// get theirs here. Two older accounts with the same name (up to case and accents) cannot both
// keep it: the later one is shown as « Name (login) » until its owner chooses another.
import { createDisplayNames } from '../gateway/display-names.js';

const page = 1_000;

/**
 * @param {import('../gateway/admin-client.js').AdminClient} admin
 * @returns {Promise<number>} how many profiles were written
 */
export async function ensureProfiles(admin) {
	const names = createDisplayNames({ admin });
	const profiles = new Map();
	for await (const doc of documents(admin, '/forum', 'profile:')) {
		profiles.set(doc.name, doc.displayName);
	}
	let written = 0;
	for await (const account of documents(admin, '/_users', 'org.couchdb.user:')) {
		if (typeof account.name !== 'string') continue;
		const wanted =
			typeof account.displayName === 'string' && account.displayName.trim().length >= 2
				? account.displayName.trim().slice(0, 80)
				: account.name;
		if (profiles.get(account.name) === wanted) continue;
		let shown = wanted;
		try {
			await names.claim(account.name, shown);
		} catch {
			// Taken by another account: this one's own login name makes it unique.
			shown = `${wanted.slice(0, 60)} (${account.name})`;
			await names.claim(account.name, shown);
			await admin.request('PUT', `/_users/${encodeURIComponent(account._id)}`, {
				...account,
				displayName: shown
			});
		}
		await names.publish(account.name, shown);
		written++;
	}
	return written;
}

/**
 * The documents of `db` whose ids start with `prefix`, read as the admin in pages.
 * @param {import('../gateway/admin-client.js').AdminClient} admin @param {string} db
 * @param {string} prefix
 * @returns {AsyncGenerator<Record<string, any>>}
 */
async function* documents(admin, db, prefix) {
	let startkey = prefix;
	let skip = 0;
	for (;;) {
		const query = new URLSearchParams({
			include_docs: 'true',
			startkey: JSON.stringify(startkey),
			endkey: JSON.stringify(`${prefix}\ufff0`),
			limit: String(page),
			skip: String(skip)
		});
		const { status, body } = await admin.request('GET', `${db}/_all_docs?${query}`);
		if (status !== 200) throw new Error(`reading ${db} failed: HTTP ${status}`);
		for (const row of body.rows) if (row.doc) yield row.doc;
		if (body.rows.length < page) return;
		startkey = body.rows.at(-1).id;
		skip = 1;
	}
}
