import { i18n } from '$lib/i18n/index.svelte';
import type { PlanBundle } from '$lib/schemas/plan-values';
import { itemText } from '../../checklist';
import { stepLabel } from '../labels';

// How a merge's notice names its record and shows a value, in the active language (read inside a
// template or a $derived).

/** A field's name as a person says it (« texte », « responsable »…). */
export function fieldLabel(field: string): string {
	return i18n.m.plan.sharing.fieldLabels[field] ?? field;
}

/** A value as shown beside « aussi modifié par … » (a day as a date, yes/no, « (vide) »). */
export function showValue(value: unknown): string {
	const m = i18n.m.plan.sharing;
	if (value === undefined || value === null || value === '') return m.emptyValue;
	if (typeof value === 'boolean') return value ? m.yes : m.no;
	if (typeof value === 'string') {
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? i18n.formatDate(value) : value;
	}
	if (typeof value === 'object' && 'name' in value && typeof value.name === 'string') {
		return value.name;
	}
	return String(value);
}

/** The record a document id names, as a person recognises it (a task's text, a step's name…). */
export function recordLabel(bundle: PlanBundle, docId: string): string {
	const id = docId.slice(docId.indexOf(':') + 1);
	const kind = docId === 'plan' ? 'plan' : docId.slice(0, docId.indexOf(':'));
	const byId = <T extends { id: string }>(rows: T[]) => rows.find((row) => row.id === id);
	switch (kind) {
		case 'plan':
			return bundle.plan.profile.name;
		case 'step':
			return stepLabel(id);
		case 'item': {
			const item = byId(bundle.items);
			return item ? itemText(item, i18n.m.plan.stepGuide) : '';
		}
		case 'decision':
			return byId(bundle.decisions)?.text ?? '';
		case 'attendee':
			return byId(bundle.attendees)?.name ?? '';
		case 'meeting': {
			const meeting = byId(bundle.meetings);
			return meeting ? i18n.formatDate(meeting.date) : '';
		}
		case 'change': {
			const change = byId(bundle.changes);
			return change ? `${change.from} → ${change.to}` : '';
		}
		case 'tool': {
			const tool = byId(bundle.tools);
			return tool?.otherName ?? tool?.toolId ?? '';
		}
		case 'meetingEvent':
			return byId(bundle.meetingEvents)?.label ?? '';
		default:
			return '';
	}
}

/** The value a record's field has now (to show beside the other one). */
export function currentValue(bundle: PlanBundle, docId: string, field: string): unknown {
	const id = docId.slice(docId.indexOf(':') + 1);
	const kind = docId === 'plan' ? 'plan' : docId.slice(0, docId.indexOf(':'));
	const lists: Record<string, { id?: string; stepId?: string }[]> = {
		step: bundle.steps,
		item: bundle.items,
		tool: bundle.tools,
		change: bundle.changes,
		meeting: bundle.meetings,
		attendee: bundle.attendees,
		decision: bundle.decisions,
		meetingEvent: bundle.meetingEvents
	};
	const row =
		kind === 'plan'
			? bundle.plan
			: lists[kind]?.find((r) => (kind === 'step' ? r.stepId === id : r.id === id));
	return (row as Record<string, unknown> | undefined)?.[field];
}
