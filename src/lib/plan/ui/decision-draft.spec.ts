import { describe, expect, it } from 'vitest';
import { readDecisionDraft, saveDecisionDraft } from './decision-draft';

/** A Map-backed Storage, as in the browser. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (index) => [...map.keys()][index] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, value)
	};
}

describe('the draft of a meeting decision', () => {
	it('is kept per meeting until it is emptied', () => {
		const storage = memoryStorage();
		saveDecisionDraft('m1', 'Passer à Nextcloud', storage);
		expect(readDecisionDraft('m1', storage)).toBe('Passer à Nextcloud');
		expect(readDecisionDraft('m2', storage)).toBe('');
		saveDecisionDraft('m1', '', storage);
		expect(readDecisionDraft('m1', storage)).toBe('');
		expect(storage.length).toBe(0);
	});

	it('does not break the meeting when storage is refused', () => {
		const refusing = {
			...memoryStorage(),
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		} as Storage;
		expect(() => saveDecisionDraft('m1', 'texte', refusing)).not.toThrow();
		expect(readDecisionDraft('m1', refusing)).toBe('');
	});
});
