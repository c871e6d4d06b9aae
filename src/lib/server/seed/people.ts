import type { Locale, NewUser, OrganisationKind, UserRole } from '../db/schema';
import { MAIL_PROVIDERS, NAME_BANKS } from './content/people';
import { COUNTRY_PROFILES, PERU, type CountryProfile } from './content/places';
import type { PlannedOrganisation } from './organisations';
import type { Random } from './random';
import { slugify, UniqueNames } from './text';
import { seedTime } from './time';

export const ORGANISER_EMAIL = 'organizador@extemin.pe';

export interface PlannedPerson {
	id: number;
	first: string;
	surnames: string[];
	female: boolean;
	country: CountryProfile;
	/** The organisation's kind, or 'attendee' for visitors without one. */
	kind: OrganisationKind | 'attendee';
	organisation: PlannedOrganisation | null;
	row: NewUser & { id: number; email: string; created_at: number };
}

export interface PlannedMembership {
	user_id: number;
	organisation_id: number;
	rights: 'owner' | 'member';
	created_at: number;
}

export function planPeople(
	rng: Random,
	organisations: PlannedOrganisation[],
	attendees: number,
	passwordHash: string
) {
	const emails = new UniqueNames();
	const people: PlannedPerson[] = [];
	const memberships: PlannedMembership[] = [];
	const organiser = organiserRow(passwordHash);
	emails.claim(organiser.email);
	const add = (draft: Omit<PlannedPerson, 'id' | 'row'>, email: (local: string) => string) => {
		const id = people.length + 2;
		const row = personRow(rng, { ...draft, id }, emails, email, passwordHash);
		people.push({ ...draft, id, row });
		return id;
	};
	for (const org of organisations) {
		const members = Number(rng.weighted({ 1: 30, 2: 35, 3: 25, 4: 10 }));
		for (let i = 0; i < members; i++) {
			const draft = { ...drawName(rng, org.country), kind: org.kind, organisation: org };
			const id = add(draft, (local) => `${local}@${org.slug}.example`);
			const rights = i === 0 ? 'owner' : 'member';
			memberships.push({
				user_id: id,
				organisation_id: org.id,
				rights,
				created_at: org.row.created_at!
			});
		}
	}
	for (let i = 0; i < attendees; i++) {
		const country = rng.chance(0.8) ? PERU : rng.pick(COUNTRY_PROFILES);
		const draft = { ...drawName(rng, country), kind: 'attendee' as const, organisation: null };
		add(draft, (local) => `${local}@${rng.pick(MAIL_PROVIDERS)}`);
	}
	return { organiser, people, memberships };
}

function organiserRow(passwordHash: string): NewUser & { id: number; email: string } {
	const created = Date.UTC(2026, 6, 1) / 1000;
	return {
		id: 1,
		email: ORGANISER_EMAIL,
		name: 'Equipo EXTEMIN',
		password_hash: passwordHash,
		role: 'organiser',
		locale: 'es',
		email_verified_at: created,
		created_at: created
	};
}

interface DrawnName {
	first: string;
	surnames: string[];
	female: boolean;
	country: CountryProfile;
}

function drawName(rng: Random, country: CountryProfile): DrawnName {
	const bank = NAME_BANKS[country.people];
	const female = rng.chance(0.45);
	const first = rng.pick(female ? bank.female : bank.male);
	const surnames = bank.double ? rng.sample(bank.surnames, 2) : [rng.pick(bank.surnames)];
	return { first, surnames, female, country };
}

function personRow(
	rng: Random,
	draft: DrawnName & { id: number; organisation: PlannedOrganisation | null },
	emails: UniqueNames,
	address: (local: string) => string,
	passwordHash: string
): PlannedPerson['row'] {
	const { first, surnames, country } = draft;
	const name = country.people === 'cn' ? `${surnames[0]} ${first}` : [first, ...surnames].join(' ');
	const local = draft.organisation
		? `${slugify(first).charAt(0)}${slugify(surnames[0]).replace(/-/g, '')}`
		: `${slugify(first).replace(/-/g, '')}.${slugify(surnames[0]).replace(/-/g, '')}`;
	const email = uniqueEmail(emails, local, address);
	const created = seedTime(rng, draft.organisation?.row.created_at);
	const role: UserRole = draft.organisation ? 'member' : 'attendee';
	const locale: Locale = rng.chance(country.english) ? 'en' : 'es';
	return {
		id: draft.id,
		email,
		name,
		password_hash: passwordHash,
		role,
		locale,
		email_verified_at: created + rng.int(60, 86_400),
		created_at: created
	};
}

function uniqueEmail(emails: UniqueNames, local: string, address: (l: string) => string): string {
	const base = address(local);
	if (!emails.has(base)) return emails.claim(base);
	for (let n = 2; ; n++) {
		const candidate = address(`${local}${n}`);
		if (!emails.has(candidate)) return emails.claim(candidate);
	}
}
