import { describe, expect, it } from 'vitest';
import { supportKinds } from '$lib/schemas/provider';
import { planSteps, stepsForSupportKinds } from './steps';

describe('plan steps', () => {
	it('has the eight steps in order', () => {
		expect(planSteps.map((s) => s.label.fr)).toEqual([
			'Évaluation des besoins',
			'Sensibilisation et mobilisation',
			'Définition de la stratégie',
			'Choix des outils',
			'Adaptation des processus',
			'Formation aux nouveaux outils',
			'Intégration et collaboration',
			'Adaptation continue'
		]);
	});

	it('links every kind of support to at least one step', () => {
		for (const kind of supportKinds) expect(stepsForSupportKinds([kind]).length).toBeGreaterThan(0);
	});

	it('lists steps once, in plan order, whatever the order of the kinds', () => {
		const steps = stepsForSupportKinds([
			'training',
			'data-migration',
			'hosting',
			'identifying-needs'
		]);
		expect(steps.map((s) => s.id)).toEqual([
			'needs-assessment',
			'process-adaptation',
			'training',
			'integration'
		]);
	});
});
