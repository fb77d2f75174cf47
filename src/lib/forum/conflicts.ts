// Conflict resolution for a post edited on two devices while offline. CouchDB (and PouchDB, with
// the same algorithm) picks a winning revision deterministically: the longest edit history, then
// the highest revision hash. The app shows the winner, tells the author another version exists,
// and removes the losing revisions only once the author chose: keep one, or merge by hand.
import type { ForumDoc } from '$lib/schemas/forum';

export type ConflictChoice =
	| { keep: 'winner' }
	| { keep: 'other'; rev: string }
	| { merged: { title?: string; body: string } };

export interface ResolutionPlan {
	/** The resolved content, written as a new revision on the winning branch. */
	put: ForumDoc;
	/** Tombstones for every losing leaf, so the conflict is gone on every device. */
	remove: { _id: string; _rev: string; _deleted: true }[];
}

/** Which revision wins, by CouchDB's rule (for display and tests; PouchDB already applies it). */
export function winningRev(revs: string[]): string | undefined {
	return [...revs].sort((a, b) => {
		const [na, ha] = splitRev(a);
		const [nb, hb] = splitRev(b);
		return nb - na || (hb > ha ? 1 : hb < ha ? -1 : 0);
	})[0];
}

function splitRev(rev: string): [number, string] {
	const [n, hash] = rev.split('-');
	return [Number(n), hash ?? ''];
}

/**
 * What to write once the author chose. `winner` carries its `_rev`; `others` are the losing
 * leaves. Nothing is removed before this is called: until then both versions stay.
 */
export function planResolution(
	winner: ForumDoc,
	others: ForumDoc[],
	choice: ConflictChoice,
	now: Date = new Date()
): ResolutionPlan {
	const base: ForumDoc = { ...winner };
	delete base._conflicts;
	let content: ForumDoc = base;
	if ('keep' in choice && choice.keep === 'other') {
		const other = others.find((doc) => doc._rev === choice.rev);
		if (!other) throw new Error(`unknown revision ${choice.rev}`);
		const picked: ForumDoc = { ...other, _rev: winner._rev };
		delete picked._conflicts;
		content = picked;
	} else if ('merged' in choice) {
		const { title, body } = choice.merged;
		content =
			base.type === 'thread' ? { ...base, body, title: title ?? base.title } : { ...base, body };
	}
	// Without the name older posts carried: the server refuses it from members (posts.ts).
	const put = { ...content, updatedAt: now.toISOString() } as ForumDoc;
	delete put.authorName;
	const remove = others
		.filter((doc): doc is ForumDoc & { _rev: string } => typeof doc._rev === 'string')
		.map((doc) => ({ _id: doc._id, _rev: doc._rev, _deleted: true as const }));
	return { put, remove };
}

/** A starting point for a hand merge: both texts, the winner first, clearly separated. */
export function mergeDraft(winner: ForumDoc, other: ForumDoc): string {
	if (winner.body === other.body) return winner.body;
	return `${winner.body}\n\n---\n\n${other.body}`;
}
