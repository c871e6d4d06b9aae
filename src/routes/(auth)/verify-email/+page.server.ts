import { fail } from '@sveltejs/kit';
import { messagesFor } from '$lib/i18n';
import { getDb } from '$lib/server/db';
import { resendVerificationEmail, verifyEmail } from '$lib/server/auth/recovery';
import { requireUser } from '$lib/server/auth/guards';
import { clientAddress } from '$lib/server/http/address';
import type { Actions, PageServerLoad } from './$types';

// Verification happens on a POST from the page (the button), not on the GET of the link:
// mail scanners that prefetch links must not confirm an address.
export const load: PageServerLoad = async ({ url }) => {
	return { token: url.searchParams.get('token')?.slice(0, 64) ?? '' };
};

export const actions: Actions = {
	verify: async ({ request }) => {
		const form = await request.formData();
		const token = String(form.get('token') ?? '').slice(0, 64);
		const ok = await verifyEmail(getDb(), token);
		if (!ok) return fail(400, { verified: false, invalid: true, resent: false });
		return { verified: true, invalid: false, resent: false };
	},
	resend: async (event) => {
		const user = requireUser(event);
		const t = messagesFor(event.locals.locale);
		const result = await resendVerificationEmail(
			getDb(),
			{ userId: user.id, ip: clientAddress(event) },
			t
		);
		if (!result.ok) {
			if (result.retryAfter) event.setHeaders({ 'retry-after': String(result.retryAfter) });
			return fail(result.status, {
				verified: false,
				invalid: false,
				resent: false,
				error: result.errors.form
			});
		}
		return { verified: false, invalid: false, resent: true };
	}
};
