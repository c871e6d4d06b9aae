import type { PeopleGroup } from './places';

export interface NameBank {
	female: string[];
	male: string[];
	surnames: string[];
	/** Two surnames, as in Peru and most of Latin America and Spain. */
	double: boolean;
}

const LATAM_FEMALE = [
	'María',
	'Valentina',
	'Camila',
	'Daniela',
	'Fernanda',
	'Paula',
	'Andrea',
	'Gabriela',
	'Carolina',
	'Natalia',
	'Javiera',
	'Isabel'
];
const LATAM_MALE = [
	'José',
	'Matías',
	'Sebastián',
	'Andrés',
	'Felipe',
	'Cristián',
	'Rodrigo',
	'Alejandro',
	'Tomás',
	'Diego',
	'Gonzalo',
	'Ricardo'
];

export const NAME_BANKS: Record<PeopleGroup, NameBank> = {
	pe: {
		female: [
			'María',
			'Rosa',
			'Lucía',
			'Carmen',
			'Milagros',
			'Ana',
			'Flor',
			'Yeni',
			'Nilda',
			'Yesenia',
			'Fiorella',
			'Gianella',
			'Katherine',
			'Roxana',
			'Elizabeth',
			'Maribel',
			'Sonia',
			'Pilar',
			'Jimena',
			'Alejandra',
			'Nayeli',
			'Sumaq'
		],
		male: [
			'Juan',
			'José',
			'Luis',
			'Carlos',
			'Jorge',
			'Miguel',
			'Renzo',
			'Diego',
			'Kevin',
			'Edwin',
			'Wilber',
			'Percy',
			'Raúl',
			'Julio',
			'Víctor',
			'Fernando',
			'Hugo',
			'César',
			'Óscar',
			'Alonso',
			'Rodrigo',
			'Yuri'
		],
		surnames: [
			'Quispe',
			'Mamani',
			'Huamán',
			'Condori',
			'Flores',
			'Rojas',
			'Vargas',
			'Chávez',
			'Ramos',
			'Torres',
			'Paredes',
			'Salas',
			'Zegarra',
			'Núñez',
			'Cáceres',
			'Valdivia',
			'Apaza',
			'Ccama',
			'Pari',
			'Ticona',
			'Llerena',
			'Bustamante',
			'Delgado',
			'Medina',
			'Portugal',
			'Chirinos',
			'Begazo',
			'Linares',
			'Huanca',
			'Choque',
			'Gutiérrez',
			'Málaga'
		],
		double: true
	},
	latam: {
		female: LATAM_FEMALE,
		male: LATAM_MALE,
		surnames: [
			'González',
			'Muñoz',
			'Rojas',
			'Díaz',
			'Pérez',
			'Soto',
			'Contreras',
			'Silva',
			'Martínez',
			'Sepúlveda',
			'Hernández',
			'López',
			'García',
			'Ramírez',
			'Restrepo',
			'Ospina',
			'Cárdenas',
			'Navarro',
			'Fuentes',
			'Araya'
		],
		double: true
	},
	es: {
		female: ['Lucía', 'Marta', 'Elena', 'Carmen', 'Laura', 'Irene', 'Nuria', 'Cristina'],
		male: ['Javier', 'Pablo', 'Álvaro', 'Sergio', 'Íñigo', 'Jordi', 'Manuel', 'Antonio'],
		surnames: [
			'García',
			'Fernández',
			'López',
			'Martín',
			'Sánchez',
			'Iglesias',
			'Etxeberria',
			'Puig',
			'Romero',
			'Alonso',
			'Moreno',
			'Vidal'
		],
		double: true
	},
	anglo: {
		female: [
			'Emily',
			'Sarah',
			'Olivia',
			'Charlotte',
			'Grace',
			'Hannah',
			'Megan',
			'Rachel',
			'Chloe',
			'Jessica'
		],
		male: [
			'Liam',
			'Noah',
			'Jack',
			'Thomas',
			'Daniel',
			'Michael',
			'Ryan',
			'Benjamin',
			'James',
			'Andrew'
		],
		surnames: [
			'Smith',
			'Walker',
			'Nguyen',
			"O'Brien",
			'Taylor',
			'Mitchell',
			'Campbell',
			'Harris',
			'Robinson',
			'Kelly',
			'Patel',
			'Reed',
			'Sullivan',
			'Morgan'
		],
		double: false
	},
	ca: {
		female: ['Émilie', 'Sophie', 'Olivia', 'Chloé', 'Megan', 'Isabelle', 'Amélie', 'Emma'],
		male: ['Mathieu', 'Liam', 'Étienne', 'Ethan', 'Nathan', 'Olivier', 'Connor', 'Samuel'],
		surnames: [
			'Tremblay',
			'Gagnon',
			'Côté',
			'Roy',
			'MacDonald',
			'Wilson',
			'Martin',
			'Bouchard',
			'Campbell',
			'Leblanc',
			'Fraser',
			'Singh'
		],
		double: false
	},
	za: {
		female: ['Thandiwe', 'Naledi', 'Anke', 'Lerato', 'Zanele', 'Priya', 'Michelle', 'Nomvula'],
		male: ['Sipho', 'Thabo', 'Pieter', 'Johan', 'Kagiso', 'Ruan', 'Mandla', 'Ashwin'],
		surnames: [
			'Naidoo',
			'van der Merwe',
			'Dlamini',
			'Nkosi',
			'Botha',
			'Mokoena',
			'Pretorius',
			'Khumalo',
			'Ndlovu',
			'Venter'
		],
		double: false
	},
	de: {
		female: ['Anna', 'Lena', 'Katrin', 'Julia', 'Sabine', 'Miriam', 'Franziska', 'Jana'],
		male: ['Lukas', 'Jonas', 'Matthias', 'Stefan', 'Tobias', 'Florian', 'Andreas', 'Felix'],
		surnames: [
			'Müller',
			'Schmidt',
			'Weber',
			'Becker',
			'Hoffmann',
			'Wagner',
			'Schäfer',
			'Krüger',
			'Neumann',
			'Richter'
		],
		double: false
	},
	fi: {
		female: ['Aino', 'Laura', 'Emilia', 'Sanna', 'Hanna', 'Riikka', 'Elina', 'Satu'],
		male: ['Mikko', 'Juha', 'Antti', 'Ville', 'Jukka', 'Timo', 'Eero', 'Petteri'],
		surnames: [
			'Virtanen',
			'Korhonen',
			'Mäkinen',
			'Nieminen',
			'Heikkinen',
			'Laine',
			'Järvinen',
			'Lehtonen',
			'Koskinen'
		],
		double: false
	},
	se: {
		female: ['Astrid', 'Ingrid', 'Elsa', 'Maja', 'Karin', 'Sofia', 'Linnea', 'Frida'],
		male: ['Erik', 'Lars', 'Johan', 'Magnus', 'Oskar', 'Henrik', 'Nils', 'Anders'],
		surnames: [
			'Lindqvist',
			'Johansson',
			'Andersson',
			'Nilsson',
			'Eriksson',
			'Lundberg',
			'Berg',
			'Holmström',
			'Sandberg'
		],
		double: false
	},
	cn: {
		female: ['Li Na', 'Mei', 'Xiaoling', 'Yan', 'Jing', 'Fang', 'Hui', 'Lan'],
		male: ['Wei', 'Jun', 'Hao', 'Lei', 'Ming', 'Qiang', 'Tao', 'Zhiwei'],
		surnames: ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'],
		double: false
	},
	br: {
		female: [
			'Ana Clara',
			'Beatriz',
			'Juliana',
			'Larissa',
			'Fernanda',
			'Mariana',
			'Letícia',
			'Camila'
		],
		male: ['João', 'Pedro', 'Rafael', 'Gustavo', 'Thiago', 'Bruno', 'Lucas', 'Felipe'],
		surnames: [
			'Silva',
			'Santos',
			'Oliveira',
			'Souza',
			'Pereira',
			'Costa',
			'Rodrigues',
			'Almeida',
			'Carvalho',
			'Ferreira'
		],
		double: false
	},
	jp: {
		female: ['Yui', 'Aiko', 'Haruka', 'Sakura', 'Yuki', 'Naomi', 'Emi', 'Mika'],
		male: ['Haruto', 'Takeshi', 'Kenji', 'Hiroshi', 'Daiki', 'Sho', 'Ryo', 'Kazuki'],
		surnames: [
			'Sato',
			'Suzuki',
			'Takahashi',
			'Tanaka',
			'Watanabe',
			'Ito',
			'Yamamoto',
			'Nakamura',
			'Kobayashi',
			'Kato'
		],
		double: false
	}
};

/** Email providers for attendees without an organisation (reserved .example domains). */
export const MAIL_PROVIDERS = [
	'correo.example',
	'mail.example',
	'andesnet.example',
	'inbox.example',
	'surmail.example'
];
