import { describe, expect, it } from 'vitest';
import type { DiagnosisTool } from '$lib/schemas/plan';
import { overallScore, scoreBand, scoreTool, scoreUses } from './scoring';

function tool(overrides: Partial<DiagnosisTool>): DiagnosisTool {
	return {
		id: 't',
		planId: 'p',
		use: 'email',
		toolId: 'gmail',
		isBigTech: true,
		dependency: 'high',
		reach: 'everyone',
		users: '',
		createdAt: '2026-03-12T10:00:00.000Z',
		...overrides
	};
}

describe('dependency scoring', () => {
	it('scores a Big Tech tool everyone depends on heavily at 100, and a free tool at 0', () => {
		expect(scoreTool(tool({}))).toBe(100);
		expect(scoreTool(tool({ isBigTech: false, toolId: undefined, otherName: 'Zimbra' }))).toBe(0);
	});

	it('grows with dependency and with how many people use the tool', () => {
		const low = scoreTool(tool({ dependency: 'low', reach: 'few' }));
		const medium = scoreTool(tool({ dependency: 'medium', reach: 'few' }));
		const wider = scoreTool(tool({ dependency: 'medium', reach: 'team' }));
		expect(low).toBe(17);
		expect(medium).toBeGreaterThan(low);
		expect(wider).toBeGreaterThan(medium);
	});

	it('scores a use as its most binding tool, in catalogue order, leaving out empty uses', () => {
		const uses = scoreUses([
			tool({ id: 'a', use: 'messaging', dependency: 'low', reach: 'few' }),
			tool({ id: 'b', use: 'email', dependency: 'medium', reach: 'everyone' }),
			tool({ id: 'c', use: 'messaging', dependency: 'high', reach: 'team' })
		]);
		expect(uses).toEqual([
			{ use: 'email', score: 67, toolCount: 1 },
			{ use: 'messaging', score: 75, toolCount: 2 }
		]);
		expect(overallScore(uses)).toBe(71);
	});

	it('has no overall score before any tool is entered', () => {
		expect(overallScore(scoreUses([]))).toBeUndefined();
	});

	it('reads scores as low, medium or high', () => {
		expect([0, 29, 30, 59, 60, 100].map(scoreBand)).toEqual([
			'low',
			'low',
			'medium',
			'medium',
			'high',
			'high'
		]);
	});
});
