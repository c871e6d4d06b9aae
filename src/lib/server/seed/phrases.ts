import { MINERALS } from './content/places';
import type { Bilingual, Theme } from './content/types';
import type { Random } from './random';
import { fill } from './text';

type Values = Record<string, string | number>;

/** Placeholder values, shared by both languages or given per language. */
export interface BilingualValues {
	shared: Values;
	es: Values;
	en: Values;
}

export function fillBoth(template: Bilingual, values: BilingualValues): Bilingual {
	return {
		es: fill(template.es, { ...values.shared, ...values.es }),
		en: fill(template.en, { ...values.shared, ...values.en })
	};
}

export function joinBoth(parts: Bilingual[]): Bilingual {
	return { es: parts.map((p) => p.es).join(' '), en: parts.map((p) => p.en).join(' ') };
}

const TONNAGES = [180, 220, 240, 290, 320, 360];

/** Figures for a theme's sentences: counts, percentages, altitudes, truck sizes, a mineral. */
export function themeValues(rng: Random, theme: Theme): BilingualValues {
	const mineral = rng.pick(MINERALS);
	return {
		shared: {
			count: rng.int(theme.count[0], theme.count[1]),
			percent: rng.int(12, 45),
			altitude: rng.int(38, 48) * 100,
			tonnage: rng.pick(TONNAGES)
		},
		es: { mineral: mineral.es },
		en: { mineral: mineral.en }
	};
}

export function merge(a: BilingualValues, b: BilingualValues): BilingualValues {
	return {
		shared: { ...a.shared, ...b.shared },
		es: { ...a.es, ...b.es },
		en: { ...a.en, ...b.en }
	};
}

/** Upper-cases the first letter of each language's text. */
export function capitaliseBoth(text: Bilingual): Bilingual {
	const up = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	return { es: up(text.es), en: up(text.en) };
}
