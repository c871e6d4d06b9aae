import { CORE_SECTOR_DEFINITIONS } from '../../domain/taxonomy';
import { planBookings, planNotifications, type Recipient } from './bookings';
import { EXTRA_SECTORS, SETTINGS } from './content/event';
import { assignBooths, planExhibitors } from './exhibitors';
import { planBooths, planHalls } from './floor';
import { planInnovations } from './innovations';
import { planProfiles } from './matchmaking';
import { planRequests } from './meetings';
import { planOrganisations } from './organisations';
import { planPeople, type PlannedPerson } from './people';
import { planDays, planSlots, planTables, TABLE_COUNT } from './programme';
import { Random } from './random';

export type DemoSize = 'small' | 'large';

/**
 * The default (small) event is EXTEMIN's own scale: about 750 approved exhibitors filling
 * nine in ten of the booths. Visitors without an organisation and meeting requests stay at
 * the figures the matchmaking demo was tuned for.
 */
const SIZES: Record<DemoSize, { organisations: number; attendees: number; requests: number }> = {
	small: { organisations: 1000, attendees: 855, requests: 420 },
	large: { organisations: 3000, attendees: 8550, requests: 4200 }
};

/** Every row of the demo event, computed in memory before anything is written. */
export function planDemoEvent(seed: number, size: DemoSize, passwordHash: string) {
	const rng = new Random(seed);
	const counts = SIZES[size];
	const organisations = planOrganisations(rng.fork('organisations'), counts.organisations);
	const halls = planHalls(size === 'large');
	const booths = planBooths(rng.fork('booths'), halls);
	const exhibitors = planExhibitors(rng.fork('exhibitors'), organisations);
	assignBooths(rng.fork('assignment'), halls, booths, exhibitors, organisations);
	const innovations = planInnovations(rng.fork('innovations'), exhibitors, organisations);
	const people = planPeople(rng.fork('people'), organisations, counts.attendees, passwordHash);
	const slots = planSlots();
	const profiles = planProfiles(rng.fork('profiles'), people.people, slots);
	const requests = planRequests(rng.fork('requests'), profiles, counts.requests);
	const bookings = planBookings(rng.fork('bookings'), requests, profiles, slots, TABLE_COUNT);
	return {
		settings: Object.entries(SETTINGS).map(([key, value]) => ({ key, value })),
		sectors: sectorRows(),
		organisations,
		halls,
		booths,
		exhibitors,
		innovations,
		...people,
		days: planDays(),
		slots,
		tables: planTables(),
		profiles,
		requests,
		...bookings,
		notifications: planNotifications(requests, bookings, recipients(people.people), slots)
	};
}

export type DemoPlan = ReturnType<typeof planDemoEvent>;

function recipients(people: PlannedPerson[]): Map<number, Recipient> {
	return new Map(
		people.map((p) => [p.id, { name: p.row.name, locale: p.row.locale === 'en' ? 'en' : 'es' }])
	);
}

function sectorRows() {
	const core = CORE_SECTOR_DEFINITIONS.map((s, i) => ({ definition: s, core: 1, position: i }));
	const extra = EXTRA_SECTORS.map((s, i) => ({
		definition: s,
		core: 0,
		position: core.length + i
	}));
	return [...core, ...extra].map(({ definition, core, position }) => ({
		key: definition.key,
		name_es: definition.name.es,
		name_en: definition.name.en,
		color: definition.color,
		core,
		position
	}));
}
