// Reads a post's conflicting versions from the local database and applies the author's choice
// (see conflicts.ts): the resolved version and the losing revisions' deletions are written
// locally and queued in the outbox, so every device ends with the same single version.
import { parseForumDoc, type ForumDoc } from '$lib/schemas/forum';
import { planResolution, type ConflictChoice } from './conflicts';
import { queuePost } from './outbox';
import type { ForumWriter } from './posts';

export interface Conflict {
	winner: ForumDoc;
	others: ForumDoc[];
}

/** The winning version and the other versions of a post, or undefined without conflict. */
export async function readConflict(
	{ db }: Pick<ForumWriter, 'db'>,
	id: string
): Promise<Conflict | undefined> {
	const doc = await db.get(id, { conflicts: true });
	const revs = doc._conflicts ?? [];
	const winner = parseForumDoc(doc);
	if (!winner || revs.length === 0) return undefined;
	const others: ForumDoc[] = [];
	for (const rev of revs) {
		const other = parseForumDoc(await db.get(id, { rev }));
		if (other) others.push(other);
	}
	return others.length > 0 ? { winner, others } : undefined;
}

/** Applies the author's choice; nothing is removed before this call. */
export async function resolveConflict(
	writer: ForumWriter,
	id: string,
	choice: ConflictChoice,
	now = new Date()
): Promise<void> {
	const conflict = await readConflict(writer, id);
	if (!conflict) return;
	const plan = planResolution(conflict.winner, conflict.others, choice, now);
	await writer.db.bulkDocs([plan.put, ...plan.remove]);
	await writer.outbox.update((entries) => ({ outbox: queuePost(entries, id, now) }));
}
