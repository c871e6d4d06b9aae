import type { MatchmakingMessages } from '../matchmaking';

const en: MatchmakingMessages = {
	title: 'Business meetings',
	lead: 'Find the companies, investors, universities, research centres and small producers most worth meeting, and meet them at numbered tables during EXTEMIN.',
	steps: [
		'Say what you offer and what you seek',
		'Get explained recommendations',
		'Request meetings and accept the ones you want',
		'See your agenda with times and table numbers'
	],
	signIn: 'Sign in to take part',
	optIn: 'Create my meeting profile',
	editProfile: 'Edit profile',
	requestsLink: 'Requests',
	agendaLink: 'My agenda',
	pendingBadge: (n: number) => `${n} pending`,
	recommendations: 'Recommended for you',
	noRecommendations:
		'No recommendations with these filters yet. Try removing filters or adding more offers and needs to your profile.',
	score: 'Match',
	requestMeeting: 'Request a meeting',
	viewProfile: 'View profile',
	filters: {
		title: 'Filter',
		kind: 'Kind',
		sector: 'Sector',
		country: 'Country',
		any: 'All',
		apply: 'Apply',
		clear: 'Clear filters'
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
	reasons: {
		offersWhatYouSeek: (terms: string) => `Offers ${terms}, which you seek`,
		seeksWhatYouOffer: (terms: string) => `Seeks ${terms}, which you offer`,
		sharedSectors: (sectors: string) => `you both work in ${sectors}`,
		kindFit: (a: string, b: string) => `${a} and ${b}: a pairing that often leads to deals`,
		similarTopics: (words: string) => `topics in common: ${words}`,
		noCommonLanguage: 'no shared meeting language',
		and: ' and '
	},
	profile: {
		title: 'My meeting profile',
		lead: 'What you write here decides whom we recommend to you and who can find you.',
		headline: 'Short introduction',
		headlineHint: 'One sentence: what you do and what you look for at EXTEMIN.',
		offers: 'What you offer',
		seeks: 'What you seek',
		freeHint: 'Other topics, separated by semicolons',
		sectors: 'Sectors',
		languages: 'Meeting languages',
		languageNames: { es: 'Spanish', en: 'English' },
		maxMeetings: 'Maximum meetings',
		maxMeetingsHint: 'Empty: no limit.',
		investor: 'If you are an investor',
		ticketSize: 'Typical ticket (USD)',
		stage: 'Stage you fund',
		producer: 'If you are a small producer: your needs',
		availability: 'Availability',
		availabilityHint: 'Tick the slots when you can meet. None ticked: all of them.',
		save: 'Save profile',
		saved: 'Profile saved.',
		optOut: 'Leave business meetings',
		optOutHint: 'You will no longer appear in recommendations; meetings already booked stay.',
		errors: {
			headlineLength: 'The introduction takes up to 160 characters.',
			needsOfferOrSeek: 'Give at least one thing you offer or seek.',
			languages: 'Choose at least one language.',
			maxMeetings: 'Enter a number from 1 to 100.',
			tooMany: 'Choose at most 12 offers and 12 needs.'
		}
	},
	person: {
		offers: 'Offers',
		seeks: 'Seeks',
		languages: 'Languages',
		why: 'Why meet',
		message: 'Message (optional)',
		messageHint: 'Say in two lines why you would like to meet.',
		send: 'Send request',
		sent: 'Request sent.',
		notOptedIn: 'This person does not take part in business meetings.'
	},
	requests: {
		title: 'Meeting requests',
		incoming: 'Received',
		outgoing: 'Sent',
		empty: 'No requests yet.',
		emptyHint: 'Look at your recommendations and send the first one.',
		status: {
			pending: 'Pending',
			accepted: 'Accepted',
			declined: 'Declined',
			cancelled: 'Cancelled'
		},
		accept: 'Accept',
		decline: 'Decline',
		reason: 'Reason (optional)',
		cancel: 'Cancel',
		withdraw: 'Withdraw',
		meetingAt: (when: string, table: number) => `${when} · Table ${table}`,
		noSlot: 'Accepted, no slot yet: pick one or the organiser will schedule it.',
		chooseSlot: 'Choose this slot',
		booked: 'Meeting booked.',
		accepted: 'Request accepted.',
		declined: 'Request declined.',
		cancelled: 'Cancelled.'
	},
	agenda: {
		title: 'My agenda',
		empty: 'You have no meetings booked yet.',
		emptyHint:
			'When your requests are accepted, or you accept one, the meeting appears here with its table.',
		table: 'Table',
		zone: 'Zone',
		with: 'With',
		print: 'Print',
		download: 'Download .ics',
		subscribe: 'Subscribe from your calendar',
		subscribeHint:
			'Create a private link for Google Calendar, Outlook or Apple Calendar. A new link replaces the old one.',
		createLink: 'Create private link',
		linkReady: 'Copy this link now; for your safety it is not shown again:',
		cancel: 'Cancel meeting',
		move: 'Change slot',
		moveTo: 'Move to',
		locked: 'Fixed by the organiser',
		printedOn: 'Agenda of'
	},
	errors: {
		'not-found': 'We could not find that request or meeting.',
		forbidden: 'This action is not yours to take.',
		'self-request': 'You cannot request a meeting with yourself.',
		'not-opted-in': 'Create your meeting profile first.',
		'partner-not-opted-in': 'This person does not take part in business meetings.',
		'duplicate-request': 'There is already an open request with this person.',
		'open-request-cap':
			'You have 20 unanswered requests. Wait for answers or withdraw one before sending more.',
		'not-pending': 'This request has already been answered.',
		'slot-taken': 'That slot was just taken. Pick one of the next free slots.',
		'no-common-slot': 'There is no common free slot.',
		'meeting-cap': 'One of you has reached their maximum number of meetings.',
		'message-too-long': 'The message takes up to 1,000 characters.'
	},
	admin: {
		title: 'Meeting scheduling',
		lead: 'Schedules every accepted request without a meeting, keeping published and fixed meetings.',
		preview: 'Preview (fast)',
		run: 'Schedule and publish',
		budget: 'Time budget (seconds)',
		running: 'Scheduling…',
		phase: 'Phase',
		weight: 'Scheduled weight / upper bound',
		optimal: 'Proven optimal',
		yes: 'Yes',
		no: 'No',
		unscheduled: 'Unscheduled',
		idleGaps: 'Idle gaps between meetings',
		written: 'New meetings',
		requests: 'Requests considered',
		busy: 'A scheduling run is already in progress.',
		failed: 'Scheduling failed:',
		history: 'Previous runs',
		noRuns: 'No scheduling run yet.',
		quality: (pct: string) => `At least ${pct}% of the best possible`,
		qualityHelp:
			'Scheduled weight divided by a proven upper bound: no valid schedule can exceed that bound.',
		boundMethod: 'Bound computed with',
		boundMethods: {
			'lp-per-slot': 'the linear relaxation per slot',
			'lp-per-block': 'the linear relaxation per block of slots',
			lagrangian: 'the Lagrangian relaxation',
			mip: 'branch and bound (HiGHS)'
		} as Record<string, string>,
		unscheduledTitle: 'Unscheduled requests and why',
		unscheduledNone: 'Every request was scheduled.',
		unscheduledMore: (n: number) => `and ${n} more`,
		reasons: {
			'no-common-slot': 'They share no available slot.',
			cap: (name: string) => `${name} has reached their meeting limit.`,
			'no-table': 'No table is left in their common slots.',
			lost: 'Their common slots went to other requests.'
		}
	}
};

export default en;
