// The forum's sync controller: the only owner of PouchDB instances. PouchDB is imported lazily
// (dynamic import) when the forum or its sync first runs, so no other route loads it. Pages call
// its named functions and read its reactive state; they never touch PouchDB themselves.
import { browser, version } from '$app/environment';
import { z } from '$lib/schemas/zod';
import { connectivity } from '$lib/browser/connectivity.svelte';
import { requestPersistenceSoon } from '$lib/pwa/ask-persistence';
import type { Reply, Thread, ThreadDraft } from '$lib/schemas/forum';
import { afterNextPaint } from '$lib/browser/after-paint';
import { readConflict, resolveConflict, type Conflict } from './conflict-store';
import type { ConflictChoice } from './conflicts';
import { cleanDisplayName } from './display-names';
import { profileId, timeOfId } from './ids';
import { pendingIds, type Outbox } from './outbox';
import type { PouchConstructor, PouchDatabase, PouchDoc } from './pouch-types';
import * as posts from './posts';
import { loadDisplayNames, markThreadRead, startReadingSince } from './queries';
import * as session from './session';
import {
	onStoredAccountChange,
	readStoredAccountRecord,
	writeStoredAccount
} from './stored-account';
import { SyncEngine, type FetchThreadResult } from './sync-engine';
import { defaultScope, parseScope, type SyncScope } from './sync-scope';
import { forumSyncStatus } from './sync-status.svelte';

const scopeKey = 'forum.scope';
const accountSchema = z.object({
	name: z.string(),
	displayName: z.string(),
	roles: z.array(z.string())
});
export type ForumAccount = z.infer<typeof accountSchema>;

/** Local database name in IndexedDB. */
export const localDatabaseName = 'passerelle-forum';

class ForumController {
	#db = $state.raw<PouchDatabase | undefined>();
	#remote: PouchDatabase | undefined;
	#engine: SyncEngine | undefined;
	#starting: Promise<void> | undefined;
	#revision = $state(0);
	#account = $state<ForumAccount | undefined>();
	#outbox = $state<Outbox>({});
	#scope = $state.raw<SyncScope>(loadScope());
	#bumpTimer: ReturnType<typeof setTimeout> | undefined;

	/** The local database once started (read by queries through ForumQuery). */
	get db(): PouchDatabase | undefined {
		return this.#db;
	}
	/** Increments on every local change: queries depending on it re-run. */
	get revision(): number {
		return this.#revision;
	}
	get account(): ForumAccount | undefined {
		return this.#account;
	}
	get isModerator(): boolean {
		return this.#account?.roles.includes('moderator') ?? false;
	}
	/** The part of the forum this device keeps (followed categories, window of activity). */
	get scope(): SyncScope {
		return this.#scope;
	}

	/** Keeps another part of the forum; a wider scope downloads what it adds. */
	setScope(scope: SyncScope): void {
		this.#scope = scope;
		saveScope(scope);
		this.#engine?.setScope(scope);
	}

	/** This device's outbox: posts waiting or refused, by document id. */
	get outbox(): Outbox {
		return this.#outbox;
	}

	/** Opens the local database and starts syncing (once; later calls wait for the first). */
	start(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#starting ??= this.#start();
		return this.#starting;
	}

	async #start(): Promise<void> {
		// PouchDB (~40 kB) loads once the page has painted its heading and text (as Dexie does).
		await afterNextPaint();
		const { default: PouchDB } = (await import('pouchdb-browser')) as unknown as {
			default: PouchConstructor;
		};
		const local = new PouchDB(localDatabaseName, { auto_compaction: true });
		const remoteUrl = `${location.origin}/db/forum`;
		// Every request to the server goes through connectivity.fetch: one that gets no answer
		// makes the whole app offline (the indicator, this sync), whatever navigator.onLine says.
		const remote = new PouchDB(remoteUrl, { skip_setup: true, fetch: connectivity.fetch });
		this.#remote = remote;
		this.#account = loadAccount();
		// The settings page (/compte) or another tab changed the name, or logged out everywhere.
		onStoredAccountChange(() => {
			const stored = loadAccount();
			if (JSON.stringify(stored) !== JSON.stringify(this.#account)) this.#account = stored;
		});
		const engine = new SyncEngine({
			local,
			remote,
			remoteUrl,
			fetch: connectivity.fetch,
			isOnline: () => connectivity.online,
			scope: this.#scope,
			appVersion: version,
			onStatus: (status) => forumSyncStatus.update({ status }),
			onSetAside: (setAside) => forumSyncStatus.update({ setAside }),
			onOutbox: (outbox, sessionExpired) => this.#setOutbox(outbox, sessionExpired)
		});
		this.#engine = engine;
		// What the forum held before this device first opened it is not « Nouveau » to its user.
		await startReadingSince(local, Date.now());
		this.#setOutbox(await engine.outbox.load(), false);
		local
			.changes({ since: 'now', live: true })
			.on('change', (change) => {
				this.#bump();
				if (this.#account && change.id === profileId(this.#account.name)) {
					void this.#followOwnProfile(local);
				}
			})
			.on('error', () => undefined);
		connectivity.onChange((online) => {
			if (!online) return engine.goOffline();
			engine.goOnline();
			void this.#checkSession();
		});
		forumSyncStatus.update({ active: true });
		this.#db = local;
		engine.start();
		void this.#checkSession();
	}

	#bump(): void {
		// Many changes arrive together during a sync: re-query once per burst.
		clearTimeout(this.#bumpTimer);
		this.#bumpTimer = setTimeout(() => this.#revision++, 80);
	}

	#setOutbox(outbox: Outbox, sessionExpired: boolean): void {
		this.#outbox = outbox;
		const pending = pendingIds(outbox).length;
		forumSyncStatus.update({
			pending,
			...(sessionExpired ? { needsLogin: pending > 0 } : pending === 0 ? { needsLogin: false } : {})
		});
		this.#bump();
	}

	/** When online, compares the remembered account with the server's session. */
	async #checkSession(): Promise<void> {
		if (!connectivity.online || !this.#account) return;
		try {
			const current = await session.fetchSession();
			if (current?.name !== this.#account.name) {
				forumSyncStatus.update({ needsLogin: true });
			}
		} catch {
			// Unreachable: checked again when the server answers again.
		}
	}

	/**
	 * This account's profile arrived (its name was changed on another device, or this device's
	 * first sync brought it): the name this device shows and writes as follows the server's.
	 */
	async #followOwnProfile(db: PouchDatabase): Promise<void> {
		const account = this.#account;
		if (!account) return;
		const shown = (await loadDisplayNames(db, [account.name])).get(account.name);
		if (!shown || shown === account.displayName || this.#account !== account) return;
		this.#account = { ...account, displayName: shown };
		writeStoredAccount(this.#account);
	}

	async #writer(): Promise<posts.ForumWriter & { account: ForumAccount }> {
		await this.start();
		const db = this.#db;
		const engine = this.#engine;
		const account = this.#account;
		if (!db || !engine) throw new Error('The forum database is not available.');
		if (!account) throw new Error('Log in to write on the forum.');
		return { db, outbox: engine.outbox, account };
	}

	async #afterWrite(): Promise<void> {
		const engine = this.#engine;
		if (!engine) return;
		this.#setOutbox(await engine.outbox.load(), false);
		requestPersistenceSoon();
		void engine.push();
	}

	/** Writes a new thread (offline too) and sends it when possible. */
	async createThread(draft: ThreadDraft): Promise<Thread> {
		const writer = await this.#writer();
		const thread = await posts.createThread(writer, writer.account, draft);
		await this.#afterWrite();
		// One's own writing is never « Nouveau » to oneself.
		await this.markRead(thread._id, Date.parse(thread.updatedAt));
		return thread;
	}

	/** Writes a reply (offline too) and sends it when possible. */
	async createReply(threadId: string, body: string): Promise<Reply> {
		const writer = await this.#writer();
		const reply = await posts.createReply(writer, writer.account, threadId, body);
		await this.#afterWrite();
		await this.markRead(threadId, timeOfId(reply._id) ?? Date.parse(reply.createdAt));
		return reply;
	}

	/** Edits one's own post (or a refused one, to send it again). */
	async editPost(id: string, changes: Parameters<typeof posts.editPost>[2]): Promise<void> {
		await posts.editPost(await this.#writer(), id, changes);
		await this.#afterWrite();
	}

	/** Drops a refused post from the outbox, as the user chose. */
	async discardPost(id: string): Promise<void> {
		const writer = await this.#writer();
		await posts.discardPost(writer, id, () => this.#serverVersion(id));
		this.#setOutbox(await writer.outbox.load(), false);
	}

	/** Moderators: hide or show a post. */
	async setHidden(id: string, hidden: boolean): Promise<void> {
		await posts.setHidden(await this.#writer(), id, hidden);
		await this.#afterWrite();
	}

	/** The versions of a conflicted post. */
	async readConflict(id: string): Promise<Conflict | undefined> {
		await this.start();
		return this.#db ? readConflict({ db: this.#db }, id) : undefined;
	}

	/** Applies the author's choice for a conflicted post. */
	async resolveConflict(id: string, choice: ConflictChoice): Promise<void> {
		await resolveConflict(await this.#writer(), id, choice);
		await this.#afterWrite();
	}

	/** Remembers that a thread was read up to its latest activity. */
	async markRead(threadId: string, activity: number): Promise<void> {
		await this.start();
		if (this.#db) await markThreadRead(this.#db, threadId, activity);
	}

	/** Fetches a thread that is not on this device (older than the synced window). */
	async fetchThread(threadId: string): Promise<FetchThreadResult | 'failed'> {
		await this.start();
		try {
			return (await this.#engine?.fetchThread(threadId)) ?? 'failed';
		} catch {
			return 'failed'; // offline or the server unreachable: the page says so
		}
	}

	async #serverVersion(id: string): Promise<PouchDoc | undefined> {
		return this.#remote?.get(id).catch(() => undefined);
	}

	/** Logs in, remembers the account on this device, and sends waiting posts. */
	async logIn(name: string, password: string): Promise<void> {
		const user = await session.logIn(name, password);
		await this.#rememberAccount(user);
	}

	/** Creates an account and logs in. */
	async signUp(input: { name: string; displayName: string; password: string }): Promise<void> {
		const user = await session.signUp(input);
		await this.#rememberAccount(user, cleanDisplayName(input.displayName));
	}

	async #rememberAccount(user: session.SessionUser, displayName?: string): Promise<void> {
		const name = displayName ?? (await session.fetchDisplayName(user.name)) ?? user.name;
		const account = { name: user.name, displayName: name, roles: user.roles };
		this.#account = account;
		writeStoredAccount(account);
		forumSyncStatus.update({ needsLogin: false });
		await this.start();
		void this.#engine?.push();
	}

	/** Logs out; posts still waiting stay in the outbox for the next login. */
	async logOut(): Promise<void> {
		await session.logOut();
		this.#account = undefined;
		writeStoredAccount(undefined);
	}
}

// The account (name, display name, roles) is a small record read at every forum start: it lives
// in localStorage rather than IndexedDB, so the forum pages do not load Dexie (bundle budget), and
// the settings page changes it without the forum's code (stored-account.ts).
// The session itself is CouchDB's cookie; this is only what to show and whom to write as.
function loadAccount(): ForumAccount | undefined {
	const parsed = accountSchema.safeParse(readStoredAccountRecord());
	return parsed.success ? parsed.data : undefined;
}

// The scope is a setting of this device, read before the sync starts: localStorage, like the
// account, so the forum pages do not load Dexie.
function loadScope(): SyncScope {
	if (!browser) return defaultScope;
	try {
		return parseScope(JSON.parse(localStorage.getItem(scopeKey) ?? 'null')) ?? defaultScope;
	} catch {
		return defaultScope;
	}
}

function saveScope(scope: SyncScope): void {
	try {
		localStorage.setItem(scopeKey, JSON.stringify(scope));
	} catch {
		// Storage blocked: the choice lasts until the page is closed.
	}
}

export const forum = new ForumController();
