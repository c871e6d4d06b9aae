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
		kindFit: (a: string, b: string) => `you: ${a.toLowerCase()}; they: ${b.toLowerCase()}`,
		similarTopics: (words: string) => `both list ${words} in their profiles`,
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
		noSlotTitle: 'No common slot',
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
		lockChange: 'Ask for a change',
		printedOn: 'Agenda of',
		date: 'Date',
		time: 'Time',
		venue: (venue: string, city: string) => `Business meetings · ${venue}, ${city}`,
		cancelled: 'Meeting cancelled. The request stays accepted: you can pick another slot.'
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
		'message-too-long': 'The message takes up to 1,000 characters.',
		'message-not-text': 'Message: write text; a file is not accepted.',
		'reason-too-long': 'Reason: up to 1,000 characters.',
		'reason-not-text': 'Reason: write text; a file is not accepted.',
		'reason-required': 'Reason: tell the organiser what change you need.',
		'bad-id': 'The id sent is not a valid whole number.',
		'slot-unknown': 'That slot does not exist. Pick one from the list.',
		'window-closed':
			'The organiser has closed the request period: new requests cannot be sent for now.',
		'declined-pair':
			'This person declined your request. Only they can reopen it; it cannot be sent again.',
		'daily-cap': 'You sent 25 requests in the last 24 hours. You can send more tomorrow.',
		'pair-cap': 'You have already sent 3 requests to this person. No more can be sent.',
		blocked: 'Meetings between you cannot be requested or accepted.',
		locked:
			'The organiser has fixed this meeting: only the organiser can change it. You can ask for a change.',
		'not-declined': 'Only a declined request can be reopened.'
	},
	mail: {
		subject: (kind: string, partner: string) =>
			({
				'request-received': `New meeting request: ${partner}`,
				'request-accepted': `Your meeting request was accepted: ${partner}`,
				'request-declined': `Your meeting request was declined: ${partner}`,
				'request-reopened': `${partner} reopened your meeting request`,
				'request-cancelled': `A meeting request was cancelled: ${partner}`,
				'meeting-booked': `Meeting booked: ${partner}`,
				'meeting-cancelled': `${partner} cancelled your meeting`,
				'meeting-moved': `Meeting rescheduled: ${partner}`,
				'schedule-published': 'Your EXTEMIN meeting agenda is published'
			})[kind] ?? `EXTEMIN Connect: ${partner}`,
		when: 'When',
		table: 'Table',
		reason: 'Reason',
		seeMore: 'See your requests and agenda on EXTEMIN Connect',
		digestLine: (when: string, table: number, partner: string, locked: boolean) =>
			`${when} · Table ${table} · ${partner}${locked ? ' (fixed by the organiser)' : ''}`,
		againHint: 'The request stays accepted: you can pick another slot.'
	},
	notifications: {
		title: 'Notices',
		empty: 'You have no notices.',
		unread: (n: number) => (n === 1 ? '1 unread notice' : `${n} unread notices`),
		markRead: 'Mark all as read',
		open: 'Open'
	},
	window: {
		closed:
			'The request period is closed: new requests cannot be sent. You can still answer the ones you received.'
	},
	lock: {
		changeTitle: 'Ask the organiser for a change',
		changeHint: 'Say what you need (another slot, cancelling it) and why.',
		changeReason: 'Reason for the change',
		send: 'Send to the organiser',
		sent: 'Your change request was sent to the organiser.'
	},
	cancelDialog: {
		title: 'Cancel this meeting?',
		body: 'We will tell the other person that you cancelled it. The request stays accepted, so you can book another slot.',
		reason: 'Reason (optional, sent to the other person)',
		confirm: 'Yes, cancel the meeting',
		keep: 'No, keep it'
	},
	pairing: {
		reopen: 'Reopen request',
		reopened: 'Request reopened: you can accept it.',
		block: 'Block this person',
		blockHint: 'Neither of you can send requests and you will not be recommended to each other.',
		unblock: 'Unblock',
		blocked: 'You blocked this person.',
		unblocked: 'You unblocked this person.',
		declinedNote: 'This person declined your request; it cannot be sent again.'
	},
	noCommonTime: 'No common time',
	noCommonTimeHint:
		'You have no free slot in common. Widen your availability in your profile or write to the organiser.',
	noSlotWhy:
		'Accepted, but you have no free slot in common. Widen your availability in your profile, ask the other person to widen theirs, or the organiser will try to schedule it.',
	scoreOf: (score: number) => `Match ${score} out of 100`,
	producers: {
		title: 'For small producers',
		lead: 'Providers of tools for small-scale mining: environmental monitoring, mercury-free processing, traceability, formalisation, safety training and financing. Visit their booth or request a meeting.',
		homeLink: 'Tools for small producers',
		booth: 'Booth',
		noBooth: 'No booth',
		none: 'No providers for this need yet.',
		request: 'Request a meeting',
		providers: (n: number) => (n === 1 ? '1 provider' : `${n} providers`)
	},
	organiser: {
		drafts: (n: number) =>
			n === 1
				? '1 scheduler meeting not published: participants do not see it yet.'
				: `${n} scheduler meetings not published: participants do not see them yet.`,
		noDrafts: 'No scheduler meetings waiting to be published.',
		publishDrafts: 'Publish and lock meetings',
		changes: 'Change requests for locked meetings',
		noChanges: 'No change requests.',
		cancelMeeting: 'Cancel the meeting',
		resolve: 'Mark as handled',
		asked: (name: string, when: string, table: number) => `${name} · ${when} · Table ${table}`,
		eventDates: (from: string, to: string) => `Event dates: ${from} to ${to}.`
	},
	admin: {
		title: 'Meeting scheduling',
		lead: 'Schedules every accepted request without a meeting, keeping published and fixed meetings.',
		preview: 'Preview (fast)',
		run: 'Schedule (draft, not published)',
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
		},
		cancel: 'Cancel the run',
		cancelled: 'The scheduling run was cancelled.',
		notRunning: 'No scheduling run is in progress.'
	}
};

export default en;
