// Writes static/data/providers.json: the demo directory, invented but realistic providers, each
// marked `demo: true`. Deterministic (seeded generator, fixed dates), so running it twice gives
// the same file. Web sites and emails use the reserved .example domain; phone numbers come from
// the ranges ARCEP reserves for fiction. The feed is validated with the app's own zod schema
// before anything is written. Run, then refresh the content manifest:
//   node scripts/generate-demo-providers.js && node scripts/build-content-manifest.js
import { writeFile } from 'node:fs/promises';
import { runnerImport } from 'vite';
import {
	exampleTemplates,
	inRegion,
	methodSentences,
	namedAssociations,
	profiles,
	providerSeeds,
	townAssociationKinds,
	townsByRegion
} from './demo-providers-data.js';
import { seededRandom } from '../src/lib/random/seeded-random.js';

const seed = 20250314;

const { random, between, pick, sample } = seededRandom(seed);
/** Keeps `chosen` in the order of `order` (so lists read the same way in every record). */
const inOrder = (/** @type {string[]} */ order, /** @type {string[]} */ chosen) =>
	order.filter((value) => chosen.includes(value));

const supportOrder = Object.keys(exampleTemplates);
const sizeOrder = ['volunteers-only', 'employees-1-9', 'employees-10-49', 'employees-50-plus'];
const modalityOrder = ['remote', 'on-site', 'individual', 'group', 'one-off', 'long-term'];

/** "à Lyon", "au Mans". */
const atCity = (/** @type {string} */ city) =>
	city.startsWith('Le ') ? `au ${city.slice(3)}` : `à ${city}`;
/** "de Vitré", "d’Albi", "du Gosier". */
function ofTown(/** @type {string} */ town) {
	if (town.startsWith('Le ')) return `du ${town.slice(3)}`;
	return /^[AEIOUYÉH]/.test(town) ? `d’${town}` : `de ${town}`;
}

/** @param {import('./demo-providers-data.js').DemoProviderSeed} p */
function describe(p, /** @type {string[]} */ tools) {
	const profile = profiles[p.profile];
	const e = p.gender === 'f' ? 'e' : '';
	const localLaw = /^(57|67|68)/.test(p.postcode) ? 'de droit local' : 'loi 1901';
	const intro = {
		association: `${p.name} est une association ${localLaw} fondée en ${p.founded} ${atCity(p.city)}. Son équipe compte ${p.size} personnes, salariées et bénévoles.`,
		cooperative: `${p.name} est une ${p.coop} créée en ${p.founded} ${atCity(p.city)}, qui réunit ${p.size} coopérateurs et coopératrices.`,
		company: `${p.name} est une entreprise de ${p.size} personnes installée ${atCity(p.city)} depuis ${p.founded}.`,
		independent: `${p.name.split(',')[0]} est consultant${e} indépendant${e} depuis ${p.founded}, installé${e} ${atCity(p.city)}.`
	}[p.type];
	const noun = {
		association: 'L’association',
		cooperative: 'La coopérative',
		company: 'L’entreprise',
		independent: p.person ?? ''
	}[p.type];
	const pronoun = p.type === 'independent' && p.gender !== 'f' ? 'Il' : 'Elle';
	const [first = '', second = ''] = sample(profile.pitch, 2);
	const coverage = {
		local: `${pronoun} intervient surtout dans un rayon d’une cinquantaine de kilomètres autour ${ofTown(p.city)}.`,
		regional: `${pronoun} intervient partout ${inRegion[/** @type {keyof typeof inRegion} */ (p.region)]}, sur place comme à distance.`,
		national: `${pronoun} se déplace dans toute la France et travaille aussi à distance.`,
		remote: `${pronoun} intervient uniquement à distance, en visioconférence sur ${tools.includes('BigBlueButton') ? 'BigBlueButton' : 'Jitsi Meet'}.`
	}[p.coverage];
	return [
		intro,
		first.replace('{S}', noun),
		second.replace('{S}', pronoun),
		pick(methodSentences).replace('{S}', pronoun),
		coverage,
		`Outils de prédilection : ${tools.slice(0, 4).join(', ')}.`
	].join(' ');
}

/** Association sizes: a contiguous range, larger structures serving larger associations. */
function associationSizesFor(/** @type {import('./demo-providers-data.js').DemoProviderSeed} */ p) {
	const low = p.size >= 15 && random() < 0.6 ? 1 : 0;
	const high = Math.min(3, low + (p.size >= 30 ? 3 : between(1, p.size >= 8 ? 3 : 2)));
	return sizeOrder.slice(low, high + 1);
}

function modalitiesFor(/** @type {import('./demo-providers-data.js').DemoProviderSeed} */ p) {
	const chosen = new Set(p.coverage === 'remote' ? ['remote'] : ['on-site']);
	if (p.coverage !== 'local' || random() < 0.5) chosen.add('remote');
	for (const pair of [
		['individual', 'group'],
		['one-off', 'long-term']
	]) {
		const both = random() < 0.55;
		for (const value of both ? pair : [pick(pair)]) chosen.add(value);
	}
	return inOrder(modalityOrder, [...chosen]);
}

const usedAssociations = new Set();
/** A client association not used by another provider yet, in or near the provider's region. */
function clientAssociation(/** @type {string} */ region) {
	const regions = Object.keys(townsByRegion);
	for (let attempt = 0; ; attempt++) {
		const name =
			random() < 0.6
				? `${pick(townAssociationKinds)} ${ofTown(pick(townsByRegion[/** @type {keyof typeof townsByRegion} */ (attempt < 20 ? region : pick(regions))]))}`
				: pick(namedAssociations);
		if (!usedAssociations.has(name) || attempt > 50) {
			usedAssociations.add(name);
			return name;
		}
	}
}

function examplesFor(
	/** @type {import('./demo-providers-data.js').DemoProviderSeed} */ p,
	/** @type {string[]} */ supportKinds,
	/** @type {string[]} */ tools
) {
	const region =
		p.coverage === 'national' || p.coverage === 'remote'
			? pick(Object.keys(townsByRegion))
			: p.region;
	return sample(supportKinds, between(1, 3))
		.map((kind) => {
			const templates = exampleTemplates[kind] ?? [];
			const fitting = templates.filter(
				(t) => !t.tools || t.tools.some((tool) => tools.includes(tool))
			);
			const template = pick(fitting.length > 0 ? fitting : templates);
			const tool = template.tools?.find((t) => tools.includes(t)) ?? template.tools?.[0] ?? '';
			// An example names a tool the provider knows: list it if the profile sample missed it.
			if (tool !== '' && !tools.includes(tool)) tools.push(tool);
			const [min, max] = template.n ?? [0, 0];
			return {
				association: clientAssociation(region),
				summary: template.text.replace('{tool}', tool).replace('{n}', String(between(min, max))),
				year: between(Math.max(2018, p.founded + 1), 2025)
			};
		})
		.sort((a, b) => b.year - a.year);
}

/** Fictional ranges reserved by ARCEP, by the zone of the provider's postcode. */
function phoneFor(/** @type {string} */ postcode) {
	const department = Number(postcode.slice(0, 2));
	/** @type {Record<string, string>} */
	const zones = { 1: '01 99 00', 2: '02 61 91', 3: '03 53 01', 4: '04 65 71', 5: '05 36 49' };
	const zone = postcode.startsWith('97')
		? '06 39 98'
		: zones[
				String(
					[75, 77, 78, 91, 92, 93, 94, 95].includes(department)
						? 1
						: [
									14, 18, 22, 28, 29, 35, 36, 37, 41, 44, 45, 49, 50, 53, 56, 61, 72, 76, 85, 27
							  ].includes(department)
							? 2
							: [
										2, 8, 10, 21, 25, 39, 51, 52, 54, 55, 57, 58, 59, 60, 62, 67, 68, 70, 71, 80,
										88, 89, 90
								  ].includes(department)
								? 3
								: [
											4, 5, 6, 7, 13, 20, 26, 30, 34, 38, 42, 43, 48, 63, 66, 69, 73, 74, 83, 84, 1,
											3, 15
									  ].includes(department)
									? 4
									: 5
				)
			];
	const pair = () => String(between(0, 99)).padStart(2, '0');
	return `${zone} ${pair()} ${pair()}`;
}

function contactFor(/** @type {import('./demo-providers-data.js').DemoProviderSeed} */ p) {
	const domain = `${p.domain}.example`;
	const local = p.person
		? p.person.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
		: p.type === 'cooperative'
			? 'bonjour'
			: 'contact';
	const roll = random();
	/** @type {{ website?: string, email?: string, phone?: string }} */
	const contact = {};
	if (roll < 0.85 || p.type !== 'independent') contact.website = `https://${domain}`;
	if (roll < 0.92 || !contact.website) contact.email = `${local}@${domain}`;
	if (roll < 0.75 || p.type === 'independent') contact.phone = phoneFor(p.postcode);
	return contact;
}

const slugify = (/** @type {string} */ text) =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const items = providerSeeds.map((p) => {
	const profile = profiles[p.profile];
	const supportKinds = inOrder(supportOrder, [
		...profile.core,
		...sample(profile.extra, between(0, 2))
	]);
	const tools = sample(profile.tools, between(3, 6));
	const slug = slugify(p.name);
	const contact = contactFor(p);
	// Before the description: an example may add a tool to the list.
	const examples = examplesFor(p, supportKinds, tools);
	return {
		id: `demo-${slug}`,
		slug,
		name: p.name,
		structureType: p.type,
		size: p.size,
		location: { city: p.city, postcode: p.postcode, region: p.region },
		coverage: p.coverage,
		supportKinds,
		associationSizes: associationSizesFor(p),
		modalities: modalitiesFor(p),
		tools,
		contact,
		description: describe(p, tools),
		examples,
		updatedAt: `2025-${String(between(1, 10)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
		demo: true
	};
});

const feed = { schemaVersion: 1, kind: 'providers', demo: true, items };

// Validate with the schema the app uses to load feeds: a generator bug must never ship.
const { module } = await runnerImport('/src/lib/schemas/provider.ts', {
	root: new URL('..', import.meta.url).pathname,
	configFile: false,
	logLevel: 'silent'
});
const parsed = module.providersFeedSchema.safeParse(feed);
if (!parsed.success) {
	console.error(parsed.error.issues.slice(0, 5));
	throw new Error('The generated demo feed does not match the providers feed schema');
}

const target = new URL('../static/data/providers.json', import.meta.url);
await writeFile(target, JSON.stringify(feed, null, '\t') + '\n');
const regions = new Set(items.map((item) => item.location.region)).size;
console.log(`static/data/providers.json: ${items.length} demo providers in ${regions} regions`);
