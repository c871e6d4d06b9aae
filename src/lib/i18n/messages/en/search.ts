import type { SearchMessages } from '../search';

const en: SearchMessages = {
	title: 'Exhibitors and innovations',
	lead: 'Search by name, technology, sector or country. Accents are optional and typos are forgiven.',
	label: 'Search the catalogue',
	placeholder: 'E.g. green hydrogen, autonomous trucks, Chile',
	submit: 'Search',
	filters: 'Filters',
	apply: 'Apply filters',
	clear: 'Clear filters',
	show: 'Show',
	all: 'All',
	organisations: 'Organisations',
	innovations: 'Innovations',
	sector: 'Sector',
	kind: 'Kind of organisation',
	country: 'Country',
	results: (n: string) => `${n} results`,
	oneResult: '1 result',
	none: 'We found nothing for your search.',
	noneHint: 'Try fewer words or remove a filter.',
	didYouMean: 'Did you mean',
	booth: (code: string) => `Booth ${code}`,
	noBooth: 'No booth',
	by: (name: string) => `By ${name}`,
	pagination: 'Result pages',
	previous: 'Previous',
	next: 'Next',
	pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
	degraded: 'Search is running in fallback mode; results may differ slightly.',
	organisationHit: 'Organisation',
	innovationHit: 'Innovation',
	invalid: {
		type: 'The result type must be "organisation" or "innovation".',
		locale: 'The language must be "es" (Spanish) or "en" (English).',
		limit: 'The number of results per page (limit) must be a whole number from 1 to 100.',
		offset: 'The starting position (offset) must be a whole number from 0 to 10,000.'
	}
};

export default en;
