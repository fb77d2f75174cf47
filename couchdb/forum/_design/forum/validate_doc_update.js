// Runs on the server (CouchDB's JavaScript query server, or the embedded server's validation
// plug-in) for every write to the forum database, including documents arriving by replication.
// Reading is public (empty members in _security); this function is what stops anonymous,
// forged and malformed writes. It mirrors src/lib/schemas/forum.ts (forum-rules.spec.ts checks
// that both accept and refuse the same documents). Plain ES5: CouchDB's engines vary.
export default function (newDoc, oldDoc, userCtx) {
	var CATEGORIES = [
		'aide-technique',
		'choisir-un-outil',
		'trouver-un-prestataire',
		'besoins-a-mutualiser'
	];
	var MAX_BODY = 20000;
	var MAX_TITLE = 200;
	var MIN_TITLE = 3;
	var MAX_TAGS = 5;
	var MAX_TAG = 32;
	var MAX_DISPLAY_NAME = 80;
	// Dates up to this far ahead of the server's clock pass (phones' clocks drift); a post dated
	// later would stay on top of every list.
	var MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
	var KEY = '[0-9a-z]{9}-[0-9a-z]{4,16}';
	var THREAD_ID = new RegExp('^thread:' + KEY + '$');
	var REPLY_ID = new RegExp('^reply:' + KEY + ':' + KEY + '$');
	var ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
	var FIELDS = {
		thread: [
			'type',
			'category',
			'title',
			'tags',
			'body',
			'author',
			'authorName',
			'createdAt',
			'updatedAt',
			'hidden'
		],
		reply: ['type', 'threadId', 'body', 'author', 'authorName', 'createdAt', 'updatedAt', 'hidden']
	};
	var PROFILE_FIELDS = ['type', 'name', 'displayName', 'updatedAt'];
	// The underscore fields CouchDB itself allows; any other (`__proto__`…) is refused.
	var SPECIAL = [
		'_id',
		'_rev',
		'_attachments',
		'_deleted',
		'_revisions',
		'_revs_info',
		'_conflicts',
		'_deleted_conflicts',
		'_local_seq'
	];
	var DELETION_FIELDS = ['_id', '_rev', '_deleted', '_revisions'];

	function forbid(message) {
		throw { forbidden: message };
	}
	function isText(value, min, max) {
		return typeof value === 'string' && value.trim().length >= min && value.length <= max;
	}
	// Keys come from the writer: `constructor` or `toString` must not find an inherited property.
	function has(object, key) {
		return Object.prototype.hasOwnProperty.call(object, key);
	}
	function isNotAhead(date) {
		return Date.parse(date) <= Date.now() + MAX_CLOCK_SKEW_MS;
	}

	var roles = userCtx.roles || [];
	var isAdmin = roles.indexOf('_admin') !== -1;
	var isModerator = isAdmin || roles.indexOf('moderator') !== -1;

	// Design documents: only database admins may write them, and CouchDB checks that itself.
	if (newDoc._id.indexOf('_design/') === 0) return;
	if (!userCtx.name) {
		throw { unauthorized: 'log in to write on the forum' };
	}

	// Profiles (the name shown with each member's posts) are written by the server only.
	if (newDoc.type === 'profile' || newDoc._id.indexOf('profile:') === 0) {
		if (!isAdmin) forbid('profiles are written by the server');
		if (newDoc._deleted) return;
		for (var profileKey in newDoc) {
			if (
				profileKey.charAt(0) === '_'
					? SPECIAL.indexOf(profileKey) === -1
					: PROFILE_FIELDS.indexOf(profileKey) === -1
			) {
				forbid('unknown field: ' + profileKey);
			}
		}
		if (newDoc.type !== 'profile' || newDoc._id !== 'profile:' + newDoc.name) {
			forbid('a profile is profile:<name>, of type profile');
		}
		if (!isText(newDoc.displayName, 2, MAX_DISPLAY_NAME))
			forbid('displayName is 2 to 80 characters');
		if (typeof newDoc.updatedAt !== 'string' || !ISO_DATE.test(newDoc.updatedAt)) {
			forbid('updatedAt must be an ISO date');
		}
		return;
	}

	// Permissions first, so a forged document is refused for what it is.
	var isUpdate = oldDoc && !oldDoc._deleted;
	if (newDoc._deleted) {
		if (isUpdate && oldDoc.author !== userCtx.name && !isModerator) {
			forbid('only the author or a moderator may delete this post');
		}
		// A deletion carries nothing else: every phone downloads it.
		for (var field in newDoc) {
			if (DELETION_FIELDS.indexOf(field) === -1)
				forbid('a deletion carries only its id and revision');
		}
		return;
	}

	if (isUpdate) {
		if (oldDoc.author !== userCtx.name && !isModerator) {
			forbid('only the author or a moderator may change this post');
		}
		if (newDoc.type !== oldDoc.type) forbid('the type of a post cannot change');
		if (newDoc.author !== oldDoc.author) forbid('the author of a post cannot change');
		if (newDoc.createdAt !== oldDoc.createdAt) forbid('createdAt cannot change');
		if (newDoc.type === 'reply' && newDoc.threadId !== oldDoc.threadId) {
			forbid('a reply cannot move to another thread');
		}
		if (!isModerator && Boolean(newDoc.hidden) !== Boolean(oldDoc.hidden)) {
			forbid('only a moderator may hide or show a post');
		}
	} else {
		if (newDoc.author !== userCtx.name && !isAdmin) {
			forbid('author must be the logged-in user');
		}
		if (newDoc.hidden && !isModerator) forbid('only a moderator may hide or show a post');
	}

	// No attachments: the forum has no designed attachment feature, and a stored attachment would
	// break every device's first sync (and be served from the app's origin).
	if (newDoc._attachments) forbid('attachments are not accepted');

	// Structure: the same rules as the zod schemas.
	var fields =
		typeof newDoc.type === 'string' && has(FIELDS, newDoc.type) ? FIELDS[newDoc.type] : null;
	if (!fields) forbid('type must be "thread" or "reply"');
	for (var key in newDoc) {
		if (key.charAt(0) === '_' ? SPECIAL.indexOf(key) === -1 : fields.indexOf(key) === -1) {
			forbid('unknown field: ' + key);
		}
	}
	if (!isText(newDoc.body, 1, MAX_BODY)) {
		forbid('body is required and must be at most ' + MAX_BODY + ' characters');
	}
	if (!isText(newDoc.author, 1, 64)) forbid('author is required');
	// The name shown comes from the author's account (profile:<name>), never from the post; posts
	// from before keep the one they had.
	if (newDoc.authorName !== undefined && !isAdmin) {
		forbid('the name shown with a post comes from its author’s account');
	}
	if (typeof newDoc.createdAt !== 'string' || !ISO_DATE.test(newDoc.createdAt)) {
		forbid('createdAt must be an ISO date');
	}
	if (typeof newDoc.updatedAt !== 'string' || !ISO_DATE.test(newDoc.updatedAt)) {
		forbid('updatedAt must be an ISO date');
	}
	if (!isAdmin && !(isNotAhead(newDoc.createdAt) && isNotAhead(newDoc.updatedAt))) {
		forbid('a post cannot be dated in the future');
	}
	if (newDoc.hidden !== undefined && typeof newDoc.hidden !== 'boolean') {
		forbid('hidden must be true or false');
	}
	if (newDoc.type === 'thread') {
		if (!THREAD_ID.test(newDoc._id)) forbid('a thread id looks like thread:<time key>');
		if (CATEGORIES.indexOf(newDoc.category) === -1) forbid('unknown category');
		if (!isText(newDoc.title, MIN_TITLE, MAX_TITLE)) {
			forbid('title must be ' + MIN_TITLE + ' to ' + MAX_TITLE + ' characters');
		}
		if (!Array.isArray(newDoc.tags) || newDoc.tags.length > MAX_TAGS) {
			forbid('tags must be a list of at most ' + MAX_TAGS);
		}
		for (var i = 0; i < newDoc.tags.length; i++) {
			if (!isText(newDoc.tags[i], 1, MAX_TAG)) forbid('a tag is 1 to ' + MAX_TAG + ' characters');
		}
	} else {
		if (!REPLY_ID.test(newDoc._id)) forbid('a reply id looks like reply:<thread key>:<time key>');
		if (typeof newDoc.threadId !== 'string' || !THREAD_ID.test(newDoc.threadId)) {
			forbid('threadId must be a thread id');
		}
		if (newDoc._id.indexOf('reply:' + newDoc.threadId.slice(7) + ':') !== 0) {
			forbid('a reply id must start with its thread key');
		}
	}
}
