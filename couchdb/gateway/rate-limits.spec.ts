// The gateway's in-memory limits (rate-limits.js) with an injected clock: how many events a
// window takes, when a slot frees, and what `Retry-After` says meanwhile.
import { describe, expect, it } from 'vitest';
import { createLimits, createWindowLimit, defaultLimits } from './rate-limits.js';

function clock() {
	const time = { now: 1_000_000 };
	return { time, now: () => time.now };
}

describe('a sliding window limit', () => {
	it('takes `max` events per window, then says how long to wait', () => {
		const { time, now } = clock();
		const limit = createWindowLimit({ max: 3, windowMs: 60_000, now });
		for (let i = 0; i < 3; i++) {
			expect(limit.retryAfter('ip')).toBe(0);
			limit.add('ip');
			time.now += 10_000;
		}
		// The first event (at 0 s) leaves the window at 60 s; it is now 30 s.
		expect(limit.retryAfter('ip')).toBe(30);
		time.now += 29_999;
		expect(limit.retryAfter('ip')).toBe(1);
		time.now += 1;
		expect(limit.retryAfter('ip')).toBe(0);
	});

	it('counts each key on its own, and forgets a cleared key', () => {
		const { now } = clock();
		const limit = createWindowLimit({ max: 1, windowMs: 60_000, now });
		limit.add('alice');
		expect(limit.retryAfter('alice')).toBeGreaterThan(0);
		expect(limit.retryAfter('bob')).toBe(0);
		limit.clear('alice');
		expect(limit.retryAfter('alice')).toBe(0);
	});

	it('counts a bulk write as many events', () => {
		const { now } = clock();
		const limit = createWindowLimit({ max: 10, windowMs: 60_000, now });
		limit.add('ip', 9);
		expect(limit.retryAfter('ip')).toBe(0);
		limit.add('ip', 1);
		expect(limit.retryAfter('ip')).toBe(60);
	});

	it('stays bounded under a flood of distinct keys: the oldest go first', () => {
		const { now } = clock();
		const limit = createWindowLimit({ max: 1, windowMs: 60_000, now, maxKeys: 100 });
		for (let i = 0; i < 101; i++) limit.add(`key-${i}`);
		expect(limit.retryAfter('key-0')).toBe(0);
		expect(limit.retryAfter('key-100')).toBeGreaterThan(0);
	});
});

describe('the gateway’s limits', () => {
	it('default to 5 failed log-ins per name and address, 20 per address, 5 sign-ups an hour', () => {
		expect(defaultLimits).toMatchObject({
			loginFailures: 5,
			signUpsPerHour: 5,
			writesPer10Minutes: 600,
			maxBodyBytes: 1_048_576,
			maxBulkDocs: 200
		});
		const limits = createLimits();
		for (let i = 0; i < 19; i++) limits.loginPerIp.add('ip');
		expect(limits.loginPerIp.retryAfter('ip')).toBe(0);
		limits.loginPerIp.add('ip');
		expect(limits.loginPerIp.retryAfter('ip')).toBeGreaterThan(0);
	});

	it('take overrides (LOGIN_FAILURES, SIGNUPS_PER_HOUR, WRITES_PER_10_MINUTES)', () => {
		const limits = createLimits({ loginFailures: 2, writesPer10Minutes: 10 });
		limits.loginPerNameAndIp.add('ip alice', 2);
		expect(limits.loginPerNameAndIp.retryAfter('ip alice')).toBeGreaterThan(0);
		limits.writesPerIp.add('ip', 10);
		expect(limits.writesPerIp.retryAfter('ip')).toBeGreaterThan(0);
		expect(limits.config.maxBulkDocs).toBe(200);
	});
});
