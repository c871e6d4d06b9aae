/** Lower-case ASCII words joined by dashes: "Andes Autonomía S.A.C." -> "andes-autonomia-s-a-c". */
export function slugify(text: string, maxLength = 60): string {
	const slug = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.slice(0, maxLength).replace(/-+$/g, '');
}

/** Hands out unique values: the second "andes-solar" becomes "andes-solar-2". */
export class UniqueNames {
	private readonly used = new Set<string>();

	claim(base: string, separator = '-'): string {
		let candidate = base;
		for (let n = 2; this.used.has(candidate); n++) candidate = `${base}${separator}${n}`;
		this.used.add(candidate);
		return candidate;
	}

	has(value: string): boolean {
		return this.used.has(value);
	}
}

export function jsonList(values: readonly string[]): string {
	return JSON.stringify(values);
}

/** Fills `{key}` placeholders; unknown keys are left visible so a test can catch them. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		key in values ? String(values[key]) : whole
	);
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
