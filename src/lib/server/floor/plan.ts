import type { Db } from '../db/client';
import * as q from '../db/queries/floor';
import { listSectorsForOrganisations } from '../db/queries/organisations';
import type { BoothStatus } from '../db/schema';

export interface PlanBooth {
	code: string;
	x: number;
	y: number;
	width: number;
	depth: number;
	status: BoothStatus;
	category: string;
	exhibitor: {
		id: number;
		slug: string;
		name: string;
		kind: string;
		sectors: string[];
	} | null;
}

export interface PlanHall {
	code: string;
	name_es: string;
	name_en: string;
	width: number;
	depth: number;
	booths: number;
}

/** The booths of one hall as the floor plans draw them; only approved exhibitors are shown. */
export async function loadHallBooths(db: Db, hallId: number): Promise<PlanBooth[]> {
	const rows = await q.listBoothsOfHall(db, hallId);
	const shown = rows.filter((r) => r.organisationId !== null && r.exhibitorStatus === 'approved');
	const sectors = await listSectorsForOrganisations(
		db,
		shown.map((r) => r.organisationId!)
	);
	return rows.map((r) => ({
		code: r.code,
		x: r.x_m,
		y: r.y_m,
		width: r.width_m,
		depth: r.depth_m,
		status: r.status,
		category: r.category,
		exhibitor:
			r.organisationId !== null && r.exhibitorStatus === 'approved'
				? {
						id: r.exhibitorId!,
						slug: r.organisationSlug!,
						name: r.organisationName!,
						kind: r.organisationKind!,
						sectors: sectors.get(r.organisationId) ?? []
					}
				: null
	}));
}

export async function listPlanHalls(db: Db): Promise<PlanHall[]> {
	const halls = await q.listHalls(db);
	return halls.map((h) => ({
		code: h.code,
		name_es: h.name_es,
		name_en: h.name_en,
		width: h.width_m,
		depth: h.depth_m,
		booths: Number(h.booths)
	}));
}

const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();

/**
 * The booth a visitor's search means, across every hall: the booth with that code, else the
 * first whose code starts with it, else the first whose exhibitor's name contains it.
 */
export async function findBoothForQuery(db: Db, query: string): Promise<string | null> {
	const needle = fold(query);
	if (!needle) return null;
	const booths = await q.listBoothDirectory(db);
	const byCode =
		booths.find((b) => fold(b.code) === needle) ??
		booths.find((b) => fold(b.code).startsWith(needle));
	const byName = booths.find(
		(b) => b.organisationName && fold(b.organisationName).includes(needle)
	);
	return (byCode ?? byName)?.code ?? null;
}

/**
 * The plan of one hall: the hall of the booth a search (`query`) finds, else the hall named by
 * `hallCode`, else the hall of `boothCode` (deep links), else the first hall. `hall` is null
 * only when the event has no halls yet. `missingBooth` names a deep-linked booth that does not
 * exist, and `notFound` a search that matched nothing anywhere.
 */
export async function loadFloorPlan(
	db: Db,
	options: { hallCode?: string | null; boothCode?: string | null; query?: string | null }
) {
	const halls = await listPlanHalls(db);
	const found = options.query ? await findBoothForQuery(db, options.query) : null;
	const boothCode = found ?? options.boothCode;
	let code =
		!found && options.hallCode && halls.some((h) => h.code === options.hallCode)
			? options.hallCode
			: null;
	const booth = boothCode ? await q.findBoothByCode(db, boothCode) : undefined;
	if (!code && booth) code = (await q.findHallById(db, booth.hall_id))?.code ?? null;
	const hall = halls.find((h) => h.code === code) ?? halls[0] ?? null;
	const missingBooth = boothCode && !booth ? boothCode : null;
	const notFound = options.query && !found ? options.query : null;
	const query = options.query ?? null;
	if (!hall) {
		return {
			halls,
			hall: null,
			booths: [] as PlanBooth[],
			selected: null,
			missingBooth,
			notFound,
			query
		};
	}
	const row = (await q.findHallByCode(db, hall.code))!;
	const booths = await loadHallBooths(db, row.id);
	const selected = booth && booth.hall_id === row.id ? booth.code : null;
	return { halls, hall, booths, selected, missingBooth, notFound, query };
}
