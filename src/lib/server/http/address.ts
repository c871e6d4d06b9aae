import { isIP } from 'node:net';

/**
 * The address throttles count against (docs/security.md, "Client addresses").
 *
 * Behind a reverse proxy, adapter-node's `getClientAddress()` is the proxy's address unless
 * ADDRESS_HEADER (and XFF_DEPTH) tell it which header to trust. Without them every visitor
 * would share the proxy's bucket, and one abuser would lock everybody out of sign-in. So when
 * the peer is a loopback or private address (a proxy on the same machine or network) and the
 * request carries X-Forwarded-For, the rightmost entry, the one that proxy appended, is the
 * visitor. A peer on a public address is never asked: it could write any header it likes.
 */
export function clientAddress(
	event: { getClientAddress(): string; request: Request },
	addressHeader = process.env.ADDRESS_HEADER
): string {
	const peer = unmap(event.getClientAddress());
	// With ADDRESS_HEADER set, adapter-node already read the header the operator trusts.
	if (addressHeader || !isProxyPeer(peer)) return peer;
	const forwarded = event.request.headers.get('x-forwarded-for');
	const last = forwarded?.split(',').at(-1)?.trim();
	return last && isIP(unmap(last)) ? unmap(last) : peer;
}

function unmap(address: string): string {
	return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** Loopback, RFC 1918, unique-local and link-local addresses: where a proxy of ours sits. */
export function isProxyPeer(address: string): boolean {
	if (isIP(address) === 4) {
		const [a, b] = address.split('.').map(Number);
		return (
			a === 127 ||
			a === 10 ||
			(a === 172 && b >= 16 && b <= 31) ||
			(a === 192 && b === 168) ||
			(a === 169 && b === 254)
		);
	}
	if (isIP(address) === 6) {
		const lower = address.toLowerCase();
		return lower === '::1' || /^f[cd]/.test(lower) || lower.startsWith('fe80:');
	}
	return false;
}
