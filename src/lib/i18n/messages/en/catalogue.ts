import type { CatalogueMessages } from '../catalogue';

const en: CatalogueMessages = {
	home: {
		title: 'Technology for the mining of the future',
		lead: 'EXTEMIN connects companies, investors, universities, research centres and small producers with innovation in artificial intelligence, automation, renewable energy, electromobility and the circular economy.',
		dates: 'Dates',
		venue: 'Venue',
		ctaExhibitors: 'Explore exhibitors',
		ctaFloor: 'See the floor plan',
		ctaMatchmaking: 'Matchmaking',
		atAGlance: 'The event at a glance',
		exhibitors: 'exhibitors',
		innovations: 'innovations',
		countries: 'countries',
		booths: 'booths',
		pavilions: 'Pavilions',
		boothsInHall: (n: number) => `${n} booths`,
		sectors: 'Sectors',
		sectorCount: (orgs: number, innovations: number) =>
			`${orgs} organisations · ${innovations} innovations`,
		featured: 'Featured innovations',
		seeAll: 'See all'
	},
	exhibitor: {
		booth: 'Booth',
		noBooth: 'No booth assigned',
		findOnFloor: 'Find on the floor plan',
		website: 'Website',
		country: 'Country',
		city: 'City',
		kind: 'Type',
		sectors: 'Sectors',
		tags: 'Topics',
		about: 'About',
		innovations: 'Innovations',
		noInnovations: 'This organisation has not published innovations yet.',
		notExhibiting: 'Listed in the directory; no booth at this edition.',
		pending: 'Exhibitor application under review'
	},
	innovation: {
		by: 'Presented by',
		trl: 'Technology readiness',
		trlValue: (trl: number) => `TRL ${trl} of 9`,
		sector: 'Sector',
		tags: 'Topics',
		visitBooth: 'Visit them at booth',
		moreFrom: 'More from this organisation',
		description: 'Description'
	},
	breadcrumbs: 'Breadcrumbs'
};

export default en;
