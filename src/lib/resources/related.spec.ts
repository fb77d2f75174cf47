import { describe, expect, it } from 'vitest';
import { relatedResources } from './related';
import { makeResource } from './resource-factory';

describe('related resources', () => {
	const base = makeResource({
		id: 'base',
		tools: ['zoom'],
		planSteps: ['training'],
		themes: ['events']
	});
	const sameTool = makeResource({
		id: 'tool',
		tools: ['zoom'],
		planSteps: [],
		themes: ['hosting']
	});
	const sameStep = makeResource({
		id: 'step',
		tools: [],
		planSteps: ['training'],
		themes: ['hosting']
	});
	const sameTheme = makeResource({ id: 'theme', tools: [], planSteps: [], themes: ['events'] });
	const unrelated = makeResource({ id: 'none', tools: [], planSteps: [], themes: ['hosting'] });

	it('ranks shared tools over shared steps over shared themes and leaves out the unrelated', () => {
		const related = relatedResources(base, [unrelated, sameTheme, sameStep, sameTool, base]);
		expect(related.map((r) => r.id)).toEqual(['tool', 'step', 'theme']);
	});

	it('keeps at most `limit`', () => {
		expect(relatedResources(base, [sameTool, sameStep, sameTheme], 2)).toHaveLength(2);
	});
});
