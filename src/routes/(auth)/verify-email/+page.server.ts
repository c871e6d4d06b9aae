import { fail } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { sendVerificationEmail, verifyEmail } from '$lib/server/auth/recovery';
import { requireUser } from '$lib/server/auth/guards';
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
		await sendVerificationEmail(getDb(), user.id);
		return { verified: false, invalid: false, resent: true };
	}
};
