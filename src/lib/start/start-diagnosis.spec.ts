import { describe, expect, it } from 'vitest';
import { overallScore } from '$lib/plan/scoring';
import {
	mostBindingTools,
	providersLink,
	startScores,
	suggestedSupport,
	toggleStartTool,
	withDependency,
	type StartTool
} from './start-diagnosis';

const drive: StartTool = {
	use: 'documents',
	toolId: 'google-drive',
	name: 'Google Drive',
	dependency: 'medium'
};
const whatsapp: StartTool = {
	use: 'messaging',
	toolId: 'whatsapp',
	name: 'WhatsApp',
	dependency: 'medium'
};
const zoom: StartTool = { use: 'video-calls', toolId: 'zoom', name: 'Zoom', dependency: 'medium' };

describe('the guided start diagnosis', () => {
	it('ticks and unticks a tool for a use, the same tool staying ticked for another use', () => {
		const driveForFiles = { ...drive, use: 'file-storage' as const };
		const ticked = toggleStartTool(toggleStartTool([], drive), driveForFiles);
		expect(ticked).toHaveLength(2);
		expect(toggleStartTool(ticked, drive)).toEqual([driveForFiles]);
	});

	it('scores as the plan does: more reliance, a higher score', () => {
		const some = [drive, whatsapp];
		const before = overallScore(startScores(some)) ?? 0;
		const after = overallScore(startScores(withDependency(some, whatsapp, 'high'))) ?? 0;
		expect(after).toBeGreaterThan(before);
		expect(overallScore(startScores([]))).toBeUndefined();
	});

	it('names the two most binding tools, each once', () => {
		const tools = withDependency(
			[drive, { ...drive, use: 'file-storage' }, whatsapp, zoom],
			zoom,
			'high'
		);
		expect(mostBindingTools(tools).map((tool) => tool.toolId)).toEqual(['zoom', 'google-drive']);
	});

	it('links to providers for the support that fits, near the association when known', () => {
		expect(suggestedSupport('high')).toBe('data-migration');
		expect(suggestedSupport(undefined)).toBe('identifying-needs');
		expect(providersLink('data-migration', 'bretagne')).toBe(
			'/prestataires?support=data-migration&region=bretagne'
		);
		expect(providersLink('training', '')).toBe('/prestataires?support=training');
	});
});
