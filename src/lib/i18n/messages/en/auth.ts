import type { AuthMessages } from '../auth';

const en: AuthMessages = {
	errors: {
		forbidden: 'You do not have permission to see this page.',
		notOwner: 'Only the owner of the organisation can do this.',
		signInRequired: 'Sign in to continue.',
		backHome: 'Back to the home page',
		tooMany: (seconds: number) =>
			`Too many attempts. Wait ${seconds > 90 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} seconds`} and try again.`,
		summary: 'Please check the marked fields:',
		badForm: 'We could not read the form. Please send it again.'
	},
	fields: {
		email: 'Email',
		password: 'Password',
		currentPassword: 'Current password',
		newPassword: 'New password',
		name: 'Full name'
	},
	validation: {
		emailRequired: 'Enter your email address.',
		emailInvalid: 'Enter a valid email address, such as name@company.com.',
		nameRequired: 'Enter your name.',
		nameTooLong: 'The name can be up to 120 characters.',
		passwordRequired: 'Enter a password.',
		passwordTooShort: 'The password must be at least 8 characters.',
		passwordTooLong: 'The password can be up to 128 characters.',
		passwordCommon:
			'That password is too common and easy to guess. Choose another, such as a phrase.',
		currentPasswordWrong: 'The current password is not correct.',
		invalidCredentials: 'The email or password is not correct.',
		emailTaken: 'An account with this email already exists. Sign in or reset your password.'
	},
	passwordHint: 'At least 8 characters. A phrase you can remember is a good choice.',
	login: {
		title: 'Sign in',
		lead: 'Reach your bookmarks, your organisation and business matchmaking.',
		submit: 'Sign in',
		forgot: 'Forgot your password?',
		noAccount: 'No account yet?',
		signup: 'Create an account'
	},
	signup: {
		title: 'Create an account',
		lead: 'Save exhibitors and innovations, register your organisation and book meetings.',
		submit: 'Create account',
		haveAccount: 'Already have an account?',
		login: 'Sign in'
	},
	logout: { submit: 'Sign out' },
	verify: {
		title: 'Confirm your email',
		banner: 'Confirm your email: we sent you a link.',
		resend: 'Send the link again',
		resent: 'We sent you a new confirmation link.',
		done: 'Done! Your email is confirmed.',
		invalid: 'This link is not valid or has expired. Ask for a new one from My EXTEMIN.',
		continue: 'Go to My EXTEMIN'
	},
	forgot: {
		title: 'Reset your password',
		lead: 'Enter the email of your account and we will send you a link to choose a new password.',
		submit: 'Send link',
		sent: 'If an account uses that email, we sent it a link. Check your inbox; it expires in 1 hour.'
	},
	reset: {
		title: 'New password',
		lead: 'Choose a new password. We will end the sessions open on other devices.',
		submit: 'Save password',
		invalid: 'This link is not valid or has expired.',
		askAgain: 'Ask for a new link',
		done: 'Your password has changed. You can use it now.'
	},
	setup: {
		title: 'Set up your organiser account',
		lead: (email: string) => `Choose your name and password for ${email}.`,
		submit: 'Activate account',
		invalid: 'This setup link is not valid, was already used or has expired (it lasts 24 hours).'
	},
	me: {
		title: 'My EXTEMIN',
		greeting: (name: string) => `Hello, ${name}`,
		lead: 'Your bookmarks, your account and your organisation in one place.',
		bookmarks: 'My bookmarks',
		seeAllBookmarks: 'See all my bookmarks',
		noBookmarksTitle: 'No bookmarks yet',
		noBookmarksBody: 'Star exhibitors and innovations to find them here during the exhibition.',
		explore: 'Explore exhibitors',
		account: 'My account',
		email: 'Email',
		role: 'Profile',
		roles: { attendee: 'Visitor', member: 'Organisation member', organiser: 'Organiser' },
		verified: 'Confirmed',
		notVerified: 'Not confirmed',
		organisation: 'My organisation',
		noOrganisationTitle: 'Do you represent a company, start-up or institution?',
		noOrganisationBody:
			'Register your organisation to appear in the directory and apply to exhibit.',
		createOrganisation: 'Register my organisation',
		manageOrganisation: 'Manage organisation',
		changePassword: 'Change password',
		signOut: 'Sign out'
	},
	password: {
		title: 'Change password',
		lead: 'For your security, confirm your current password.',
		endOthers: 'Sign me out on other devices',
		endOthersHint: 'Recommended if you think someone else knows your password.',
		submit: 'Change password',
		changed: 'Your password has changed.'
	},
	bookmarks: {
		title: 'My bookmarks',
		add: 'Add to bookmarks',
		remove: 'Remove from bookmarks',
		saved: 'Saved',
		save: 'Save',
		signIn: 'Sign in to save',
		organisations: 'Exhibitors',
		innovations: 'Innovations',
		invalid: 'We could not find what you tried to save.'
	},
	mail: {
		greeting: (name: string) => `Hello ${name},`,
		signature: '— The EXTEMIN team · PERUMIN Mining Convention',
		ignore: 'If this was not you, ignore this message.',
		verifySubject: 'Confirm your email for EXTEMIN Connect',
		verifyBody: (link: string) =>
			`Confirm your email with this link (it expires in 48 hours):\n\n${link}`,
		resetSubject: 'Choose a new password for EXTEMIN Connect',
		resetBody: (link: string) =>
			`To choose a new password, open this link (it expires in 1 hour):\n\n${link}`,
		setupSubject: 'Activate your EXTEMIN Connect organiser account'
	},
	outbox: {
		title: 'Outgoing mail',
		lead: 'With no SMTP server configured, emails are kept here. With SMTP_URL they are sent and logged.',
		to: 'To',
		subject: 'Subject',
		date: 'Date',
		status: 'Status',
		sent: 'Sent',
		stored: 'Stored',
		failed: 'Error',
		emptyTitle: 'No mail yet',
		emptyBody: 'Confirmations, invitations and answers to applications will appear here.',
		queued: 'Queued',
		gaveUp: 'Could not be sent',
		attempts: 'Attempts',
		retry: 'Retry sending',
		retried: 'The mail is back in the send queue.',
		notRetryable: 'That mail is not in the failed state.',
		badId: 'id: give the number of a mail.'
	}
};

export default en;
