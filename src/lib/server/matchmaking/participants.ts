/** Reads opted-in participants as the pure scoring module sees them. */
import { parseList } from '../../domain/text';
import type { MatchParticipant } from '../../domain/scoring';
import type { Db } from '../db/client';

export interface ParticipantCard {
	userId: number;
	name: string;
	headline: string;
	organisation: { id: number; slug: string; name: string; kind: string; country: string } | null;
	sectors: string[];
	offers: string[];
	seeks: string[];
	languages: string[];
}

function baseQuery(db: Db) {
	return (
		db
			.selectFrom('match_profile as p')
			.innerJoin('user as u', 'u.id', 'p.user_id')
			.leftJoin('membership as m', 'm.user_id', 'u.id')
			// An organisation waiting for review (or refused) is not shown to other participants,
			// as it is not in the directory: its member appears without one until it is approved.
			.leftJoin('organisation as o', (join) =>
				join.onRef('o.id', '=', 'm.organisation_id').on('o.moderation', '=', 'approved')
			)
			.where('u.disabled_at', 'is', null)
			.select([
				'p.user_id as userId',
				'u.name',
				'p.headline',
				'p.offers',
				'p.seeks',
				'p.sectors',
				'p.languages',
				'p.details',
				'o.id as orgId',
				'o.slug as orgSlug',
				'o.name as orgName',
				'o.kind',
				'o.country',
				'o.description_es',
				'o.description_en',
				'o.tags'
			])
	);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

function toCard(row: Row): ParticipantCard {
	return {
		userId: row.userId,
		name: row.name,
		headline: row.headline,
		organisation:
			row.orgId !== null
				? {
						id: row.orgId,
						slug: row.orgSlug!,
						name: row.orgName!,
						kind: row.kind!,
						country: row.country!
					}
				: null,
		sectors: parseList(row.sectors),
		offers: parseList(row.offers),
		seeks: parseList(row.seeks),
		languages: parseList(row.languages)
	};
}

/** A small producer's needs are things they seek: solution providers offering them match. */
function producerNeeds(details: string): string[] {
	try {
		const needs = (JSON.parse(details) as { needs?: unknown }).needs;
		return Array.isArray(needs) ? needs.filter((n): n is string => typeof n === 'string') : [];
	} catch {
		return [];
	}
}

/** Deduplicates by user: a person in two organisations is scored with the first one. */
function firstPerUser(rows: Row[]): Row[] {
	const seen = new Set<number>();
	return rows.filter((r) => (seen.has(r.userId) ? false : (seen.add(r.userId), true)));
}

/**
 * Every row in user order. With `pageSize`, read in pages by user id (keyset), calling
 * `between` after each page: a large event is then never read in one long synchronous query.
 */
async function allRows(
	db: Db,
	paging?: { pageSize: number; between: () => Promise<void> }
): Promise<Row[]> {
	if (!paging) return baseQuery(db).orderBy('p.user_id').orderBy('m.created_at').execute();
	const rows: Row[] = [];
	let from = 0;
	let inclusive = false;
	for (;;) {
		const page = await baseQuery(db)
			.where('p.user_id', inclusive ? '>=' : '>', from)
			.orderBy('p.user_id')
			.orderBy('m.created_at')
			.limit(paging.pageSize)
			.execute();
		if (page.length < paging.pageSize) {
			rows.push(...page);
			return rows;
		}
		// The last user of a full page may have more rows (memberships) on the next one.
		const last = page[page.length - 1].userId;
		const complete = page.filter((r) => r.userId < last);
		if (complete.length === 0) {
			rows.push(...page);
			from = last;
			inclusive = false;
		} else {
			rows.push(...complete);
			from = last;
			inclusive = true;
		}
		await paging.between();
	}
}

export async function listParticipants(
	db: Db,
	paging?: { pageSize: number; between: () => Promise<void> }
): Promise<{ cards: ParticipantCard[]; scoring: MatchParticipant[] }> {
	const rows = firstPerUser(await allRows(db, paging));
	return {
		cards: rows.map(toCard),
		scoring: rows.map((row) => ({
			id: row.userId,
			kind: row.kind,
			country: row.country,
			sectors: parseList(row.sectors),
			offers: parseList(row.offers),
			seeks: [...parseList(row.seeks), ...producerNeeds(row.details)],
			languages: parseList(row.languages),
			text: [
				row.headline,
				row.description_es,
				row.description_en,
				parseList(row.tags).join(' ')
			].join(' ')
		}))
	};
}

/** One opted-in participant, or undefined (not opted in, unknown or disabled). */
export async function findParticipant(
	db: Db,
	userId: number
): Promise<ParticipantCard | undefined> {
	const row = await baseQuery(db)
		.where('p.user_id', '=', userId)
		.orderBy('m.created_at')
		.executeTakeFirst();
	return row && toCard(row);
}
