import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounceSave } from './debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounced save', () => {
	it('saves only the latest value once typing pauses', async () => {
		const saved: string[] = [];
		const saver = debounceSave(async (value: string) => void saved.push(value), 300);
		saver.schedule('B');
		saver.schedule('Bo');
		saver.schedule('Bon');
		await vi.advanceTimersByTimeAsync(299);
		expect(saved).toEqual([]);
		await vi.advanceTimersByTimeAsync(1);
		expect(saved).toEqual(['Bon']);
	});

	it('saves at once on flush (blur, page hidden) and not again afterwards', async () => {
		const saved: string[] = [];
		const saver = debounceSave(async (value: string) => void saved.push(value), 300);
		saver.schedule('Bonjour');
		expect(saver.isPending).toBe(true);
		await saver.flush();
		expect(saved).toEqual(['Bonjour']);
		await vi.advanceTimersByTimeAsync(1000);
		expect(saved).toEqual(['Bonjour']);
		await saver.flush();
		expect(saved).toEqual(['Bonjour']);
	});
});
