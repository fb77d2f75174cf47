import { describe, expect, it } from 'vitest';
import { normaliseInviteCode } from '../../../couchdb/gateway/plan-sharing.js';
import { inviteLink, normaliseCode, showCode } from './invite-code';

describe('invitation codes', () => {
	it('reads a code as people type it, as the server does', () => {
		for (const typed of [
			'7k3m-q9tx',
			' 7K3M Q9TX ',
			'TOIL-0001',
			'abcd-efgh',
			'ABCU1234',
			'123',
			''
		]) {
			expect(normaliseCode(typed), typed).toBe(normaliseInviteCode(typed));
		}
		expect(normaliseCode('to1l-ooo1')).toBe('T0110001');
	});

	it('shows it in two halves and puts it in the join page’s address', () => {
		expect(showCode('7K3MQ9TX')).toBe('7K3M-Q9TX');
		expect(inviteLink('https://asso.example', '7K3MQ9TX')).toBe(
			'https://asso.example/plan/rejoindre?code=7K3MQ9TX'
		);
	});
});
