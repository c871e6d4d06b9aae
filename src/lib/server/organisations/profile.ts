import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import type { OrganisationKind } from '../db/schema';
import {
	findOrganisationById,
	listOrganisationSectors,
	replaceOrganisationSectors
} from '../db/queries/organisations';
import { findMembership, insertMembership, updateUserRole } from '../db/queries/accounts';
import { enqueueSearchDocument } from '../search/sync';
import { slugify, type ProfileInput } from './fields';
import { nowSeconds } from '../db/portable';
import { carryTagTranslations, parseList } from '../../domain/text';

async function uniqueSlug(db: Db, name: string): Promise<string> {
	const base = slugify(name);
	const taken = await db
		.selectFrom('organisation')
		.select('slug')
		.where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
		.execute();
	const used = new Set(taken.map((r) => r.slug));
	if (!used.has(base)) return base;
	for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Registers an organisation: its creator becomes its owner and a member. Returns null when
 * the user already belongs to one (a person represents one organisation).
 */
export async function createOrganisation(
	db: Db,
	userId: number,
	input: ProfileInput
): Promise<{ id: number; slug: string } | null> {
	return writeTransaction(db, async (trx) => {
		if (await findMembership(trx, userId)) return null;
		const slug = await uniqueSlug(trx, input.name);
		const org = await trx
			.insertInto('organisation')
			.values({
				slug,
				name: input.name,
				kind: input.kind as OrganisationKind,
				country: input.country,
				city: input.city,
				website: input.website,
				description_es: input.description_es,
				description_en: input.description_en,
				tags: JSON.stringify(input.tags)
			})
			.returning(['id', 'slug'])
			.executeTakeFirstOrThrow();
		await replaceOrganisationSectors(trx, org.id, input.sectors);
		await insertMembership(trx, userId, org.id, 'owner');
		const user = await trx
			.selectFrom('user')
			.select('role')
			.where('id', '=', userId)
			.executeTakeFirst();
		if (user?.role === 'attendee') await updateUserRole(trx, userId, 'member');
		await enqueueSearchDocument(trx, 'organisation', org.id, 'upsert');
		return org;
	});
}

/** Saves the editable profile fields of the caller's own organisation (id from the session). */
export async function updateProfile(db: Db, organisationId: number, input: ProfileInput) {
	await writeTransaction(db, async (trx) => {
		const before = await trx
			.selectFrom('organisation')
			.select(['tags', 'tags_en'])
			.where('id', '=', organisationId)
			.executeTakeFirst();
		const tagsEn = carryTagTranslations(
			input.tags,
			parseList(before?.tags),
			parseList(before?.tags_en)
		);
		await trx
			.updateTable('organisation')
			.set({
				name: input.name,
				kind: input.kind as OrganisationKind,
				country: input.country,
				city: input.city,
				website: input.website,
				description_es: input.description_es,
				description_en: input.description_en,
				tags: JSON.stringify(input.tags),
				tags_en: JSON.stringify(tagsEn),
				updated_at: nowSeconds(trx)
			})
			.where('id', '=', organisationId)
			.execute();
		await replaceOrganisationSectors(trx, organisationId, input.sectors);
		await enqueueSearchDocument(trx, 'organisation', organisationId, 'upsert');
		// Innovation hits carry the organisation's name, kind and country.
		const innovations = await trx
			.selectFrom('innovation')
			.select('id')
			.where('organisation_id', '=', organisationId)
			.execute();
		for (const i of innovations) await enqueueSearchDocument(trx, 'innovation', i.id, 'upsert');
	});
}

export async function setOrganisationLogo(db: Db, organisationId: number, file: string | null) {
	await writeTransaction(db, async (trx) => {
		await trx
			.updateTable('organisation')
			.set({ logo: file, updated_at: nowSeconds(trx) })
			.where('id', '=', organisationId)
			.execute();
		await enqueueSearchDocument(trx, 'organisation', organisationId, 'upsert');
	});
}

/** What the owner's pages show: the profile, its sectors and the exhibitor application. */
export async function getOwnOrganisation(db: Db, organisationId: number) {
	const organisation = await findOrganisationById(db, organisationId);
	if (!organisation) return null;
	const [sectors, exhibitor] = await Promise.all([
		listOrganisationSectors(db, organisationId),
		db
			.selectFrom('exhibitor')
			.select(['status', 'decision_reason', 'applied_at', 'decided_at'])
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst()
	]);
	return { organisation, sectors, exhibitor: exhibitor ?? null };
}
