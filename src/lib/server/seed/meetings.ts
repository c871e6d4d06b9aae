import type { RequestStatus } from '../db/schema';
import {
	COUNTERPARTS,
	DECLINE_REASONS,
	REQUEST_MESSAGES,
	type ProfileKind
} from './content/matchmaking-text';
import { groupBy } from './group';
import type { PlannedProfile } from './matchmaking';
import type { Random } from './random';
import { fill } from './text';
import { seedTime } from './time';

export interface PlannedRequest {
	id: number;
	from_user_id: number;
	to_user_id: number;
	message: string;
	status: RequestStatus;
	priority: number;
	reason: string | null;
	created_at: number;
	updated_at: number;
}

const STATUS_WEIGHTS: Record<RequestStatus, number> = {
	pending: 50,
	accepted: 35,
	declined: 10,
	cancelled: 5
};

export function planRequests(rng: Random, profiles: PlannedProfile[], count: number) {
	const byKind = groupBy<PlannedProfile, ProfileKind>(profiles, (p) => p.person.kind);
	const pairs = new Set<string>();
	const requests: PlannedRequest[] = [];
	for (let attempt = 0; requests.length < count && attempt < count * 20; attempt++) {
		const from = rng.pick(profiles);
		const candidates = byKind.get(rng.weighted(COUNTERPARTS[from.person.kind]));
		if (!candidates) continue;
		const to = rng.pick(candidates);
		const key = [from.person.id, to.person.id].sort((a, b) => a - b).join(':');
		if (from === to || pairs.has(key) || sameOrganisation(from, to)) continue;
		pairs.add(key);
		requests.push(planRequest(rng, requests.length + 1, from, to));
	}
	return requests;
}

function sameOrganisation(a: PlannedProfile, b: PlannedProfile): boolean {
	const org = a.person.organisation;
	return org !== null && org === b.person.organisation;
}

function planRequest(
	rng: Random,
	id: number,
	from: PlannedProfile,
	to: PlannedProfile
): PlannedRequest {
	const status = rng.weighted(STATUS_WEIGHTS);
	const created = seedTime(rng, Math.max(from.row.opted_in_at, to.row.opted_in_at));
	const message = fill(rng.pick(REQUEST_MESSAGES), {
		first: to.person.first,
		dear: to.person.female ? 'Estimada' : 'Estimado',
		topic: to.topic,
		own: from.topic,
		org: from.person.organisation?.name ?? 'nuestra operación'
	});
	return {
		id,
		from_user_id: from.person.id,
		to_user_id: to.person.id,
		message,
		status,
		priority: Number(rng.weighted({ 1: 3, 2: 2, 3: 1 })),
		reason: status === 'declined' ? rng.pick(DECLINE_REASONS) : null,
		created_at: created,
		updated_at: status === 'pending' ? created : seedTime(rng, created)
	};
}
