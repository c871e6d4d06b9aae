import type { NewInnovation, OrganisationKind } from '../db/schema';
import {
	FIELD_EVIDENCE,
	LAB_EVIDENCE,
	readinessSentence,
	REGIONS,
	VARIANTS
} from './content/innovation-text';
import type { Bilingual, Theme } from './content/types';
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
		for (let i = 0; i < count; i++) {
			const id = innovations.length + 1;
			innovations.push(planInnovation(rng, { id, org, products, slugs }));
		}
	}
	markFeatured(rng, innovations, exhibitors);
	return innovations;
}

interface Draft {
	id: number;
	org: PlannedOrganisation;
	products: UniqueNames;
	slugs: UniqueNames;
}

function planInnovation(rng: Random, { id, org, products, slugs }: Draft): PlannedInnovation {
	const theme = rng.pick(org.themes);
	const idea = rng.pick(theme.ideas);
	const product = productName(`${org.brand} ${idea.product}`, products);
	const trl = rng.int(...TRL[org.kind]);
	const values = merge(themeValues(rng, theme), {
		shared: {
			trl,
			gain: rng.int(8, 35),
			months: rng.pick([3, 6, 9, 12]),
			region: rng.pick(REGIONS)
		},
		es: { metric: theme.metric.es },
		en: { metric: theme.metric.en }
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

/** "Kuntur Drive", then "Kuntur Drive Pro", "Kuntur Drive Lite"… so that every product is unique. */
function productName(base: string, products: UniqueNames): string {
	const variant = VARIANTS.map((v) => base + v).find((name) => !products.has(name));
	return variant ? products.claim(variant) : products.claim(base, ' ');
}

function prefixed<P extends 'summary' | 'description'>(prefix: P, text: Bilingual) {
	return { [`${prefix}_es`]: text.es, [`${prefix}_en`]: text.en } as Record<
		`${P}_${'es' | 'en'}`,
		string
	>;
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
