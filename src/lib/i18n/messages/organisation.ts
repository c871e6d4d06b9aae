const es = {
	title: 'Mi organización',
	fields: {
		name: 'Nombre de la organización',
		kind: 'Tipo',
		country: 'País',
		countryHint: 'Código de 2 letras, por ejemplo PE, CL, CA.',
		city: 'Ciudad',
		website: 'Sitio web',
		websiteHint: 'Empieza con https://',
		descriptionEs: 'Descripción en español',
		descriptionEn: 'Descripción en inglés',
		descriptionHint: 'Hasta 2000 caracteres. Qué hacen y para quién.',
		sectors: 'Sectores',
		tags: 'Etiquetas',
		tagsHint: 'Separadas por comas, por ejemplo: teleoperación, 5G, drones. Hasta 12.',
		logo: 'Logo',
		logoHint: 'PNG, JPEG o WebP, hasta 2 MB. Lo ajustamos a 512 px. SVG no se acepta.',
		email: 'Correo de tu colega',
		titleEs: 'Título en español',
		titleEn: 'Título en inglés',
		summaryEs: 'Resumen en español',
		summaryEn: 'Resumen en inglés',
		sector: 'Sector',
		trl: 'Nivel de madurez tecnológica (TRL)',
		trlHint: 'De 1 (idea) a 9 (probado en operación). Opcional.',
		reason: 'Motivo'
	},
	validation: {
		nameRequired: 'Escribe el nombre de la organización.',
		tooLong: (max: number) => `Puede tener hasta ${max} caracteres.`,
		kindInvalid: 'Elige un tipo de la lista.',
		countryInvalid: 'Escribe un código de país de 2 letras, por ejemplo PE.',
		websiteInvalid: 'Escribe una dirección que empiece con https:// o http://.',
		sectorInvalid: 'Elige sectores de la lista.',
		sectorRequired: 'Elige un sector.',
		tagsTooMany: 'Hasta 12 etiquetas de 40 caracteres cada una.',
		titleRequired: 'Escribe el título al menos en un idioma.',
		trlInvalid: 'El TRL es un número del 1 al 9.',
		logoRequired: 'Elige un archivo de imagen.',
		logoTooBig: 'La imagen pesa más de 2 MB.',
		logoType: 'Solo aceptamos imágenes PNG, JPEG o WebP (no SVG).',
		logoPixels: 'La imagen es demasiado grande (más de 25 megapíxeles).',
		logoUnreadable: 'No pudimos leer esa imagen. Prueba con otro archivo.',
		reasonRequired: 'Escribe el motivo del rechazo; se enviará a la organización.',
		selectApplications: 'Selecciona al menos una postulación.',
		inviteSelf: 'Ya formas parte de la organización.',
		inviteMember: 'Esa persona ya pertenece a una organización.'
	},
	create: {
		title: 'Registrar mi organización',
		lead: 'Tu organización aparecerá en el directorio de EXTEMIN. Luego podrás postular como expositor.',
		submit: 'Registrar organización'
	},
	summary: {
		lead: 'Gestiona el perfil público, las innovaciones y tu postulación.',
		viewPublic: 'Ver perfil público',
		edit: 'Editar perfil',
		members: 'Equipo',
		innovations: 'Innovaciones',
		addInnovation: 'Agregar innovación',
		noInnovationsTitle: 'Aún no registras innovaciones',
		noInnovationsBody:
			'Cuenta qué soluciones presentarán en EXTEMIN: aparecen en la búsqueda y en su perfil.',
		ownerOnly: 'Solo quien administra la organización puede editarla.',
		saved: 'Cambios guardados. Se verán en la búsqueda en unos segundos.'
	},
	edit: {
		title: 'Editar perfil',
		submit: 'Guardar cambios',
		logoTitle: 'Logo',
		logoSubmit: 'Subir logo',
		logoNone: 'Sin logo todavía',
		cancel: 'Cancelar'
	},
	innovation: {
		newTitle: 'Nueva innovación',
		editTitle: 'Editar innovación',
		submit: 'Guardar innovación',
		delete: 'Eliminar innovación',
		deleteConfirm: 'Se eliminará de tu perfil y de la búsqueda.',
		deleted: 'Innovación eliminada.'
	},
	members: {
		title: 'Equipo',
		lead: 'Invita a colegas por correo. Al aceptar, podrán ver la organización y participar en la rueda de negocios.',
		owner: 'Administrador',
		member: 'Miembro',
		invite: 'Enviar invitación',
		invited: (email: string) => `Enviamos una invitación a ${email}.`,
		pending: 'Invitaciones pendientes',
		expires: 'Vence',
		noPending: 'No hay invitaciones pendientes.'
	},
	invite: {
		title: 'Invitación',
		lead: (org: string) => `Te invitaron a unirte a ${org} en EXTEMIN Connect.`,
		accept: 'Aceptar invitación',
		signIn: 'Ingresa o crea una cuenta con el correo invitado para aceptar.',
		wrongAccount: (email: string) => `Esta invitación es para ${email}. Ingresa con esa cuenta.`,
		alreadyMember: 'Ya perteneces a una organización; no puedes unirte a otra.',
		invalid: 'Esta invitación no es válida, ya se usó o venció.',
		subject: (org: string) => `Te invitaron a ${org} en EXTEMIN Connect`,
		body: (inviter: string, org: string, link: string) =>
			`${inviter} te invitó a unirte a ${org} en EXTEMIN Connect.\n\nAcepta la invitación aquí (vence en 7 días):\n\n${link}`
	},
	apply: {
		title: 'Participación como expositor',
		notApplied: 'Tu organización aún no postula para exponer en EXTEMIN.',
		submit: 'Postular como expositor',
		applied: 'Postulación enviada. Te avisaremos por correo cuando el comité decida.',
		status: { pending: 'En revisión', approved: 'Aprobada', rejected: 'No aprobada' } as Record<
			string,
			string
		>,
		reason: 'Motivo',
		reapply: 'Postular de nuevo'
	},
	decision: {
		approvedSubject: (org: string) => `${org}: postulación a EXTEMIN aprobada`,
		approvedBody: (org: string) =>
			`¡Buenas noticias! La postulación de ${org} para exponer en EXTEMIN fue aprobada. El equipo organizador te contactará para asignar el stand.`,
		rejectedSubject: (org: string) => `${org}: respuesta a tu postulación a EXTEMIN`,
		rejectedBody: (org: string, reason: string) =>
			`La postulación de ${org} para exponer en EXTEMIN no fue aprobada.\n\nMotivo: ${reason}`
	},
	admin: {
		title: 'Postulaciones de expositores',
		lead: 'Aprueba o rechaza postulaciones. Cada decisión se avisa por correo y queda en el registro de auditoría.',
		filterStatus: 'Estado',
		filterKind: 'Tipo',
		filterSector: 'Sector',
		all: 'Todos',
		filter: 'Filtrar',
		organisation: 'Organización',
		applied: 'Postuló',
		select: 'Seleccionar',
		selectAll: 'Seleccionar todas',
		approve: 'Aprobar seleccionadas',
		reject: 'Rechazar seleccionadas',
		reasonHint: 'Obligatorio para rechazar; se envía a cada organización.',
		decided: (n: number) => `${n} postulaciones actualizadas.`,
		emptyTitle: 'No hay postulaciones con estos filtros',
		emptyBody: 'Cuando una organización postule, aparecerá aquí.'
	}
};

const en: typeof es = {
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

export const organisation = { es, en };
