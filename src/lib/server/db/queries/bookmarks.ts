import type { Db } from '../client';
import type { SearchDocType } from '../schema';

export async function findBookmark(db: Db, userId: number, type: SearchDocType, targetId: number) {
	return db
		.selectFrom('bookmark')
		.select('created_at')
		.where('user_id', '=', userId)
		.where('target_type', '=', type)
		.where('target_id', '=', targetId)
		.executeTakeFirst();
}

export async function insertBookmark(
	db: Db,
	userId: number,
	type: SearchDocType,
	targetId: number
) {
	await db
		.insertInto('bookmark')
		.values({ user_id: userId, target_type: type, target_id: targetId })
		.onConflict((oc) => oc.doNothing())
		.execute();
}

export async function deleteBookmark(
	db: Db,
	userId: number,
	type: SearchDocType,
	targetId: number
) {
	await db
		.deleteFrom('bookmark')
		.where('user_id', '=', userId)
		.where('target_type', '=', type)
		.where('target_id', '=', targetId)
		.execute();
}

export function listBookmarkedOrganisations(db: Db, userId: number, limit = 200) {
	return db
		.selectFrom('bookmark')
		.innerJoin('organisation', 'organisation.id', 'bookmark.target_id')
		.select([
			'organisation.id',
			'organisation.slug',
			'organisation.name',
			'organisation.kind',
			'organisation.country',
			'organisation.city',
			'organisation.logo',
			'bookmark.created_at'
		])
		.where('bookmark.user_id', '=', userId)
		.where('bookmark.target_type', '=', 'organisation')
		.orderBy('bookmark.created_at', 'desc')
		.limit(limit)
		.execute();
}

export function listBookmarkedInnovations(db: Db, userId: number, limit = 200) {
	return db
		.selectFrom('bookmark')
		.innerJoin('innovation', 'innovation.id', 'bookmark.target_id')
		.innerJoin('organisation', 'organisation.id', 'innovation.organisation_id')
		.select([
			'innovation.id',
			'innovation.slug',
			'innovation.title_es',
			'innovation.title_en',
			'innovation.sector_key',
			'organisation.name as organisation_name',
			'organisation.slug as organisation_slug',
			'bookmark.created_at'
		])
		.where('bookmark.user_id', '=', userId)
		.where('bookmark.target_type', '=', 'innovation')
		.orderBy('bookmark.created_at', 'desc')
		.limit(limit)
		.execute();
}

/** Removes bookmarks of a deleted target (bookmarks carry no foreign key: the type varies). */
export async function deleteBookmarksOf(db: Db, type: SearchDocType, targetId: number) {
	await db
		.deleteFrom('bookmark')
		.where('target_type', '=', type)
		.where('target_id', '=', targetId)
		.execute();
}

/** Database ids of the organisations or innovations with these slugs. */
export function listIdsBySlug(db: Db, type: SearchDocType, slugs: string[]) {
	if (slugs.length === 0) return Promise.resolve([]);
	return db.selectFrom(type).select(['id', 'slug']).where('slug', 'in', slugs).execute();
}

/** Which of these targets a user has bookmarked. */
export function listBookmarkedIds(db: Db, userId: number, type: SearchDocType, ids: number[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return db
		.selectFrom('bookmark')
		.select('target_id')
		.where('user_id', '=', userId)
		.where('target_type', '=', type)
		.where('target_id', 'in', ids)
		.execute();
}
