import { displayNameOf } from './display-names';
import { ForumQuery } from './forum-query.svelte';
import { loadDisplayNames } from './queries';
import { forum } from './sync-controller.svelte';

/** Until the profiles are read: no name known yet (a result is replaced, never changed). */
const noProfiles: ReadonlyMap<string, string> = new Map();

/**
 * The names to show for the authors on screen, read from their profiles on this device (so they
 * show offline) and updated when a profile arrives or changes. Create it during component
 * initialisation; `authors` is read reactively (the posts shown may change).
 */
export class AuthorNames {
	#profiles: ForumQuery<ReadonlyMap<string, string>>;

	constructor(authors: () => Iterable<string>) {
		this.#profiles = new ForumQuery((db) => loadDisplayNames(db, authors()), noProfiles);
	}

	/** The name shown for `author` (a login name); the login name itself until a profile is here. */
	of(author: string): string {
		return displayNameOf(author, this.#profiles.current, forum.account);
	}
}
