import type { ExhibitorStatus, OrganisationKind } from '../db/schema';
import { REJECTION_REASONS } from './content/organisation-text';
import type { PlannedBooth, PlannedHall } from './floor';
import type { PlannedOrganisation } from './organisations';
import type { Random } from './random';
import { seedTime } from './time';

export interface PlannedExhibitor {
	id: number;
	organisation_id: number;
	status: ExhibitorStatus;
	booth_id: number | null;
	applied_at: number;
	decided_at: number | null;
	decision_reason: string | null;
}

const EXHIBITS: Record<OrganisationKind, number> = {
	company: 0.93,
	startup: 0.9,
	investor: 0.08,
	university: 0.85,
	'research-centre': 0.85,
	'small-producer': 0.7,
	'public-agency': 0.8
};

const LATAM = new Set(['PE', 'BO', 'EC', 'CL', 'CO', 'MX']);
const ACADEMIA = new Set<OrganisationKind>(['university', 'research-centre', 'small-producer']);
const SECTOR_HALL: Record<string, string> = {
	ai: 'automation-ai',
	automation: 'automation-ai',
	renewables: 'renewables',
	electromobility: 'electromobility'
};

export function planExhibitors(rng: Random, organisations: PlannedOrganisation[]) {
	const exhibitors: PlannedExhibitor[] = [];
	for (const org of organisations) {
		if (!rng.chance(EXHIBITS[org.kind])) continue;
		const status = rng.weighted<ExhibitorStatus>({ approved: 92, pending: 5, rejected: 3 });
		const applied = seedTime(rng, org.row.created_at);
		const decided = status === 'pending' ? null : seedTime(rng, applied);
		exhibitors.push({
			id: exhibitors.length + 1,
			organisation_id: org.id,
			status,
			booth_id: null,
			applied_at: applied,
			decided_at: decided,
			decision_reason: status === 'rejected' ? rng.pick(REJECTION_REASONS) : null
		});
	}
	return exhibitors;
}

/** Which hall an organisation belongs in, so that one sector's exhibitors stand together. */
function hallFocus(rng: Random, org: PlannedOrganisation): string {
	const foreign = !LATAM.has(org.country.code);
	if (org.kind === 'public-agency') return foreign ? 'international' : 'producers-academia';
	if (ACADEMIA.has(org.kind)) return 'producers-academia';
	if (foreign && rng.chance(0.6)) return 'international';
	return SECTOR_HALL[org.sectors[0]] ?? 'circular';
}

/** Gives every approved exhibitor a booth in its hall, spread along the hall in sector order. */
export function assignBooths(
	rng: Random,
	halls: PlannedHall[],
	booths: PlannedBooth[],
	exhibitors: PlannedExhibitor[],
	organisations: PlannedOrganisation[]
): void {
	const orgById = new Map(organisations.map((o) => [o.id, o]));
	const boothsByHall = new Map(halls.map((h) => [h.id, booths.filter((b) => b.hall_id === h.id)]));
	const queues = new Map<number, PlannedExhibitor[]>(halls.map((h) => [h.id, []]));
	for (const exhibitor of exhibitors.filter((e) => e.status === 'approved')) {
		const focus = hallFocus(rng, orgById.get(exhibitor.organisation_id)!);
		const hall = halls.find((h) => h.focus === focus) ?? halls[0];
		queues.get(hall.id)!.push(exhibitor);
	}
	spillOverflow(queues, boothsByHall);
	for (const [hallId, queue] of queues) {
		const sectorOf = (e: PlannedExhibitor) => orgById.get(e.organisation_id)!.sectors[0];
		queue.sort((a, b) => sectorOf(a).localeCompare(sectorOf(b)) || a.id - b.id);
		placeAlong(boothsByHall.get(hallId)!, queue);
	}
	markUnassigned(rng, booths);
}

function spillOverflow(
	queues: Map<number, PlannedExhibitor[]>,
	boothsByHall: Map<number, PlannedBooth[]>
): void {
	const room = (id: number) => boothsByHall.get(id)!.length - queues.get(id)!.length;
	for (const [hallId, queue] of queues) {
		while (room(hallId) < 0) {
			const target = [...queues.keys()].sort((a, b) => room(b) - room(a))[0];
			if (room(target) <= 0) throw new Error('The demo floor has fewer booths than exhibitors');
			queues.get(target)!.push(queue.pop()!);
		}
	}
}

function placeAlong(hallBooths: PlannedBooth[], queue: PlannedExhibitor[]): void {
	const step = hallBooths.length / Math.max(queue.length, 1);
	queue.forEach((exhibitor, i) => {
		const booth = hallBooths[Math.floor(i * step)];
		booth.status = 'assigned';
		exhibitor.booth_id = booth.id;
	});
}

/** Some free booths are held for sponsors (reserved), a few closed for services (blocked). */
function markUnassigned(rng: Random, booths: PlannedBooth[]): void {
	for (const booth of booths) {
		if (booth.status !== 'free') continue;
		const roll = rng.next();
		if (roll < 0.025) booth.status = 'blocked';
		else if (roll < 0.1) booth.status = 'reserved';
	}
}
