// Runs in Node (the embedded database). express-pouchdb was never meant to face anyone: it runs
// design functions it is sent (`_temp_view` before checking who asks) and crashes on some
// requests. So it answers only two callers: the gateway of this server, which hands it what it
// allowed with a token made at each start (tests attack the database alone with it too), and the
// server admin (Basic credentials) on its loopback address.
import { timingSafeEqual } from 'node:crypto';

export const gatewayTokenHeader = 'x-passerelle-gateway';

/** @param {string} a @param {string} b */
function same(a, b) {
	const x = Buffer.from(a);
	const y = Buffer.from(b);
	return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * @param {import('express').Request} req
 * @param {{ name: string, password: string }} admin
 */
export function isAdminRequest(req, admin) {
	const header = req.headers.authorization ?? '';
	if (!header.startsWith('Basic ')) return false;
	const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return false;
	return (
		same(decoded.slice(0, colon), admin.name) && same(decoded.slice(colon + 1), admin.password)
	);
}

/**
 * @param {{ token: string, admin: { name: string, password: string } }} options
 * @returns {import('express').RequestHandler}
 */
export function allowGatewayAndAdminOnly({ token, admin }) {
	return (req, res, next) => {
		const given = req.headers[gatewayTokenHeader];
		if (typeof given === 'string' && same(given, token)) return next();
		if (isAdminRequest(req, admin)) return next();
		if (req.headers.authorization) {
			return res
				.status(401)
				.json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
		}
		res.status(403).json({
			error: 'forbidden',
			reason: 'This port serves the server’s gateway and its admin only.'
		});
	};
}
