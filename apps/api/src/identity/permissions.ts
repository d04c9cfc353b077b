import { ROLES, type Role } from '#domain';

/**
 * What each role may do: the one table the global guard enforces (auth.guard.ts) and the
 * permission-matrix test walks (test/e2e/permission-matrix.e2e-spec.ts).
 *
 * Every HTTP endpoint (method and Express path template, global prefix included) and every socket
 * event (namespace and event name) has a row: `'public'` (no login; a token, if sent, is still read)
 * or the roles allowed. An endpoint without a row is refused (403), so a new endpoint is closed
 * until someone decides who may call it.
 *
 * Rows say who may call an endpoint at all; which records a caller may touch (a reviewer's own city,
 * a judge's own trades, a contestant's own entry) is checked by the guard for the path parameters
 * in SCOPED_PARAMS and by the handlers and deciders for the records they load.
 */
export type Access = 'public' | readonly Role[];

/** Anyone logged in. */
export const EVERY_ROLE: readonly Role[] = ROLES;

const ORGANISER: readonly Role[] = ['organiser'];
const REGISTRARS: readonly Role[] = ['organiser', 'city_reviewer'];
const PANEL: readonly Role[] = ['organiser', 'chief_judge', 'judge'];
const CHECK_IN: readonly Role[] = ['organiser', 'chief_judge'];
const JUDGES: readonly Role[] = ['judge', 'chief_judge'];

export const HTTP_PERMISSIONS: Readonly<Record<string, Access>> = {
  // Identity
  'POST /api/auth/login': 'public',
  'POST /api/auth/refresh': 'public',
  'POST /api/auth/sign-up': 'public',
  'POST /api/auth/sign-out': EVERY_ROLE,
  'GET /api/auth/me': EVERY_ROLE,
  'POST /api/auth/devices': JUDGES,
  'GET /api/auth/devices': JUDGES,
  'POST /api/auth/devices/:deviceId/unpair': JUDGES,
  'POST /api/users/:userId/devices/:deviceId/unpair': ORGANISER,
  'GET /api/users/judges': ORGANISER,
  'POST /api/users/judges': ORGANISER,
  'POST /api/users/judges/import': ORGANISER,
  'POST /api/users/staff': ORGANISER,
  'POST /api/users/judges/activation-codes': ORGANISER,
  'POST /api/users/judges/credential-slips': ORGANISER,
  'POST /api/auth/activate': 'public',
  'POST /api/people/forget': ORGANISER,

  // Catalogue and public views
  'GET /api/catalogue/contest': 'public',
  'GET /api/catalogue/cities': 'public',
  'GET /api/catalogue/editions': 'public',
  'GET /api/catalogue/events': 'public',
  'GET /api/catalogue/trades': 'public',
  'GET /api/catalogue/trades/:tradeId': 'public',
  // Setting up an edition (docs/setting-up-an-edition.md)
  'POST /api/editions': ORGANISER,
  'GET /api/catalogue/workbook': ORGANISER,
  'GET /api/catalogue/workbook/template': ORGANISER,
  'GET /api/catalogue/workbook/template/:sheet': ORGANISER,
  'POST /api/catalogue/workbook': ORGANISER,
  'POST /api/catalogue/trades/:tradeId/revisions': ORGANISER,
  'POST /api/catalogue/trades/:tradeId/revisions/approve': ['chief_judge'],
  'GET /api/trades/:tradeId/board': 'public',
  'GET /api/trades/:tradeId/board/at': 'public',
  'GET /api/trades/:tradeId/draw': 'public',
  'GET /api/trades/:tradeId/results': 'public',
  'GET /api/medals': 'public',
  'GET /api/health': 'public',
  'GET /api/health/live': 'public',
  'GET /api/health/ready': 'public',
  // Public, or only with METRICS_TOKEN when that is set: the endpoint checks it itself.
  'GET /api/metrics': 'public',

  // Registration
  'POST /api/registration/deadline': ORGANISER,
  // Working days in China (docs/working-days.md): anyone may check how they are counted, the organiser corrects
  'GET /api/working-days/:year': 'public',
  'PUT /api/working-days/:date': ORGANISER,
  'POST /api/working-days/:date/correction-withdrawal': ORGANISER,
  'PUT /api/trades/:tradeId/registration-rules': ORGANISER,
  'POST /api/trades/:tradeId/prior-first-prizes': ORGANISER,
  'POST /api/entries': ['contestant', 'city_reviewer', 'organiser'],
  'GET /api/entries': REGISTRARS,
  'GET /api/entries/mine': ['contestant'],
  'GET /api/entries/:entryId': ['organiser', 'city_reviewer', 'contestant'],
  'POST /api/entries/:entryId/city-approval': ['city_reviewer'],
  'POST /api/entries/:entryId/city-rejection': ['city_reviewer'],
  'POST /api/entries/:entryId/confirmation': ORGANISER,
  'POST /api/entries/:entryId/province-rejection': ORGANISER,
  'POST /api/entries/:entryId/withdrawal': ['contestant', 'city_reviewer', 'organiser'],
  'POST /api/entries/bulk': ['city_reviewer', 'organiser'],
  'GET /api/entries/bulk/template.xlsx': ['city_reviewer', 'organiser'],
  'GET /api/exports/entries.xlsx': REGISTRARS,
  'GET /api/exports/confirmed.xlsx': REGISTRARS,
  'GET /api/exports/competitor-numbers.xlsx': REGISTRARS,
  'GET /api/reports/registration': ORGANISER,

  // Achievement reviews (docs/achievements.md): contestants submit their own; their city's reviewer and the organiser review them
  'POST /api/achievements': ['contestant'],
  'GET /api/achievements': REGISTRARS,
  'GET /api/achievements/mine': ['contestant'],
  'GET /api/achievements/:achievementId': ['contestant', 'city_reviewer', 'organiser'],
  'GET /api/achievements/:achievementId/integrity': ['contestant', 'city_reviewer', 'organiser'],
  'GET /api/achievements/:achievementId/attachments/:attachmentId': ['contestant', 'city_reviewer', 'organiser', 'judge'],
  'PUT /api/achievements/:achievementId/draft': ['contestant'],
  'POST /api/achievements/:achievementId/attachments': ['contestant'],
  'POST /api/achievements/:achievementId/links': ['contestant'],
  'POST /api/achievements/:achievementId/attachments/:attachmentId/removal': ['contestant'],
  'POST /api/achievements/:achievementId/submission': ['contestant'],
  'POST /api/achievements/:achievementId/city-recommendation': ['city_reviewer'],
  'POST /api/achievements/:achievementId/city-decline': ['city_reviewer'],
  'POST /api/achievements/:achievementId/eligibility': ORGANISER,
  'POST /api/achievements/:achievementId/ineligibility': ORGANISER,
  // The expert review: experts are judge accounts of a review trade (docs/achievements.md)
  'PUT /api/trades/:tradeId/review-settings': ORGANISER,
  'GET /api/trades/:tradeId/review-settings': ['organiser', 'judge'],
  'POST /api/trades/:tradeId/expert-assignment': ORGANISER,
  'GET /api/trades/:tradeId/expert-review': ORGANISER,
  'GET /api/expert-reviews/mine': ['judge'],
  'POST /api/achievements/:achievementId/expert-adjustment': ORGANISER,
  'GET /api/achievements/:achievementId/expert-view': ['judge'],
  'POST /api/achievements/:achievementId/expert-scores': ['judge'],
  'GET /api/achievements/:achievementId/expert-scores': ['organiser', 'judge'],
  'POST /api/achievements/:achievementId/review-discussion': ORGANISER,
  'PUT /api/trades/:tradeId/submission-deadline': ORGANISER,

  // Lots, panels, check-in
  'POST /api/trades/:tradeId/judges': ORGANISER,
  'POST /api/trades/:tradeId/draw/commitment': ORGANISER,
  'POST /api/trades/:tradeId/draw/commitment/replacement': ORGANISER,
  'POST /api/trades/:tradeId/draw': ORGANISER,
  'POST /api/trades/:tradeId/check-ins': CHECK_IN,
  'POST /api/trades/:tradeId/check-in/close': CHECK_IN,
  'GET /api/trades/:tradeId/panel': PANEL,
  'GET /api/trades/:tradeId/competitors': PANEL,

  // Marking
  'POST /api/trades/:tradeId/marks': ['judge'],
  'GET /api/trades/:tradeId/my-aspects': ['judge'],
  'POST /api/trades/:tradeId/aspects/open': ['judge'],
  'POST /api/trades/:tradeId/aspects/release': ['judge'],
  'POST /api/trades/:tradeId/aspects/release-beacon': ['judge'],
  'POST /api/trades/:tradeId/panel/assignments': ['chief_judge', 'organiser'],
  'GET /api/trades/:tradeId/agreement': ['chief_judge', 'organiser'],
  'GET /api/trades/:tradeId/competitors/:competitorNumber/sheet': ['judge', 'chief_judge', 'organiser', 'arbitration'],
  'GET /api/trades/:tradeId/competitors/:competitorNumber/conflicts': ['chief_judge', 'organiser'],
  'POST /api/trades/:tradeId/competitors/:competitorNumber/substitutes': ['chief_judge'],
  'POST /api/trades/:tradeId/competitors/:competitorNumber/sign-off': ['chief_judge'],
  'POST /api/trades/:tradeId/competitors/:competitorNumber/completion-time': ['chief_judge'],
  'GET /api/trades/:tradeId/corrections': ['chief_judge', 'organiser', 'arbitration'],
  'POST /api/trades/:tradeId/corrections': JUDGES,
  'GET /api/trades/:tradeId/corrections/:correctionId/preview': ['chief_judge', 'organiser', 'arbitration'],
  'POST /api/trades/:tradeId/corrections/:correctionId/approve': ['chief_judge'],
  'POST /api/trades/:tradeId/corrections/:correctionId/reject': ['chief_judge'],
  'POST /api/trades/:tradeId/theory-answers': ['organiser', 'chief_judge'],
  'POST /api/trades/:tradeId/theory-answers/file': ['organiser', 'chief_judge'],
  'POST /api/trades/:tradeId/theory-key': ['organiser', 'chief_judge'],
  'POST /api/trades/:tradeId/theory-key/file': ['organiser', 'chief_judge'],
  'POST /api/trades/:tradeId/theory-scores': ['organiser', 'chief_judge'],
  'POST /api/trades/:tradeId/theory-scores/file': ['organiser', 'chief_judge'],
  'GET /api/trades/:tradeId/theory': ['organiser', 'chief_judge'],

  // Results and appeals
  'POST /api/trades/:tradeId/freeze': ORGANISER,
  'POST /api/trades/:tradeId/reveal': ORGANISER,
  'POST /api/trades/:tradeId/ceremony/step': ORGANISER,
  'POST /api/trades/:tradeId/publish': ORGANISER,
  'GET /api/trades/:tradeId/results/mine': ['contestant'],
  'GET /api/appeals': ['arbitration', 'organiser', 'contestant'],
  'POST /api/appeals': ['contestant'],
  'POST /api/appeals/:appealId/preview': ['arbitration', 'organiser'],
  'POST /api/appeals/:appealId/decide': ['arbitration'],

  // Audit
  'GET /api/audit/checkpoints': 'public',
  'GET /api/audit/export': ['organiser', 'arbitration'],
  'GET /api/feed': 'public',
  'GET /api/history/entries/:entryId': ['organiser', 'arbitration', 'chief_judge'],
  'GET /api/history/marks/:tradeId/:competitorNumber/:aspectId': ['organiser', 'arbitration', 'chief_judge'],
  'GET /api/history/results/:tradeId/:competitorNumber': ['organiser', 'arbitration', 'chief_judge'],

  // Printable fallbacks
  'GET /api/trades/:tradeId/print/marking-forms.pdf': ['organiser', 'chief_judge'],
  'GET /api/trades/:tradeId/print/results-sheet.pdf': ['organiser', 'chief_judge'],

  // The contest desk
  'GET /api/desk': ORGANISER,

  // Operations
  'POST /api/admin/dashboard-session': ORGANISER,
  'GET /api/admin/jobs/failed': ORGANISER,
};

/** Socket events by `<namespace> <event>`. */
export const SOCKET_PERMISSIONS: Readonly<Record<string, Access>> = {
  // Spectators need no login; an organiser's token (handshake `auth.token`) shows frozen boards live.
  '/live board:join': 'public',
  '/live board:leave': 'public',
  // The medal table and tech share, pushed with the boards (docs/live-screens.md).
  '/live medals:join': 'public',
};

/**
 * Path parameters that scope an account: a judge or chief judge reaches only the trades they serve
 * (their account's trades, or a panel they sit on), a city reviewer only its own city.
 */
export const SCOPED_PARAMS: Readonly<Partial<Record<Role, 'tradeId' | 'city'>>> = {
  judge: 'tradeId',
  chief_judge: 'tradeId',
  city_reviewer: 'city',
};

export const httpKey = (method: string, pathTemplate: string) => `${method.toUpperCase()} ${pathTemplate}`;
export const socketKey = (namespace: string, event: string) => `${namespace} ${event}`;

/** The row of an endpoint; undefined when the table has none (the endpoint is then refused). */
export function httpAccess(method: string, pathTemplate: string): Access | undefined {
  // Express answers HEAD with the GET route.
  return HTTP_PERMISSIONS[httpKey(method === 'HEAD' ? 'GET' : method, pathTemplate)];
}

export const socketAccess = (namespace: string, event: string): Access | undefined => SOCKET_PERMISSIONS[socketKey(namespace, event)];

export const allows = (access: Access, role: Role | undefined): boolean =>
  access === 'public' || (role !== undefined && access.includes(role));
