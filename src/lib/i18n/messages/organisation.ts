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
		email: 'Correo de su colega',
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
		nameRequired: 'Escriba el nombre de la organización.',
		tooLong: (max: number) => `Puede tener hasta ${max} caracteres.`,
		kindInvalid: 'Elija un tipo de la lista.',
		countryInvalid: 'Escriba un código de país de 2 letras, por ejemplo PE.',
		websiteInvalid: 'Escriba una dirección que empiece con https:// o http://.',
		sectorInvalid: 'Elija sectores de la lista.',
		sectorRequired: 'Elija un sector.',
		tagsTooMany: 'Hasta 12 etiquetas de 40 caracteres cada una.',
		titleRequired: 'Escriba el título al menos en un idioma.',
		trlInvalid: 'El TRL es un número del 1 al 9.',
		logoRequired: 'Elija un archivo de imagen.',
		logoTooBig: 'La imagen pesa más de 2 MB.',
		logoType: 'Solo aceptamos imágenes PNG, JPEG o WebP (no SVG).',
		logoPixels: 'La imagen es demasiado grande (más de 25 megapíxeles).',
		logoUnreadable: 'No pudimos leer esa imagen. Pruebe con otro archivo.',
		reasonRequired: 'Escriba el motivo del rechazo; se enviará a la organización.',
		selectApplications: 'Seleccione al menos una postulación.',
		inviteSelf: 'Ya formas parte de la organización.',
		inviteMember: 'Esa persona ya pertenece a una organización.'
	},
	create: {
		title: 'Registrar mi organización',
		lead: 'Su organización aparecerá en el directorio de EXTEMIN. Luego podrá postular como expositor.',
		submit: 'Registrar organización'
	},
	summary: {
		lead: 'Gestione el perfil público, las innovaciones y su postulación.',
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
		deleteConfirm: 'Se eliminará de su perfil y de la búsqueda.',
		deleted: 'Innovación eliminada.'
	},
	members: {
		title: 'Equipo',
		lead: 'Invite a colegas por correo. Al aceptar, podrán ver la organización y participar en la rueda de negocios.',
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
		lead: (org: string) => `Recibió una invitación para unirse a ${org} en EXTEMIN Connect.`,
		accept: 'Aceptar invitación',
		signIn: 'Ingrese o cree una cuenta con el correo invitado para aceptar.',
		wrongAccount: (email: string) => `Esta invitación es para ${email}. Ingrese con esa cuenta.`,
		alreadyMember: 'Ya pertenece a una organización; no puede unirse a otra.',
		invalid: 'Esta invitación no es válida, ya se usó o venció.',
		subject: (org: string) => `Invitación a ${org} en EXTEMIN Connect`,
		body: (inviter: string, org: string, link: string) =>
			`${inviter} le invitó a unirse a ${org} en EXTEMIN Connect.\n\nAcepte la invitación aquí (vence en 7 días):\n\n${link}`
	},
	apply: {
		title: 'Participación como expositor',
		notApplied: 'Su organización aún no postula para exponer en EXTEMIN.',
		submit: 'Postular como expositor',
		applied: 'Postulación enviada. Le avisaremos por correo cuando el comité decida.',
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
			`¡Buenas noticias! La postulación de ${org} para exponer en EXTEMIN fue aprobada. El equipo organizador se pondrá en contacto con usted para asignar el stand.`,
		rejectedSubject: (org: string) => `${org}: respuesta a su postulación a EXTEMIN`,
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

export type OrganisationMessages = typeof es;
export default es;
