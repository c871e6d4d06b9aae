const es = {
	title: 'Plano de la exhibición',
	lead: (halls: number) =>
		halls === 1
			? 'Encuentre expositores y stands en el pabellón de EXTEMIN.'
			: `Encuentre expositores y stands en los ${halls} pabellones de EXTEMIN.`,
	halls: 'Pabellones',
	hall: 'Pabellón',
	searchLabel: 'Buscar en el plano',
	searchPlaceholder: 'Expositor o stand (P1-045)',
	matches: (n: number) => (n === 1 ? '1 coincidencia' : `${n} coincidencias`),
	noMatches: 'Ninguno en este pabellón: pulse Intro para buscar en todos.',
	searchSubmit: 'Buscar en todos los pabellones',
	foundIn: (q: string, hall: string) => `«${q}»: encontrado en el ${hall}.`,
	notFoundAnywhere: (q: string) =>
		`Ningún stand ni expositor coincide con «${q}» en ningún pabellón.`,
	boothMissing: (code: string) => `El stand ${code} no existe. Revise el código o búsquelo abajo.`,
	keyboardHint:
		'Use las flechas para recorrer los stands, Intro para abrir uno y Escape para cerrarlo.',
	skipToList: 'Ir a la lista de expositores',
	boothStates: {
		assigned: 'ocupado',
		free: 'libre',
		reserved: 'reservado',
		blocked: 'no disponible'
	},
	zoomIn: 'Acercar',
	zoomOut: 'Alejar',
	zoomReset: 'Ver todo el pabellón',
	mapLabel: (hall: string) => `Plano del ${hall}`,
	booth: 'Stand',
	freeBooth: 'Stand libre',
	boothLabel: (code: string, who: string | null, state = 'libre') =>
		who ? `Stand ${code}: ${who}` : `Stand ${code}: ${state}`,
	viewExhibitor: 'Ver expositor',
	close: 'Cerrar',
	sectors: 'Sectores',
	size: (w: number, d: number) => `${w} × ${d} m`,
	legend: 'Leyenda',
	free: 'Libre',
	listTitle: (hall: string) => `Expositores del ${hall}`,
	listEmpty: 'Todavía no hay expositores asignados en este pabellón.',
	noHalls: 'El plano se publicará pronto.',
	noHallsBody: 'La organización está distribuyendo los stands. Vuelva en unos días.',
	hint: 'Pellizque o use la rueda para acercar; arrastre para moverse.',
	issues: {
		overlap: (b: string, o: string) => `El stand ${b} se superpone con el stand ${o}.`,
		outside: (b: string) => `El stand ${b} queda fuera del pabellón.`,
		'too-small': (b: string) => `El stand ${b} debe medir al menos 1 × 1 m.`,
		'bad-code': (b: string) => `El código «${b}» no es válido: use el formato P1-045.`,
		'duplicate-code': (b: string) => `El código ${b} está repetido.`,
		'booth-not-found': (b: string) => `No existe el stand ${b}.`,
		'hall-not-found': (h: string) => `No existe el pabellón ${h}.`,
		'hall-code-taken': (h: string) => `Ya existe un pabellón con el código ${h}.`,
		'hall-bad-code': (h: string) =>
			`El código de pabellón «${h}» no es válido: use letras y números (P1).`,
		'hall-bad-size': (h: string) =>
			`El ancho y el fondo del pabellón ${h} deben estar entre 1 y 1000 m.`,
		'hall-too-small': (h: string, b: string) =>
			`El pabellón ${h} no puede reducirse: el stand ${b} quedaría fuera.`,
		'hall-occupied': (h: string, b: string) =>
			`El pabellón ${h} tiene expositores (stand ${b}); reubíquelos primero.`,
		'code-taken': (b: string) => `Ya existe un stand con el código ${b}.`,
		'booth-blocked': (b: string) => `El stand ${b} está bloqueado.`,
		'exhibitor-not-found': () => 'Elija un expositor de la lista.',
		'exhibitor-not-approved': (e: string) => `${e} aún no está aprobado como expositor.`,
		'target-required': (b: string, e: string) =>
			`El stand ${b} tiene a ${e}: indique a qué stand trasladarlo o confirme que queda sin stand.`,
		'target-occupied': (b: string, e: string) => `El stand ${b} ya está asignado a ${e}.`,
		'grid-empty': (h: string) => `Con esas medidas no cabe ningún stand en el pabellón ${h}.`,
		'grid-overlap': (b: string, o: string) =>
			`La cuadrícula choca con el stand existente ${o} (en ${b}); elija «reemplazar» o libere el espacio.`
	},
	fieldErrors: {
		number: (field: string) => `${field}: ingrese un número.`,
		required: (field: string) => `${field}: es obligatorio.`
	}
};

export type FloorMessages = typeof es;
export default es;
