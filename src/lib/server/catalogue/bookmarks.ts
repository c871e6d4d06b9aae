import type { Db } from '../db/client';
import type { SearchDocType } from '../db/schema';
import {
	deleteBookmark,
	findBookmark,
	insertBookmark,
	listBookmarkedIds,
	listBookmarkedInnovations,
	listIdsBySlug,
	listBookmarkedOrganisations
} from '../db/queries/bookmarks';

export type BookmarkType = SearchDocType;

export function isBookmarkType(value: unknown): value is BookmarkType {
	return value === 'organisation' || value === 'innovation';
}

export async function isBookmarked(
	db: Db,
	userId: number,
	type: BookmarkType,
	targetId: number
): Promise<boolean> {
	return (await findBookmark(db, userId, type, targetId)) !== undefined;
}

async function targetExists(db: Db, type: BookmarkType, targetId: number): Promise<boolean> {
	const table = type === 'organisation' ? 'organisation' : 'innovation';
	const row = await db.selectFrom(table).select('id').where('id', '=', targetId).executeTakeFirst();
	return row !== undefined;
}

/**
 * Flips a bookmark and returns the new state, or null when the target does not exist.
 * `want` makes the request idempotent: a double-submitted "save" stays saved.
 */
export async function toggleBookmark(
	db: Db,
	userId: number,
	type: BookmarkType,
	targetId: number,
	want?: boolean
): Promise<boolean | null> {
	if (!Number.isSafeInteger(targetId) || targetId <= 0) return null;
	if (!(await targetExists(db, type, targetId))) return null;
	const next = want ?? !(await isBookmarked(db, userId, type, targetId));
	if (next) await insertBookmark(db, userId, type, targetId);
	else await deleteBookmark(db, userId, type, targetId);
	return next;
}

/** Everything a user saved, newest first, for "Mi EXTEMIN". */
export async function listBookmarks(db: Db, userId: number, limit = 200) {
	const [organisations, innovations] = await Promise.all([
		listBookmarkedOrganisations(db, userId, limit),
		listBookmarkedInnovations(db, userId, limit)
	]);
	return { organisations, innovations };
}

export interface BookmarkTarget {
	id: number;
	bookmarked: boolean;
}

/**
 * The bookmark button's state for each search hit, keyed `type:slug` (hits carry slugs, the
 * bookmark form posts ids). Without a user nothing is bookmarked.
 */
export async function bookmarkTargetsOf(
	db: Db,
	userId: number | null,
	hits: { type: BookmarkType; slug: string }[]
): Promise<Record<string, BookmarkTarget>> {
	const targets: Record<string, BookmarkTarget> = {};
	for (const type of ['organisation', 'innovation'] as const) {
		const slugs = hits.filter((h) => h.type === type).map((h) => h.slug);
		const rows = await listIdsBySlug(db, type, slugs);
		const saved = userId
			? new Set(
					(
						await listBookmarkedIds(
							db,
							userId,
							type,
							rows.map((r) => r.id)
						)
					).map((r) => r.target_id)
				)
			: new Set<number>();
		for (const row of rows)
			targets[`${type}:${row.slug}`] = { id: row.id, bookmarked: saved.has(row.id) };
	}
	return targets;
}
