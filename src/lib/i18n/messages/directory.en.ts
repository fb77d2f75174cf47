import type { directoryFr } from './directory.fr';

/** English messages of the provider directory and the shortlist. */
export const directoryEn: typeof directoryFr = {
	providersTitle: 'Providers',
	providersIntro:
		'Providers who help associations move to free software. Search by name, tool or town, filter by kind of support, association size, modalities and region, and keep your favourites in a shortlist: the directory stays available offline.',
	providersIntroShort: 'Who can help you move to free software.',
	demoNotice: 'Demo data: these providers and projects are invented.',
	searchLabel: 'Search providers',
	searchPlaceholder: 'Name, tool, city, project…',
	filterSupport: 'Kind of support',
	filterSize: 'Association size',
	filterModality: 'Modalities',
	filterRegion: 'Region',
	filterType: 'Structure type',
	viewLabel: 'Show results as',
	viewList: 'List',
	viewMap: 'Map',
	resultCount: (count: number) =>
		count === 0 ? 'No providers' : count === 1 ? '1 provider' : `${count} providers`,
	sortRelevance: 'Relevance',
	sortName: 'Name',
	sortRegion: 'Nearest region',
	nearRegionLabel: 'Your region',
	nearRegionNone: 'Choose…',
	emptyTitle: 'No provider matches your search.',
	loadingDirectory: 'Loading the directory…',
	noContentYet:
		'The directory is not on this device yet. Connect to the Internet once to download it.',
	mapTitle: 'Providers by region',
	mapDescription: 'Schematic map of France. Choose a region to filter.',
	mapRegionCount: (region: string, count: number) =>
		`${region}: ${count} provider${count === 1 ? '' : 's'}`,
	mapOverseas: 'Overseas',
	shortlistLink: (count: number) => `My shortlist (${count})`,
	backToDirectory: 'Back to the directory',
	providerNotFound: 'This provider is not in the directory on this device.',
	supportKindsHeading: 'Support offered',
	associationSizesHeading: 'Association sizes served',
	modalitiesHeading: 'Modalities',
	toolsHeading: 'Tools known',
	examplesHeading: 'Projects with associations',
	contactHeading: 'Contact',
	planStepsHeading: 'Plan steps it can help with',
	coverageLabel: 'Area covered',
	structureLabel: 'Structure',
	teamSize: (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`,
	contactWebsite: 'Website',
	contactEmail: 'Send an email',
	contactPhone: (phone: string) => `Call ${phone}`,
	addToShortlist: 'Add to my shortlist',
	removeFromShortlist: 'Remove from my shortlist',
	shortlistTitle: 'My provider shortlist',
	shortlistIntro:
		'Keep the providers to contact here, with your notes. Everything stays on this device.',
	shortlistEmpty: 'Your shortlist is empty. Add providers from their page.',
	noteLabel: (name: string) => `Note about ${name}`,
	notePlaceholder: 'E.g. called on 12/03, quote expected',
	noteTooLong: (max: number) => `The note is longer than ${max} characters; shorten it to save it.`,
	noteSaved: 'Note saved',
	noteRefused: (max: number, refused: number) =>
		refused > 1
			? `A note holds ${max} characters: these ${refused} characters were not added (the pasted text is still on your clipboard). The saved note is intact.`
			: `A note holds ${max} characters: the limit is reached. The saved note is intact.`,
	noteCount: (length: number, max: number) => `${length} / ${max} characters`,
	shortlistGone: 'This provider is no longer in the directory on this device.',
	callProvider: (name: string, phone: string) => `Call ${phone} (${name})`,
	emailProvider: (name: string) => `Send an email (${name})`,
	removedFromShortlist: (name: string) => `${name} was removed from your shortlist.`,
	locationLabel: 'Location'
};
