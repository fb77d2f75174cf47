// Runs in the browser: the small part of Node's `events` module that PouchDB imports. Vite does
// not bundle Node built-ins, and the `events` package is not a dependency, so vite.config.ts (and
// the benchmark bundler) alias `events` to this file. Methods are assigned to the prototype (not
// class methods) because PouchDB copies them with `Object.keys(EventEmitter.prototype)`.

/** @constructor */
export function EventEmitter() {
	/** @type {Map<string | symbol, Function[]>} */
	this._events = new Map();
}

/** @param {EventEmitter} emitter */
function listenersOf(emitter) {
	emitter._events ??= new Map();
	return emitter._events;
}

EventEmitter.prototype.on = function (/** @type {string} */ type, /** @type {Function} */ fn) {
	const all = listenersOf(this);
	all.set(type, [...(all.get(type) ?? []), fn]);
	return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;
EventEmitter.prototype.once = function (/** @type {string} */ type, /** @type {Function} */ fn) {
	/** @param {unknown[]} args */
	const wrapper = (...args) => {
		this.removeListener(type, wrapper);
		fn.apply(this, args);
	};
	wrapper.listener = fn;
	return this.on(type, wrapper);
};
EventEmitter.prototype.removeListener = function (
	/** @type {string} */ type,
	/** @type {Function} */ fn
) {
	const all = listenersOf(this);
	const list = all.get(type) ?? [];
	const index = list.findIndex(
		(listener) => listener === fn || /** @type {any} */ (listener).listener === fn
	);
	if (index !== -1) all.set(type, [...list.slice(0, index), ...list.slice(index + 1)]);
	return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
EventEmitter.prototype.removeAllListeners = function (/** @type {string | undefined} */ type) {
	if (type === undefined) listenersOf(this).clear();
	else listenersOf(this).delete(type);
	return this;
};
EventEmitter.prototype.emit = function (
	/** @type {string} */ type,
	/** @type {unknown[]} */ ...args
) {
	const list = listenersOf(this).get(type) ?? [];
	if (type === 'error' && list.length === 0) {
		throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
	}
	for (const listener of list) listener.apply(this, args);
	return list.length > 0;
};
EventEmitter.prototype.listeners = function (/** @type {string} */ type) {
	return [...(listenersOf(this).get(type) ?? [])];
};
EventEmitter.prototype.listenerCount = function (/** @type {string} */ type) {
	return listenersOf(this).get(type)?.length ?? 0;
};
EventEmitter.prototype.setMaxListeners = function () {
	return this;
};
/** @param {EventEmitter} emitter @param {string} type */
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

export default EventEmitter;
