import type { CommonMessages } from '../common';

const en: CommonMessages = {
	appName: 'EXTEMIN Connect',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main navigation',
		unread: (n: number) => (n === 1 ? '1 unread notice' : `${n} unread notices`),
		producersLink: 'Tools for small producers',
		home: 'Home',
		exhibitors: 'Exhibitors',
		floor: 'Floor plan',
		matchmaking: 'Matchmaking',
		agenda: 'My agenda',
		myExtemin: 'My EXTEMIN',
		admin: 'Console',
		signIn: 'Sign in',
		signOut: 'Sign out',
		menu: 'Menu'
	},
	language: {
		label: 'Language',
		switchTo: 'Español',
		switchToLabel: 'Cambiar a español',
		invalid: 'Choose a language: Spanish (es) or English (en).'
	},
	kinds: {
		company: 'Company',
		startup: 'Startup',
		investor: 'Investor',
		university: 'University',
		'research-centre': 'Research centre',
		'small-producer': 'Small producer',
		'public-agency': 'Public agency'
	},
	kindsPlural: {
		company: 'Companies',
		startup: 'Startups',
		investor: 'Investors',
		university: 'Universities',
		'research-centre': 'Research centres',
		'small-producer': 'Small producers',
		'public-agency': 'Public agencies'
	},
	boothStatus: {
		free: 'Free',
		reserved: 'Reserved',
		assigned: 'Assigned',
		blocked: 'Blocked'
	},
	pagination: {
		label: 'Pagination',
		previous: 'Previous',
		next: 'Next',
		page: (page: number, pages: number) => `Page ${page} of ${pages}`
	},
	footer: {
		tagline: 'The technology exhibition of PERUMIN, the Mining Convention',
		rights: 'Exhibitor and matchmaking platform',
		contact: 'Contact'
	},
	errors: {
		notFoundTitle: 'We could not find this page',
		notFoundBody: 'The link may be incomplete, or the exhibitor may no longer take part.',
		badRequestTitle: 'Invalid request',
		forbiddenTitle: 'You do not have access to this page',
		unauthorizedTitle: 'Please sign in',
		serverTitle: 'Something went wrong',
		serverBody: 'We have logged the problem. Please try again in a few minutes.',
		backHome: 'Back to home',
		seeExhibitors: 'See exhibitors'
	},
	loading: 'Loading…',
	close: 'Close',
	save: 'Save',
	cancel: 'Cancel',
	search: 'Search',
	clear: 'Clear',
	all: 'All',
	yes: 'Yes',
	no: 'No'
};

export default en;
