import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Spanish addresses the reader as "usted". These are the "tú" forms that were in the Spanish
 * messages (imperatives, verbs and pronouns); a new one in a Spanish message file or in a
 * component's markup fails here with its file and line.
 */
const TU_FORMS = [
	'Busca por',
	'Guarda expositores',
	'Prueba con',
	'quita algún',
	'Escribe',
	'Elige',
	'Ingresa',
	'Revisa',
	'Confirma',
	'Marca',
	'Registra',
	'Selecciona',
	'Invita',
	'Gestiona',
	'Acepta la',
	'Pide',
	'Vuelve',
	'Espera',
	'Crea una',
	'Activa',
	'Configura',
	'Llena',
	'Accede',
	'abre este',
	'ignora',
	'Quisiste',
	'Olvidaste',
	'puedes',
	'tienes',
	'podrás',
	'perteneces',
	'unirte',
	'crees',
	'intentas',
	'guardas',
	'Representas',
	'fuiste',
	'invitaron',
	'te invitó'
];
const PRONOUNS = /(?<![\p{L}-])(tu|tus|te|ti|contigo|tuyo|tuya)(?![\p{L}-])/iu;
const FORMS = new RegExp(`(?<![\\p{L}])(${TU_FORMS.join('|')})(?![\\p{L}])`, 'u');

const messagesDir = 'src/lib/i18n/messages';
const spanishFiles = readdirSync(messagesDir)
	.filter((f) => f.endsWith('.ts') && f !== 'index.ts')
	.map((f) => join(messagesDir, f));

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

/** The quoted strings of a TypeScript file (Spanish messages), with their line numbers. */
function strings(path: string): { line: number; text: string }[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.flatMap((line, i) =>
			[...line.matchAll(/'([^']*)'|`([^`]*)`/g)].map((m) => ({ line: i + 1, text: m[1] ?? m[2] }))
		);
}

/** The text between tags of a component's markup (script and style left out). */
function markupText(path: string): { line: number; text: string }[] {
	const source = readFileSync(path, 'utf8')
		.replace(/<script[\s\S]*?<\/script>/g, (s) => s.replace(/[^\n]/g, ' '))
		.replace(/<style[\s\S]*?<\/style>/g, (s) => s.replace(/[^\n]/g, ' '));
	return source
		.split('\n')
		.flatMap((line, i) =>
			[...line.matchAll(/>([^<>{}]+)</g)].map((m) => ({ line: i + 1, text: m[1] }))
		);
}

function offences(files: string[], read: typeof strings): string[] {
	return files.flatMap((path) =>
		read(path)
			.filter(({ text }) => FORMS.test(text) || PRONOUNS.test(text))
			.map(({ line, text }) => `${path}:${line}: ${text}`)
	);
}

describe('Spanish says "usted"', () => {
	it('finds the forms it looks for (the scanner itself works)', () => {
		expect(FORMS.test('Busca por nombre, tecnología')).toBe(true);
		expect(PRONOUNS.test('No encontramos resultados para tu búsqueda.')).toBe(true);
		expect(FORMS.test('Busque por nombre')).toBe(false);
		expect(PRONOUNS.test('Busque en su catálogo')).toBe(false);
	});

	it('has no "tú" form in the Spanish messages', () => {
		expect(spanishFiles.length).toBeGreaterThanOrEqual(8);
		expect(offences(spanishFiles, strings)).toEqual([]);
	});

	it('has no "tú" form in the text of components', () => {
		expect(offences(svelteFiles('src'), markupText)).toEqual([]);
	});
});
