import { describe, expect, it } from 'vitest';
import {
	checkPasswordStrength,
	hashPassword,
	verifyPassword
} from '../../../src/lib/server/auth/password';
import { COMMON_PASSWORDS } from '../../../src/lib/server/auth/common-passwords';

describe('password rules', () => {
	it('ask for 8 to 128 characters and nothing else', () => {
		expect(checkPasswordStrength('')).toBe('required');
		expect(checkPasswordStrength('abc1234')).toBe('tooShort');
		expect(checkPasswordStrength('montaña nevada')).toBeNull();
		expect(checkPasswordStrength('todo en minúsculas sin números')).toBeNull();
		expect(checkPasswordStrength('q7'.repeat(64))).toBeNull();
		expect(checkPasswordStrength('q7'.repeat(64) + 'z')).toBe('tooLong');
	});

	it('count emoji as one character each', () => {
		expect(checkPasswordStrength('⛏️⛏️⛏️')).toBe('tooShort');
	});

	it('reject common passwords, in any case, and the email itself', () => {
		expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(1000);
		for (const p of [
			'password',
			'PASSWORD1',
			'12345678',
			'contraseña',
			'Arequipa2027',
			'perumin2027'
		]) {
			expect(checkPasswordStrength(p), p).toBe('common');
		}
		expect(checkPasswordStrength('ana.lopez@mina.pe', ['ana.lopez@mina.pe'])).toBe('common');
		expect(checkPasswordStrength('extemin-demo-2027')).toBeNull();
	});
});

describe('password hashing', () => {
	it('uses argon2id with m=19456, t=2, p=1 and verifies', async () => {
		const hash = await hashPassword('una frase larga y segura');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'una frase larga y segura')).toBe(true);
		expect(await verifyPassword(hash, 'una frase larga y segurA')).toBe(false);
	});

	it('never truncates: a change in the 128th character matters', async () => {
		const long = 'k'.repeat(127) + 'a';
		const hash = await hashPassword(long);
		expect(await verifyPassword(hash, 'k'.repeat(127) + 'b')).toBe(false);
		expect(await verifyPassword(hash, long)).toBe(true);
	});

	it('answers false for a malformed hash instead of throwing', async () => {
		expect(await verifyPassword('not-a-hash', 'whatever')).toBe(false);
	});
});
