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
import { findPendingRevision, proposeRevision } from './moderation';

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
 * the user already belongs to one (a person represents one organisation). It stays out of
 * the public catalogue and search until an organiser approves it (moderation.ts).
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
				tags: JSON.stringify(input.tags),
				moderation: 'pending'
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

/**
 * Saves the editable profile fields of the caller's own organisation (id from the session).
 * Once the organisation is approved, a new name or website goes to review instead (the public
 * keeps the approved ones); `underReview` says so.
 */
export async function updateProfile(
	db: Db,
	organisationId: number,
	input: ProfileInput,
	userId: number | null = null
): Promise<{ underReview: boolean }> {
	return writeTransaction(db, async (trx) => {
		const current = await findOrganisationById(trx, organisationId);
		if (!current) return { underReview: false };
		const reviewed = current.moderation === 'approved';
		let underReview = false;
		const tagsEn = carryTagTranslations(
			input.tags,
			parseList(current.tags),
			parseList(current.tags_en)
		);
		if (reviewed) {
			const pending = await findPendingRevision(trx, organisationId);
			await proposeRevision(
				trx,
				organisationId,
				userId,
				{ name: input.name, website: input.website, logo: pending?.logo ?? current.logo },
				{ name: current.name, website: current.website, logo: current.logo }
			);
			underReview = (await findPendingRevision(trx, organisationId)) !== undefined;
		}
		await trx
			.updateTable('organisation')
			.set({
				...(reviewed ? {} : { name: input.name, website: input.website }),
				kind: input.kind as OrganisationKind,
				country: input.country,
				city: input.city,
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
		return { underReview };
	});
}

/**
 * Sets the logo, or for an approved organisation proposes it for review. Returns the stored
 * file that nothing uses any more (the caller deletes it), or null.
 */
export async function setOrganisationLogo(
	db: Db,
	organisationId: number,
	file: string | null,
	userId: number | null = null
): Promise<string | null> {
	return writeTransaction(db, async (trx) => {
		const current = await findOrganisationById(trx, organisationId);
		if (!current) return file;
		if (current.moderation === 'approved') {
			const pending = await findPendingRevision(trx, organisationId);
			return proposeRevision(
				trx,
				organisationId,
				userId,
				{
					name: pending?.name ?? current.name,
					website: pending ? pending.website : current.website,
					logo: file
				},
				{ name: current.name, website: current.website, logo: current.logo }
			);
		}
		await trx
			.updateTable('organisation')
			.set({ logo: file, updated_at: nowSeconds(trx) })
			.where('id', '=', organisationId)
			.execute();
		await enqueueSearchDocument(trx, 'organisation', organisationId, 'upsert');
		return current.logo !== file ? current.logo : null;
	});
}

/** What the owner's pages show: the profile, its sectors and the exhibitor application. */
export async function getOwnOrganisation(db: Db, organisationId: number) {
	const organisation = await findOrganisationById(db, organisationId);
	if (!organisation) return null;
	const [sectors, exhibitor, revision] = await Promise.all([
		listOrganisationSectors(db, organisationId),
		db
			.selectFrom('exhibitor')
			.select(['status', 'decision_reason', 'applied_at', 'decided_at'])
			.where('organisation_id', '=', organisationId)
			.executeTakeFirst(),
		findPendingRevision(db, organisationId)
	]);
	return { organisation, sectors, exhibitor: exhibitor ?? null, revision: revision ?? null };
}
