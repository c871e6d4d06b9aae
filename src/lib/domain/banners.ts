/**
 * A banner key read from the address (`?notice=…`, `?done=…`) is shown only when it is one of
 * the page's own keys: an unknown key, or a prototype name such as `constructor`, shows nothing.
 */
export function knownBanner<const K extends string>(
	value: string | null | undefined,
	keys: readonly K[]
): K | null {
	return typeof value === 'string' && (keys as readonly string[]).includes(value)
		? (value as K)
		: null;
}
