import type { TrustMessages } from '../trust';

const en: TrustMessages = {
	signupSent: {
		title: 'Check your email',
		body: 'We sent a message to the address you typed. Open the link to confirm it, then sign in with your password.',
		login: 'Sign in'
	},
	accountExists: {
		subject: 'Someone tried to create an account with your email',
		body: (login: string, forgot: string) =>
			`Someone, perhaps you, tried to create an EXTEMIN Connect account with this address, which already has one.\n\nIf it was you, sign in at ${login}\nor reset your password at ${forgot}\n\nIf it was not you, there is nothing to do: your account has not changed.`
	},
	inviteTaken: {
		subject: (organisation: string) => `Invitation to ${organisation} on EXTEMIN Connect`,
		body: (inviter: string, organisation: string) =>
			`${inviter} invited you to join ${organisation} on EXTEMIN Connect, but your account already belongs to an organisation or to the organising team, so it cannot accept the invitation.\n\nIf you want to change organisations, write to the organising team.`
	},
	unconfirmed: {
		title: 'Confirm your email first',
		body: 'To send meeting requests or invitations, register or edit an organisation or apply to exhibit, first confirm your email address with the link we sent you.',
		resend: 'Send the link again'
	},
	moderation: {
		pendingOrganisation:
			'Your organisation will be published in the catalogue once the organising team approves it.',
		rejectedOrganisation:
			'The organising team did not approve publishing your organisation. Write to them if you think this is a mistake.',
		pendingRevision:
			'Changes to the name, logo or website are published once the organising team reviews them. Until then the previous version is shown.'
	},
	admin: {
		title: 'Moderation',
		lead: 'New organisations and their innovations are published once you approve them. Changes to the name, logo or website of an approved organisation wait here for your review.',
		newOrganisations: 'New organisations',
		revisions: 'Changes to review',
		emptyOrganisations: 'No new organisations to review.',
		emptyRevisions: 'No changes to review.',
		approve: 'Approve',
		reject: 'Reject',
		before: 'Published',
		after: 'Proposed',
		name: 'Name',
		website: 'Website',
		logo: 'Logo',
		none: '(none)',
		innovations: (n: number) => (n === 1 ? '1 innovation' : `${n} innovations`),
		decided: 'Decision recorded.',
		unknown: 'That item is no longer pending.'
	},
	outbox: {
		hidden: '[link hidden: only its recipient may use it]'
	}
};

export default en;
