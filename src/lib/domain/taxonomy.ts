/** The event's fixed vocabulary: sectors, kinds of organisation, countries. Pure data. */

export const CORE_SECTORS = [
	'ai',
	'automation',
	'renewables',
	'electromobility',
	'circular-economy'
] as const;
export type CoreSectorKey = (typeof CORE_SECTORS)[number];

export interface SectorDefinition {
	key: string;
	name: { es: string; en: string };
	/** Accent colour, readable on white at 4.5:1 or better. */
	color: string;
}

export const CORE_SECTOR_DEFINITIONS: SectorDefinition[] = [
	{
		key: 'ai',
		name: { es: 'Inteligencia artificial', en: 'Artificial intelligence' },
		color: '#6d28d9'
	},
	{ key: 'automation', name: { es: 'Automatización', en: 'Automation' }, color: '#1d4ed8' },
	{
		key: 'renewables',
		name: { es: 'Energías renovables', en: 'Renewable energy' },
		color: '#a16207'
	},
	{
		key: 'electromobility',
		name: { es: 'Electromovilidad', en: 'Electromobility' },
		color: '#0f766e'
	},
	{
		key: 'circular-economy',
		name: { es: 'Economía circular', en: 'Circular economy' },
		color: '#15803d'
	}
];

export const ORGANISATION_KINDS = [
	'company',
	'startup',
	'investor',
	'university',
	'research-centre',
	'small-producer',
	'public-agency'
] as const;
export type OrganisationKindKey = (typeof ORGANISATION_KINDS)[number];

export function isOrganisationKind(value: string): value is OrganisationKindKey {
	return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

/** ISO 3166-1 alpha-2 codes with Spanish and English names (the countries an Andean fair sees). */
export const COUNTRIES: Record<string, { es: string; en: string }> = {
	AR: { es: 'Argentina', en: 'Argentina' },
	AU: { es: 'Australia', en: 'Australia' },
	BE: { es: 'Bélgica', en: 'Belgium' },
	BO: { es: 'Bolivia', en: 'Bolivia' },
	BR: { es: 'Brasil', en: 'Brazil' },
	CA: { es: 'Canadá', en: 'Canada' },
	CH: { es: 'Suiza', en: 'Switzerland' },
	CL: { es: 'Chile', en: 'Chile' },
	CN: { es: 'China', en: 'China' },
	CO: { es: 'Colombia', en: 'Colombia' },
	DE: { es: 'Alemania', en: 'Germany' },
	DK: { es: 'Dinamarca', en: 'Denmark' },
	EC: { es: 'Ecuador', en: 'Ecuador' },
	ES: { es: 'España', en: 'Spain' },
	FI: { es: 'Finlandia', en: 'Finland' },
	FR: { es: 'Francia', en: 'France' },
	GB: { es: 'Reino Unido', en: 'United Kingdom' },
	IN: { es: 'India', en: 'India' },
	IT: { es: 'Italia', en: 'Italy' },
	JP: { es: 'Japón', en: 'Japan' },
	KR: { es: 'Corea del Sur', en: 'South Korea' },
	MX: { es: 'México', en: 'Mexico' },
	NL: { es: 'Países Bajos', en: 'Netherlands' },
	NO: { es: 'Noruega', en: 'Norway' },
	PE: { es: 'Perú', en: 'Peru' },
	PL: { es: 'Polonia', en: 'Poland' },
	SE: { es: 'Suecia', en: 'Sweden' },
	US: { es: 'Estados Unidos', en: 'United States' },
	UY: { es: 'Uruguay', en: 'Uruguay' },
	ZA: { es: 'Sudáfrica', en: 'South Africa' }
};

/** ISO 3166-1 alpha-2: every officially assigned code, so imports accept any real country. */
const ISO_ALPHA2 =
	'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
		' '
	);
const ISO_SET = new Set(ISO_ALPHA2);

export function isCountryCode(value: string): boolean {
	return ISO_SET.has(value);
}

export function countryName(code: string, locale: 'es' | 'en'): string {
	const known = COUNTRIES[code];
	if (known) return known[locale];
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		return code;
	}
}

export const BOOTH_STATUSES = ['free', 'reserved', 'assigned', 'blocked'] as const;
export const TRL_MIN = 1;
export const TRL_MAX = 9;

/** The event's time zone: times are stored as UTC instants and shown here. */
export const EVENT_TIME_ZONE = 'America/Lima';
