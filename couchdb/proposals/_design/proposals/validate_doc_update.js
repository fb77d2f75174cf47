// Runs on the server (CouchDB's JavaScript query server, or the embedded database's sandbox) for
// every write to the proposals database. Editors (role `editor`) review: they may change any
// proposal's status and answer. An author writes through the gateway, which adds the role
// `proposer` for that write only: their own proposals, while they wait for an answer or were
// asked for changes, never the editors' answer. The database's members are editors and proposers,
// so nobody else reads or writes it at all. Mirrors src/lib/proposals/schema.ts (structure only:
// the proposed item is checked against the feed's own schema by the app and the editors' desk).
// Plain ES5: CouchDB's engines vary.
export default function (newDoc, oldDoc, userCtx) {
	var KEY = '[0-9a-z]{9}-[0-9a-z]{4,16}';
	var ID = new RegExp('^proposal:' + KEY + '$');
	var ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
	var KINDS = ['resource', 'provider', 'testimony', 'emancipation', 'correction'];
	var FEEDS = ['providers', 'resources', 'alternatives', 'emancipations'];
	var STATUSES = ['submitted', 'changes-requested', 'accepted', 'refused'];
	var FIELDS = [
		'type',
		'kind',
		'author',
		'createdAt',
		'updatedAt',
		'item',
		'target',
		'note',
		'status',
		'review'
	];
	var SPECIAL = [
		'_id',
		'_rev',
		'_deleted',
		'_revisions',
		'_revs_info',
		'_conflicts',
		'_deleted_conflicts',
		'_local_seq'
	];
	var MAX_ITEM = 60000;
	var MAX_NOTE = 2000;
	var MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

	function forbid(message) {
		throw { forbidden: message };
	}
	function isObject(value) {
		return value !== null && typeof value === 'object' && !Array.isArray(value);
	}
	function same(a, b) {
		return (
			JSON.stringify(a === undefined ? null : a) === JSON.stringify(b === undefined ? null : b)
		);
	}

	if (newDoc._id.indexOf('_design/') === 0) return;
	if (!userCtx.name) throw { unauthorized: 'log in to propose' };
	var roles = userCtx.roles || [];
	var isEditor = roles.indexOf('_admin') !== -1 || roles.indexOf('editor') !== -1;
	var isProposer = roles.indexOf('proposer') !== -1;
	if (!isEditor && !isProposer) forbid('only editors and authors write proposals');
	var isUpdate = oldDoc && !oldDoc._deleted;
	var isOwnOpen =
		isUpdate &&
		oldDoc.author === userCtx.name &&
		(oldDoc.status === 'submitted' || oldDoc.status === 'changes-requested');

	if (newDoc._deleted) {
		if (!isEditor && !isOwnOpen)
			forbid('only editors, or its author while it waits, may withdraw it');
		for (var field in newDoc) {
			if (['_id', '_rev', '_deleted', '_revisions'].indexOf(field) === -1) {
				forbid('a deletion carries only its id and revision');
			}
		}
		return;
	}

	if (!ID.test(newDoc._id)) forbid('a proposal id looks like proposal:<time key>');
	for (var key in newDoc) {
		if (key.charAt(0) === '_' ? SPECIAL.indexOf(key) === -1 : FIELDS.indexOf(key) === -1) {
			forbid('unknown field: ' + key);
		}
	}
	if (newDoc.type !== 'proposal') forbid('type must be "proposal"');
	if (KINDS.indexOf(newDoc.kind) === -1) forbid('unknown kind of proposal');
	if (typeof newDoc.author !== 'string' || newDoc.author.length < 1 || newDoc.author.length > 64) {
		forbid('author is required');
	}
	if (typeof newDoc.createdAt !== 'string' || !ISO_DATE.test(newDoc.createdAt)) {
		forbid('createdAt must be an ISO date');
	}
	if (typeof newDoc.updatedAt !== 'string' || !ISO_DATE.test(newDoc.updatedAt)) {
		forbid('updatedAt must be an ISO date');
	}
	if (!isObject(newDoc.item)) forbid('item must be an object');
	if (JSON.stringify(newDoc.item).length > MAX_ITEM)
		forbid('item is larger than 60,000 characters');
	if (newDoc.kind === 'correction') {
		if (!isObject(newDoc.target) || FEEDS.indexOf(newDoc.target.feed) === -1) {
			forbid('a correction names what it corrects: target.feed');
		}
		if (
			typeof newDoc.target.id !== 'string' ||
			newDoc.target.id.length < 1 ||
			newDoc.target.id.length > 100
		) {
			forbid('a correction names what it corrects: target.id');
		}
		for (var targetKey in newDoc.target) {
			if (targetKey !== 'feed' && targetKey !== 'id') forbid('unknown field: target.' + targetKey);
		}
	} else if (newDoc.target !== undefined) {
		forbid('only a correction has a target');
	}
	if (
		newDoc.note !== undefined &&
		(typeof newDoc.note !== 'string' || newDoc.note.length > MAX_NOTE)
	) {
		forbid('note is at most 2,000 characters');
	}
	if (STATUSES.indexOf(newDoc.status) === -1) forbid('unknown status');
	if (newDoc.review !== undefined) {
		var review = newDoc.review;
		if (!isObject(review) || typeof review.by !== 'string' || !ISO_DATE.test(String(review.at))) {
			forbid('review is {by, at, message?}');
		}
		if (
			review.message !== undefined &&
			(typeof review.message !== 'string' || review.message.length > MAX_NOTE)
		) {
			forbid('review.message is at most 2,000 characters');
		}
		for (var reviewKey in review) {
			if (['by', 'at', 'message', 'itemId'].indexOf(reviewKey) === -1)
				forbid('unknown field: review.' + reviewKey);
		}
	}
	if (isEditor) return;

	// An author, through the gateway.
	if (newDoc.author !== userCtx.name) forbid('author must be the logged-in user');
	if (newDoc.status !== 'submitted') forbid('only editors answer a proposal');
	if (Date.parse(newDoc.updatedAt) > Date.now() + MAX_CLOCK_SKEW_MS) {
		forbid('a proposal cannot be dated in the future');
	}
	if (isUpdate) {
		if (!isOwnOpen) forbid('this proposal is answered: it cannot change any more');
		if (newDoc.kind !== oldDoc.kind || newDoc.createdAt !== oldDoc.createdAt) {
			forbid('the kind and date of a proposal cannot change');
		}
		if (!same(newDoc.target, oldDoc.target)) forbid('the target of a correction cannot change');
		if (!same(newDoc.review, oldDoc.review)) forbid('only editors answer a proposal');
	} else if (newDoc.review !== undefined) {
		forbid('only editors answer a proposal');
	}
}
