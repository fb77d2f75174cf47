// Which part of the forum this device keeps: the categories its user follows (all by default)
// and a window of recent activity (12 months by default). A thread is kept when it is in a
// followed category and active within the window: written or edited, or answered, since then.
// Its replies come with it. Older threads stay one tap away (fetched on demand).
import { z } from '$lib/schemas/zod';
import { forumCategories, type ForumCategory } from '$lib/schemas/forum';

/** Activity windows offered, in months; 0 keeps everything. */
export const activityWindows = [1, 3, 6, 12, 0] as const;
export type ActivityWindow = (typeof activityWindows)[number];

export interface SyncScope {
	categories: ForumCategory[];
	windowMonths: ActivityWindow;
}

export const defaultScope: SyncScope = { categories: [...forumCategories], windowMonths: 12 };

/** The whole forum (what devices synced before scopes existed). */
export const everything: SyncScope = { categories: [...forumCategories], windowMonths: 0 };

const scopeSchema = z.object({
	categories: z
		.array(z.enum(forumCategories))
		.min(1)
		.transform((list) => forumCategories.filter((category) => list.includes(category))),
	windowMonths: z.union(activityWindows.map((months) => z.literal(months)))
});

/** A stored scope, or undefined when it is missing or not a valid scope. */
export function parseScope(value: unknown): SyncScope | undefined {
	const parsed = scopeSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}

/** The oldest activity kept (ms since 1970), or undefined when the window keeps everything. */
export function cutoffOf(scope: SyncScope, now = Date.now()): number | undefined {
	if (scope.windowMonths === 0) return undefined;
	const date = new Date(now);
	date.setMonth(date.getMonth() - scope.windowMonths);
	return date.getTime();
}

export function follows(scope: SyncScope, category: unknown): boolean {
	return scope.categories.includes(category as ForumCategory);
}

/**
 * Whether `next` asks for documents `previous` did not keep (a category added, a longer
 * window): those must be downloaded. A narrower scope needs nothing: what is on the device stays.
 */
export function widens(previous: SyncScope, next: SyncScope): boolean {
	if (next.categories.some((category) => !previous.categories.includes(category))) return true;
	if (previous.windowMonths === 0) return false;
	return next.windowMonths === 0 || next.windowMonths > previous.windowMonths;
}

export function sameScope(a: SyncScope, b: SyncScope): boolean {
	return !widens(a, b) && !widens(b, a);
}

/** Time of a post's latest change (ms): `updatedAt`, else `createdAt`, else 0. */
export function activityOf(doc: Record<string, unknown>): number {
	const time = Date.parse(String(doc.updatedAt ?? doc.createdAt ?? ''));
	return Number.isFinite(time) ? time : 0;
}
