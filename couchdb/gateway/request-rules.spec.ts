// How the gateway reads a request before deciding anything: the path split into decoded
// segments (request-target.js) and the query checked against each route's rules (query-rules.js).
import { describe, expect, it } from 'vitest';
import { bool, checkQuery, int, jsonKey, openRevs, rev, since } from './query-rules.js';
import { encodePath, parseTarget } from '../http/request-target.js';

/** The status an HttpError carries, or undefined when `run` does not throw. */
function statusOf(run: () => unknown) {
	try {
		run();
	} catch (error) {
		return (error as { status?: number }).status;
	}
	return undefined;
}

describe('the request target', () => {
	it('keeps an encoded slash inside its segment, and sends it on encoded', () => {
		const { segments } = parseTarget('/forum/_design%2Fforum');
		expect(segments).toEqual(['forum', '_design/forum']);
		expect(encodePath(segments)).toBe('/forum/_design%2Fforum');
		expect(encodePath(parseTarget('/forum/thread%3Aabc').segments)).toBe('/forum/thread%3Aabc');
	});

	it('takes a trailing slash and splits the query off', () => {
		const { segments, params } = parseTarget('/forum/?limit=1&since=now');
		expect(segments).toEqual(['forum']);
		expect(Object.fromEntries(params)).toEqual({ limit: '1', since: 'now' });
		expect(parseTarget('/').segments).toEqual([]);
	});

	it.each([
		['an empty segment', '/forum//x', 400],
		['a leading double slash', '//forum', 400],
		['a bad percent-encoding', '/forum/%E0%A4%A', 400],
		['a broken escape', '/forum/%zz', 400],
		['a dot-dot segment', '/forum/..', 400],
		['an encoded dot-dot segment', '/forum/%2e%2E', 400],
		['a dot segment', '/./forum', 400],
		['a URL over 8 kB', `/forum/${'x'.repeat(8_200)}`, 414]
	])('refuses %s → %i', (_name, url, status) => {
		expect(statusOf(() => parseTarget(url))).toBe(status);
	});

	it('keeps dots inside a segment', () => {
		expect(parseTarget('/forum/a..b/.x').segments).toEqual(['forum', 'a..b', '.x']);
	});
});

describe('query rules', () => {
	const rules = { limit: int(0, 100), include_docs: bool, key: jsonKey };

	it('passes the accepted parameters on, re-encoded', () => {
		const params = new URLSearchParams('limit=10&include_docs=true&key=%22thread%3Aa%22');
		expect(checkQuery(params, rules)).toBe('limit=10&include_docs=true&key=%22thread%3Aa%22');
	});

	it.each([
		['an unknown parameter', 'filter=x'],
		['a duplicated parameter', 'limit=1&limit=2'],
		['a limit over the bound', 'limit=101'],
		['a negative limit', 'limit=-1'],
		['a fractional limit', 'limit=1.5'],
		['a boolean that is not one', 'include_docs=1'],
		['a key that is not an id', 'key=%5B1%5D'],
		['a key that is not JSON', 'key=thread']
	])('refuses %s with 400', (_name, query) => {
		expect(statusOf(() => checkQuery(new URLSearchParams(query), rules))).toBe(400);
	});

	it('reads revisions, open_revs and sequences as PouchDB and CouchDB write them', () => {
		expect(rev('12-0123abcdef')).toBe(true);
		expect(rev('12-xyz')).toBe(false);
		expect(openRevs('all')).toBe(true);
		expect(openRevs('["1-abc","2-def"]')).toBe(true);
		expect(openRevs('["1-abc", {"a": 1}]')).toBe(false);
		expect(openRevs(JSON.stringify(Array.from({ length: 201 }, () => '1-a')))).toBe(false);
		expect(since('now')).toBe(true);
		expect(since('42')).toBe(true);
		expect(since('42-g1AAAAB0eJzLYWBg')).toBe(true);
		expect(since('42; DROP')).toBe(false);
	});
});
