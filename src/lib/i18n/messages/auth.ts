const es = {
	errors: {
		forbidden: 'No tiene permiso para ver esta página.',
		notOwner: 'Solo quien administra la organización puede hacer esto.',
		signInRequired: 'Ingrese con su cuenta para continuar.',
		backHome: 'Volver al inicio',
		tooMany: (seconds: number) =>
			`Demasiados intentos. Espere ${seconds > 90 ? `${Math.ceil(seconds / 60)} minutos` : `${seconds} segundos`} y vuelva a intentarlo.`,
		summary: 'Revise los campos marcados:',
		badForm: 'No pudimos leer el formulario. Vuelva a enviarlo.'
	},
	fields: {
		email: 'Correo electrónico',
		password: 'Contraseña',
		currentPassword: 'Contraseña actual',
		newPassword: 'Nueva contraseña',
		name: 'Nombre completo'
	},
	validation: {
		emailRequired: 'Escriba su correo electrónico.',
		emailInvalid: 'Escriba un correo válido, por ejemplo nombre@empresa.pe.',
		nameRequired: 'Escriba su nombre.',
		nameTooLong: 'El nombre puede tener hasta 120 caracteres.',
		passwordRequired: 'Escriba una contraseña.',
		passwordTooShort: 'La contraseña debe tener al menos 8 caracteres.',
		passwordTooLong: 'La contraseña puede tener hasta 128 caracteres.',
		passwordCommon:
			'Esa contraseña es muy común y fácil de adivinar. Elija otra, por ejemplo una frase.',
		currentPasswordWrong: 'La contraseña actual no es correcta.',
		invalidCredentials: 'El correo o la contraseña no son correctos.',
		emailTaken: 'Ya existe una cuenta con este correo. Ingrese o recupere su contraseña.'
	},
	passwordHint: 'Al menos 8 caracteres. Una frase fácil de recordar es una buena opción.',
	login: {
		title: 'Ingresar',
		lead: 'Acceda a sus favoritos, su organización y la rueda de negocios.',
		submit: 'Ingresar',
		forgot: '¿Olvidó su contraseña?',
		noAccount: '¿No tiene cuenta?',
		signup: 'Crear una cuenta'
	},
	signup: {
		title: 'Crear una cuenta',
		lead: 'Guarde expositores e innovaciones, registre su organización y agende reuniones.',
		submit: 'Crear cuenta',
		haveAccount: '¿Ya tiene cuenta?',
		login: 'Ingresar'
	},
	logout: { submit: 'Salir' },
	verify: {
		title: 'Confirme su correo',
		banner: 'Confirme su correo: le enviamos un enlace.',
		resend: 'Enviar el enlace otra vez',
		resent: 'Le enviamos un nuevo enlace de confirmación.',
		done: '¡Listo! Su correo quedó confirmado.',
		invalid: 'Este enlace no es válido o ya venció. Pida uno nuevo desde Mi EXTEMIN.',
		continue: 'Ir a Mi EXTEMIN'
	},
	forgot: {
		title: 'Recuperar contraseña',
		lead: 'Escriba el correo de su cuenta y le enviaremos un enlace para crear una nueva contraseña.',
		submit: 'Enviar enlace',
		sent: 'Si hay una cuenta con ese correo, le enviamos un enlace. Revise su bandeja de entrada; vence en 1 hora.'
	},
	reset: {
		title: 'Nueva contraseña',
		lead: 'Elija una contraseña nueva. Cerraremos las sesiones abiertas en otros dispositivos.',
		submit: 'Guardar contraseña',
		invalid: 'Este enlace no es válido o ya venció.',
		askAgain: 'Pedir un enlace nuevo',
		done: 'Su contraseña cambió. Ya puede usarla.'
	},
	setup: {
		title: 'Configure su cuenta de organizador',
		lead: (email: string) => `Elija su nombre y contraseña para ${email}.`,
		submit: 'Activar cuenta',
		invalid: 'Este enlace de configuración no es válido, ya se usó o venció (dura 24 horas).'
	},
	me: {
		title: 'Mi EXTEMIN',
		greeting: (name: string) => `Hola, ${name}`,
		lead: 'Sus favoritos, su cuenta y su organización en un solo lugar.',
		bookmarks: 'Mis favoritos',
		seeAllBookmarks: 'Ver todos mis favoritos',
		noBookmarksTitle: 'Aún no tiene favoritos',
		noBookmarksBody:
			'Marque expositores e innovaciones con la estrella para encontrarlos aquí durante la feria.',
		explore: 'Explorar expositores',
		account: 'Mi cuenta',
		email: 'Correo',
		role: 'Perfil',
		roles: {
			attendee: 'Visitante',
			member: 'Miembro de organización',
			organiser: 'Organizador'
		} as Record<string, string>,
		verified: 'Confirmado',
		notVerified: 'Sin confirmar',
		organisation: 'Mi organización',
		noOrganisationTitle: '¿Representa a una empresa, startup o institución?',
		noOrganisationBody:
			'Registre su organización para aparecer en el directorio y postular como expositor.',
		createOrganisation: 'Registrar mi organización',
		manageOrganisation: 'Gestionar organización',
		changePassword: 'Cambiar contraseña',
		signOut: 'Cerrar sesión'
	},
	password: {
		title: 'Cambiar contraseña',
		lead: 'Por seguridad, confirme su contraseña actual.',
		endOthers: 'Cerrar mis sesiones en otros dispositivos',
		endOthersHint: 'Recomendado si cree que alguien más conoce su contraseña.',
		submit: 'Cambiar contraseña',
		changed: 'Su contraseña cambió.'
	},
	bookmarks: {
		title: 'Mis favoritos',
		add: 'Guardar en favoritos',
		remove: 'Quitar de favoritos',
		saved: 'Guardado',
		save: 'Guardar',
		signIn: 'Ingrese para guardar',
		organisations: 'Expositores',
		innovations: 'Innovaciones',
		invalid: 'No encontramos lo que intenta guardar.'
	},
	mail: {
		greeting: (name: string) => `Hola ${name}:`,
		signature: '— Equipo EXTEMIN · PERUMIN Convención Minera',
		ignore: 'Si no fue usted, ignore este mensaje.',
		verifySubject: 'Confirme su correo en EXTEMIN Connect',
		verifyBody: (link: string) =>
			`Confirme su correo con este enlace (vence en 48 horas):\n\n${link}`,
		resetSubject: 'Cree una nueva contraseña para EXTEMIN Connect',
		resetBody: (link: string) =>
			`Para crear una nueva contraseña, abra este enlace (vence en 1 hora):\n\n${link}`,
		setupSubject: 'Active su cuenta de organizador de EXTEMIN Connect'
	},
	outbox: {
		title: 'Correo saliente',
		lead: 'Sin servidor SMTP configurado, los correos se guardan aquí. Con SMTP_URL se envían y quedan registrados.',
		to: 'Para',
		subject: 'Asunto',
		date: 'Fecha',
		status: 'Estado',
		sent: 'Enviado',
		stored: 'Guardado',
		failed: 'Error',
		emptyTitle: 'No hay correos todavía',
		emptyBody: 'Aquí aparecerán las confirmaciones, invitaciones y respuestas a postulaciones.',
		queued: 'En cola',
		gaveUp: 'No se pudo enviar',
		attempts: 'Intentos',
		retry: 'Reintentar el envío',
		retried: 'El correo volvió a la cola de envío.',
		notRetryable: 'Ese correo no está en estado fallido.',
		badId: 'id: indique el número de un correo.'
	}
};

export type AuthMessages = typeof es;
export default es;
