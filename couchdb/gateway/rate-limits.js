// Runs in Node (the gateway). In-memory limits for one machine: counters per key over a sliding
// window. A cluster behind several gateways puts the same limits in its reverse proxy (README
// "Security": nginx `limit_req` zones), since each gateway only sees its own traffic.

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

	return {
		/** Seconds until `key` may act again (0: it may now). @param {string} key */
		retryAfter(key) {
			const log = recent(key);
			if (!log || log.times.length - log.start < max) return 0;
			const oldest = log.times[log.times.length - max] ?? now();
			return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
		},
		/** Counts `count` events for `key`. @param {string} key @param {number} [count] */
		add(key, count = 1) {
			let log = recent(key);
			if (!log) {
				log = { times: [], start: 0 };
				events.set(key, log);
				// Memory stays bounded under a flood of distinct keys: the oldest keys go first.
				while (events.size > maxKeys) events.delete(events.keys().next().value ?? '');
			}
			const at = now();
			for (let i = 0; i < count; i++) log.times.push(at);
		},
		/** Forgets a key (a successful log-in clears its failures). @param {string} key */
		clear(key) {
			events.delete(key);
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
		/** Documents written per address (each document of a `_bulk_docs` counts). */
		writesPerIp: createWindowLimit({ max: limits.writesPer10Minutes, windowMs: 10 * minute })
	};
}

/** @typedef {typeof defaultLimits} Limits */
export const defaultLimits = {
	/** Failed log-ins for one name from one address in 15 minutes before a 429. */
	loginFailures: 5,
	signUpsPerHour: 5,
	writesPer10Minutes: 600,
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
