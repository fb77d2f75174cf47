// Runs in Node (the embedded database). `_changes`, normal and long-poll, with one listener per
// database whatever the number of open feeds: every write goes through this engine, which tells
// the database's feeds once it is stored; the feeds waiting from the same point with the same
// options then share one read of the changes. An open feed costs a socket and a timer, nothing
// more (express-pouchdb opened a PouchDB listener per long-poll, and each new one re-ran every
// open one).

/** A long-poll waits at most this long, then answers with no change (the client asks again). */
const maxWaitMs = 60_000;

/**
 * @typedef {import('./pouch.js').Pouch} Pouch
 * @typedef {{ since: number | string, limit?: number, include_docs?: boolean,
 *   conflicts?: boolean, style?: string, descending?: boolean }} ChangesOptions
 * @typedef {{ results: unknown[], last_seq: number | string }} ChangesAnswer
 * @typedef {{ key: string, options: ChangesOptions, res: import('node:http').ServerResponse,
 *   timer: ReturnType<typeof setTimeout>, heartbeat: boolean, done: boolean }} Waiter
 */

/** @param {Pouch} db @param {ChangesOptions} options @returns {Promise<ChangesAnswer>} */
function readChanges(db, options) {
	return db.changes({ ...options, return_docs: true });
}

export function createChangesFeeds() {
	/** @type {Map<string, { generation: number, waiters: Set<Waiter>, waking: boolean,
	 *   heartbeat?: ReturnType<typeof setInterval>, db: Pouch }>} */
	const hubs = new Map();
	/** Reads of the changes made for waiting feeds, all databases together (tests, bench). */
	let wakeReads = 0;

	/** @param {string} name @param {Pouch} db */
	function hubOf(name, db) {
		let hub = hubs.get(name);
		if (!hub) {
			hub = { generation: 0, waiters: new Set(), waking: false, db };
			hubs.set(name, hub);
		}
		hub.db = db;
		return hub;
	}

	/** Sends the answer to a waiting feed and forgets it. @param {Waiter} waiter @param {ChangesAnswer} answer */
	function answer(waiter, answer) {
		if (waiter.done) return;
		waiter.done = true;
		clearTimeout(waiter.timer);
		const body = JSON.stringify({ results: answer.results, last_seq: answer.last_seq }) + '\n';
		if (!waiter.res.headersSent) {
			waiter.res.statusCode = 200;
			waiter.res.setHeader('Content-Type', 'application/json');
			waiter.res.setHeader('Cache-Control', 'must-revalidate');
		}
		waiter.res.end(body);
	}

	/**
	 * After a write: the waiting feeds read what changed, one read per distinct starting point
	 * and options. Writes in the same tick wake the feeds once.
	 * @param {string} name
	 */
	function wake(name) {
		const hub = hubs.get(name);
		if (!hub || hub.waking || hub.waiters.size === 0) return;
		hub.waking = true;
		setImmediate(async () => {
			hub.waking = false;
			/** @type {Map<string, Waiter[]>} */
			const groups = new Map();
			for (const waiter of hub.waiters) {
				const group = groups.get(waiter.key);
				if (group) group.push(waiter);
				else groups.set(waiter.key, [waiter]);
			}
			for (const group of groups.values()) {
				const first = group[0];
				if (!first) continue;
				let found;
				try {
					wakeReads++;
					found = await readChanges(hub.db, first.options);
				} catch (error) {
					console.error(`[database] ${name}: reading changes failed (${error}).`);
					continue;
				}
				// A write that stores no change (a `_local` document) leaves the feeds waiting.
				if (found.results.length === 0) continue;
				for (const waiter of group) {
					hub.waiters.delete(waiter);
					answer(waiter, found);
				}
			}
			stopHeartbeatIfIdle(hub);
		});
	}

	/** @param {{ waiters: Set<Waiter>, heartbeat?: ReturnType<typeof setInterval> }} hub */
	function stopHeartbeatIfIdle(hub) {
		if (hub.waiters.size === 0 && hub.heartbeat) {
			clearInterval(hub.heartbeat);
			hub.heartbeat = undefined;
		}
	}

	return {
		/** Tells the database's feeds that something was written. @param {string} name */
		notify(name) {
			const hub = hubs.get(name);
			if (!hub) return;
			hub.generation++;
			wake(name);
		},

		/**
		 * Answers a `_changes` request: at once for a normal feed, or for a long-poll with changes
		 * already waiting; otherwise holds the long-poll until a write, its timeout or 60 s.
		 * @param {string} name @param {Pouch} db
		 * @param {{ options: ChangesOptions, longpoll: boolean, timeoutMs?: number,
		 *   heartbeatMs?: number }} request
		 * @param {import('node:http').ServerResponse} res
		 */
		async serve(name, db, request, res) {
			const hub = hubOf(name, db);
			const { options } = request;
			for (;;) {
				const generation = hub.generation;
				const found = await readChanges(db, options);
				if (!request.longpoll || found.results.length > 0 || request.timeoutMs === 0) {
					return void res
						.writeHead(200, {
							'Content-Type': 'application/json',
							'Cache-Control': 'must-revalidate'
						})
						.end(JSON.stringify({ results: found.results, last_seq: found.last_seq }) + '\n');
				}
				// A write during the read may not be in it: read again rather than wait for the next.
				if (generation !== hub.generation) continue;
				const since = found.last_seq;
				const waitOptions = { ...options, since };
				/** @type {Waiter} */
				const waiter = {
					key: JSON.stringify(waitOptions),
					options: waitOptions,
					res,
					heartbeat: request.heartbeatMs !== undefined,
					done: false,
					timer: setTimeout(
						() => {
							hub.waiters.delete(waiter);
							answer(waiter, { results: [], last_seq: since });
							stopHeartbeatIfIdle(hub);
						},
						Math.min(request.timeoutMs ?? maxWaitMs, maxWaitMs)
					)
				};
				hub.waiters.add(waiter);
				res.once('close', () => {
					if (waiter.done) return;
					waiter.done = true;
					clearTimeout(waiter.timer);
					hub.waiters.delete(waiter);
					stopHeartbeatIfIdle(hub);
				});
				// One timer per database sends every waiting feed its heartbeat (a newline, which
				// JSON ignores), so proxies and phones keep the connection.
				if (waiter.heartbeat && !hub.heartbeat) {
					hub.heartbeat = setInterval(
						() => {
							for (const each of hub.waiters) {
								if (!each.heartbeat || each.done) continue;
								if (!each.res.headersSent) {
									each.res.writeHead(200, {
										'Content-Type': 'application/json',
										'Cache-Control': 'must-revalidate'
									});
								}
								each.res.write('\n');
							}
						},
						Math.max(1_000, Math.min(request.heartbeatMs ?? 10_000, 10_000))
					);
					hub.heartbeat.unref?.();
				}
				return;
			}
		},

		/** How many long-polls wait, all databases together (for tests and the bench). */
		waiting() {
			let count = 0;
			for (const hub of hubs.values()) count += hub.waiters.size;
			return count;
		},

		/** How many reads of the changes waking feeds took, since the start (tests, bench). */
		get wakeReads() {
			return wakeReads;
		},

		/** Answers every waiting feed and stops (the server stops). */
		close() {
			for (const hub of hubs.values()) {
				for (const waiter of hub.waiters)
					answer(waiter, { results: [], last_seq: waiter.options.since });
				hub.waiters.clear();
				stopHeartbeatIfIdle(hub);
			}
			hubs.clear();
		},

		/** Forgets a deleted database's feeds (answered first). @param {string} name */
		forget(name) {
			const hub = hubs.get(name);
			if (!hub) return;
			for (const waiter of hub.waiters)
				answer(waiter, { results: [], last_seq: waiter.options.since });
			hub.waiters.clear();
			stopHeartbeatIfIdle(hub);
			hubs.delete(name);
		}
	};
}

/** @typedef {ReturnType<typeof createChangesFeeds>} ChangesFeeds */
