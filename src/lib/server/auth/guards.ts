import { error, redirect } from '@sveltejs/kit';
import { localeFromPath, localizeHref, messagesFor } from '../../i18n';
import type { SessionUser } from './types';

type GuardEvent = { locals: App.Locals; url: URL };

export function loginPath(url: URL): string {
	const back = encodeURIComponent(url.pathname + url.search);
	return localizeHref(`/login?redirectTo=${back}`, localeFromPath(url.pathname));
}

/** The signed-in person, or a 303 to the sign-in page that comes back here afterwards. */
export function requireUser(event: GuardEvent): SessionUser {
	const user = event.locals.user;
	if (!user) redirect(303, loginPath(event.url));
	return user;
}

export function requireOrganiser(event: GuardEvent): SessionUser {
	const user = requireUser(event);
	if (user.role !== 'organiser') error(403, messagesFor(event.locals.locale).auth.errors.forbidden);
	return user;
}

/** An owner of an organisation; the organisation id always comes from the session, never a form. */
export function requireOrganisationOwner(
	event: GuardEvent
): SessionUser & { organisationId: number } {
	const user = requireUser(event);
	if (user.organisationId === null || user.rights !== 'owner') {
		error(403, messagesFor(event.locals.locale).auth.errors.notOwner);
	}
	return { ...user, organisationId: user.organisationId };
}

/**
 * Until the address is confirmed an account may browse, bookmark and edit its own data, but
 * not write to others or to the public: meeting requests, invitations, organisations and
 * exhibitor applications (docs/security.md, "Unconfirmed addresses"). The error page explains
 * why and offers to send the link again.
 */
export function requireConfirmedEmail(event: GuardEvent): SessionUser {
	const user = requireUser(event);
	if (!user.emailVerified && user.role !== 'organiser') {
		error(403, {
			message: messagesFor(event.locals.locale).trust.unconfirmed.body,
			unconfirmed: true
		});
	}
	return user;
}
