import pkg from '../../package.json' with { type: 'json' };
import type { ApiDescription } from '../platform/server/api-document.ts';

/**
 * What /api/openapi.json says about the API as a whole. Every route is in the document without
 * being listed here: its operationId is derived from method and path (`getJournalById`); the
 * names below only replace derived ones that read badly. Keys are `METHOD /path` as declared.
 */
const operationIds: Record<string, string> = {
  'POST /api/v1/auth/sign-up': 'signUp',
  'POST /api/v1/auth/sign-in': 'signIn',
  'POST /api/v1/auth/sign-out': 'signOut',
  'POST /api/v1/auth/forgot-password': 'requestPasswordReset',
  'POST /api/v1/auth/reset-password': 'resetPassword',
  'GET /api/v1/me/reminders': 'getReminders',
  'PATCH /api/v1/me/reminders': 'updateReminders',
  'POST /api/v1/reminders/unsubscribe': 'unsubscribeFromReminders',
  'GET /api/v1/me/first-week': 'getFirstWeek',
  'PATCH /api/v1/me/first-week': 'updateFirstWeek',
  'PATCH /api/v1/me': 'updateMe',
  'POST /api/v1/me/password': 'changePassword',
  'POST /api/v1/me/email': 'changeEmail',
  'POST /api/v1/me/delete': 'deleteAccount',
  'GET /api/v1/me/activity': 'listActivity',
  'POST /api/v1/me/activity/seen': 'markActivitySeen',
  'GET /api/v1/me/sessions': 'listSessions',
  'DELETE /api/v1/me/sessions/:id': 'endSession',
  'POST /api/v1/me/sessions/end-others': 'endOtherSessions',
  'POST /api/v1/couple': 'createCouple',
  'GET /api/v1/couple/current': 'getCurrentCouple',
  'POST /api/v1/couple/invites': 'createInvite',
  'GET /api/v1/couple/invites': 'listInvites',
  'DELETE /api/v1/couple/invites/:id': 'revokeInvite',
  'POST /api/v1/couple/join': 'joinCouple',
  'POST /api/v1/couple/leave': 'leaveCouple',
  'POST /api/v1/reflection/takes': 'createReflectionTake',
  'PUT /api/v1/reflection/takes/:id/sharing': 'setReflectionTakeSharing',
  'DELETE /api/v1/reflection/takes/:id': 'deleteReflectionTake',
  'PUT /api/v1/reflection/stance': 'setReflectionStance',
  'GET /api/v1/reflection/partner': 'getPartnerReflection',
  'GET /api/v1/path/stages/:stage': 'getPathStage',
  'PUT /api/v1/path/stages/:stage': 'markPathStage',
  'POST /api/v1/safety/checks': 'createSafetyCheck',
  'DELETE /api/v1/safety/checks/:id': 'deleteSafetyCheck',
  'POST /api/v1/safety/offer/set-aside': 'setAsideSafetyOffer',
  'POST /api/v1/safety/solo': 'startUsingAlone',
  'DELETE /api/v1/safety/solo': 'stopUsingAlone',
  'PUT /api/v1/today/act': 'markTodayAct',
  'DELETE /api/v1/today/act': 'unmarkTodayAct',
  'POST /api/v1/time-apart': 'startTimeApart',
  'POST /api/v1/time-apart/end': 'endTimeApart',
  'GET /api/v1/notices': 'listNotices',
  'POST /api/v1/notices/:id/dismiss': 'dismissNotice',
  'GET /api/v1/export': 'exportMyData',
  'GET /api/v1/export/html': 'exportMyDataAsHtml',
  'GET /api/v1/checkins/today': 'getTodayCheckin',
  'PUT /api/v1/checkins/today': 'saveTodayCheckin',
  'DELETE /api/v1/checkins/today': 'deleteTodayCheckin',
  'GET /api/v1/checkins/daily': 'listDailyCheckins',
  'GET /api/v1/checkins/weekly': 'getWeeklyCheckins',
  'PUT /api/v1/checkins/weekly': 'saveWeeklyCheckin',
  'POST /api/v1/checkins/weekly/:id/replies': 'replyToWeeklyCheckin',
  'PUT /api/v1/checkins/weekly/settings': 'setWeeklyCheckinDay',
  'GET /api/v1/journal': 'listJournalEntries',
  'POST /api/v1/journal': 'createJournalEntry',
  'POST /api/v1/journal/search': 'searchJournal',
  'GET /api/v1/journal/:id': 'getJournalEntry',
  'PATCH /api/v1/journal/:id': 'updateJournalEntry',
  'DELETE /api/v1/journal/:id': 'deleteJournalEntry',
  'GET /api/v1/letters': 'listLetters',
  'POST /api/v1/letters': 'writeLetter',
  'GET /api/v1/letters/:id': 'getLetter',
  'PATCH /api/v1/letters/:id': 'updateLetter',
  'DELETE /api/v1/letters/:id': 'deleteLetter',
  'POST /api/v1/letters/:id/read': 'markLetterRead',
  'GET /api/v1/talks': 'listTalks',
  'POST /api/v1/talks': 'startTalk',
  'GET /api/v1/talks/:id': 'getTalk',
  'POST /api/v1/talks/:id/turns': 'takeTalkTurn',
  'POST /api/v1/talks/:id/pause': 'pauseTalk',
  'POST /api/v1/talks/:id/resume': 'resumeTalk',
  'POST /api/v1/talks/:id/end': 'endTalk',
  'GET /api/v1/talks/:id/live': 'followTalk',
  'GET /api/v1/ownership': 'listOwnershipStatements',
  'POST /api/v1/ownership': 'sendOwnershipStatement',
  'GET /api/v1/ownership/:id': 'getOwnershipStatement',
  'POST /api/v1/ownership/:id/versions': 'reviseOwnershipStatement',
  'POST /api/v1/ownership/:id/answers': 'answerOwnershipStatement',
  'GET /api/v1/agreements': 'listAgreements',
  'POST /api/v1/agreements': 'proposeAgreement',
  'GET /api/v1/agreements/:id': 'getAgreement',
  'POST /api/v1/agreements/:id/versions': 'proposeAgreementChange',
  'POST /api/v1/agreements/:id/actions': 'actOnAgreement',
  'GET /api/v1/promises': 'listPromises',
  'POST /api/v1/promises': 'makePromise',
  'GET /api/v1/promises/ledger': 'getPromiseLedger',
  'GET /api/v1/promises/:id': 'getPromise',
  'POST /api/v1/promises/:id/actions': 'actOnPromise',
};

/** Each tag's description; a tag not here still gets a plain one (and the API test names it). */
const tags: Record<string, string> = {
  platform: 'The server itself: whether it and its database answer.',
  accounts:
    'Signing up, in and out; my profile, password and email; where I am signed in; my own account activity; deleting my account.',
  couple: 'The shared space of two partners: starting it, single-use invites, joining and leaving.',
  reflection:
    'A private look at the four patterns behind what broke, shared only per pattern and on purpose.',
  path: 'The seven stages of the path, marked by either partner, with their whole history.',
  safety: 'The private safety check and using Kintsugi alone. Never visible to the partner.',
  today: "The home screen: the day's small act and what is waiting for me.",
  reminders:
    'Reminders by email that say only that something is waiting, off by default, and their one-click unsubscribe.',
  'first week':
    'My first steps after signing up: done when done, set aside for now, or put away; one person at a time.',
  'time apart': 'Pausing the shared space, with or without an end date.',
  'data rights':
    'The full export of my data, and notices when a partner leaves or closes their account.',
  'check-ins': 'Daily and weekly check-ins, revealed to the partner only when both have answered.',
  timeline:
    'The healing timeline: check-ins over time, with agreements, talks and memories marked.',
  journal: 'The private journal: only its author can ever read an entry.',
  letters: 'Letters between partners: drafts, sending now or at a chosen time, replies.',
  talk: 'Hard conversations in turns, and ownership statements with their answers.',
  agreements: 'Agreements made together: versions, acceptance, review and retirement.',
  promises: 'Small promises and their follow-through, and the weekly reliability ledger.',
};

/** `UNLICENSED` is npm's word for "not offered under any licence"; an SPDX id gets its SPDX page. */
const licenseUrl = (id: string) =>
  id === 'UNLICENSED'
    ? 'https://docs.npmjs.com/cli/configuring-npm/package-json#license'
    : `https://spdx.org/licenses/${id}.html`;

export const apiDescription: ApiDescription = {
  version: pkg.version,
  license: { name: pkg.license, url: licenseUrl(pkg.license) },
  tags,
  operationIds,
};
