#!/usr/bin/env node
// `npm run audit:server -- https://passerelle.example`: tries the attack list and the honest cases
// against any Passerelle site (the embedded server, or Apache CouchDB behind a proxy) and prints a
// pass/fail table. It signs up one account (`audit-…`), posts one thread and deletes it, and ends
// by locking that account out of logging in for 15 minutes (the throttling check).
import { formatResults, runAudit } from '../couchdb/audit/run-audit.js';

const [target, ...rest] = process.argv.slice(2);
if (!target || !/^https?:\/\//.test(target)) {
	console.error('Usage: npm run audit:server -- <https://your.passerelle.site> [--json]');
	process.exit(2);
}
const results = await runAudit(target);
console.log(rest.includes('--json') ? JSON.stringify(results, null, '\t') : formatResults(results));
process.exit(results.every((result) => result.pass) ? 0 : 1);
