import type { planFr } from './plan.fr';
import { planSharingEn } from './plan-sharing.en';

/** English messages of the transition plan. */
export const planEn: typeof planFr = {
	/** Sharing a plan with the board (plan-sharing.en.ts). */
	sharing: planSharingEn,
	listTitle: 'My transition plan',
	listIntro:
		'A diagnosis of your tools, the 8 steps with their checklists, the migration timeline and board-meeting mode. Your plan stays on this device: nothing is sent unless you export it or share it with the board.',
	noPlans: 'No plan yet. Create your association’s plan below.',
	loading: 'Loading the plan…',
	planNotFound: 'This plan is not on this device (it may have been deleted).',
	backToPlans: 'My plans',
	backToPlan: 'Back to the plan',
	newPlanTitle: 'New plan',
	profileTitle: 'Association profile',
	nameLabel: 'Name of the association',
	sizeLabel: 'Size',
	sizeUnknown: 'Not specified',
	sectorLabel: 'Sector',
	sectorPlaceholder: 'E.g. culture, social action, sport…',
	volunteersLabel: 'Number of volunteers',
	employeesLabel: 'Number of employees',
	createPlan: 'Create the plan',
	nameRequired: 'Enter the name of the association.',
	invalidNumber: 'Enter a whole number, zero or more.',
	openPlan: (name: string) => `Open the plan of ${name}`,
	deletePlan: 'Delete',
	confirmDelete: (name: string) => `Delete the plan “${name}”? You can undo it for a few moments.`,
	planDeleted: (name: string) => `The plan “${name}” was deleted.`,
	lastEdited: (date: string) => `Edited on ${date}`,
	progressLabel: (percent: number) => `${percent}% done`,
	stepProgressLabel: (done: number, total: number) => `${done} of ${total} tasks`,
	savedHint: 'Every change is saved at once on this device.',
	sectionsLabel: 'Plan sections',
	overview: 'Overview',
	diagnosis: 'Diagnosis',
	steps: 'The 8 steps',
	timeline: 'Timeline',
	meeting: 'Meeting',
	printExport: 'Print and export',
	stepNumber: (number: number) => `Step ${number}`,
	statusLabel: 'Status',
	statuses: {
		'not-started': 'Not started',
		'in-progress': 'In progress',
		done: 'Done',
		blocked: 'Blocked',
		skipped: 'Set aside'
	},
	statusChosen: (status: string) => `${status} (set by hand)`,
	statusFollowList: (status: string) => `Follow the checklist (${status.toLowerCase()})`,
	statusHelp:
		'The status follows the checklist: nothing ticked, not started; some, in progress; all, done. Choose another one only when the checklist does not tell the whole story.',
	statusFollowsList: 'follows the checklist',
	checklistTitle: 'Checklist',
	itemDone: 'Done',
	editItem: (text: string) => `Edit “${text}”`,
	itemTextLabel: 'Task text',
	saveItem: 'OK',
	moveUpShort: 'Move up',
	moveDownShort: 'Move down',
	removeShort: 'Delete',
	moveUp: (text: string) => `Move “${text}” up`,
	moveDown: (text: string) => `Move “${text}” down`,
	removeItem: (text: string) => `Delete “${text}”`,
	itemRemoved: (text: string) => `Task “${text}” deleted.`,
	addItemLabel: 'New task',
	addItem: 'Add',
	emptyChecklist: 'No task in this step. Add one below.',
	ownersLabel: 'Owners',
	ownersPlaceholder: 'E.g. Camille, Yanis',
	targetDateLabel: 'Target date',
	notesLabel: 'Notes',
	textTooLong: (max: number) => `Too long: ${max} characters at most. The text stays on screen.`,
	helpTitle: 'Help with this step',
	resourcesLink: 'Resources for this step',
	providersFor: 'Providers who help with:',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	diagnosisIntro:
		'For each use, give the tool used today, how much the association depends on it and who uses it. Passerelle proposes free alternatives and computes your dependency score.',
	toolPickLabel: (use: string) => `Tool used for: ${use}`,
	toolPickPlaceholder: 'Choose a tool…',
	otherTool: 'Another tool…',
	otherNameLabel: 'Name of the tool',
	otherIsBigTech: 'A Big Tech tool',
	addTool: 'Add the tool',
	removeTool: (name: string) => `Remove ${name}`,
	toolRemoved: (name: string) => `${name} removed from the diagnosis.`,
	dependencyLabel: 'Dependency',
	dependencies: { low: 'Low', medium: 'Medium', high: 'High' },
	reachLabel: 'Used by',
	reaches: { few: 'A few people', team: 'A team', everyone: 'The whole association' },
	usersLabel: 'Who uses it (details)',
	usersPlaceholder: 'E.g. the board, the facilitators',
	alternativesLabel: 'Free alternatives:',
	planChange: (to: string) => `Plan the move to ${to}`,
	changePlanned: (to: string) => `Move to ${to} added to the timeline.`,
	bigTechBadge: 'Big Tech',
	noCatalogue:
		'The alternatives catalogue is not on this device yet: go online once to fetch it. You can already type your tools by hand.',
	scoreTitle: 'Dependency score',
	scoreNone: 'No score yet: add at least one tool.',
	overallScore: (score: number) => `Overall dependency: ${score} out of 100`,
	useScore: (use: string, score: number) => `${use}: ${score} out of 100`,
	scoreBands: { low: 'low', medium: 'medium', high: 'high' },
	chartLabel: (score: number) =>
		`Chart of dependency by use, overall score ${score} out of 100. The details follow as a table.`,
	chartTableCaption: 'Dependency score by use (0: none, 100: complete)',
	chartUseHeader: 'Use',
	chartScoreHeader: 'Score',
	chartToolsHeader: 'Tools',
	usesFilled: (count: number, total: number) => `${count} of ${total} uses filled in`,
	usesHeading: 'Your tools, use by use',
	timelineIntro:
		'Each tool change has a status, an owner and a target month. Spread them out: changing everything at once rarely works.',
	addChangeTitle: 'New change',
	fromLabel: 'Current tool',
	toLabel: 'New tool',
	monthLabel: 'Target month',
	ownerLabel: 'Owner',
	addChange: 'Add to the timeline',
	changeRequired: 'Enter the current tool and the new tool.',
	changeStatusLabel: 'Status',
	changeStatuses: {
		'to-evaluate': 'To evaluate',
		chosen: 'Chosen',
		migrating: 'Migrating',
		done: 'Done'
	},
	unscheduled: 'No target month',
	noChanges: 'No change planned. Add one here or from the diagnosis (“Plan the move to…”).',
	monthLoad: (count: number) => (count === 1 ? '1 change' : `${count} changes`),
	overloaded: (count: number, max: number) =>
		`Warning: ${count} changes this month. Beyond ${max}, better move some.`,
	removeChange: (label: string) => `Remove ${label}`,
	changeRemoved: (label: string) => `${label} removed from the timeline.`,
	meetingIntro:
		'During a board meeting, this page is the agenda: tick, add and assign tasks, write down decisions. The meeting keeps track of everything that changed and produces the minutes.',
	startMeetingTitle: 'Start a meeting',
	meetingDateLabel: 'Date',
	startMeeting: 'Start the meeting',
	meetingRunning: (date: string) => `Meeting of ${date} in progress`,
	meetingBanner: 'Meeting in progress: your ticks and changes are recorded in it.',
	goToMeeting: 'See the meeting',
	attendeesLabel: 'Attendees',
	attendeeNameLabel: 'Name',
	attendeeRoleLabel: 'Role',
	attendeeRolePlaceholder: 'E.g. chair, treasurer, member',
	attendeeRoles: ['chair', 'treasurer', 'secretary', 'member'],
	addAttendee: 'Add the attendee',
	attendeeNameRequired: 'Give the attendee’s name.',
	removeAttendee: (name: string) => `Remove ${name} from the attendees`,
	attendeeRemoved: (name: string) => `${name} removed from the attendees.`,
	noAttendees: 'No attendee yet.',
	attendeesFromLast: 'Taken from the last meeting: change the list if needed.',
	attendee: (name: string, role: string) => (role ? `${name} (${role})` : name),
	agendaTitle: 'Agenda',
	agendaFilterLabel: 'Tasks shown',
	agendaFilters: { agenda: 'On the agenda', all: 'All open tasks' },
	agendaHint:
		'On the agenda: the current step, tasks overdue or due within 14 days, and those dealt with during the meeting.',
	currentStep: 'Current step',
	agendaEmpty: 'Nothing on the agenda. Show all open tasks, or add a task below.',
	noOpenTasks: 'Every task of the plan is done.',
	itemOwnerLabel: 'Owner',
	itemDueLabel: 'Due date',
	assignItem: (text: string) => `Assign “${text}”`,
	assign: 'Assign',
	assignDone: 'Close',
	ownerIs: (name: string) => `Owner: ${name}`,
	dueOn: (date: string) => `Due: ${date}`,
	overdue: (date: string) => `Overdue: ${date}`,
	newItemStepLabel: 'Step of the new task',
	decisionsTitle: 'Decisions',
	decisionLabel: 'New decision',
	decisionHint: 'It may span several lines.',
	decisionLinkLabel: 'It is about',
	decisionLinkNone: 'Nothing in particular',
	decisionLinkSteps: 'A step',
	decisionLinkItems: 'A task',
	aboutStep: (label: string) => `Step: ${label}`,
	aboutItem: (label: string) => `Task: ${label}`,
	removedItem: 'a task deleted since',
	addDecision: 'Record the decision',
	removeDecision: (text: string) => `Remove the decision “${text}”`,
	noDecisions: 'No decision recorded.',
	decisionRemoved: (text: string) => `Decision “${text}” removed.`,
	decisionLog: 'Decision log',
	decisionLogNav: 'Decisions',
	decisionLogIntro: 'Every decision taken in board meetings, newest first.',
	noDecisionsYet: 'No decision yet: they are written down during a meeting.',
	decisionMeeting: (date: string) => `Meeting of ${date}`,
	meetingInProgress: '(in progress)',
	changesTitle: 'What changed',
	noEvents: 'Nothing has changed during this meeting yet.',
	endMeeting: 'End the meeting',
	unrecordedDecision:
		'A decision is typed but not recorded: record or clear it before ending the meeting.',
	unaddedTask: 'A new task is typed but not added: add or clear it before ending the meeting.',
	unaddedAttendee:
		'An attendee is typed but not added: add or clear them before ending the meeting.',
	pastMeetings: 'Past meetings',
	noPastMeetings: 'No finished meeting yet.',
	minutesTitle: (date: string) => `Minutes of ${date}`,
	downloadOdt: 'Download the minutes (.odt)',
	downloadMinutes: 'Download the minutes (.md)',
	printMinutes: 'Print',
	events: {
		'item-ticked': (label: string) => `Task done: ${label}`,
		'item-unticked': (label: string) => `Task unticked: ${label}`,
		'item-added': (label: string) => `Task added: ${label}`,
		'item-owner': (label: string, value: string) =>
			value ? `Owner of “${label}”: ${value}` : `No owner any more for “${label}”`,
		'item-due': (label: string, value: string) =>
			value ? `“${label}” due: ${value}` : `No due date any more for “${label}”`,
		'step-status': (label: string, value: string) => `${label}: ${value}`,
		'change-status': (label: string, value: string) => `${label}: ${value}`
	},
	minutes: {
		title: (plan: string, date: string) => `Board meeting minutes — ${plan}, ${date}`,
		attendees: 'Attendees',
		none: 'None.',
		decisions: 'Decisions',
		changes: 'Plan progress during the meeting',
		generated: 'Written with Passerelle.'
	},
	exportTitle: 'Export and share',
	exportHint:
		'The JSON file holds the whole plan: keep it as a backup, or import it on another device.',
	downloadJson: 'Download the plan (JSON)',
	shareJson: 'Share the plan…',
	downloadIcs: 'Calendar of target dates (.ics)',
	noDates: 'No target date yet: the .ics calendar will be empty.',
	printView: 'Printable version',
	print: 'Print or save as PDF',
	fileReady: 'File ready.',
	importTitle: 'Import a plan',
	importLabel: 'Plan file (.json)',
	importing: 'Reading the file…',
	imported: (name: string) => `The plan “${name}” was imported.`,
	importConflict: (name: string) =>
		`This file matches the plan “${name}” already on this device. What should happen?`,
	importReplace: 'Replace the existing plan',
	importCopy: 'Keep both',
	importCancel: 'Import nothing',
	copySuffix: ' (copy)',
	importProblems: {
		'too-large': (mb: number) => `File too large (over ${mb} MB): nothing was imported.`,
		'not-json': 'This file is not readable JSON (incomplete or damaged?): nothing was imported.',
		foreign: 'This file is not a Passerelle plan: nothing was imported.',
		'newer-version': (version: number) =>
			`This plan was exported by a newer version of Passerelle (format ${version}). Update the app and try again.`,
		'unknown-version': 'Unknown file version: nothing was imported.',
		'too-many': (max: number) =>
			`The file holds too many entries (over ${max}): nothing was imported.`,
		invalid: 'The file is damaged or was modified: nothing was imported.'
	},
	printedOn: (date: string) => `Printed on ${date}`,
	calendarName: (name: string) => `Transition plan — ${name}`,
	stepDue: (step: string) => `Due: ${step}`,
	itemDue: (text: string) => `Task due: ${text}`,
	changeDue: (from: string, to: string) => `Move from ${from} to ${to}`,
	stepGuide: {
		'needs-assessment': {
			explanation:
				'Before changing anything, take stock: which tools do you use, what for, who uses them, and what is not working today? The plan’s diagnosis helps with this.',
			items: {
				'list-tools': 'List the digital tools in use',
				'who-uses': 'Note who uses each tool (board, volunteers, staff)',
				'pain-points': 'Gather everyone’s difficulties and expectations',
				'data-inventory': 'Find where the data lives (files, contacts, memberships)',
				budget: 'Estimate the budget and time available'
			}
		},
		awareness: {
			explanation:
				'A change of tools succeeds when the team understands why. Explain why to leave Big Tech (data, dependency, values) and involve the people concerned early.',
			items: {
				'board-talk': 'Present the approach to the board',
				workshop: 'Hold an awareness session for volunteers',
				ambassadors: 'Identify motivated champions',
				'share-why': 'Share the reasons for the change in writing'
			}
		},
		strategy: {
			explanation:
				'Set the course: which uses to change first, at what pace, with which resources. Moving tool by tool works better than switching everything at once.',
			items: {
				priorities: 'Choose the priority uses',
				roadmap: 'Write a roadmap with deadlines',
				roles: 'Decide who leads the project',
				vote: 'Have the board approve the strategy'
			}
		},
		'tool-choice': {
			explanation:
				'For each use, compare the free alternatives: ease of use, hosting (a CHATONS member, your provider, yourselves), cost. Try before deciding.',
			items: {
				'shortlist-tools': 'Shortlist two alternatives per use',
				test: 'Test the tools with a few volunteers',
				hosting: 'Choose a host (CHATONS member, provider, self-hosting)',
				decide: 'Decide and record the choice in the plan'
			}
		},
		'process-adaptation': {
			explanation:
				'Set up and configure the new tools, migrate the data, and write down the few usage rules the team will need.',
			items: {
				setup: 'Create the accounts and configure the tools',
				migrate: 'Migrate the data (files, contacts, calendars)',
				backup: 'Check the backups',
				docs: 'Write a short usage guide'
			}
		},
		training: {
			explanation:
				'Everyone should feel at ease with the new tools. Plan short hands-on sessions in small groups, and a place to ask questions.',
			items: {
				sessions: 'Schedule hands-on sessions',
				materials: 'Prepare how-to sheets',
				helpdesk: 'Name a go-to person for questions'
			}
		},
		integration: {
			explanation:
				'Make the new tools the habit: close the old accounts, connect the tools to each other, and work with other associations that made the same choice.',
			items: {
				'close-old': 'Close the old accounts',
				connect: 'Connect the tools (calendar, files, messaging)',
				partners: 'Tell partners about the new channels'
			}
		},
		'continuous-adaptation': {
			explanation:
				'The transition goes on: review regularly, welcome new volunteers with the right tools, and share your experience on the forum.',
			items: {
				review: 'Review after six months',
				onboarding: 'Include the tools in welcoming new volunteers',
				share: 'Share your experience'
			}
		}
	}
};
