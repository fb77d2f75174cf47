// Runs in Node (the gateway). In-memory limits for one machine: counters per key over a sliding
// window. A limit is taken before the slow work it guards (a password check, an account written)
// and given back when the work shows it should not count: checking and counting in one step, so
// requests sent together cannot all pass a check that only one of them should. A cluster behind
// several gateways puts the same limits in its reverse proxy (README "Security": nginx
// `limit_req` zones), since each gateway only sees its own traffic.

/**
 * At most `max` events per key within `windowMs`; the oldest event leaving the window frees a slot.
 * Each key keeps its events in time order and drops the old ones from the front, so a check costs
 * the same whatever the traffic (it runs on every write).
 * @param {{ max: number, windowMs: number, now?: () => number, maxKeys?: number }} options
 */
export function createWindowLimit({ max, windowMs, now = Date.now, maxKeys = 50_000 }) {
	/** @type {Map<string, { times: number[], start: number }>} */
	const events = new Map();

	/** The key's events still in the window. @param {string} key */
	function recent(key) {
		const log = events.get(key);
		if (!log) return undefined;
		const since = now() - windowMs;
		while (log.start < log.times.length && (log.times[log.start] ?? 0) <= since) log.start++;
		if (log.start === log.times.length) {
			events.delete(key);
			return undefined;
		}
		if (log.start > 1_024 && log.start * 2 > log.times.length) {
			log.times = log.times.slice(log.start);
			log.start = 0;
		}
		return log;
	}

	/** Seconds until `key` has room for `count` more events (0: it has now). @param {string} key @param {number} count */
	function waitFor(key, count) {
		const log = recent(key);
		const used = log ? log.times.length - log.start : 0;
		if (used + count <= max) return 0;
		if (!log || count > max) return Math.ceil(windowMs / 1000);
		// The event whose leaving the window makes room.
		const oldest = log.times[log.start + used + count - max - 1] ?? now();
		return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
	}

	/** @param {string} key @param {number} count */
	function add(key, count) {
		let log = recent(key);
		if (!log) {
			log = { times: [], start: 0 };
			events.set(key, log);
			// Memory stays bounded under a flood of distinct keys: the oldest keys go first.
			while (events.size > maxKeys) events.delete(events.keys().next().value ?? '');
		}
		const at = now();
		for (let i = 0; i < count; i++) log.times.push(at);
		return at;
	}

	return {
		max,
		/** Seconds until `key` may act again (0: it may now). @param {string} key */
		retryAfter(key) {
			return waitFor(key, 1);
		},
		/**
		 * Takes `count` events for `key` at once if they fit, else none: `release()` gives them
		 * back (the work they guarded turned out not to count); `retryAfter` says how long to wait
		 * when they did not fit.
		 * @param {string} key @param {number} [count]
		 * @returns {{ taken: true, release: () => void } | { taken: false, retryAfter: number }}
		 */
		take(key, count = 1) {
			const wait = waitFor(key, count);
			if (wait > 0) return { taken: false, retryAfter: wait };
			const at = add(key, count);
			let released = false;
			return {
				taken: true,
				release() {
					if (released) return;
					released = true;
					const log = events.get(key);
					if (!log) return;
					// The newest events with that time are these (or identical to them).
					let left = count;
					for (let i = log.times.length - 1; i >= log.start && left > 0; i--) {
						if (log.times[i] === at) {
							log.times.splice(i, 1);
							left--;
						}
					}
					if (log.start >= log.times.length) events.delete(key);
				}
			};
		},
		/** Counts `count` events for `key`, room or not. @param {string} key @param {number} [count] */
		add(key, count = 1) {
			add(key, count);
		},
		/** Forgets a key (a successful log-in clears its failures). @param {string} key */
		clear(key) {
			events.delete(key);
		}
	};
}

/**
 * Takes one event from each `[limit, key]` at once, or from none.
 * @param {[ReturnType<typeof createWindowLimit>, string][]} pairs
 * @returns {{ taken: true, release: () => void } | { taken: false, retryAfter: number }}
 */
export function takeAll(pairs) {
	/** @type {(() => void)[]} */
	const releases = [];
	for (const [limit, key] of pairs) {
		const taken = limit.take(key);
		if (!taken.taken) {
			for (const release of releases) release();
			// The longest wait of all: every limit must have room.
			const waits = pairs.map(([other, otherKey]) => other.retryAfter(otherKey));
			return { taken: false, retryAfter: Math.max(taken.retryAfter, ...waits) };
		}
		releases.push(taken.release);
	}
	return { taken: true, release: () => releases.forEach((release) => release()) };
}

/**
 * At most `max` at a time per key and `total` in all (open long-polls): `enter` says whether one
 * more may start, and returns how to leave.
 * @param {{ max: number, total: number }} options
 */
export function createConcurrencyLimit({ max, total }) {
	/** @type {Map<string, number>} */
	const open = new Map();
	let all = 0;
	return {
		/** @param {string} key @returns {(() => void) | undefined} */
		enter(key) {
			const current = open.get(key) ?? 0;
			if (current >= max || all >= total) return undefined;
			open.set(key, current + 1);
			all++;
			let left = false;
			return () => {
				if (left) return;
				left = true;
				all--;
				const now = (open.get(key) ?? 1) - 1;
				if (now <= 0) open.delete(key);
				else open.set(key, now);
			};
		},
		/** Open now, all keys together. */
		get count() {
			return all;
		}
	};
}

/**
 * The gateway's limits, each configurable (README "Security" lists them and their defaults).
 * @param {Partial<Limits>} [overrides]
 */
export function createLimits(overrides = {}) {
	const limits = { ...defaultLimits, ...overrides };
	const minute = 60_000;
	return {
		config: limits,
		/** Failed log-ins for one name from one address. */
		loginPerNameAndIp: createWindowLimit({ max: limits.loginFailures, windowMs: 15 * minute }),
		/** Failed log-ins from one address, whatever the name (guessing many names). */
		loginPerIp: createWindowLimit({ max: limits.loginFailures * 4, windowMs: 15 * minute }),
		/** Failed log-ins for one name, from anywhere (a distributed guess). */
		loginPerName: createWindowLimit({ max: limits.loginFailures * 10, windowMs: 15 * minute }),
		signUpPerIp: createWindowLimit({ max: limits.signUpsPerHour, windowMs: 60 * minute }),
		/** Wrong invitation codes per address (a code has 40 bits; this makes guessing hopeless). */
		inviteGuessesPerIp: createWindowLimit({ max: 10, windowMs: 15 * minute }),
		/** Log-ins tried per account, right or wrong: each costs a password check. */
		loginsPerName: createWindowLimit({ max: limits.loginsPerAccount, windowMs: 15 * minute }),
		/** Log-ins tried per address, right or wrong. */
		loginsPerIp: createWindowLimit({ max: limits.loginsPerAddress, windowMs: 15 * minute }),
		/** Documents written per address (each document of a `_bulk_docs` counts). */
		writesPerIp: createWindowLimit({ max: limits.writesPer10Minutes, windowMs: 10 * minute }),
		/** Bytes written per address (a document may weigh up to 1 MB). */
		writeBytesPerIp: createWindowLimit({
			max: limits.writeBytesPer10Minutes,
			windowMs: 10 * minute
		}),
		/** Open `_changes` long-polls, per address and in all. */
		feeds: createConcurrencyLimit({ max: limits.feedsPerAddress, total: limits.feeds })
	};
}

/** @typedef {typeof defaultLimits} Limits */
export const defaultLimits = {
	/** Failed log-ins for one name from one address in 15 minutes before a 429. */
	loginFailures: 5,
	signUpsPerHour: 5,
	/** Log-ins tried (right or wrong) per account, and per address, in 15 minutes. */
	loginsPerAccount: 20,
	loginsPerAddress: 100,
	writesPer10Minutes: 600,
	/** Bytes of documents written per address in 10 minutes. */
	writeBytesPer10Minutes: 20 * 1024 * 1024,
	/** Open `_changes` long-polls per address, and in all. */
	feedsPerAddress: 20,
	feeds: 2_000,
	/** Password checks running at once (each takes the thread pool ~75 ms), and waiting. */
	passwordChecks: 2,
	passwordChecksWaiting: 16,
	/** Request body size on /db, in bytes. */
	maxBodyBytes: 1_048_576,
	/** Documents in one `_bulk_docs` (the outbox sends at most 100). */
	maxBulkDocs: 200,
	/**
	 * Keys in one `_all_docs`/`_bulk_get`/`_revs_diff` request, and `limit` of a read (the app
	 * reads a thread's replies, up to 10,000, at once).
	 */
	maxKeys: 10_000,
	/** Size of a `_local` document (replication checkpoints are a few hundred bytes). */
	maxLocalDocBytes: 16_384
};
