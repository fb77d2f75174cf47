// Conflicts between devices, through the real embedded server: the same post edited on two
// devices offline ends in the same conflict (and the same winner) on both, until its author
// resolves it on one of them.
import { describe, expect, it } from 'vitest';
import { signUpAndLogIn } from '../../../couchdb/server/test-helpers';
import { resolveConflict } from './conflict-store';
import type { PouchDatabase } from './pouch-types';
import { editPost } from './posts';
import {
	device,
	engineFor,
	freshServer,
	useSyncTestKit,
	waitFor,
	writeThread
} from './sync-engine.test-kit';

useSyncTestKit();

describe('conflicts', () => {
	it('a thread edited on two devices offline ends in the same conflict on both, then resolves', async () => {
		const server = await freshServer();
		const cookie = await signUpAndLogIn(server.url, 'maud');
		const phone = device('phone', server.url, { cookie });
		const laptop = device('laptop', server.url, { cookie });
		const a = engineFor(phone);
		const b = engineFor(laptop);
		const author = { name: 'maud', displayName: 'Maud' };
		const thread = await writeThread(phone, a, author, {
			title: 'Sauvegardes',
			body: 'Première version'
		});
		a.start();
		await a.push();
		b.start();
		await waitFor(async () => (await laptop.local.get(thread._id).catch(() => null)) !== null);
		// Both offline, both edit.
		a.goOffline();
		b.goOffline();
		await editPost({ db: phone.local, outbox: a.outbox }, thread._id, {
			body: 'Depuis le téléphone'
		});
		await editPost({ db: laptop.local, outbox: b.outbox }, thread._id, {
			body: 'Depuis l’ordinateur'
		});
		a.goOnline();
		b.goOnline();
		await a.push();
		await b.push();
		const conflictOn = async (db: PouchDatabase) =>
			((await db.get(thread._id, { conflicts: true }))._conflicts ?? []).length > 0;
		await waitFor(() => conflictOn(phone.local));
		await waitFor(() => conflictOn(laptop.local));
		const onPhone = await phone.local.get(thread._id);
		const onLaptop = await laptop.local.get(thread._id);
		expect(onPhone._rev).toBe(onLaptop._rev); // the same winner everywhere
		await resolveConflict({ db: phone.local, outbox: a.outbox }, thread._id, { keep: 'winner' });
		await a.push();
		await waitFor(async () => !(await conflictOn(laptop.local)));
		const onServer = await fetch(`${server.url}/db/forum/${thread._id}?conflicts=true`).then((r) =>
			r.json()
		);
		expect(onServer._conflicts).toBeUndefined();
		expect(onServer.body).toBe(onPhone.body);
	});
});
