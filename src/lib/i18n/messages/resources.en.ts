import type { resourcesFr } from './resources.fr';

/** English messages of the resource library and the alternatives catalogue. */
export const resourcesEn: typeof resourcesFr = {
	demoNotice: 'Demo data: these resources and testimonies are invented.',
	searchLabel: 'Search resources',
	searchPlaceholder: 'Title, tool, theme, association…',
	filterType: 'Type',
	filterTheme: 'Theme',
	filterStep: 'Plan step',
	filterTool: 'Tool concerned',
	resultCount: (count: number) =>
		count === 0 ? 'No resources' : count === 1 ? '1 resource' : `${count} resources`,
	sortRelevance: 'Relevance',
	sortNewest: 'Newest',
	sortTitle: 'Title',
	emptyTitle: 'No resource matches your search.',
	loading: 'Loading the library…',
	noContentYet: 'The library is not on this device yet. Go online once to download it.',
	testimoniesLink: 'Testimonies from associations',
	testimoniesTitle: 'They made the move',
	testimoniesIntro:
		'Associations tell how they left Big Tech tools: where they started, what worked, what they would do differently.',
	testimoniesEmpty: 'No testimonies on this device yet.',
	readTestimony: (name: string) => `Read ${name}’s testimony`,
	backToLibrary: 'Back to resources',
	notFound: 'This resource is not in the library on this device.',
	publishedOn: (date: string) => `Published on ${date}`,
	readingTime: (minutes: number) => `${minutes} min read`,
	levelLabel: 'Level',
	languageLabel: 'Language',
	audienceLabel: 'Audience',
	themesLabel: 'Themes',
	sourceLabel: 'Source',
	licenceLabel: 'Licence',
	externalLink: 'See the original resource (online)',
	planStepsHeading: 'Plan steps it helps with',
	stepResourcesLink: (step: string) => `All resources for the “${step}” step`,
	toolsHeading: 'Tools concerned',
	relatedHeading: 'Related resources',
	associationFacts: (size: string, region: string) => `${size} · ${region}`,
	catalogueTitle: 'Free alternatives',
	catalogueIntro:
		'For each Big Tech tool, the free software that replaces it, who can host it, how hard it is, and where to find help.',
	catalogueSearchLabel: 'Search for a tool',
	catalogueSearchPlaceholder: 'Google Docs, WhatsApp, Zoom…',
	useLabel: 'Use',
	allUses: 'All uses',
	toolCount: (count: number) =>
		count === 0 ? 'No tools' : count === 1 ? '1 tool' : `${count} tools`,
	catalogueEmpty: 'No tool matches. Try another name, or all uses.',
	catalogueLoading: 'Loading the catalogue…',
	catalogueNoContent: 'The catalogue is not on this device yet. Go online once to download it.',
	vendor: (vendor: string) => `Vendor: ${vendor}`,
	alternativesHeading: (tool: string) => `Free alternatives to ${tool}`,
	alternativesCount: (count: number) =>
		count === 1 ? '1 free alternative' : `${count} free alternatives`,
	difficultyLabel: 'Difficulty',
	hostingLabel: 'Hosting',
	hostingChatons: 'Offered by CHATONS members (ethical hosts)',
	hostingSelf: 'Can be self-hosted',
	hostingDevice: 'Software installed on each device',
	hostingOperator: (operator: string) => `Single service, run by ${operator}`,
	officialWebsite: (name: string) => `${name} official website (online)`,
	resourcesAbout: (name: string, count: number) =>
		`${count} resource${count > 1 ? 's' : ''} about ${name}`,
	providersKnowing: (name: string, count: number) =>
		`${count} provider${count > 1 ? 's' : ''} who know${count > 1 ? '' : 's'} ${name}`
};
