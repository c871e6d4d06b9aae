import type { Db } from '../db/client';
import { listSectorsForOrganisations } from '../db/queries/organisations';
import { parseList } from '../../domain/text';
import { toCsv } from '../../domain/csv';

export const EXPORT_KINDS = ['organisations', 'innovations', 'meetings'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Organisations in the import file's shape, so an export can be imported again. */
type ExportTag = string | { es: string; en: string };

/** Tags as the import file takes them: `{ es, en }` where an English translation differs. */
function exportTags(tags: string, tagsEn: string): ExportTag[] {
	const es = parseList(tags);
	const en = parseList(tagsEn);
	if (en.length !== es.length) return es;
	return es.map((tag, i) => (en[i] === tag ? tag : { es: tag, en: en[i] }));
}

/** CSV carries one language of tags (the import's CSV columns): the Spanish. */
function spanishTags<T extends { tags?: ExportTag[] }>(record: T): T {
	if (!record.tags) return record;
	return { ...record, tags: record.tags.map((t) => (typeof t === 'string' ? t : t.es)) };
}

export async function exportOrganisations(db: Db) {
	const rows = await db
		.selectFrom('organisation')
		.leftJoin('exhibitor', 'exhibitor.organisation_id', 'organisation.id')
		.leftJoin('booth', 'booth.id', 'exhibitor.booth_id')
		.select([
			'organisation.id',
			'organisation.slug',
			'organisation.name',
			'organisation.kind',
			'organisation.country',
			'organisation.city',
			'organisation.website',
			'organisation.tags',
			'organisation.tags_en',
			'organisation.description_es',
			'organisation.description_en',
			'exhibitor.status as exhibitorStatus',
			'booth.code as booth'
		])
		.orderBy('organisation.slug')
		.execute();
	const sectors = await listSectorsForOrganisations(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		slug: r.slug,
		name: r.name,
		kind: r.kind,
		country: r.country,
		...(r.city ? { city: r.city } : {}),
		...(r.website ? { website: r.website } : {}),
		sectors: sectors.get(r.id) ?? [],
		tags: exportTags(r.tags, r.tags_en),
		description: { es: r.description_es, en: r.description_en },
		...(r.exhibitorStatus === 'approved' ? { exhibitor: r.booth ? { booth: r.booth } : {} } : {})
	}));
}

export async function exportInnovations(db: Db) {
	const rows = await db
		.selectFrom('innovation')
		.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
		.selectAll('innovation')
		.select('organisation.slug as organisation')
		.orderBy('innovation.slug')
		.execute();
	return rows.map((r) => ({
		slug: r.slug,
		organisation: r.organisation,
		title: { es: r.title_es, en: r.title_en },
		summary: { es: r.summary_es, en: r.summary_en },
		description: { es: r.description_es, en: r.description_en },
		sector: r.sector_key,
		...(r.trl ? { trl: r.trl } : {}),
		tags: exportTags(r.tags, r.tags_en)
	}));
}

export async function exportMeetings(db: Db) {
	const rows = await db
		.selectFrom('meeting')
		.innerJoin('meeting_request as r', 'r.id', 'meeting.request_id')
		.innerJoin('meeting_slot as s', 's.id', 'meeting.slot_id')
		.innerJoin('meeting_table as t', 't.id', 'meeting.table_id')
		.innerJoin('user as a', 'a.id', 'r.from_user_id')
		.innerJoin('user as b', 'b.id', 'r.to_user_id')
		.select([
			'meeting.id',
			'meeting.request_id',
			'meeting.status',
			'meeting.locked',
			's.starts_at',
			's.ends_at',
			't.number as table',
			't.zone',
			'a.name as from_name',
			'a.email as from_email',
			'b.name as to_name',
			'b.email as to_email'
		])
		.orderBy('s.starts_at')
		.orderBy('t.number')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		request: r.request_id,
		status: r.status,
		locked: r.locked === 1,
		start: new Date(r.starts_at * 1000).toISOString(),
		end: new Date(r.ends_at * 1000).toISOString(),
		table: r.table,
		zone: r.zone,
		from: { name: r.from_name, email: r.from_email },
		to: { name: r.to_name, email: r.to_email }
	}));
}

type Flat = Record<string, unknown>;

/** CSV flattens nested fields (`description.es` → `description_es`) and joins lists with `;`. */
function flatten(record: Record<string, unknown>, prefix = ''): Flat {
	const out: Flat = {};
	for (const [key, value] of Object.entries(record)) {
		const name = prefix ? `${prefix}_${key}` : key;
		if (Array.isArray(value)) out[name] = value.join(';');
		else if (value && typeof value === 'object') Object.assign(out, flatten(value as Flat, name));
		else out[name] = value;
	}
	return out;
}

export async function exportCollection(db: Db, kind: ExportKind, format: 'csv' | 'json') {
	const records =
		kind === 'organisations'
			? await exportOrganisations(db)
			: kind === 'innovations'
				? await exportInnovations(db)
				: await exportMeetings(db);
	if (format === 'json') return JSON.stringify(records, null, 2) + '\n';
	const flat = records.map((r) => flatten(spanishTags(r as { tags?: ExportTag[] }) as Flat));
	const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
	if (kind === 'organisations') {
		// Match the CSV import columns: the booth column, lists split by `;`.
		flat.forEach((r, i) => {
			r.booth = r.exhibitor_booth ?? '';
			r.exhibitor = 'exhibitor' in records[i] ? 'yes' : '';
		});
		const wanted = [
			'slug',
			'name',
			'kind',
			'country',
			'city',
			'website',
			'sectors',
			'tags',
			'description_es',
			'description_en',
			'exhibitor',
			'booth'
		];
		return toCsv(wanted, flat);
	}
	return toCsv(columns, flat);
}
