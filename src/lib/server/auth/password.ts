import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';
import { logger } from '../log';

export const PASSWORD_MIN = 8;
/** Long passphrases are welcome; the cap only keeps hashing cost bounded. Never truncated. */
export const PASSWORD_MAX = 128;

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export type PasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'common';

/** The first rule a candidate password breaks, or null. No composition rules (ASVS V6). */
export function checkPasswordStrength(
	password: string,
	context: string[] = []
): PasswordProblem | null {
	if (password.length === 0) return 'required';
	// Count code points, so an emoji passphrase is measured as the person sees it.
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'tooShort';
	if (length > PASSWORD_MAX) return 'tooLong';
	const lower = password.toLowerCase();
	if (COMMON_PASSWORDS.has(lower)) return 'common';
	if (context.some((word) => word.length >= 4 && lower === word.toLowerCase())) return 'common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password.normalize('NFC'), ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	if (password.length > PASSWORD_MAX * 4) return false;
	try {
		return await verify(passwordHash, password.normalize('NFC'));
	} catch (err) {
		// A stored hash argon2 cannot read (corrupt, or another scheme): a refusal, but logged.
		logger.warn({ err }, 'password hash could not be verified');
		return false;
	}
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the same time as a real check when the account does not exist, so the response
 * time does not reveal which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
	dummyHash ??= hashPassword('not-a-real-password-extemin');
	await verifyPassword(await dummyHash, password);
	return false;
}
