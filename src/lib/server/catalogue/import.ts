import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import { replaceOrganisationSectors } from '../db/queries/organisations';
import { enqueueSearchDocument } from '../search/sync';
import {
	validateImportFile,
	type ImportContext,
	type ImportFile,
	type ImportInnovation,
	type ImportOrganisation
} from '../../domain/import-file';
import { nowSeconds } from '../db/portable';

export interface ImportSummary {
	organisations: { created: number; updated: number };
	innovations: { created: number; updated: number };
}

export async function loadImportContext(db: Db): Promise<ImportContext> {
	const [sectors, booths, requested, orgs] = await Promise.all([
		db.selectFrom('sector').select('key').execute(),
		db
			.selectFrom('booth')
			.leftJoin('exhibitor', 'exhibitor.booth_id', 'booth.id')
			.leftJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
			.select(['booth.code', 'organisation.slug'])
			.execute(),
		db
			.selectFrom('exhibitor')
			.innerJoin('organisation', 'organisation.id', 'exhibitor.organisation_id')
			.select(['exhibitor.requested_booth_code as code', 'organisation.slug'])
			.where('exhibitor.requested_booth_code', 'is not', null)
			.execute(),
		db.selectFrom('organisation').select('slug').execute()
	]);
	return {
		sectors: new Set(sectors.map((s) => s.key)),
		booths: new Map(booths.map((b) => [b.code, b.slug])),
		requestedBooths: new Map(requested.map((r) => [r.code as string, r.slug])),
		organisationSlugs: new Set(orgs.map((o) => o.slug))
	};
}

/**
 * Validates the whole file, then writes it in one transaction: upsert by slug, all or nothing.
 * Returns the problems (each named by its path) instead of writing when the file is invalid.
 */
export async function importCatalogue(
	db: Db,
	raw: unknown
): Promise<{ ok: true; summary: ImportSummary } | { ok: false; problems: string[] }> {
	const validation = validateImportFile(raw, await loadImportContext(db));
	if (!validation.ok) return validation;
	const summary = await writeTransaction(db, (trx) => writeImport(trx, validation.file));
	return { ok: true, summary };
}

async function writeImport(db: Db, file: ImportFile): Promise<ImportSummary> {
	const summary: ImportSummary = {
		organisations: { created: 0, updated: 0 },
		innovations: { created: 0, updated: 0 }
	};
	const orgIds = new Map<string, number>();
	for (const org of file.organisations) {
		const { id, created } = await upsertOrganisation(db, org);
		orgIds.set(org.slug, id);
		summary.organisations[created ? 'created' : 'updated']++;
	}
	for (const innovation of file.innovations) {
		const organisationId =
			orgIds.get(innovation.organisation) ??
			(
				await db
					.selectFrom('organisation')
					.select('id')
					.where('slug', '=', innovation.organisation)
					.executeTakeFirstOrThrow()
			).id;
		const created = await upsertInnovation(db, innovation, organisationId);
		summary.innovations[created ? 'created' : 'updated']++;
	}
	return summary;
}

async function slugExists(db: Db, table: 'organisation' | 'innovation', slug: string) {
	const row = await db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirst();
	return row !== undefined;
}

async function upsertOrganisation(db: Db, org: ImportOrganisation) {
	const values = {
		name: org.name,
		kind: org.kind,
		country: org.country,
		city: org.city ?? null,
		website: org.website ?? null,
		description_es: org.description.es ?? '',
		description_en: org.description.en ?? '',
		tags: JSON.stringify(org.tags),
		tags_en: JSON.stringify(org.tagsEn ?? [])
	};
	const existing = await slugExists(db, 'organisation', org.slug);
	const { id } = await db
		.insertInto('organisation')
		.values({ slug: org.slug, ...values })
		.onConflict((oc) => oc.column('slug').doUpdateSet({ ...values, updated_at: nowSeconds(db) }))
		.returning('id')
		.executeTakeFirstOrThrow();
	await replaceOrganisationSectors(db, id, org.sectors);
	if (org.exhibitor) await upsertExhibitor(db, id, org.exhibitor.booth);
	await enqueueSearchDocument(db, 'organisation', id, 'upsert');
	return { id, created: !existing };
}

/**
 * An imported exhibitor is approved (the organiser imports it) and takes its booth, if given.
 * A code the floor plan does not have yet is kept as requested: the booth is assigned as soon
 * as the organiser draws a booth with that code (floor/assignment.ts `assignWaitingExhibitors`).
 */
async function upsertExhibitor(db: Db, organisationId: number, boothCode: string | undefined) {
	const booth = boothCode
		? await db.selectFrom('booth').select('id').where('code', '=', boothCode).executeTakeFirst()
		: undefined;
	const previous = await db
		.selectFrom('exhibitor')
		.select(['id', 'booth_id', 'requested_booth_code'])
		.where('organisation_id', '=', organisationId)
		.executeTakeFirst();
	const pending = boothCode !== undefined && booth === undefined;
	const boothId = booth?.id ?? (pending ? null : (previous?.booth_id ?? null));
	const requested = pending
		? boothCode
		: boothCode
			? null
			: (previous?.requested_booth_code ?? null);
	const decision = {
		status: 'approved' as const,
		booth_id: boothId,
		requested_booth_code: requested,
		decided_at: nowSeconds(db)
	};
	if (previous) {
		await db.updateTable('exhibitor').set(decision).where('id', '=', previous.id).execute();
		if (previous.booth_id && previous.booth_id !== boothId) {
			await db
				.updateTable('booth')
				.set({ status: 'free' })
				.where('id', '=', previous.booth_id)
				.execute();
		}
	} else {
		await db
			.insertInto('exhibitor')
			.values({ organisation_id: organisationId, ...decision })
			.execute();
	}
	if (boothId)
		await db.updateTable('booth').set({ status: 'assigned' }).where('id', '=', boothId).execute();
}

async function upsertInnovation(db: Db, inv: ImportInnovation, organisationId: number) {
	const values = {
		organisation_id: organisationId,
		sector_key: inv.sector,
		title_es: inv.title.es ?? '',
		title_en: inv.title.en ?? '',
		summary_es: inv.summary.es ?? '',
		summary_en: inv.summary.en ?? '',
		description_es: inv.description.es ?? '',
		description_en: inv.description.en ?? '',
		trl: inv.trl ?? null,
		tags: JSON.stringify(inv.tags),
		tags_en: JSON.stringify(inv.tagsEn ?? [])
	};
	const existing = await slugExists(db, 'innovation', inv.slug);
	const { id } = await db
		.insertInto('innovation')
		.values({ slug: inv.slug, ...values })
		.onConflict((oc) => oc.column('slug').doUpdateSet({ ...values, updated_at: nowSeconds(db) }))
		.returning('id')
		.executeTakeFirstOrThrow();
	await enqueueSearchDocument(db, 'innovation', id, 'upsert');
	return !existing;
}
