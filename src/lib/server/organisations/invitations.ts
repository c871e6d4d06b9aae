import { messagesFor, type Messages } from '../../i18n';
import type { Db } from '../db/client';
import { writeTransaction } from '../db/client';
import { readConfig } from '../config';
import {
	findMembership,
	findUserByEmail,
	findUserById,
	insertMembership,
	normaliseEmail,
	updateUserRole
} from '../db/queries/accounts';
import { findOrganisationById } from '../db/queries/organisations';
import { emailError, failure, tooManyAttempts, type Outcome } from '../auth/forms';
import {
	INVITE_ADDRESS,
	INVITE_IP,
	INVITE_ORGANISATION,
	spendAttempt,
	throttleKey
} from '../auth/throttle';
import { consumeToken, findLiveToken, issueToken } from '../auth/tokens';
import { sendMail } from '../mail';

/**
 * An owner invites a colleague by email; the mail carries a one-time link (7 days). Throttled
 * per organisation, per invited address and per client address. The answer does not say
 * whether the address has an account elsewhere: such a person gets a note instead of a link.
 */
export async function inviteColleague(
	db: Db,
	inviterId: number,
	organisationId: number,
	rawEmail: string,
	t: Messages,
	ip = 'unknown'
): Promise<Outcome<string>> {
	const email = normaliseEmail(rawEmail);
	const invalid = emailError(email, t);
	if (invalid) return failure({ email: invalid });
	const [inviter, organisation, existing] = await Promise.all([
		findUserById(db, inviterId),
		findOrganisationById(db, organisationId),
		findUserByEmail(db, email)
	]);
	if (!inviter || !organisation) return failure({ form: t.auth.errors.forbidden }, 403);
	const membership = existing ? await findMembership(db, existing.id) : undefined;
	// Members of one's own organisation are listed on the same page: saying so reveals nothing.
	if (membership?.organisation_id === organisationId) {
		return failure({ email: t.organisation.validation.inviteSelf });
	}
	const wait = await spendAttempt(db, [
		[throttleKey.inviteOrganisation(organisationId), INVITE_ORGANISATION],
		[throttleKey.inviteAddress(email), INVITE_ADDRESS],
		[throttleKey.inviteIp(ip), INVITE_IP]
	]);
	if (wait > 0) return tooManyAttempts(t, wait);
	// An invitation is recorded either way, so the pending list looks the same; a person who
	// cannot join (already in an organisation, or an organiser) gets a note without the link.
	const token = await issueToken(db, {
		kind: 'invite',
		email,
		organisationId,
		createdBy: inviterId
	});
	if (existing && (membership || existing.role === 'organiser')) {
		const note = messagesFor(existing.locale).trust.inviteTaken;
		await sendMail(db, {
			to: existing.email,
			subject: note.subject(organisation.name),
			text: note.body(inviter.name, organisation.name)
		});
		return { ok: true, value: email };
	}
	const mt = messagesFor(existing?.locale ?? inviter.locale).organisation.invite;
	const link = new URL(`/invite/${token}`, readConfig().origin).href;
	await sendMail(db, {
		to: email,
		subject: mt.subject(organisation.name),
		text: mt.body(inviter.name, organisation.name, link)
	});
	return { ok: true, value: email };
}

/** The invitation behind a link, if it is still live. */
export async function findInvitation(db: Db, token: string) {
	const row = await findLiveToken(db, 'invite', token);
	if (!row?.organisation_id || !row.email) return null;
	const organisation = await findOrganisationById(db, row.organisation_id);
	if (!organisation) return null;
	return {
		email: row.email,
		organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug }
	};
}

export type AcceptResult = 'accepted' | 'invalid' | 'wrong-account' | 'already-member';

/**
 * Accepting needs the invited address: the signed-in account's email must be the one the
 * invitation was sent to (which the link in that inbox proves).
 */
export async function acceptInvitation(
	db: Db,
	userId: number,
	token: string
): Promise<AcceptResult> {
	const invitation = await findInvitation(db, token);
	if (!invitation) return 'invalid';
	const user = await findUserById(db, userId);
	if (!user || user.email !== invitation.email) return 'wrong-account';
	if (user.role === 'organiser' || (await findMembership(db, user.id))) return 'already-member';
	return writeTransaction(db, async (trx) => {
		if (!(await consumeToken(trx, 'invite', token))) return 'invalid';
		await insertMembership(trx, user.id, invitation.organisation.id, 'member');
		await updateUserRole(trx, user.id, 'member');
		await trx
			.updateTable('user')
			.set({ email_verified_at: Math.floor(Date.now() / 1000) })
			.where('id', '=', user.id)
			.where('email_verified_at', 'is', null)
			.execute();
		return 'accepted' as const;
	});
}
