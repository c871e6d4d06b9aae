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

export type TrustMessages = typeof es;
export default es;
