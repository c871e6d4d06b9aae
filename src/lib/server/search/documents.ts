import type { Db } from '../db/client';
import type { SearchDocType } from '../db/schema';
import { countryName } from '../../domain/taxonomy';
import { documentId, type SearchDocument } from './engine';
import { fold } from './text';

export interface DocumentRef {
	type: SearchDocType;
	id: number;
}

type DocumentInput = Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'type' | 'slug'>;

/** Fills defaults and the derived fields; fixtures and the database builders both go through it. */
export function toSearchDocument(input: DocumentInput): SearchDocument {
	const title_es = input.title_es ?? input.title_en ?? '';
	const title_en = input.title_en ?? title_es;
	const booth = input.booth ?? null;
	return {
		summary_es: '',
		summary_en: '',
		description_es: '',
		description_en: '',
		tags: [],
		sectors: [],
		sector_names: [],
		kind: '',
		country: '',
		place: '',
		organisation_slug: null,
		organisation_name: null,
		trl: null,
		...input,
		title_es,
		title_en,
		booth,
		has_booth: booth ? 1 : 0,
		sort_name: fold(title_es || title_en).trim()
	};
}

function parseList(json: string): string[] {
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}

/** Tags in Spanish and English, so a search in either language finds them. */
function bothLanguages(tags: string, tagsEn: string): string[] {
	return [...new Set([...parseList(tags), ...parseList(tagsEn)])];
}

function placeOf(city: string | null, country: string): string {
	return [city ?? '', countryName(country, 'es'), countryName(country, 'en'), country].join(' ');
}

async function sectorNames(db: Db): Promise<Map<string, string[]>> {
	const rows = await db.selectFrom('sector').select(['key', 'name_es', 'name_en']).execute();
	return new Map(rows.map((r) => [r.key, [r.name_es, r.name_en]]));
}

function organisationQuery(db: Db) {
	// Every organisation an organiser approved is searchable, exhibiting or not (investors and
	// universities belong in the directory); only an approved exhibitor's booth is shown.
	// Unmoderated ones produce no document, so the drain deletes any they had.
	return db
		.selectFrom('organisation as o')
		.leftJoin('exhibitor as e', (j) =>
			j.onRef('e.organisation_id', '=', 'o.id').on('e.status', '=', 'approved')
		)
		.leftJoin('booth as b', 'b.id', 'e.booth_id')
		.where('o.moderation', '=', 'approved')
		.select([
			'o.id',
			'o.slug',
			'o.name',
			'o.kind',
			'o.country',
			'o.city',
			'o.description_es',
			'o.description_en',
			'o.tags',
			'o.tags_en',
			'b.code as booth'
		]);
}

async function organisationDocuments(db: Db, ids: number[] | null): Promise<SearchDocument[]> {
	if (ids && ids.length === 0) return [];
	let query = organisationQuery(db);
	if (ids) query = query.where('o.id', 'in', ids);
	const rows = await query.orderBy('o.id').execute();
	if (rows.length === 0) return [];
	let sectorsQuery = db.selectFrom('organisation_sector').select(['organisation_id', 'sector_key']);
	if (ids) sectorsQuery = sectorsQuery.where('organisation_id', 'in', ids);
	const sectorRows = await sectorsQuery.execute();
	const sectors = new Map<number, string[]>();
	for (const s of sectorRows) {
		const list = sectors.get(s.organisation_id) ?? [];
		list.push(s.sector_key);
		sectors.set(s.organisation_id, list);
	}
	const names = await sectorNames(db);
	return rows.map((o) => {
		const keys = (sectors.get(o.id) ?? []).sort();
		return toSearchDocument({
			id: documentId('organisation', o.id),
			type: 'organisation',
			slug: o.slug,
			title_es: o.name,
			title_en: o.name,
			description_es: o.description_es,
			description_en: o.description_en,
			tags: bothLanguages(o.tags, o.tags_en),
			sectors: keys,
			sector_names: keys.flatMap((k) => names.get(k) ?? []),
			kind: o.kind,
			country: o.country,
			place: placeOf(o.city, o.country),
			booth: o.booth ?? null
		});
	});
}

async function innovationDocuments(db: Db, ids: number[] | null): Promise<SearchDocument[]> {
	if (ids && ids.length === 0) return [];
	let query = db
		.selectFrom('innovation as i')
		.innerJoin('organisation as o', 'o.id', 'i.organisation_id')
		.where('o.moderation', '=', 'approved')
		.selectAll('i')
		.select(['o.slug as org_slug', 'o.name as org_name', 'o.kind', 'o.country', 'o.city']);
	if (ids) query = query.where('i.id', 'in', ids);
	const rows = await query.orderBy('i.id').execute();
	const names = rows.length ? await sectorNames(db) : new Map<string, string[]>();
	return rows.map((i) =>
		toSearchDocument({
			id: documentId('innovation', i.id),
			type: 'innovation',
			slug: i.slug,
			title_es: i.title_es || i.title_en,
			title_en: i.title_en || i.title_es,
			summary_es: i.summary_es,
			summary_en: i.summary_en,
			description_es: i.description_es,
			description_en: i.description_en,
			tags: bothLanguages(i.tags, i.tags_en),
			sectors: [i.sector_key],
			sector_names: names.get(i.sector_key) ?? [],
			kind: i.kind,
			country: i.country,
			place: placeOf(i.city, i.country),
			organisation_slug: i.org_slug,
			organisation_name: i.org_name,
			trl: i.trl
		})
	);
}

/** Builds the documents of the given records; a record that no longer exists is left out. */
export async function buildDocuments(db: Db, refs: DocumentRef[]): Promise<SearchDocument[]> {
	const ids = (type: SearchDocType) => [
		...new Set(refs.filter((r) => r.type === type).map((r) => r.id))
	];
	const orgs: SearchDocument[] = [];
	const innovations: SearchDocument[] = [];
	// Chunks keep every IN list well under SQLite's bound-parameter limit.
	for (const chunk of chunks(ids('organisation'), 500)) {
		orgs.push(...(await organisationDocuments(db, chunk)));
	}
	for (const chunk of chunks(ids('innovation'), 500)) {
		innovations.push(...(await innovationDocuments(db, chunk)));
	}
	return [...orgs, ...innovations];
}

/** Every searchable record, as references, for a full reindex. */
export async function listDocumentRefs(db: Db): Promise<DocumentRef[]> {
	const orgs = await db
		.selectFrom('organisation')
		.select('id')
		.where('moderation', '=', 'approved')
		.orderBy('id')
		.execute();
	const innovations = await db
		.selectFrom('innovation')
		.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
		.select('innovation.id')
		.where('organisation.moderation', '=', 'approved')
		.orderBy('innovation.id')
		.execute();
	return [
		...orgs.map((r) => ({ type: 'organisation' as const, id: r.id })),
		...innovations.map((r) => ({ type: 'innovation' as const, id: r.id }))
	];
}

export function chunks<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
