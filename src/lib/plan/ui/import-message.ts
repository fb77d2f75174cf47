import type { planFr } from '$lib/i18n/messages/plan.fr';
import type { PlanFileProblem } from '../export-file';

/** The sentence explaining why a plan file was refused. */
export function importProblemMessage(problem: PlanFileProblem, m: typeof planFr): string {
	switch (problem.code) {
		case 'too-large':
			return m.importProblems['too-large'](Math.round(problem.maxBytes / 1024 / 1024));
		case 'newer-version':
			return m.importProblems['newer-version'](problem.version);
		case 'too-many':
			return m.importProblems['too-many'](problem.max);
		case 'invalid':
			return `${m.importProblems.invalid} (${problem.detail})`;
		default:
			return m.importProblems[problem.code];
	}
}
