import type { Locale } from '$lib/i18n';
import type { SessionUser } from '$lib/server/auth/types';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
			/** Set when the action needs a confirmed email address (the page offers a new link). */
			unconfirmed?: boolean;
		}
		interface Locals {
			locale: Locale;
			requestId: string;
			user: SessionUser | null;
			session: { id: string; expiresAt: Date } | null;
		}
		interface PageData {
			locale: Locale;
			sectors: { key: string; name_es: string; name_en: string; color: string }[];
		}
	}
}

export {};
