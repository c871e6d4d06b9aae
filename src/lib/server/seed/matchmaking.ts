import type { OrganisationKind } from '../db/schema';
import { KIND_OFFERS, KIND_SEEKS, ROLES } from './content/matchmaking-text';
import { THEMES } from './content/themes';
import type { Theme } from './content/types';
import type { PlannedPerson } from './people';
import type { PlannedSlot } from './programme';
import type { Random } from './random';
import { jsonList } from './text';
import { seedTime } from './time';

export interface PlannedProfile {
	person: PlannedPerson;
	available: Set<number>;
	maxMeetings: number | null;
	topic: string;
	row: {
		user_id: number;
		headline: string;
		offers: string;
		seeks: string;
		sectors: string;
		languages: string;
		max_meetings: number | null;
		details: string;
		opted_in_at: number;
	};
}

const OPT_IN = { member: 0.72, attendee: 0.5 };

export function planProfiles(rng: Random, people: PlannedPerson[], slots: PlannedSlot[]) {
	const profiles: PlannedProfile[] = [];
	for (const person of people) {
		if (!rng.chance(person.organisation ? OPT_IN.member : OPT_IN.attendee)) continue;
		profiles.push(planProfile(rng, person, slots));
	}
	return profiles;
}

function planProfile(rng: Random, person: PlannedPerson, slots: PlannedSlot[]): PlannedProfile {
	const themes = person.organisation?.themes ?? rng.sample(THEMES, 2);
	const theme = themes[0];
	const maxMeetings = rng.chance(0.25) ? null : rng.int(4, 12);
	return {
		person,
		available: availability(rng, slots),
		maxMeetings,
		topic: rng.pick(theme.offers),
		row: {
			user_id: person.id,
			headline: headline(rng, person, theme),
			offers: jsonList(phrases(rng, person.kind, themes, 'offers')),
			seeks: jsonList(phrases(rng, person.kind, themes, 'seeks')),
			sectors: jsonList(
				person.organisation?.sectors ?? [...new Set(themes.map((t) => t.sectors[0]))]
			),
			languages: jsonList(languages(rng, person)),
			max_meetings: maxMeetings,
			details: JSON.stringify(details(rng, person)),
			opted_in_at: seedTime(rng, person.row.created_at)
		}
	};
}

function headline(rng: Random, person: PlannedPerson, theme: Theme): string {
	const [male, female] = rng.pick(ROLES[person.kind]);
	const role = person.female ? female : male;
	if (person.organisation) return `${role} en ${person.organisation.name} · ${theme.tags[0]}`;
	return `${role} · interés en ${theme.tags[0]}`;
}

/** Theme phrases plus the kind's own, so that offers and seeks complement across kinds. */
function phrases(
	rng: Random,
	kind: OrganisationKind | 'attendee',
	themes: Theme[],
	side: 'offers' | 'seeks'
): string[] {
	const fromThemes = themes.flatMap((t) => themePhrases(t, kind, side));
	const fromKind = side === 'offers' ? KIND_OFFERS[kind] : KIND_SEEKS[kind];
	const mixed = [...rng.sample(fromThemes, rng.int(1, 2)), ...rng.sample(fromKind, rng.int(1, 3))];
	return [...new Set(mixed)];
}

const BUYERS = new Set(['attendee', 'small-producer', 'investor']);

/** Suppliers offer and seek what their theme says; buyers seek what its suppliers offer. */
function themePhrases(theme: Theme, kind: string, side: 'offers' | 'seeks'): string[] {
	if (!BUYERS.has(kind)) return theme[side];
	return side === 'seeks' ? theme.offers : [];
}

function languages(rng: Random, person: PlannedPerson): string[] {
	if (person.country.style === 'es') return rng.chance(0.35) ? ['es', 'en'] : ['es'];
	return rng.chance(0.4) || person.row.locale === 'es' ? ['en', 'es'] : ['en'];
}

function details(rng: Random, person: PlannedPerson): Record<string, unknown> {
	const org = person.organisation;
	// Keys as matchmaking/profiles.ts reads them (ProfileDetails).
	if (org?.kind === 'investor') return { ticketSize: org.ticket, stage: org.stage };
	if (org?.kind === 'small-producer') {
		const needs = ['environmental-safety', 'traceability', 'formalisation'];
		return { needs: rng.sample(needs, rng.int(1, 3)) };
	}
	return {};
}

/** Most people are free all three days; about 30% only some days or half-days. */
function availability(rng: Random, slots: PlannedSlot[]): Set<number> {
	if (!rng.chance(0.3)) return new Set(slots.map((s) => s.id));
	const days = new Set(rng.sample([1, 2, 3], rng.int(1, 2)));
	const half = rng.weighted({ both: 2, morning: 1, afternoon: 1 });
	const fits = (slot: PlannedSlot) => {
		if (!days.has(slot.day_id)) return false;
		const morning = new Date(slot.starts_at * 1000).getUTCHours() < 17;
		return half === 'both' || (half === 'morning') === morning;
	};
	return new Set(slots.filter(fits).map((s) => s.id));
}
