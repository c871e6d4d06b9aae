import type { OrganisationMessages } from '../organisation';

const en: OrganisationMessages = {
	title: 'My organisation',
	fields: {
		name: 'Organisation name',
		kind: 'Type',
		country: 'Country',
		countryHint: 'Two-letter code, such as PE, CL, CA.',
		city: 'City',
		website: 'Website',
		websiteHint: 'Starts with https://',
		descriptionEs: 'Description in Spanish',
		descriptionEn: 'Description in English',
		descriptionHint: 'Up to 2000 characters. What you do and for whom.',
		sectors: 'Sectors',
		tags: 'Tags',
		tagsHint: 'Comma-separated, such as: teleoperation, 5G, drones. Up to 12.',
		logo: 'Logo',
		logoHint: 'PNG, JPEG or WebP, up to 2 MB. We resize it to 512 px. SVG is not accepted.',
		email: "Your colleague's email",
		titleEs: 'Title in Spanish',
		titleEn: 'Title in English',
		summaryEs: 'Summary in Spanish',
		summaryEn: 'Summary in English',
		sector: 'Sector',
		trl: 'Technology readiness level (TRL)',
		trlHint: 'From 1 (idea) to 9 (proven in operation). Optional.',
		reason: 'Reason'
	},
	validation: {
		nameRequired: 'Enter the name of the organisation.',
		tooLong: (max: number) => `It can be up to ${max} characters.`,
		kindInvalid: 'Choose a type from the list.',
		countryInvalid: 'Enter a two-letter country code, such as PE.',
		websiteInvalid: 'Enter an address that starts with https:// or http://.',
		sectorInvalid: 'Choose sectors from the list.',
		sectorRequired: 'Choose a sector.',
		tagsTooMany: 'Up to 12 tags of 40 characters each.',
		titleRequired: 'Enter the title in at least one language.',
		trlInvalid: 'TRL is a number from 1 to 9.',
		logoRequired: 'Choose an image file.',
		logoTooBig: 'The image is larger than 2 MB.',
		logoType: 'We only accept PNG, JPEG or WebP images (not SVG).',
		logoPixels: 'The image is too large (more than 25 megapixels).',
		logoUnreadable: 'We could not read that image. Try another file.',
		reasonRequired: 'Enter the reason for rejecting; it is sent to the organisation.',
		selectApplications: 'Select at least one application.',
		inviteSelf: 'You are already part of the organisation.',
		inviteMember: 'That person already belongs to an organisation.'
	},
	create: {
		title: 'Register my organisation',
		lead: 'Your organisation will appear in the EXTEMIN directory. Then you can apply to exhibit.',
		submit: 'Register organisation'
	},
	summary: {
		lead: 'Manage the public profile, the innovations and your application.',
		viewPublic: 'See public profile',
		edit: 'Edit profile',
		members: 'Team',
		innovations: 'Innovations',
		addInnovation: 'Add innovation',
		noInnovationsTitle: 'No innovations yet',
		noInnovationsBody:
			'Tell visitors what you will present at EXTEMIN: innovations appear in search and on your profile.',
		ownerOnly: 'Only the owner of the organisation can edit it.',
		saved: 'Changes saved. They reach search within seconds.'
	},
	edit: {
		title: 'Edit profile',
		submit: 'Save changes',
		logoTitle: 'Logo',
		logoSubmit: 'Upload logo',
		logoNone: 'No logo yet',
		cancel: 'Cancel'
	},
	innovation: {
		newTitle: 'New innovation',
		editTitle: 'Edit innovation',
		submit: 'Save innovation',
		delete: 'Delete innovation',
		deleteConfirm: 'It will be removed from your profile and from search.',
		deleted: 'Innovation deleted.'
	},
	members: {
		title: 'Team',
		lead: 'Invite colleagues by email. Once they accept, they can see the organisation and take part in matchmaking.',
		owner: 'Owner',
		member: 'Member',
		invite: 'Send invitation',
		invited: (email: string) => `We sent an invitation to ${email}.`,
		pending: 'Pending invitations',
		expires: 'Expires',
		noPending: 'No pending invitations.'
	},
	invite: {
		title: 'Invitation',
		lead: (org: string) => `You have been invited to join ${org} on EXTEMIN Connect.`,
		accept: 'Accept invitation',
		signIn: 'Sign in or create an account with the invited email to accept.',
		wrongAccount: (email: string) => `This invitation is for ${email}. Sign in with that account.`,
		alreadyMember: 'You already belong to an organisation; you cannot join another.',
		invalid: 'This invitation is not valid, was already used or has expired.',
		subject: (org: string) => `You are invited to ${org} on EXTEMIN Connect`,
		body: (inviter: string, org: string, link: string) =>
			`${inviter} invited you to join ${org} on EXTEMIN Connect.\n\nAccept the invitation here (it expires in 7 days):\n\n${link}`
	},
	apply: {
		title: 'Exhibiting',
		notApplied: 'Your organisation has not applied to exhibit at EXTEMIN yet.',
		submit: 'Apply to exhibit',
		applied: 'Application sent. We will email you when the committee decides.',
		status: { pending: 'Under review', approved: 'Approved', rejected: 'Not approved' },
		reason: 'Reason',
		reapply: 'Apply again'
	},
	decision: {
		approvedSubject: (org: string) => `${org}: EXTEMIN application approved`,
		approvedBody: (org: string) =>
			`Good news! The application of ${org} to exhibit at EXTEMIN was approved. The organising team will contact you to assign the booth.`,
		rejectedSubject: (org: string) => `${org}: answer to your EXTEMIN application`,
		rejectedBody: (org: string, reason: string) =>
			`The application of ${org} to exhibit at EXTEMIN was not approved.\n\nReason: ${reason}`
	},
	admin: {
		title: 'Exhibitor applications',
		lead: 'Approve or reject applications. Each decision is emailed and recorded in the audit log.',
		filterStatus: 'Status',
		filterKind: 'Type',
		filterSector: 'Sector',
		all: 'All',
		filter: 'Filter',
		organisation: 'Organisation',
		applied: 'Applied',
		select: 'Select',
		selectAll: 'Select all',
		approve: 'Approve selected',
		reject: 'Reject selected',
		reasonHint: 'Required to reject; it is sent to each organisation.',
		decided: (n: number) => `${n} applications updated.`,
		emptyTitle: 'No applications match these filters',
		emptyBody: 'When an organisation applies, it will appear here.'
	}
};

export default en;
