import type { resourcesFr } from './resources.fr';

/** English messages of the resource library and the alternatives catalogue. */
export const resourcesEn: typeof resourcesFr = {
	demoNotice: 'Demo data: these resources and testimonies are invented.'
};
