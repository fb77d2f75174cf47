import type { PlanProfile } from '$lib/schemas/plan';
import { loadPlanSchemas } from '../plan-store';

/** The profile form as typed: numbers stay text until they are valid. */
export interface ProfileDraft {
	name: string;
	size: PlanProfile['size'];
	sector: string;
	volunteers: string;
	employees: string;
}

export function emptyProfile(): ProfileDraft {
	return { name: '', size: '', sector: '', volunteers: '0', employees: '0' };
}

export function toDraft(profile: PlanProfile): ProfileDraft {
	return {
		...profile,
		volunteers: String(profile.volunteers),
		employees: String(profile.employees)
	};
}

export type DraftResult =
	| { ok: true; value: PlanProfile }
	| { ok: false; field: 'name' | 'volunteers' | 'employees' | 'sector' };

/** The profile a draft describes, or which field is wrong (the schema loads on first use). */
export async function toProfile(draft: ProfileDraft): Promise<DraftResult> {
	const { planProfileSchema } = await loadPlanSchemas();
	const number = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);
	const parsed = planProfileSchema.safeParse({
		name: draft.name,
		size: draft.size,
		sector: draft.sector.trim(),
		volunteers: number(draft.volunteers),
		employees: number(draft.employees)
	});
	if (parsed.success) return { ok: true, value: parsed.data };
	const field = parsed.error.issues[0]?.path[0];
	return {
		ok: false,
		field: field === 'volunteers' || field === 'employees' || field === 'sector' ? field : 'name'
	};
}
