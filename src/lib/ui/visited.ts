// Which pages this device has shown before, so an introduction read once can shrink to one line.
// A plain list in localStorage; blocked storage means every visit is a first one.
const storageKey = 'passerelle.visited';

function readVisited(): string[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
		return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
	} catch {
		return [];
	}
}

/** Whether the page `key` was shown on this device before. */
export function hasVisited(key: string): boolean {
	return readVisited().includes(key);
}

/** Remembers that the page `key` was shown. */
export function markVisited(key: string): void {
	const visited = readVisited();
	if (visited.includes(key)) return;
	try {
		localStorage.setItem(storageKey, JSON.stringify([...visited, key]));
	} catch {
		// Not remembered: the introduction shows in full again next time.
	}
}
