const es = {
	appName: 'EXTEMIN Connect',
	skipToContent: 'Saltar al contenido',
	nav: {
		label: 'Navegación principal',
		unread: (n: number) => (n === 1 ? '1 aviso sin leer' : `${n} avisos sin leer`),
		producersLink: 'Herramientas para pequeños productores',
		home: 'Inicio',
		exhibitors: 'Expositores',
		floor: 'Plano',
		matchmaking: 'Rueda de negocios',
		agenda: 'Mi agenda',
		myExtemin: 'Mi EXTEMIN',
		admin: 'Consola',
		signIn: 'Ingresar',
		signOut: 'Salir',
		menu: 'Menú'
	},
	language: {
		label: 'Idioma',
		switchTo: 'English',
		switchToLabel: 'Switch to English',
		invalid: 'Elija un idioma: español (es) o inglés (en).'
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
	kindsPlural: {
		company: 'Empresas',
		startup: 'Startups',
		investor: 'Inversionistas',
		university: 'Universidades',
		'research-centre': 'Centros de investigación',
		'small-producer': 'Pequeños productores',
		'public-agency': 'Entidades públicas'
	} as Record<string, string>,
	boothStatus: {
		free: 'Libre',
		reserved: 'Reservado',
		assigned: 'Asignado',
		blocked: 'Bloqueado'
	} as Record<string, string>,
	pagination: {
		label: 'Paginación',
		previous: 'Anterior',
		next: 'Siguiente',
		page: (page: number, pages: number) => `Página ${page} de ${pages}`
	},
	footer: {
		tagline: 'La exhibición tecnológica de PERUMIN, Convención Minera',
		rights: 'Plataforma de expositores y rueda de negocios',
		contact: 'Contacto'
	},
	errors: {
		notFoundTitle: 'No encontramos esta página',
		notFoundBody: 'Puede que el enlace esté incompleto o que el expositor ya no participe.',
		badRequestTitle: 'Solicitud no válida',
		forbiddenTitle: 'No tiene acceso a esta página',
		unauthorizedTitle: 'Necesita ingresar',
		serverTitle: 'Algo salió mal',
		serverBody: 'Ya registramos el problema. Intente de nuevo en unos minutos.',
		backHome: 'Volver al inicio',
		seeExhibitors: 'Ver expositores'
	},
	loading: 'Cargando…',
	close: 'Cerrar',
	save: 'Guardar',
	cancel: 'Cancelar',
	search: 'Buscar',
	clear: 'Limpiar',
	all: 'Todos',
	yes: 'Sí',
	no: 'No'
};

export type CommonMessages = typeof es;
export default es;
