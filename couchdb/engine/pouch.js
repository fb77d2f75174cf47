// Runs in Node (the embedded database). The part of PouchDB's API the engine uses, as types:
// PouchDB 9 ships none.

/**
 * @typedef {Record<string, any> & { _id: string, _rev?: string }} Doc
 * @typedef {{ ok?: boolean, id?: string, rev?: string, error?: boolean, status?: number,
 *   name?: string, message?: string }} WriteResult
 * @typedef {{
 *   info(): Promise<{ doc_count: number, update_seq: number | string }>,
 *   get(id: string, options?: Record<string, unknown>): Promise<any>,
 *   put(doc: Doc): Promise<WriteResult>,
 *   bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>,
 *   allDocs(options?: Record<string, unknown>): Promise<{ total_rows: number, offset: number,
 *     rows: any[], update_seq?: number | string }>,
 *   bulkGet(options: Record<string, unknown>): Promise<{ results: any[] }>,
 *   revsDiff(request: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>,
 *   changes(options?: Record<string, unknown>): Promise<{ results: any[],
 *     last_seq: number | string }>,
 *   query(view: string, options?: Record<string, unknown>): Promise<any>,
 *   compact(): Promise<unknown>,
 *   viewCleanup(): Promise<unknown>,
 *   close(): Promise<void>,
 *   destroy(): Promise<unknown>
 * }} Pouch
 * @typedef {{ new (name: string, options?: Record<string, unknown>): Pouch,
 *   setMaxListeners?: (n: number) => void }} PouchConstructor
 */

export {};
