// Runs on the server (CouchDB's JavaScript query server, or the embedded database's validation
// plug-in) for every write to a shared plan's database (`plan-<id>`), replicated ones included.
// Who: the plan's owner and editors (from `_security.passerelle.roles`, which only the gateway
// sets); readers and strangers cannot write. What: each document is one record of the plan, in
// the shape src/lib/plan/sync/plan-docs.ts gives it, mirroring src/lib/schemas/plan.ts
// (plan-rules.spec.ts checks that both accept and refuse the same documents). Plain ES5.
export default function (newDoc, oldDoc, userCtx, secObj) {
	if (newDoc._id.indexOf('_design/') === 0) return;
	function forbid(message) {
		throw { forbidden: message };
	}
	var sharing = (secObj && secObj.passerelle) || {};
	var roles = sharing.roles || {};
	var isAdmin = (userCtx.roles || []).indexOf('_admin') !== -1;
	if (!userCtx.name && !isAdmin) throw { unauthorized: 'log in to change this plan' };
	// User names are anyone's choice: `constructor` must not find an inherited property.
	var role = Object.prototype.hasOwnProperty.call(roles, userCtx.name)
		? roles[userCtx.name]
		: undefined;
	if (!isAdmin && role !== 'owner' && role !== 'editor') {
		forbid('only the plan’s owner and editors may change it');
	}

	// The same patterns as zod's (z.iso.datetime(), z.iso.date()).
	var DAY =
		'(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|' +
		'\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|' +
		'(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
	var DATE_TIME = new RegExp(
		'^' + DAY + 'T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$'
	);
	var DATE = new RegExp('^' + DAY + '$');
	var MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
	var CATALOGUE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
	var STEPS = [
		'needs-assessment',
		'awareness',
		'strategy',
		'tool-choice',
		'process-adaptation',
		'training',
		'integration',
		'continuous-adaptation'
	];
	var TOOL_USES = [
		'email',
		'messaging',
		'video-calls',
		'documents',
		'file-storage',
		'forms-polls',
		'calendar',
		'project-management',
		'website',
		'social-events',
		'newsletters',
		'members-accounting',
		'video-hosting',
		'maps',
		'analytics',
		'office-suite',
		'file-transfer'
	];
	var SIZES = ['volunteers-only', 'employees-1-9', 'employees-10-49', 'employees-50-plus'];
	var EVENT_KINDS = [
		'item-ticked',
		'item-unticked',
		'item-added',
		'item-owner',
		'item-due',
		'step-status',
		'change-status'
	];

	// Value checks, as the zod schemas define each field.
	function text(max) {
		return function (v) {
			return typeof v === 'string' && v.length <= max;
		};
	}
	function trimmed(min, max) {
		return function (v) {
			return typeof v === 'string' && v.trim().length >= min && v.trim().length <= max;
		};
	}
	function oneOf(values) {
		return function (v) {
			return typeof v === 'string' && values.indexOf(v) !== -1;
		};
	}
	function matches(pattern) {
		return function (v) {
			return typeof v === 'string' && pattern.test(v);
		};
	}
	function has(object, key) {
		return Object.prototype.hasOwnProperty.call(object, key);
	}
	function isId(v) {
		return typeof v === 'string' && v.length >= 1 && v.length <= 64;
	}
	function isBoolean(v) {
		return typeof v === 'boolean';
	}
	function isFiniteNumber(v) {
		return typeof v === 'number' && isFinite(v);
	}
	function isCount(v) {
		return typeof v === 'number' && Math.floor(v) === v && v >= 0 && v <= 1000000;
	}
	function isCatalogueId(v) {
		return typeof v === 'string' && v.length <= 100 && CATALOGUE_ID.test(v);
	}
	function dayOrEmpty(v) {
		return v === '' || matches(DATE)(v);
	}
	function monthOrEmpty(v) {
		return v === '' || matches(MONTH)(v);
	}
	var isDateTime = matches(DATE_TIME);
	var isStep = oneOf(STEPS);
	var shortText = text(200);
	function isProfile(v) {
		if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
		var checks = {
			name: trimmed(1, 120),
			size: function (s) {
				return s === '' || oneOf(SIZES)(s);
			},
			sector: shortText,
			volunteers: isCount,
			employees: isCount
		};
		for (var key in v) if (!has(checks, key)) return false;
		for (var field in checks) if (!checks[field](v[field])) return false;
		return true;
	}

	// Each kind's fields: [check, optional?]. Mirrors src/lib/schemas/plan.ts; a meeting event's
	// own `kind` is `event` in its document (the document's `kind` says which record it is).
	var FIELDS = {
		plan: {
			id: [isId],
			profile: [isProfile],
			createdAt: [isDateTime],
			activeMeetingId: [isId, true]
		},
		step: {
			planId: [isId],
			stepId: [isStep],
			// The status a person chose (absent: it follows the checklist). « not-started » is what
			// app versions before the derived status wrote for « not chosen »: still accepted.
			status: [oneOf(['not-started', 'in-progress', 'done', 'blocked', 'skipped']), true],
			owners: [shortText],
			targetDate: [dayOrEmpty],
			notes: [text(10000)]
		},
		item: {
			id: [isId],
			planId: [isId],
			stepId: [isStep],
			templateKey: [text(80), true],
			text: [text(500)],
			done: [isBoolean],
			order: [isFiniteNumber],
			owner: [shortText, true],
			dueDate: [dayOrEmpty, true],
			updatedAt: [isDateTime]
		},
		tool: {
			id: [isId],
			planId: [isId],
			use: [oneOf(TOOL_USES)],
			toolId: [isCatalogueId, true],
			otherName: [shortText, true],
			isBigTech: [isBoolean],
			dependency: [oneOf(['low', 'medium', 'high'])],
			reach: [oneOf(['few', 'team', 'everyone'])],
			users: [shortText],
			createdAt: [isDateTime]
		},
		change: {
			id: [isId],
			planId: [isId],
			from: [shortText],
			fromToolId: [isCatalogueId, true],
			to: [shortText],
			toAlternativeId: [isCatalogueId, true],
			status: [oneOf(['to-evaluate', 'chosen', 'migrating', 'done'])],
			owner: [shortText],
			targetMonth: [monthOrEmpty],
			createdAt: [isDateTime]
		},
		meeting: {
			id: [isId],
			planId: [isId],
			date: [matches(DATE)],
			startedAt: [isDateTime],
			endedAt: [isDateTime, true]
		},
		attendee: {
			id: [isId],
			planId: [isId],
			meetingId: [isId],
			name: [trimmed(1, 120)],
			role: [trimmed(0, 60)],
			order: [isFiniteNumber]
		},
		decision: {
			id: [isId],
			planId: [isId],
			meetingId: [isId],
			text: [trimmed(1, 2000)],
			at: [isDateTime],
			stepId: [isStep, true],
			itemId: [isId, true]
		},
		meetingEvent: {
			id: [isId],
			planId: [isId],
			meetingId: [isId],
			at: [isDateTime],
			event: [oneOf(EVENT_KINDS)],
			stepId: [isStep, true],
			itemId: [isId, true],
			label: [text(500)],
			value: [shortText, true]
		}
	};
	// Who changed a record last, and the merge's notices (src/lib/plan/sync/merge.ts).
	var METADATA = ['kind', 'editedBy', 'editedAt', 'alsoEdited', 'deletedBy'];
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
	function isName(v) {
		return typeof v === 'string' && v.length >= 1 && v.length <= 200;
	}
	function isObject(v) {
		return v !== null && typeof v === 'object' && !Array.isArray(v);
	}
	function onlyKeys(v, keys) {
		for (var key in v) if (keys.indexOf(key) === -1) return false;
		return true;
	}

	function checkAuthor(doc) {
		if (!isName(doc.editedBy) || (!isAdmin && doc.editedBy !== userCtx.name)) {
			forbid('editedBy must be the logged-in user');
		}
		if (!isDateTime(doc.editedAt)) forbid('editedAt must be an ISO date');
	}

	var key;
	if (newDoc._deleted) {
		// A deletion may say who deleted the record and when (« supprimé par … » elsewhere).
		for (key in newDoc) {
			if (
				key.charAt(0) === '_'
					? SPECIAL.indexOf(key) === -1
					: key !== 'editedBy' && key !== 'editedAt'
			) {
				forbid('a deletion carries editedBy and editedAt only');
			}
		}
		if (newDoc.editedBy !== undefined || newDoc.editedAt !== undefined) checkAuthor(newDoc);
		return;
	}

	var kind = newDoc.kind;
	var fields = typeof kind === 'string' && has(FIELDS, kind) ? FIELDS[kind] : null;
	if (!fields) forbid('unknown kind of record');
	if (
		newDoc._id !==
		(kind === 'plan' ? 'plan' : kind + ':' + (kind === 'step' ? newDoc.stepId : newDoc.id))
	) {
		forbid('the id must be "<kind>:<record id>"');
	}
	var planId = kind === 'plan' ? newDoc.id : newDoc.planId;
	if (planId !== sharing.planId) forbid('this record belongs to another plan');
	checkAuthor(newDoc);
	if (oldDoc && !oldDoc._deleted && oldDoc.kind !== kind)
		forbid('the kind of a record cannot change');
	if (newDoc._attachments) forbid('attachments are not accepted');

	for (key in newDoc) {
		if (
			key.charAt(0) === '_'
				? SPECIAL.indexOf(key) === -1
				: !has(fields, key) && METADATA.indexOf(key) === -1
		) {
			forbid('unknown field: ' + key);
		}
	}
	var name;
	for (name in fields) {
		var value = newDoc[name];
		if (value === undefined ? !fields[name][1] : !fields[name][0](value)) {
			forbid('invalid ' + kind + ' field: ' + name);
		}
	}
	if (kind === 'tool' && newDoc.toolId === undefined && (newDoc.otherName || '').trim() === '') {
		forbid('a tool is a catalogue tool or has a name');
	}
	if (kind === 'decision' && newDoc.stepId && newDoc.itemId) {
		forbid('a decision is linked to a step or a task, not both');
	}

	// A value one side wrote and the merge did not keep: valid for its field, who and when.
	if (newDoc.alsoEdited !== undefined) {
		if (!isObject(newDoc.alsoEdited)) forbid('alsoEdited must map fields to values');
		for (name in newDoc.alsoEdited) {
			var other = newDoc.alsoEdited[name];
			if (!has(fields, name)) forbid('alsoEdited names an unknown field: ' + name);
			if (
				!isObject(other) ||
				!onlyKeys(other, ['value', 'by', 'at']) ||
				!isName(other.by) ||
				!isDateTime(other.at) ||
				(other.value === undefined ? !fields[name][1] : !fields[name][0](other.value))
			) {
				forbid('invalid alsoEdited value for ' + name);
			}
		}
	}
	if (newDoc.deletedBy !== undefined) {
		var mark = newDoc.deletedBy;
		if (
			!isObject(mark) ||
			!onlyKeys(mark, ['by', 'at']) ||
			!isName(mark.by) ||
			!isDateTime(mark.at)
		) {
			forbid('deletedBy must be {by, at}');
		}
	}
}
