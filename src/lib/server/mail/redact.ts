/**
 * What the organiser's outbox (/admin/mail) may show of a stored mail (docs/security.md,
 * "Mail"). Reset, setup, invitation, verification and calendar links are credentials of
 * their recipient alone: the token in each is replaced before the page data is built, so it
 * never reaches a browser. `extemin mail show <id>` prints a mail in full for local work.
 */
const SECRET_LINKS: RegExp[] = [
	// ?token=… (verify-email, reset-password) and any other token-like query parameter
	/([?&](?:token|key|secret|code)=)[^\s&#"'<>]+/gi,
	// /setup/<token>, /invite/<token>, /agenda/ical/<token>
	/(\/(?:setup|invite|agenda\/ical)\/)[^\s/?#"'<>]+/gi
];

export function redactSecrets(text: string, hidden: string): string {
	return SECRET_LINKS.reduce((out, pattern) => out.replace(pattern, `$1${hidden}`), text);
}
