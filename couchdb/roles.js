#!/usr/bin/env node
// Runs in Node: `npm run role -- <add|remove|show> <role> <name>`, the server admin's command to
// give a member the team's roles (`editor`: reviews proposals and publishes content; `moderator`:
// hides posts). It talks to the database as the admin: the embedded one of `npm start`
// (DATA_DIR/database-url and admin.json, or COUCHDB_USER/COUCHDB_PASSWORD), or Apache CouchDB
// with COUCHDB_URL. The member's next request has the role (the gateway reads accounts again
// within 5 seconds).
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createAdminClient } from './gateway/admin-client.js';
import { userDocPath } from './gateway/user-directory.js';

/** The roles this command gives; any other is refused (`_admin` is CouchDB's, not a member's). */
export const teamRoles = ['editor', 'moderator'];

const usage =
	'Usage: npm run role -- add|remove <editor|moderator> <name>   or   npm run role -- show <name>';

/**
 * @param {string[]} args @param {NodeJS.ProcessEnv} env
 * @returns {Promise<string>} what was done, for the operator
 */
export async function runRoleCommand(args, env) {
	const [action, role, name] = args[0] === 'show' ? ['show', '', args[1]] : args;
	if (!name || !['add', 'remove', 'show'].includes(action ?? '')) throw new Error(usage);
	if (action !== 'show' && !teamRoles.includes(role ?? '')) {
		throw new Error(`The role must be one of: ${teamRoles.join(', ')}.`);
	}
	const admin = createAdminClient(await adminAccess(env));
	const path = userDocPath(name);
	const found = await admin.request('GET', path);
	if (found.status === 404) throw new Error(`There is no account named ${name}.`);
	if (found.status !== 200) throw new Error(`Reading the account failed (HTTP ${found.status}).`);
	/** @type {string[]} */
	const roles = Array.isArray(found.body.roles) ? found.body.roles : [];
	if (action === 'show') return `${name}: ${roles.length ? roles.join(', ') : 'no role'}`;
	const next =
		action === 'add'
			? [...new Set([...roles, /** @type {string} */ (role)])]
			: roles.filter((given) => given !== role);
	const saved = await admin.request('PUT', path, { ...found.body, roles: next });
	if (saved.status !== 201 && saved.status !== 202) {
		throw new Error(`Saving the account failed (HTTP ${saved.status}).`);
	}
	return `${name}: ${next.length ? next.join(', ') : 'no role'}`;
}

/**
 * Where the database is and its admin: COUCHDB_URL, else the embedded database of DATA_DIR.
 * @param {NodeJS.ProcessEnv} env
 */
export async function adminAccess(env) {
	if (env.COUCHDB_URL) {
		const url = new URL(env.COUCHDB_URL);
		const name = env.COUCHDB_USER ?? decodeURIComponent(url.username);
		const password = env.COUCHDB_PASSWORD ?? decodeURIComponent(url.password);
		url.username = '';
		url.password = '';
		return { baseUrl: url.toString().replace(/\/$/, ''), name, password };
	}
	const dataDir = resolve(env.DATA_DIR ?? '.data');
	const baseUrl = (await readFile(join(dataDir, 'database-url'), 'utf8').catch(() => '')).trim();
	if (!baseUrl) {
		throw new Error(`No running server found for ${dataDir}: start it with npm start first.`);
	}
	if (env.COUCHDB_USER && env.COUCHDB_PASSWORD) {
		return { baseUrl, name: env.COUCHDB_USER, password: env.COUCHDB_PASSWORD };
	}
	const saved = JSON.parse(await readFile(join(dataDir, 'admin.json'), 'utf8'));
	return { baseUrl, name: saved.name, password: saved.password };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	try {
		console.log(await runRoleCommand(process.argv.slice(2), process.env));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		process.exit(1);
	}
}
