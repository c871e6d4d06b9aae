import type { NewInnovation, OrganisationKind } from '../db/schema';
import {
	FIELD_EVIDENCE,
	FIELD_SITES,
	FOREIGN_FIELD_SITES,
	LAB_EVIDENCE,
	readinessSentence
} from './content/innovation-text';
import type { Bilingual, InnovationIdea, Theme } from './content/types';
import type { PlannedExhibitor } from './exhibitors';
import { groupBy } from './group';
import type { PlannedOrganisation } from './organisations';
import { capitaliseBoth, fillBoth, joinBoth, merge, themeValues } from './phrases';
import type { Random } from './random';
import { slugify, UniqueNames } from './text';
import { bilingualTags } from './content/tag-translations';
import { seedTime } from './time';

export type PlannedInnovation = NewInnovation & { id: number; sector_key: string; trl: number };

const TRL: Record<OrganisationKind, [number, number]> = {
	company: [6, 9],
	startup: [3, 7],
	investor: [5, 8],
	university: [2, 6],
	'research-centre': [3, 6],
	'small-producer': [4, 7],
	'public-agency': [5, 8]
};

const FEATURED = 12;

export function planInnovations(
	rng: Random,
	exhibitors: PlannedExhibitor[],
	organisations: PlannedOrganisation[]
): PlannedInnovation[] {
	const orgById = new Map(organisations.map((o) => [o.id, o]));
	const slugs = new UniqueNames();
	const products = new UniqueNames();
	const innovations: PlannedInnovation[] = [];
	for (const exhibitor of exhibitors) {
		if (exhibitor.status === 'rejected') continue;
		const org = orgById.get(exhibitor.organisation_id)!;
		const count = Number(rng.weighted({ 1: 10, 2: 20, 3: 35, 4: 20, 5: 15 }));
		// Each innovation of an organisation is a different idea: no "Bio", "Bio Pro", "Bio Lite".
		const ideas = rng.shuffle(
			org.themes.flatMap((theme) => theme.ideas.map((idea) => ({ theme, idea })))
		);
		for (const { theme, idea } of ideas.slice(0, count)) {
			const product = productName(org, idea, products);
			if (!product) continue;
			const id = innovations.length + 1;
			innovations.push(planInnovation(rng, { id, org, theme, idea, product, slugs }));
		}
	}
	markFeatured(rng, innovations, exhibitors);
	return innovations;
}

interface Draft {
	id: number;
	org: PlannedOrganisation;
	theme: Theme;
	idea: InnovationIdea;
	product: string;
	slugs: UniqueNames;
}

function planInnovation(rng: Random, draft: Draft): PlannedInnovation {
	const { id, org, theme, idea, product, slugs } = draft;
	const trl = rng.int(...TRL[org.kind]);
	const site = rng.pick(fieldSites(org));
	const altitude = site.altitude
		? rng.int(site.altitude[0] / 100, site.altitude[1] / 100) * 100
		: 0;
	const values = merge(themeValues(rng, theme), {
		shared: { trl, gain: rng.int(8, 35), months: rng.pick([3, 6, 9, 12]) },
		es: {
			metric: theme.metric.es,
			region: site.region.es,
			elevation: altitude ? ` a ${altitude} m s. n. m.` : ''
		},
		en: {
			metric: theme.metric.en,
			region: site.region.en,
			elevation: altitude ? ` at ${altitude} m` : ''
		}
	});
	const title = fillBoth(idea.title, values);
	const summary = fillBoth(idea.summary, values);
	const description = joinBoth([
		summary,
		fillBoth(rng.pick(theme.details), values),
		fillBoth(trl <= 4 ? LAB_EVIDENCE : FIELD_EVIDENCE, values),
		fillBoth(readinessSentence(trl), values)
	]);
	const titled: Bilingual = { es: `${product}: ${title.es}`, en: `${product}: ${title.en}` };
	const created = seedTime(rng, org.row.created_at);
	return {
		id,
		slug: slugs.claim(slugify(titled.es)),
		organisation_id: org.id,
		sector_key: sectorFor(theme, org),
		title_es: titled.es,
		title_en: titled.en,
		...prefixed('summary', capitaliseBoth(summary)),
		...prefixed('description', capitaliseBoth(description)),
		trl,
		...bilingualTags(rng.sample(theme.tags, rng.int(2, 4))),
		featured: 0,
		created_at: created,
		updated_at: created
	};
}

/**
 * "Kuntur Drive"; when another organisation of the same brand has that product already, the
 * brand's longer form ("Kuntur Autonomía Drive"). Null when both are taken: the organisation
 * shows one innovation fewer rather than a near-copy of someone else's.
 */
function productName(
	org: PlannedOrganisation,
	idea: InnovationIdea,
	products: UniqueNames
): string | null {
	const candidates = [org.brand, longBrand(org.name)].map((brand) => `${brand} ${idea.product}`);
	const free = candidates.find((name) => !products.has(name));
	return free ? products.claim(free) : null;
}

/** Words of a name that tell it apart from other names of its kind. */
const GENERIC_WORDS = new Set(
	(
		'cooperativa minera asociación sociedad artesanal artesanales mineros productores universidad ' +
		'university centro centre center instituto institute programa fondo red oficina comercial ' +
		'dirección regional consejo de del la las los el en y of for the and school escuela s.a.c. ' +
		's.a. s.r.l. spa inc. ltd. corp. gmbh ab oy –'
	).split(' ')
);

/** "Cooperativa Minera Inti de Nazca" -> "Inti Nazca"; "Andes Autonomía S.A.C." -> "Andes Autonomía". */
function longBrand(name: string): string {
	const words = name.split(/\s+/).filter((w) => !GENERIC_WORDS.has(w.toLowerCase()));
	return words.slice(0, 2).join(' ');
}

function prefixed<P extends 'summary' | 'description'>(prefix: P, text: Bilingual) {
	return { [`${prefix}_es`]: text.es, [`${prefix}_en`]: text.en } as Record<
		`${P}_${'es' | 'en'}`,
		string
	>;
}

const ACADEMIC = new Set<OrganisationKind>(['university', 'research-centre']);
const ANDEAN = new Set(['PE', 'CL', 'BO', 'EC']);

/**
 * Where an organisation's pilots run: Andean organisations and foreign universities and
 * research centres at home; foreign companies with their clients in Peru and Chile, which is
 * what brings them to EXTEMIN.
 */
export function fieldSites(org: { kind: OrganisationKind; country: { code: string } }) {
	const home = FIELD_SITES[org.country.code];
	if (home && (ANDEAN.has(org.country.code) || ACADEMIC.has(org.kind))) return home;
	return FOREIGN_FIELD_SITES;
}

/** The theme's first sector the organisation declares, so an innovation never leaves its sectors. */
function sectorFor(theme: Theme, org: PlannedOrganisation): string {
	return theme.sectors.find((s) => org.sectors.includes(s)) ?? org.sectors[0];
}

/** About twelve mature innovations of approved exhibitors, taking sectors in turn. */
function markFeatured(
	rng: Random,
	innovations: PlannedInnovation[],
	exhibitors: PlannedExhibitor[]
) {
	const approved = new Set(
		exhibitors.filter((e) => e.status === 'approved').map((e) => e.organisation_id)
	);
	const pool = rng.shuffle(
		innovations.filter((i) => i.trl >= 7 && approved.has(i.organisation_id))
	);
	const bySector = groupBy(pool, (i) => i.sector_key);
	const sectors = [...bySector.keys()].sort();
	const seenOrgs = new Set<number>();
	for (let round = 0, chosen = 0; chosen < FEATURED && round < pool.length; round++) {
		const queue = bySector.get(sectors[round % sectors.length])!;
		const next = queue.find((i) => !i.featured && !seenOrgs.has(i.organisation_id));
		if (!next) continue;
		next.featured = 1;
		seenOrgs.add(next.organisation_id);
		chosen++;
	}
}
