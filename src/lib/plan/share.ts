/** What happened to a file handed to the user. */
export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** True when this browser can hand files to other apps (the Web Share API, mostly on phones). */
export function canShareFiles(): boolean {
	if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
	const probe = new File(['{}'], 'plan.json', { type: 'application/json' });
	return navigator.canShare({ files: [probe] });
}

/** Saves a file through the browser's download. Works offline: the file is built in the page. */
export function downloadFile(file: File): void {
	const url = URL.createObjectURL(file);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a file through the Web Share API, or downloads it when sharing is not possible. */
export async function shareOrDownload(file: File, title: string): Promise<ShareOutcome> {
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title });
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
			// Sharing failed (no target app, policy): download instead rather than lose the file.
		}
	}
	downloadFile(file);
	return 'downloaded';
}
