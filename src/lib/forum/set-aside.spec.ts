import { describe, expect, it } from 'vitest';
import { makePoisonedDocs, makeReply, makeThread } from './post-factory';
import { checkServerDoc, updateSetAside, type SetAsideEntry } from './set-aside';

describe('checkServerDoc', () => {
	const thread = makeThread('ana');
	const poison = makePoisonedDocs('mallory', thread._id);

	it('keeps valid posts and deletions', () => {
		expect(checkServerDoc(thread)).toBeUndefined();
		expect(checkServerDoc(makeReply('ana', thread._id))).toBeUndefined();
		expect(checkServerDoc({ _id: thread._id, _rev: '2-a', _deleted: true })).toBeUndefined();
	});

	it('names what is wrong with each kind of poisoned document', () => {
		expect(checkServerDoc(poison.attachment)).toEqual({
			reason: 'attachment',
			detail: '_attachments: note.txt'
		});
		expect(checkServerDoc(poison.wrongType)?.reason).toBe('invalid');
		expect(checkServerDoc(poison.wrongType)?.detail).toMatch(/^type: /);
		expect(checkServerDoc(poison.oversized)?.reason).toBe('tooLarge');
		expect(checkServerDoc(poison.oversized)?.detail).toMatch(/^body: .*20000/);
		expect(checkServerDoc(poison.unknownFields)?.reason).toBe('unknownFields');
		expect(checkServerDoc(poison.unknownFields)?.detail).toMatch(/tracker/);
	});
});

describe('updateSetAside', () => {
	const entry = (id: string, rev: string): SetAsideEntry => ({
		id,
		rev,
		reason: 'invalid',
		detail: 'x'
	});

	it('replaces the entry of a document set aside again and drops the ones stored since', () => {
		const list = { version: '1', entries: [entry('a', '1-a'), entry('b', '1-b')] };
		expect(updateSetAside(list, { added: [entry('a', '2-a')], stored: ['b'] })).toEqual({
			version: '1',
			entries: [entry('a', '2-a')]
		});
	});
});
