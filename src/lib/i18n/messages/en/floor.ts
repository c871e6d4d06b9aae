import type { FloorMessages } from '../floor';

const en: FloorMessages = {
	title: 'Exhibition floor plan',
	lead: (halls: number) =>
		halls === 1
			? 'Find exhibitors and booths in the EXTEMIN pavilion.'
			: `Find exhibitors and booths across the ${halls} EXTEMIN pavilions.`,
	halls: 'Pavilions',
	hall: 'Pavilion',
	searchLabel: 'Search the floor plan',
	searchPlaceholder: 'Exhibitor or booth (P1-045)',
	matches: (n: number) => (n === 1 ? '1 match' : `${n} matches`),
	noMatches: 'None in this pavilion: press Enter to search them all.',
	searchSubmit: 'Search every pavilion',
	foundIn: (q: string, hall: string) => `“${q}”: found in ${hall}.`,
	notFoundAnywhere: (q: string) => `No booth or exhibitor matches “${q}” in any pavilion.`,
	boothMissing: (code: string) =>
		`Booth ${code} does not exist. Check the code or look it up below.`,
	keyboardHint:
		'Use the arrow keys to move between booths, Enter to open one and Escape to close it.',
	skipToList: 'Go to the list of exhibitors',
	boothStates: {
		assigned: 'taken',
		free: 'free',
		reserved: 'reserved',
		blocked: 'not available'
	},
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	zoomReset: 'Show the whole pavilion',
	mapLabel: (hall: string) => `Floor plan of ${hall}`,
	booth: 'Booth',
	freeBooth: 'Free booth',
	boothLabel: (code: string, who: string | null, state = 'free') =>
		who ? `Booth ${code}: ${who}` : `Booth ${code}: ${state}`,
	viewExhibitor: 'View exhibitor',
	close: 'Close',
	sectors: 'Sectors',
	size: (w: number, d: number) => `${w} × ${d} m`,
	legend: 'Legend',
	free: 'Free',
	listTitle: (hall: string) => `Exhibitors in ${hall}`,
	listEmpty: 'No exhibitors have been placed in this pavilion yet.',
	noHalls: 'The floor plan will be published soon.',
	noHallsBody: 'The organisers are laying out the booths. Please come back in a few days.',
	hint: 'Pinch or use the wheel to zoom; drag to move around.',
	issues: {
		overlap: (b: string, o: string) => `Booth ${b} overlaps booth ${o}.`,
		outside: (b: string) => `Booth ${b} lies outside the pavilion.`,
		'too-small': (b: string) => `Booth ${b} must be at least 1 × 1 m.`,
		'bad-code': (b: string) => `The code “${b}” is not valid: use the form P1-045.`,
		'duplicate-code': (b: string) => `The code ${b} is used twice.`,
		'booth-not-found': (b: string) => `There is no booth ${b}.`,
		'hall-not-found': (h: string) => `There is no pavilion ${h}.`,
		'hall-code-taken': (h: string) => `A pavilion with the code ${h} already exists.`,
		'hall-bad-code': (h: string) =>
			`The pavilion code “${h}” is not valid: use letters and digits (P1).`,
		'hall-bad-size': (h: string) =>
			`The width and depth of pavilion ${h} must be between 1 and 1000 m.`,
		'hall-too-small': (h: string, b: string) =>
			`Pavilion ${h} cannot shrink: booth ${b} would stick out.`,
		'hall-occupied': (h: string, b: string) =>
			`Pavilion ${h} has exhibitors (booth ${b}); move them first.`,
		'code-taken': (b: string) => `A booth with the code ${b} already exists.`,
		'booth-blocked': (b: string) => `Booth ${b} is blocked.`,
		'exhibitor-not-found': () => 'Choose an exhibitor from the list.',
		'exhibitor-not-approved': (e: string) => `${e} is not an approved exhibitor yet.`,
		'target-required': (b: string, e: string) =>
			`Booth ${b} holds ${e}: choose the booth to move them to, or confirm they are left without one.`,
		'target-occupied': (b: string, e: string) => `Booth ${b} is already assigned to ${e}.`,
		'grid-empty': (h: string) => `With these sizes no booth fits in pavilion ${h}.`,
		'grid-overlap': (b: string, o: string) =>
			`The grid runs into existing booth ${o} (at ${b}); choose “replace” or clear the space.`
	},
	fieldErrors: {
		number: (field: string) => `${field}: enter a number.`,
		required: (field: string) => `${field}: is required.`
	}
};

export default en;
