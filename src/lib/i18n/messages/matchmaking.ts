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
		blocked: 'No es posible enviar solicitudes entre ustedes.',
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
		noRuns: 'Aún no se ha programado.'
	}
};

const en: typeof es = {
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
		blocked: 'Requests between you are not possible.',
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
		noRuns: 'No scheduling run yet.'
	}
};

export const matchmaking = { es, en };
