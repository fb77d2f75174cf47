import { describe, expect, it } from 'vitest';
import EventEmitter from './events-shim.js';

describe('events shim (PouchDB’s EventEmitter in the browser)', () => {
	it('calls listeners in order, once-listeners once, and removes them', () => {
		const emitter = new (
			EventEmitter as unknown as new () => {
				on(t: string, f: (v: number) => void): void;
				once(t: string, f: (v: number) => void): void;
				removeListener(t: string, f: (v: number) => void): void;
				emit(t: string, v: number): boolean;
				listenerCount(t: string): number;
			}
		)();
		const seen: string[] = [];
		const a = (v: number) => seen.push(`a${v}`);
		emitter.on('x', a);
		emitter.once('x', (v) => seen.push(`b${v}`));
		emitter.emit('x', 1);
		emitter.emit('x', 2);
		emitter.removeListener('x', a);
		expect(emitter.emit('x', 3)).toBe(false);
		expect(seen).toEqual(['a1', 'b1', 'a2']);
		expect(emitter.listenerCount('x')).toBe(0);
	});

	it('works as a base class with enumerable prototype methods, as PouchDB expects', () => {
		class Child extends (EventEmitter as unknown as new () => object) {}
		expect(Object.keys(EventEmitter.prototype)).toContain('emit');
		expect(new Child()).toHaveProperty('on');
	});
});
