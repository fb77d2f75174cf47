// A decision typed during a board meeting but not yet recorded, kept on the device until it is
// recorded: closing the tab, reloading or an app update must not lose what the secretary typed.

const keyOf = (meetingId: string) => `passerelle.decision-draft.${meetingId}`;

/** The unrecorded decision of a meeting, or '' (storage can be unavailable: private mode…). */
export function readDecisionDraft(meetingId: string, storage: Storage = localStorage): string {
	try {
		return storage.getItem(keyOf(meetingId)) ?? '';
	} catch {
		return '';
	}
}

/** Keeps the text being typed; an empty text forgets the draft. */
export function saveDecisionDraft(
	meetingId: string,
	text: string,
	storage: Storage = localStorage
): void {
	try {
		if (text === '') storage.removeItem(keyOf(meetingId));
		else storage.setItem(keyOf(meetingId), text);
	} catch {
		// Not kept across a reload, but still in the field for this visit.
	}
}
