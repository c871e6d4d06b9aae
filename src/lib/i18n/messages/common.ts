const es = {
	appName: 'EXTEMIN Connect',
	skipToContent: 'Saltar al contenido',
	nav: {
		label: 'Navegación principal',
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
		switchToLabel: 'Switch to English'
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

const en: typeof es = {
	appName: 'EXTEMIN Connect',
	skipToContent: 'Skip to content',
	nav: {
		label: 'Main navigation',
		home: 'Home',
		exhibitors: 'Exhibitors',
		floor: 'Floor plan',
		matchmaking: 'Matchmaking',
		agenda: 'My agenda',
		myExtemin: 'My EXTEMIN',
		admin: 'Console',
		signIn: 'Sign in',
		signOut: 'Sign out',
		menu: 'Menu'
	},
	language: {
		label: 'Language',
		switchTo: 'Español',
		switchToLabel: 'Cambiar a español'
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
	kindsPlural: {
		company: 'Companies',
		startup: 'Startups',
		investor: 'Investors',
		university: 'Universities',
		'research-centre': 'Research centres',
		'small-producer': 'Small producers',
		'public-agency': 'Public agencies'
	},
	boothStatus: {
		free: 'Free',
		reserved: 'Reserved',
		assigned: 'Assigned',
		blocked: 'Blocked'
	},
	pagination: {
		label: 'Pagination',
		previous: 'Previous',
		next: 'Next',
		page: (page: number, pages: number) => `Page ${page} of ${pages}`
	},
	footer: {
		tagline: 'The technology exhibition of PERUMIN, the Mining Convention',
		rights: 'Exhibitor and matchmaking platform',
		contact: 'Contact'
	},
	errors: {
		notFoundTitle: 'We could not find this page',
		notFoundBody: 'The link may be incomplete, or the exhibitor may no longer take part.',
		badRequestTitle: 'Invalid request',
		forbiddenTitle: 'You do not have access to this page',
		unauthorizedTitle: 'Please sign in',
		serverTitle: 'Something went wrong',
		serverBody: 'We have logged the problem. Please try again in a few minutes.',
		backHome: 'Back to home',
		seeExhibitors: 'See exhibitors'
	},
	loading: 'Loading…',
	close: 'Close',
	save: 'Save',
	cancel: 'Cancel',
	search: 'Search',
	clear: 'Clear',
	all: 'All',
	yes: 'Yes',
	no: 'No'
};

export const common = { es, en };
