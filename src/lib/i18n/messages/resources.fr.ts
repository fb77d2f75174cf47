/** French messages of the resource library and the alternatives catalogue (`i18n.m.resources`). */
export const resourcesFr = {
	demoNotice: 'Données de démonstration : ces ressources et témoignages sont fictifs.'
};
