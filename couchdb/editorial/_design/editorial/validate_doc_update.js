// Runs on the server (CouchDB's JavaScript query server, or the embedded database's sandbox) for
// every write to the editorial database: the content the editors keep (one document per item of
// each feed), the history of every change, and what was published (the feed's content-addressed
// chunks and its manifest). Its only members are editors; this checks who (an editor, named as
// the one who changed it) and the shape of each record. The items themselves are checked against
// the feed's zod schemas by the editors' desk before they are saved and again before publishing.
// History, chunks and publications are never changed once written. Plain ES5.
export default function (newDoc, oldDoc, userCtx) {
	var FEEDS = ['providers', 'resources', 'alternatives', 'emancipations'];
	var ITEM_ID = /^[A-Za-z0-9._-]{1,100}$/;
	var KEY = '[0-9a-z]{9}-[0-9a-z]{4,16}';
	var ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
	var ACTIONS = ['create', 'edit', 'withdraw', 'restore', 'rollback', 'accept', 'import'];
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
	var FIELDS = {
		item: ['type', 'feed', 'itemId', 'status', 'item', 'updatedAt', 'updatedBy', 'proposalId'],
		history: ['type', 'feed', 'itemId', 'action', 'at', 'by', 'item', 'proposalId', 'note'],
		chunk: ['type', 'text'],
		manifest: ['type', 'manifest', 'publishedAt', 'publishedBy'],
		publication: ['type', 'version', 'at', 'by', 'counts', 'bytes']
	};
	var IMMUTABLE = ['history', 'chunk', 'publication'];

	function forbid(message) {
		throw { forbidden: message };
	}
	function isObject(value) {
		return value !== null && typeof value === 'object' && !Array.isArray(value);
	}
	function isDate(value) {
		return typeof value === 'string' && ISO_DATE.test(value);
	}

	if (newDoc._id.indexOf('_design/') === 0) return;
	if (!userCtx.name) throw { unauthorized: 'log in to edit the content' };
	var roles = userCtx.roles || [];
	var isAdmin = roles.indexOf('_admin') !== -1;
	if (!isAdmin && roles.indexOf('editor') === -1) forbid('only editors change the content');
	var isUpdate = oldDoc && !oldDoc._deleted;
	if (isUpdate && IMMUTABLE.indexOf(oldDoc.type) !== -1 && !isAdmin) {
		forbid('a ' + oldDoc.type + ' is never changed once written');
	}
	if (newDoc._deleted) {
		if (!isAdmin) forbid('content is withdrawn, never deleted: its history stays');
		return;
	}

	var type = newDoc.type;
	var fields =
		typeof type === 'string' && Object.prototype.hasOwnProperty.call(FIELDS, type)
			? FIELDS[type]
			: null;
	if (!fields) forbid('type must be item, history, chunk, manifest or publication');
	for (var key in newDoc) {
		if (key.charAt(0) === '_' ? SPECIAL.indexOf(key) === -1 : fields.indexOf(key) === -1) {
			forbid('unknown field: ' + key);
		}
	}
	var by =
		type === 'item' ? newDoc.updatedBy : type === 'manifest' ? newDoc.publishedBy : newDoc.by;
	if (type !== 'chunk' && (typeof by !== 'string' || (!isAdmin && by !== userCtx.name))) {
		forbid('the change must name the logged-in editor');
	}
	if (type === 'item' || type === 'history') {
		if (FEEDS.indexOf(newDoc.feed) === -1) forbid('unknown feed');
		if (typeof newDoc.itemId !== 'string' || !ITEM_ID.test(newDoc.itemId)) forbid('bad itemId');
		if (!isObject(newDoc.item)) forbid('item must be an object');
		if (JSON.stringify(newDoc.item).length > 100000)
			forbid('item is larger than 100,000 characters');
		if (
			newDoc.proposalId !== undefined &&
			!new RegExp('^proposal:' + KEY + '$').test(newDoc.proposalId)
		) {
			forbid('bad proposalId');
		}
	}
	if (type === 'item') {
		if (newDoc._id !== 'item:' + newDoc.feed + ':' + newDoc.itemId)
			forbid('an item is item:<feed>:<id>');
		if (newDoc.status !== 'published' && newDoc.status !== 'withdrawn') forbid('unknown status');
		if (!isDate(newDoc.updatedAt)) forbid('updatedAt must be an ISO date');
		if (isUpdate && (oldDoc.feed !== newDoc.feed || oldDoc.itemId !== newDoc.itemId)) {
			forbid('an item cannot move');
		}
	} else if (type === 'history') {
		if (newDoc._id.indexOf('history:' + newDoc.feed + ':' + newDoc.itemId + ':') !== 0) {
			forbid('a history entry is history:<feed>:<id>:<time key>');
		}
		if (ACTIONS.indexOf(newDoc.action) === -1) forbid('unknown action');
		if (!isDate(newDoc.at)) forbid('at must be an ISO date');
		if (
			newDoc.note !== undefined &&
			(typeof newDoc.note !== 'string' || newDoc.note.length > 2000)
		) {
			forbid('note is at most 2,000 characters');
		}
	} else if (type === 'chunk') {
		if (!/^chunk:[0-9a-f]{64}$/.test(newDoc._id)) forbid('a chunk is chunk:<sha-256 of its text>');
		if (typeof newDoc.text !== 'string' || newDoc.text.length > 2000000) forbid('text is a string');
	} else if (type === 'manifest') {
		if (newDoc._id !== 'manifest') forbid('the manifest is the document "manifest"');
		if (!isObject(newDoc.manifest)) forbid('manifest must be an object');
		if (!isDate(newDoc.publishedAt)) forbid('publishedAt must be an ISO date');
	} else if (type === 'publication') {
		if (!new RegExp('^publication:' + KEY + '$').test(newDoc._id)) forbid('bad publication id');
		if (typeof newDoc.version !== 'string' || !isDate(newDoc.at) || !isObject(newDoc.counts)) {
			forbid('a publication has its version, date and counts');
		}
	}
}
