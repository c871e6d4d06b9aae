/** A booth as the floor plans draw it (the shape of `PlanBooth` on the server). */
export interface MapBooth {
	code: string;
	x: number;
	y: number;
	width: number;
	depth: number;
	status: string;
	category: string;
	exhibitor: { id: number; slug: string; name: string; kind: string; sectors: string[] } | null;
}

export interface MapHall {
	code: string;
	name_es: string;
	name_en: string;
	width: number;
	depth: number;
}

export const FREE_FILL = '#eef1f4';
export const FREE_STROKE = '#9aa5b1';

/** Lower-case without accents, so «energia» finds «Energía». */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim();
}

export function boothMatches(booth: MapBooth, query: string): boolean {
	const q = fold(query);
	if (!q) return false;
	return (
		fold(booth.code).includes(q) ||
		(booth.exhibitor ? fold(booth.exhibitor.name).includes(q) : false)
	);
}

export function sectorColour(
	sectors: { key: string; color: string }[] | undefined,
	booth: MapBooth
): string {
	const first = booth.exhibitor?.sectors[0];
	return sectors?.find((s) => s.key === first)?.color ?? (booth.exhibitor ? '#52606d' : FREE_FILL);
}
