import { describe, expect, it } from 'vitest';
import { planFr } from '$lib/i18n/messages/plan.fr';
import { readZip } from '../../../tests/lib/read-zip';
import { meetingRecord } from './meeting-record';
import { minutesContent, minutesMarkdown, type MinutesContext } from './minutes';
import { minutesOdt } from './minutes-odt';
import { makePlanBundle } from './plan-factory';
import { planSteps } from './steps';

const bundle = makePlanBundle({ itemsPerStep: 2, meetings: 1 });
const [meeting] = bundle.meetings;
if (!meeting) throw new Error('meeting expected');
const [task] = bundle.items;
if (!task) throw new Error('task expected');
const record = meetingRecord(bundle, meeting);
record.decisions.push({
	id: 'hostile',
	planId: 'plan-1',
	meetingId: meeting.id,
	text: 'Budget <2026> & *R&D*',
	at: '2026-01-10T19:30:00.000Z',
	itemId: 'deleted-task'
});
record.events.push({
	id: 'due',
	planId: 'plan-1',
	meetingId: meeting.id,
	at: '2026-01-10T19:40:00.000Z',
	kind: 'item-due',
	itemId: task.id,
	label: task.text,
	value: '2026-04-01'
});

const context: MinutesContext = {
	m: planFr,
	formatDate: (iso) => `le ${iso}`,
	stepLabel: (id) => planSteps.find((step) => step.id === id)?.label.fr ?? id,
	items: bundle.items
};
const content = minutesContent(record, 'Les Amis du Jardin', context);

describe('what the minutes say', () => {
	it('lists the attendees with their roles, the decisions with what they are about, the changes', () => {
		expect(content.title).toBe(
			'Compte rendu de la réunion de bureau — Les Amis du Jardin, le 2026-01-10'
		);
		expect(content.sections).toEqual([
			{ heading: 'Participants', entries: ['Camille (présidente)', 'Yanis (trésorier)'] },
			{
				heading: 'Décisions',
				entries: [
					'Adhérer à un CHATONS\navant la fin de l’année\n(Étape : Choix des outils)',
					`Yanis prépare le devis\n(Tâche : ${task.text})`,
					'Budget <2026> & *R&D*\n(Tâche : une tâche supprimée depuis)'
				]
			},
			{
				heading: 'Avancement du plan pendant la réunion',
				entries: [`Tâche faite : ${task.text}`, `Échéance de « ${task.text} » : le 2026-04-01`]
			}
		]);
	});

	it('writes Markdown that keeps a decision’s lines and shows typed symbols as text', () => {
		const markdown = minutesMarkdown(content);
		expect(markdown).toContain('- Adhérer à un CHATONS  \n  avant la fin de l’année  \n  \\(Étape');
		expect(markdown).toContain('- Budget \\<2026\\> & \\*R&D\\*');
		expect(minutesMarkdown({ ...content, sections: [{ heading: 'Vide', entries: [] }] })).toContain(
			'## Vide\n\n_Néant._'
		);
	});

	it('writes an .odt whose content.xml holds every decision, escaped', () => {
		const entries = readZip(minutesOdt(content, 'fr-FR', new Date(2026, 0, 10)));
		const xml = entries.find((entry) => entry.name === 'content.xml')?.data.toString() ?? '';
		expect(xml).toContain('Adhérer à un CHATONS<text:line-break/>avant la fin de l’année');
		expect(xml).toContain('Yanis prépare le devis');
		expect(xml).toContain('Budget &lt;2026&gt; &amp; *R&amp;D*');
		expect(xml).toContain('Camille (présidente)');
		expect(xml.indexOf('Participants')).toBeLessThan(xml.indexOf('Décisions'));
	});
});
