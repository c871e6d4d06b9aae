/** Trust and safety: confirmed addresses, throttles, moderation (docs/security.md). */
const es = {
	signupSent: {
		title: 'Revise su correo',
		body: 'Le enviamos un mensaje a la dirección que escribió. Abra el enlace para confirmarla y luego ingrese con su contraseña.',
		login: 'Ingresar'
	},
	accountExists: {
		subject: 'Alguien intentó crear una cuenta con su correo',
		body: (login: string, forgot: string) =>
			`Alguien, quizá usted, intentó crear una cuenta de EXTEMIN Connect con esta dirección, que ya tiene una.\n\nSi fue usted, ingrese en ${login}\no recupere su contraseña en ${forgot}\n\nSi no fue usted, no necesita hacer nada: su cuenta no cambió.`
	},
	inviteTaken: {
		subject: (organisation: string) => `Invitación a ${organisation} en EXTEMIN Connect`,
		body: (inviter: string, organisation: string) =>
			`${inviter} le invitó a unirse a ${organisation} en EXTEMIN Connect, pero su cuenta ya pertenece a una organización o al equipo organizador, así que no puede aceptar la invitación.\n\nSi quiere cambiar de organización, escriba al equipo organizador.`
	},
	unconfirmed: {
		title: 'Confirme su correo primero',
		body: 'Para enviar solicitudes de reunión o invitaciones, registrar o editar una organización o postular como expositor, primero confirme su dirección de correo con el enlace que le enviamos.',
		resend: 'Enviar el enlace otra vez'
	},
	moderation: {
		pendingOrganisation:
			'Su organización se publicará en el catálogo cuando el equipo organizador la apruebe.',
		rejectedOrganisation:
			'El equipo organizador no aprobó la publicación de su organización. Escríbale si cree que es un error.',
		pendingRevision:
			'Los cambios de nombre, logo o sitio web se publicarán cuando el equipo organizador los revise. Mientras tanto se muestra la versión anterior.'
	},
	admin: {
		title: 'Moderación',
		lead: 'Las organizaciones nuevas y sus innovaciones se publican cuando usted las aprueba. Los cambios de nombre, logo o sitio web de una organización aprobada esperan aquí su revisión.',
		newOrganisations: 'Organizaciones nuevas',
		revisions: 'Cambios por revisar',
		emptyOrganisations: 'No hay organizaciones nuevas por revisar.',
		emptyRevisions: 'No hay cambios por revisar.',
		approve: 'Aprobar',
		reject: 'Rechazar',
		before: 'Publicado',
		after: 'Propuesto',
		name: 'Nombre',
		website: 'Sitio web',
		logo: 'Logo',
		none: '(ninguno)',
		innovations: (n: number) => (n === 1 ? '1 innovación' : `${n} innovaciones`),
		decided: 'Decisión registrada.',
		unknown: 'Ese elemento ya no está pendiente.'
	},
	outbox: {
		hidden: '[enlace oculto: solo su destinatario puede usarlo]'
	}
};

const en: typeof es = {
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

export const trust = { es, en };
