// Runs in Node: the server's HTTP app. One origin serves the static app and the CouchDB API at
// /db (through the gateway only), so session cookies just work and the browser never needs CORS.
import compression from 'compression';
import express from 'express';
import { jsonErrorHandler, sendError } from '../http/errors.js';
import { commonHeaders } from '../gateway/security-headers.js';
import { staticApp } from './static-app.js';

/**
 * @param {{ buildDir: string, gateway: import('express').Router, trustProxy: boolean,
 *   content?: import('express').Router }} options
 *   `trustProxy`: the server is behind a reverse proxy whose X-Forwarded-For/-Proto it believes;
 *   `content`: the published content, served at /data before the build's own files
 */
export function createApp({ buildDir, gateway, trustProxy, content }) {
	const app = express();
	app.disable('x-powered-by');
	// Nothing reads `req.query`: the gateway checks the raw query itself (query-rules.js).
	app.set('query parser', false);
	// One proxy hop: its X-Forwarded-For gives the visitor's address (for the limits) and
	// X-Forwarded-Proto tells whether the visitor used HTTPS (for the cookie's Secure flag).
	app.set('trust proxy', trustProxy ? 1 : false);
	app.use((req, res, next) => {
		res.set(commonHeaders({ secure: req.secure }));
		next();
	});
	app.use('/db', gateway);
	app.use(compression());
	if (content) app.use(content);
	app.use(staticApp(buildDir));
	app.use((req, res) => sendError(res, 404, 'not_found', 'There is nothing at this address.'));
	app.use(jsonErrorHandler);
	return app;
}
