import type { Messages } from '../../i18n';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import type { FieldErrors } from '../auth/forms';
import { text } from '../auth/forms';
import { deleteBookmarksOf } from '../db/queries/bookmarks';
import { enqueueSearchDocument } from '../search/sync';
import { limited, parseTags, slugify } from './fields';
import { nowSeconds } from '../db/portable';
import { carryTagTranslations, parseList } from '../../domain/text';

export interface InnovationInput {
	title_es: string;
	title_en: string;
	summary_es: string;
	summary_en: string;
	description_es: string;
	description_en: string;
	sector_key: string;
	trl: number | null;
	tags: string[];
}

/** Reads the innovation form; only these fields are ever written (no organisation_id, featured, slug). */
export function parseInnovation(form: FormData, knownSectors: ReadonlySet<string>, t: Messages) {
	const v = t.organisation.validation;
	const errors: FieldErrors = {};
	const field = (name: string, max: number) => limited(errors, name, text(form, name), max, t);
	const input: InnovationInput = {
		title_es: field('title_es', 140),
		title_en: field('title_en', 140),
		summary_es: field('summary_es', 400),
		summary_en: field('summary_en', 400),
		description_es: field('description_es', 4000),
		description_en: field('description_en', 4000),
		sector_key: text(form, 'sector_key'),
		trl: null,
		tags: []
	};
	if (!input.title_es && !input.title_en) errors.title_es = v.titleRequired;
	if (!knownSectors.has(input.sector_key)) errors.sector_key = v.sectorRequired;
	const trlRaw = text(form, 'trl');
	if (trlRaw) {
		const trl = Number(trlRaw);
		if (!Number.isInteger(trl) || trl < 1 || trl > 9) errors.trl = v.trlInvalid;
		else input.trl = trl;
	}
	const tagsRaw = text(form, 'tags');
	const tags = parseTags(tagsRaw);
	if (!tags) errors.tags = v.tagsTooMany;
	input.tags = tags ?? [];
	const values = { ...input, trl: trlRaw.slice(0, 4), tags: tagsRaw.slice(0, 600) };
	return { input, errors, values };
}

/** An innovation of this organisation, or undefined: another organisation's id reads as not found. */
export function findOwnInnovation(db: Db, organisationId: number, innovationId: number) {
	if (!Number.isSafeInteger(innovationId) || innovationId <= 0) return Promise.resolve(undefined);
	return db
		.selectFrom('innovation')
		.selectAll()
		.where('id', '=', innovationId)
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
}

async function uniqueInnovationSlug(db: Db, title: string): Promise<string> {
	const base = slugify(title);
	for (let n = 1; ; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		const row = await db
			.selectFrom('innovation')
			.select('id')
			.where('slug', '=', slug)
			.executeTakeFirst();
		if (!row) return slug;
	}
}

function columns(input: InnovationInput) {
	return { ...input, tags: JSON.stringify(input.tags) };
}

export async function createInnovation(db: Db, organisationId: number, input: InnovationInput) {
	return writeTransaction(db, async (trx) => {
		const slug = await uniqueInnovationSlug(trx, input.title_es || input.title_en);
		const row = await trx
			.insertInto('innovation')
			.values({ ...columns(input), slug, organisation_id: organisationId })
			.returning(['id', 'slug'])
			.executeTakeFirstOrThrow();
		await enqueueSearchDocument(trx, 'innovation', row.id, 'upsert');
		return row;
	});
}

/** Updates one of the organisation's innovations; false when the id is not theirs. */
export async function updateInnovation(
	db: Db,
	organisationId: number,
	innovationId: number,
	input: InnovationInput
): Promise<boolean> {
	return writeTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('innovation')
			.select(['tags', 'tags_en'])
			.where('id', '=', innovationId)
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst();
		const tagsEn = carryTagTranslations(
			input.tags,
			parseList(before?.tags),
			parseList(before?.tags_en)
		);
		const result = await trx
			.updateTable('innovation')
			.set({
				...columns(input),
				tags_en: JSON.stringify(tagsEn),
				updated_at: nowSeconds(trx)
			})
			.where('id', '=', innovationId)
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) !== 1) return false;
		await enqueueSearchDocument(trx, 'innovation', innovationId, 'upsert');
		return true;
	});
}

export async function deleteInnovation(
	db: Db,
	organisationId: number,
	innovationId: number
): Promise<boolean> {
	return writeTransaction(db, async (trx) => {
		const result = await trx
			.deleteFrom('innovation')
			.where('id', '=', innovationId)
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst();
		if (Number(result.numDeletedRows) !== 1) return false;
		await deleteBookmarksOf(trx, 'innovation', innovationId);
		await enqueueSearchDocument(trx, 'innovation', innovationId, 'delete');
		return true;
	});
}
