// Runs in Node (the server). The content the editors published (the editorial database's
// `manifest` and its `chunk:<sha-256>` documents) is served at /data in place of the build's demo
// files: `/data/manifest.json` (revalidated on every start of the app) and `/data/chunks/<sha>.json`
// (named by their digest, so cached for good). Until something is published, and for any file it
// does not hold, the build's own /data answers.
import express from 'express';

const chunkPath = /^\/data\/chunks\/([0-9a-f]{64})\.json$/;

/**
 * @param {{ admin: import('../gateway/admin-client.js').AdminClient, ttlMs?: number }} deps
 *   `ttlMs`: how long the published manifest is kept in memory before it is read again
 */
export function publishedContent({ admin, ttlMs = 2_000 }) {
	/** @type {{ at: number, text: string | undefined } | undefined} */
	let manifest;
	const router = express.Router();

	/** The published manifest's text, or undefined when nothing is published yet. */
	async function currentManifest() {
		if (manifest && Date.now() - manifest.at < ttlMs) return manifest.text;
		const { status, body } = await admin.request('GET', '/editorial/manifest');
		const text = status === 200 && body?.manifest ? JSON.stringify(body.manifest) : undefined;
		manifest = { at: Date.now(), text };
		return text;
	}

	router.get('/data/manifest.json', (req, res, next) => {
		currentManifest().then((text) => {
			if (text === undefined) return next();
			res.setHeader('Content-Type', 'application/json');
			res.setHeader('Cache-Control', 'no-cache');
			res.end(text);
		}, next);
	});

	router.get(chunkPath, (req, res, next) => {
		const sha = chunkPath.exec(req.path)?.[1] ?? '';
		admin.request('GET', `/editorial/chunk:${sha}`).then(({ status, body }) => {
			if (status !== 200 || typeof body.text !== 'string') return next();
			res.setHeader('Content-Type', 'application/json');
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
			res.end(body.text);
		}, next);
	});

	return router;
}
