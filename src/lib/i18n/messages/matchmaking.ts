const es = {
	title: 'Rueda de negocios',
	lead: 'Encuentre a las empresas, inversionistas, universidades, centros de investigación y pequeños productores que más le conviene conocer, y reúnase con ellos en mesas numeradas durante EXTEMIN.',
	steps: [
		'Cuente qué ofrece y qué busca',
		'Reciba recomendaciones explicadas',
		'Solicite reuniones y acepte las que le interesen',
		'Vea su agenda con hora y número de mesa'
	],
	signIn: 'Ingresar para participar',
	optIn: 'Crear mi perfil de reuniones',
	editProfile: 'Editar perfil',
	requestsLink: 'Solicitudes',
	agendaLink: 'Mi agenda',
	pendingBadge: (n: number) => (n === 1 ? '1 pendiente' : `${n} pendientes`),
	recommendations: 'Recomendados para usted',
	noRecommendations:
		'Aún no hay recomendaciones con estos filtros. Pruebe quitar filtros o añadir más ofertas y búsquedas a su perfil.',
	score: 'Afinidad',
	requestMeeting: 'Solicitar reunión',
	viewProfile: 'Ver perfil',
	filters: {
		title: 'Filtrar',
		kind: 'Tipo',
		sector: 'Sector',
		country: 'País',
		any: 'Todos',
		apply: 'Aplicar',
		clear: 'Quitar filtros'
	},
	kinds: {
		company: 'Empresa',
		startup: 'Startup',
		investor: 'Inversionista',
		university: 'Universidad',
		'research-centre': 'Centro de investigación',
		'small-producer': 'Pequeño productor',
		'public-agency': 'Entidad pública'
	} as Record<string, string>,
	reasons: {
		offersWhatYouSeek: (terms: string) => `Ofrece ${terms}, que usted busca`,
		seeksWhatYouOffer: (terms: string) => `Busca ${terms}, que usted ofrece`,
		sharedSectors: (sectors: string) => `ambos trabajan en ${sectors}`,
		kindFit: (a: string, b: string) =>
			`usted: ${a.toLowerCase()}; la otra parte: ${b.toLowerCase()}`,
		similarTopics: (words: string) => `ambos mencionan ${words} en su perfil`,
		noCommonLanguage: 'no comparten un idioma de reunión',
		and: ' y '
	},
	profile: {
		title: 'Mi perfil de reuniones',
		lead: 'Lo que escriba aquí decide a quién le recomendamos y quién puede encontrarle.',
		headline: 'Presentación breve',
		headlineHint: 'Una frase: qué hace y qué busca en EXTEMIN.',
		offers: 'Qué ofrece',
		seeks: 'Qué busca',
		freeHint: 'Otros temas, separados por punto y coma',
		sectors: 'Sectores',
		languages: 'Idiomas para reunirse',
		languageNames: { es: 'Español', en: 'Inglés' } as Record<string, string>,
		maxMeetings: 'Máximo de reuniones',
		maxMeetingsHint: 'Vacío: sin límite.',
		investor: 'Si es inversionista',
		ticketSize: 'Ticket típico (USD)',
		stage: 'Etapa que financia',
		producer: 'Si es pequeño productor: sus necesidades',
		availability: 'Disponibilidad',
		availabilityHint: 'Marque los turnos en que puede reunirse. Sin marcar ninguno: todos.',
		save: 'Guardar perfil',
		saved: 'Perfil guardado.',
		optOut: 'Dejar la rueda de negocios',
		optOutHint: 'Dejará de aparecer en recomendaciones; sus reuniones ya agendadas se mantienen.',
		errors: {
			headlineLength: 'La presentación admite hasta 160 caracteres.',
			needsOfferOrSeek: 'Indique al menos algo que ofrece o que busca.',
			languages: 'Elija al menos un idioma.',
			maxMeetings: 'Escriba un número entre 1 y 100.',
			tooMany: 'Elija como máximo 12 ofertas y 12 búsquedas.'
		} as Record<string, string>
	},
	person: {
		offers: 'Ofrece',
		seeks: 'Busca',
		languages: 'Idiomas',
		why: 'Por qué reunirse',
		message: 'Mensaje (opcional)',
		messageHint: 'Cuente en dos líneas por qué quiere reunirse.',
		send: 'Enviar solicitud',
		sent: 'Solicitud enviada.',
		notOptedIn: 'Esta persona no participa en la rueda de negocios.'
	},
	requests: {
		title: 'Solicitudes de reunión',
		incoming: 'Recibidas',
		outgoing: 'Enviadas',
		empty: 'No hay solicitudes todavía.',
		emptyHint: 'Revise sus recomendaciones y envíe la primera.',
		status: {
			pending: 'Pendiente',
			accepted: 'Aceptada',
			declined: 'Rechazada',
			cancelled: 'Cancelada'
		} as Record<string, string>,
		accept: 'Aceptar',
		decline: 'Rechazar',
		reason: 'Motivo (opcional)',
		cancel: 'Cancelar',
		withdraw: 'Retirar',
		meetingAt: (when: string, table: number) => `${when} · Mesa ${table}`,
		noSlot: 'Aceptada, sin turno aún: elija uno o el organizador la agendará.',
		noSlotTitle: 'Sin turno en común',
		chooseSlot: 'Elegir este turno',
		booked: 'Reunión agendada.',
		accepted: 'Solicitud aceptada.',
		declined: 'Solicitud rechazada.',
		cancelled: 'Cancelado.'
	},
	agenda: {
		title: 'Mi agenda',
		empty: 'Aún no tiene reuniones agendadas.',
		emptyHint:
			'Cuando acepten sus solicitudes, o usted acepte una, la reunión aparecerá aquí con su mesa.',
		table: 'Mesa',
		zone: 'Zona',
		with: 'Con',
		print: 'Imprimir',
		download: 'Descargar .ics',
		subscribe: 'Suscribirse desde su calendario',
		subscribeHint:
			'Genere un enlace privado para Google Calendar, Outlook o Apple Calendar. Generar uno nuevo anula el anterior.',
		createLink: 'Generar enlace privado',
		linkReady: 'Copie este enlace ahora; por seguridad no se vuelve a mostrar:',
		cancel: 'Cancelar reunión',
		move: 'Cambiar turno',
		moveTo: 'Mover a',
		locked: 'Fijada por el organizador',
		lockChange: 'Pedir un cambio',
		printedOn: 'Agenda de',
		date: 'Fecha',
		time: 'Hora',
		venue: (venue: string, city: string) => `Rueda de negocios · ${venue}, ${city}`,
		cancelled: 'Reunión cancelada. La solicitud sigue aceptada: puede elegir otro turno.'
	},
	errors: {
		'not-found': 'No encontramos esa solicitud o reunión.',
		forbidden: 'Esta acción no le corresponde.',
		'self-request': 'No puede solicitarse una reunión a sí mismo.',
		'not-opted-in': 'Primero cree su perfil de reuniones.',
		'partner-not-opted-in': 'Esta persona no participa en la rueda de negocios.',
		'duplicate-request': 'Ya hay una solicitud abierta con esta persona.',
		'open-request-cap':
			'Tiene 20 solicitudes sin respuesta. Espere respuestas o retire alguna antes de enviar más.',
		'not-pending': 'Esta solicitud ya fue respondida.',
		'slot-taken': 'Ese turno acaba de ocuparse. Elija uno de los siguientes turnos libres.',
		'no-common-slot': 'No hay un turno libre en común.',
		'meeting-cap': 'Se alcanzó el máximo de reuniones de uno de los dos.',
		'message-too-long': 'El mensaje admite hasta 1000 caracteres.',
		'message-not-text': 'Mensaje: escriba texto; no se admite un archivo.',
		'reason-too-long': 'Motivo: admite hasta 1000 caracteres.',
		'reason-not-text': 'Motivo: escriba texto; no se admite un archivo.',
		'reason-required': 'Motivo: cuéntele al organizador qué cambio necesita.',
		'bad-id': 'El identificador enviado no es un número entero válido.',
		'slot-unknown': 'Ese turno no existe. Elija uno de la lista.',
		'window-closed':
			'El organizador cerró el periodo de solicitudes: por ahora no se pueden enviar nuevas solicitudes.',
		'declined-pair':
			'Esta persona rechazó su solicitud. Solo ella puede reabrirla; no se puede volver a enviar.',
		'daily-cap': 'Envió 25 solicitudes en las últimas 24 horas. Podrá enviar más mañana.',
		'pair-cap': 'Ya envió 3 solicitudes a esta persona. No se pueden enviar más.',
		blocked: 'No es posible solicitar ni aceptar reuniones entre ustedes.',
		locked:
			'El organizador fijó esta reunión: solo el organizador puede cambiarla. Puede pedirle un cambio.',
		'not-declined': 'Solo se puede reabrir una solicitud rechazada.'
	} as Record<string, string>,
	mail: {
		subject: (kind: string, partner: string) =>
			({
				'request-received': `Nueva solicitud de reunión: ${partner}`,
				'request-accepted': `Su solicitud de reunión fue aceptada: ${partner}`,
				'request-declined': `Su solicitud de reunión fue rechazada: ${partner}`,
				'request-reopened': `${partner} reabrió su solicitud de reunión`,
				'request-cancelled': `Una solicitud de reunión fue cancelada: ${partner}`,
				'meeting-booked': `Reunión agendada: ${partner}`,
				'meeting-cancelled': `${partner} canceló su reunión`,
				'meeting-moved': `Reunión reprogramada: ${partner}`,
				'schedule-published': 'Su agenda de reuniones en EXTEMIN está publicada'
			})[kind] ?? `EXTEMIN Connect: ${partner}`,
		when: 'Cuándo',
		table: 'Mesa',
		reason: 'Motivo',
		seeMore: 'Revise sus solicitudes y su agenda en EXTEMIN Connect',
		digestLine: (when: string, table: number, partner: string, locked: boolean) =>
			`${when} · Mesa ${table} · ${partner}${locked ? ' (fijada por el organizador)' : ''}`,
		againHint: 'La solicitud sigue aceptada: pueden elegir otro turno.'
	},
	notifications: {
		title: 'Avisos',
		empty: 'No tiene avisos.',
		unread: (n: number) => (n === 1 ? '1 aviso sin leer' : `${n} avisos sin leer`),
		markRead: 'Marcar todo como leído',
		open: 'Ver'
	},
	window: {
		closed:
			'El periodo de solicitudes está cerrado: no se pueden enviar nuevas solicitudes. Puede responder las que ya recibió.'
	},
	lock: {
		changeTitle: 'Pedir un cambio al organizador',
		changeHint: 'Explique qué necesita (otro turno, cancelarla) y por qué.',
		changeReason: 'Motivo del cambio',
		send: 'Enviar al organizador',
		sent: 'Su pedido de cambio fue enviado al organizador.'
	},
	cancelDialog: {
		title: '¿Cancelar esta reunión?',
		body: 'Le avisaremos a la otra persona que usted la canceló. La solicitud sigue aceptada, así que podrán agendar otro turno.',
		reason: 'Motivo (opcional, se le envía a la otra persona)',
		confirm: 'Sí, cancelar reunión',
		keep: 'No, mantenerla'
	},
	pairing: {
		reopen: 'Reabrir solicitud',
		reopened: 'Solicitud reabierta: puede aceptarla.',
		block: 'Bloquear a esta persona',
		blockHint: 'No podrán enviarse solicitudes ni aparecerán en sus recomendaciones.',
		unblock: 'Desbloquear',
		blocked: 'Bloqueó a esta persona.',
		unblocked: 'Desbloqueó a esta persona.',
		declinedNote: 'Esta persona rechazó su solicitud; no se puede volver a enviar.'
	},
	noCommonTime: 'Sin horario en común',
	noCommonTimeHint:
		'No tienen ningún turno libre en común. Amplíe su disponibilidad en su perfil o escriba al organizador.',
	noSlotWhy:
		'Aceptada, pero no tienen ningún turno libre en común. Amplíe su disponibilidad en su perfil, pídale a la otra persona que amplíe la suya, o el organizador intentará agendarla.',
	scoreOf: (score: number) => `Afinidad ${score} de 100`,
	producers: {
		title: 'Para pequeños productores',
		lead: 'Proveedores de herramientas para la pequeña minería: monitoreo ambiental, procesamiento sin mercurio, trazabilidad, formalización, capacitación en seguridad y financiamiento. Visítelos en su stand o solicite una reunión.',
		homeLink: 'Herramientas para pequeños productores',
		booth: 'Stand',
		noBooth: 'Sin stand',
		none: 'Aún no hay proveedores para esta necesidad.',
		request: 'Solicitar reunión',
		providers: (n: number) => (n === 1 ? '1 proveedor' : `${n} proveedores`)
	},
	organiser: {
		drafts: (n: number) =>
			n === 1
				? '1 reunión del programador sin publicar: los participantes aún no la ven.'
				: `${n} reuniones del programador sin publicar: los participantes aún no las ven.`,
		noDrafts: 'No hay reuniones del programador pendientes de publicar.',
		publishDrafts: 'Publicar y fijar reuniones',
		changes: 'Pedidos de cambio de reuniones fijadas',
		noChanges: 'No hay pedidos de cambio.',
		cancelMeeting: 'Cancelar la reunión',
		resolve: 'Marcar como atendido',
		asked: (name: string, when: string, table: number) => `${name} · ${when} · Mesa ${table}`,
		eventDates: (from: string, to: string) => `Fechas del evento: del ${from} al ${to}.`
	},
	admin: {
		title: 'Programación de reuniones',
		lead: 'Agenda todas las solicitudes aceptadas sin reunión, manteniendo las reuniones ya publicadas y las fijadas.',
		preview: 'Vista previa (rápida)',
		run: 'Programar (borrador, sin publicar)',
		budget: 'Tiempo máximo (segundos)',
		running: 'Programando…',
		phase: 'Fase',
		weight: 'Peso agendado / cota superior',
		optimal: 'Óptimo demostrado',
		yes: 'Sí',
		no: 'No',
		unscheduled: 'Sin agendar',
		idleGaps: 'Huecos entre reuniones',
		written: 'Reuniones nuevas',
		requests: 'Solicitudes consideradas',
		busy: 'Ya hay una programación en curso.',
		failed: 'La programación falló:',
		history: 'Ejecuciones anteriores',
		noRuns: 'Aún no se ha programado.',
		quality: (pct: string) => `Al menos el ${pct} % de lo mejor posible`,
		qualityHelp:
			'Peso agendado dividido entre una cota superior demostrada: ninguna programación válida puede superar esa cota.',
		boundMethod: 'Cota calculada con',
		boundMethods: {
			'lp-per-slot': 'relajación lineal por horario',
			'lp-per-block': 'relajación lineal por bloques de horarios',
			lagrangian: 'relajación lagrangiana',
			mip: 'ramificación y acotamiento (HiGHS)'
		} as Record<string, string>,
		unscheduledTitle: 'Solicitudes sin agendar y motivo',
		unscheduledNone: 'Todas las solicitudes quedaron agendadas.',
		unscheduledMore: (n: number) => (n === 1 ? 'y 1 más' : `y ${n} más`),
		reasons: {
			'no-common-slot': 'No comparten ningún horario disponible.',
			cap: (name: string) => `${name} ya alcanzó su máximo de reuniones.`,
			'no-table': 'No quedan mesas en sus horarios comunes.',
			lost: 'Sus horarios comunes se asignaron a otras solicitudes.'
		},
		cancel: 'Cancelar la programación',
		cancelled: 'La programación fue cancelada.',
		notRunning: 'No hay una programación en curso.'
	}
};

export type MatchmakingMessages = typeof es;
export default es;
