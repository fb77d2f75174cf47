import { describe, expect, it } from 'vitest';
import {
	isServerProbeAnswer,
	outcomeOfError,
	outcomeOfResponse,
	probeDelayMs
} from './server-answer';

const origin = 'https://passerelle.example';
const json = new Headers({ 'content-type': 'application/json' });
const html = new Headers({ 'content-type': 'text/html' });

describe('what a request says about the server', () => {
	it('counts any answer of the server, errors included, as reachable', () => {
		for (const status of [200, 401, 404, 500, 503]) {
			expect(outcomeOfResponse({ status, url: `${origin}/db/forum` }, origin)).toBe('answered');
		}
	});

	it('counts a proxy that could not reach it, or a redirect to another site, as unreachable', () => {
		expect(outcomeOfResponse({ status: 502, url: `${origin}/db/` }, origin)).toBe('unreachable');
		expect(outcomeOfResponse({ status: 504, url: `${origin}/db/` }, origin)).toBe('unreachable');
		const portal = { status: 200, url: 'http://wifi.example/login' };
		expect(outcomeOfResponse(portal, origin)).toBe('unreachable');
	});

	it('counts a network failure or a time-out as unreachable, a cancelled request as nothing', () => {
		const cancelled = new AbortController();
		cancelled.abort();
		expect(outcomeOfError(new TypeError('Failed to fetch'), undefined)).toBe('unreachable');
		expect(outcomeOfError(new DOMException('aborted', 'AbortError'), cancelled.signal)).toBe(
			'ignored'
		);
		const timedOut = new DOMException('timed out', 'TimeoutError');
		expect(outcomeOfError(timedOut, AbortSignal.abort(timedOut))).toBe('unreachable');
	});

	it('trusts only a JSON answer of the server itself to the probe', () => {
		const url = `${origin}/db/`;
		expect(isServerProbeAnswer({ ok: true, status: 200, url, headers: json }, origin)).toBe(true);
		expect(isServerProbeAnswer({ ok: true, status: 200, url, headers: html }, origin)).toBe(false);
		expect(isServerProbeAnswer({ ok: false, status: 502, url, headers: json }, origin)).toBe(false);
	});

	it('probes an unreachable server soon at first, then every 30 s', () => {
		expect([0, 1, 2, 3, 10].map(probeDelayMs)).toEqual([2_000, 5_000, 10_000, 30_000, 30_000]);
	});
});
