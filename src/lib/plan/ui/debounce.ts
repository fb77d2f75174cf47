/** A save that waits for typing to pause, and can be forced at once (blur, page hidden). */
export interface DebouncedSave<T> {
	schedule(value: T): void;
	/** Runs the pending save now, if any. */
	flush(): Promise<void>;
	readonly isPending: boolean;
}

/**
 * Debounces `save` by `delayMs`. Only the latest value is saved; `flush` is what makes sure that
 * nothing typed is lost when the field loses focus or the page is hidden (tab closed, app switched).
 */
export function debounceSave<T>(
	save: (value: T) => Promise<void>,
	delayMs = 300
): DebouncedSave<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: { value: T } | undefined;
	const flush = async () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		if (!pending) return;
		const { value } = pending;
		pending = undefined;
		await save(value);
	};
	return {
		schedule(value) {
			pending = { value };
			if (timer !== undefined) clearTimeout(timer);
			timer = setTimeout(() => void flush(), delayMs);
		},
		flush,
		get isPending() {
			return pending !== undefined;
		}
	};
}
