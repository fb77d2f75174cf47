import type { accountFr } from './account.fr';

/** English messages of one's own forum account on /compte. */
export const accountEn: typeof accountFr = {
	needsNetwork: 'Changing your account needs a connection. Try again once online.',
	displayNameHeading: 'Display name',
	displayNameIntro:
		'It comes with all your posts, old and new, on every device. Each account has its own.',
	saveDisplayName: 'Save the name',
	displayNameSaved: (name: string) => `Done: your posts are now signed “${name}”.`,
	passwordHeading: 'Password',
	passwordIntro: 'Your other devices will be logged out; this one stays logged in.',
	currentPasswordLabel: 'Current password',
	currentPasswordRequired: 'Type your current password.',
	newPasswordLabel: 'New password',
	changePassword: 'Change the password',
	passwordChanged: 'Password changed. Your other devices will have to log in again.',
	saving: 'Saving…',
	logOutEverywhereHeading: 'Log out of every device',
	logOutEverywhereIntro:
		'A lost phone, a shared computer? Every session of your account ends, this one included.',
	logOutEverywhere: 'Log out of every device',
	logOutEverywhereConfirmTitle: 'Log out all your devices?',
	logOutEverywhereConfirmText:
		'All your devices will be logged out, this one included. Posts waiting to be sent stay on each device: they go out after the next log-in, nothing is lost.',
	logOutEverywherePending: (n: number) =>
		n === 1
			? 'On this device, 1 post is waiting to be sent.'
			: `On this device, ${n} posts are waiting to be sent.`,
	logOutEverywhereConfirm: 'Yes, log out everywhere',
	loggingOut: 'Logging out…',
	loggedOutEverywhere: 'All your devices are logged out. Log in again to write on the forum.'
};
