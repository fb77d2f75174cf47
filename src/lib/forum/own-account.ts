// One's own forum account, from the settings page (/compte): its display name, its password, and
// logging out of every device. Each call needs the server (an account lives there); this device's
// remembered account follows what the server accepted. No zod and no PouchDB (bundle budget).
import {
	AccountFailure,
	callAccountApi as call,
	failureOf,
	refusalOf,
	type AccountError
} from './account-http';
import { cleanDisplayName, displayNameProblem } from './display-names';
import { rememberDisplayName, writeStoredAccount } from './stored-account';
import { forumSyncStatus } from './sync-status.svelte';

export { AccountFailure, type AccountError };

/** The fields of one's own `_users` document an update sends back (the server checks them). */
interface OwnAccount {
	_id: string;
	_rev: string;
	name: string;
	roles: string[];
	displayName?: string;
}

/** A password's length as the server checks it (8 to 200 characters). */
export const isPasswordLength = (password: string): boolean =>
	password.length >= 8 && password.length <= 200;

const accountPath = (name: string) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

/** Throws the failure a refused answer stands for; a 401 means this device is logged out. */
async function refuse(response: Response, sentPassword = false): Promise<never> {
	const refusal = await refusalOf(response);
	if (response.status === 401) {
		// The server no longer knows this session (ended elsewhere, or expired): posts waiting
		// here now wait for a log-in, and every page says so.
		forumSyncStatus.update({ needsLogin: true });
		throw new AccountFailure('sessionEnded');
	}
	// A new password is refused with 403 `forbidden` when the current one is not right.
	if (sentPassword && response.status === 403 && refusal.error === 'forbidden') {
		throw new AccountFailure('wrongPassword');
	}
	throw failureOf(response.status, refusal);
}

/** The account as the server has it now (its revision and roles are needed to update it). */
async function readOwnAccount(name: string): Promise<OwnAccount> {
	const response = await call(accountPath(name));
	if (!response.ok) return refuse(response);
	const body = (await response.json().catch(() => undefined)) as
		Record<string, unknown> | undefined;
	const roles = body?.roles;
	if (
		typeof body?._rev !== 'string' ||
		body.name !== name ||
		!Array.isArray(roles) ||
		!roles.every((role) => typeof role === 'string')
	) {
		throw new AccountFailure('serverUnavailable');
	}
	return {
		_id: `org.couchdb.user:${name}`,
		_rev: body._rev,
		name,
		roles,
		...(typeof body.displayName === 'string' ? { displayName: body.displayName } : {})
	};
}

/**
 * Reads the account, then writes it back with `changes`. The account may change between the two
 * (a renewed hash at a log-in elsewhere): a 409 `conflict` reads it again, once.
 */
async function updateOwnAccount(
	name: string,
	changes: { displayName?: string; password?: string; currentPassword?: string }
): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		const account = await readOwnAccount(name);
		const response = await call(accountPath(name), {
			method: 'PUT',
			body: JSON.stringify({ ...account, type: 'user', ...changes })
		});
		if (response.ok) return;
		if (response.status === 409 && attempt === 0) {
			const refusal = await refusalOf(response.clone());
			if (refusal.error === 'conflict') continue;
		}
		return refuse(response, changes.password !== undefined);
	}
}

/**
 * Changes the name shown with every post of the account (`name`): the server checks that no one
 * else has it and writes the public profile every device syncs; this device shows it at once.
 * Returns the name as stored.
 */
export async function changeDisplayName(name: string, displayName: string): Promise<string> {
	const problem = displayNameProblem(displayName);
	if (problem === 'length') throw new AccountFailure('displayNameInvalid');
	if (problem === 'invisible') throw new AccountFailure('displayNameInvisible');
	const clean = cleanDisplayName(displayName);
	await updateOwnAccount(name, { displayName: clean });
	rememberDisplayName(name, clean);
	return clean;
}

/**
 * Changes the password, given the current one. The server keeps this device logged in (a new
 * cookie) and ends every other session: other devices ask to log in again, their posts waiting.
 */
export async function changePassword(
	name: string,
	currentPassword: string,
	password: string
): Promise<void> {
	if (!currentPassword) throw new AccountFailure('wrongPassword');
	if (!isPasswordLength(password)) throw new AccountFailure('passwordInvalid');
	await updateOwnAccount(name, { password, currentPassword });
}

/**
 * Asks the server whether this device is still logged in as `name` (a log-out on every device, a
 * password changed elsewhere); when it is not, every page says so and posts wait for a log-in.
 * Offline or unanswered: nothing is known, nothing changes.
 */
export async function confirmSession(name: string): Promise<void> {
	const response = await call('/_session').catch(() => undefined);
	if (!response?.ok) return;
	const body = (await response.json().catch(() => undefined)) as
		{ userCtx?: { name?: unknown } } | undefined;
	if (body?.userCtx && body.userCtx.name !== name) forumSyncStatus.update({ needsLogin: true });
}

/**
 * Ends every session of the account, this device's included. Posts waiting here stay queued and
 * go out after the next log-in (the banner on every page says so).
 */
export async function logOutEverywhere(): Promise<void> {
	const response = await call('/_passerelle/sessions', { method: 'DELETE' });
	if (!response.ok) return refuse(response);
	writeStoredAccount(undefined);
	forumSyncStatus.update({ needsLogin: forumSyncStatus.pending > 0 });
}
