/** Axis arithmetic for the dashboard charts: evenly spaced round ticks and date labels. */

/** Ticks 0, s, 2s, ... up to the first at or above `max`, with s 1, 2 or 5 times a power of ten. */
export function niceTicks(max: number, target = 4): number[] {
	if (!(max > 0)) return [0, 1];
	const raw = max / target;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const whole = Math.max(1, Math.round(step));
	const ticks: number[] = [];
	for (let v = 0; ticks.length === 0 || ticks.at(-1)! < max; v += whole) ticks.push(v);
	return ticks;
}

/** Whether ISO dates (YYYY-MM-DD) span more than one year, so labels must show it. */
export function spansYears(dates: string[]): boolean {
	return new Set(dates.map((d) => d.slice(0, 4))).size > 1;
}
