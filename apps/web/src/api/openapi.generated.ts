/**
 * Generated from the API's OpenAPI document by `npm run api:types` (openapi-typescript): do not edit.
 * A test (apps/api/src/openapi/api-types.int-spec.ts) fails when this file is stale.
 */

export interface paths {
    "/api/achievements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted achievements (a city reviewer sees its own city), by trade and status */
        get: operations["listAchievements"];
        put?: never;
        /** Start an achievement (a draft) in a trade of an achievement review; its id derives from the commandId */
        post: operations["draftAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One achievement with its team (masked), benefits and attachments */
        get: operations["getAchievement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file to the applicant's draft: type and size judged on the bytes, SHA-256 recorded */
        post: operations["addAchievementFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file as submitted (also to an expert assigned to the achievement); refused (409 achievements.attachment_changed) when the file on disk no longer has the recorded SHA-256 */
        get: operations["downloadAchievementAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/attachments/{attachmentId}/removal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant takes an attachment off their draft */
        post: operations["removeAchievementAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/city-decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The city union does not recommend a submitted achievement, with a reason */
        post: operations["declineAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/city-recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The city union recommends a submitted achievement of its city, within the city's quota */
        post: operations["recommendAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The applicant edits their achievement's draft until it is submitted */
        put: operations["editAchievementDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organiser finds a recommended achievement eligible */
        post: operations["confirmAchievementEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/expert-adjustment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organiser replaces one of an achievement's experts (or fills a short slot), with a reason */
        post: operations["adjustExpertAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/expert-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The experts' scores: all to the organiser; to an assigned expert only once they have scored the current round */
        get: operations["listAchievementExpertScores"];
        put?: never;
        /** An assigned expert scores each criterion (whole numbers 0–100) with a written comment */
        post: operations["scoreAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/expert-view": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An achievement as its assigned expert reads it: blind reviews show no names nor employers; the expert's own scores */
        get: operations["getAchievementForExpert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/ineligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organiser finds a recommended achievement ineligible, with a reason */
        post: operations["refuseAchievementEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each file's SHA-256 as recorded in its event, and whether the file on disk still has it */
        get: operations["checkAchievementAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a link to a video (https) to the applicant's draft */
        post: operations["addAchievementVideoLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/review-discussion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organiser records the discussion of an achievement flagged for its experts' spread, and asks for a re-score */
        post: operations["recordReviewDiscussion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/{achievementId}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The applicant submits their draft before the deadline */
        post: operations["submitAchievement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/achievements/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contestant's own achievements, drafts included */
        get: operations["listMyAchievements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organiser: scoring jobs that failed all their attempts, newest first, with reason and attempts. Without REDIS_URL jobs run inline and are retried until they succeed: the list is empty. */
        get: operations["listFailedJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals, by trade; a contestant sees their own */
        get: operations["listAppeals"];
        put?: never;
        /** A contestant appeals their result in a trade, within the trade's window after publication */
        post: operations["fileAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{appealId}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold (with a re-mark or a correction) or reject an appeal, with reasons */
        post: operations["decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appeals/{appealId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What upholding the appeal with this remedy would change: the trade's totals, ranks and prizes before and after */
        post: operations["previewAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Checkpoints recorded at every module sign-off and results publication: the audit chain head (position, hash) at that moment, and the event that recorded it. An export must give the same hash at each position. */
        get: operations["auditCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole event history as NDJSON, one event per line in global order: position, streamId, revision, id, type, data, metadata, prevHash, hash. Events as stored (personal data encrypted at rest). Header x-audit-chain-head: the last position and hash exported. Check it with `npm run verify:audit`. */
        get: operations["exportAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A judge activates an account that has no password yet, with the one-time code of their credential slip, and sets the password. Throttled like logins */
        post: operations["activateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge's paired devices */
        get: operations["listDevices"];
        put?: never;
        /** A judge pairs the tablet they mark on: the answer is a session bound to the device, and every mark sent with it carries the device id in its history */
        post: operations["pairDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/devices/{deviceId}/unpair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpair one of your devices (a lost tablet): its sessions end at once */
        post: operations["unpairOwnDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: a short-lived access token (Authorization: Bearer …) and a refresh token that works once. Throttled per username and address (429). */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the access token belongs to */
        get: operations["me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the refresh token for a new pair; a refresh token used twice closes its session */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access and refresh tokens stop working on every server */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A contestant creates an account */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/cities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 14 cities of the province */
        get: operations["listCities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/contest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contest edition */
        get: operations["getContest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every edition, oldest first; the last one is the current edition */
        get: operations["listEditions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events (赛事) with their trades: the current edition's, or `edition`'s */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/trades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trades (工种), without their marking schemes: the current edition's, or `edition`'s */
        get: operations["listTrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/trades/{tradeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One trade with its marking scheme */
        get: operations["getTrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/trades/{tradeId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a trade's scheme and rules: at once before its draw; after it with a reason and the chief judge's approval */
        post: operations["reviseTrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/trades/{tradeId}/revisions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge approves a change of the trade's scheme proposed after its draw */
        post: operations["approveTradeRevision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/workbook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current catalogue as the workbook it is uploaded as: a round trip changes nothing */
        get: operations["exportCatalogue"];
        put?: never;
        /** Upload the catalogue workbook (events, trades, schemes) into the current edition, reported row by row; the same file twice changes nothing */
        post: operations["importCatalogue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/workbook/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The empty catalogue workbook: sheets events, trades, scheme */
        get: operations["catalogueTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/workbook/template/{sheet}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sheet of the template as CSV (events, trades or scheme): its header line */
        get: operations["catalogueSheetTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/desk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every trade as a row: entries, draw, check-in, marking, corrections and re-marks, sign-off, theory, freeze, publication, appeals; filter by event, city, stage; `since` for the rows changed after a position */
        get: operations["contestDesk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/editions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an edition of the contest, empty or as a copy of an earlier edition's catalogue: the platform serves the latest one */
        post: operations["createEdition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries (a city reviewer sees its own city); ID numbers and phones masked */
        get: operations["listEntries"];
        put?: never;
        /** Enter a person in a trade (one person, one trade per contest) */
        post: operations["submitEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry; ID number and phone masked */
        get: operations["getEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/city-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The city union approves an entry of its city */
        post: operations["approveEntryByCity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/city-rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The city union rejects an entry of its city, with a reason */
        post: operations["rejectEntryByCity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The province confirms a city-approved entry */
        post: operations["confirmEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/province-rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The province rejects a city-approved entry, with a reason */
        post: operations["rejectEntryByProvince"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an entry before the deadline and the draw (the contestant, its city, or the organiser) */
        post: operations["withdrawEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enter many people at once from a spreadsheet (XLSX or CSV); the answer reports every row
         * @description Columns (header row; Chinese or English names): 姓名/name, 身份证号/idNumber, 手机/phone, 工作单位/employer, 统一社会信用代码/creditCode, 科技型企业/techBased, 城市/city, 工种/tradeId, 技能等级/skillLevel, 团队/team (team trades). A city reviewer enters its own city only. Uploading the same file again enters nothing twice: its rows answer already_entered.
         */
        post: operations["uploadEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/bulk/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An empty bulk-entry spreadsheet (ID number and phone columns as text) with the trades and cities */
        get: operations["bulkEntryTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contestant's own entry and its status */
        get: operations["getMyEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/expert-reviews/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An expert's assigned achievements, in every review trade of theirs */
        get: operations["listMyExpertReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/competitor-numbers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competitor numbers drawn, with name, city, employer, session and workstation */
        get: operations["exportCompetitorNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/confirmed.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The confirmed lists per trade; ID numbers and phones masked */
        get: operations["exportConfirmed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exports/entries.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries per city and trade with their status (and a summary sheet); ID numbers and phones masked */
        get: operations["exportEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public feed of published results for spectators and the press (NDJSON, one event per line, each with a resume `token`): contest, events and trades (names only), boards frozen and revealed, results from their publication on. Never marks, ID numbers or phones. */
        get: operations["getFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 200 when the event store (and Redis, where configured) answer; 503 otherwise */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: 200 while the process answers HTTP; checks nothing else (a restart would not fix a dependency) */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: 200 when the event store and Redis (where configured) answer and the projections are live; 503 while a projection is stopped (it restarts by itself) or behind the store by more than READINESS_MAX_LAG_SECONDS */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry's history: submission, city and province decisions, quota slot, draw, check-in (ID numbers and phones masked) */
        get: operations["entryHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/marks/{tradeId}/{competitorNumber}/{aspectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A mark's history: every score-sheet event that touched the aspect — marks, re-marks, spreads, corrections requested/approved/rejected, sign-off, appeal remedies */
        get: operations["markHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/history/results/{tradeId}/{competitorNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A result's history: results calculated, theory graded, rankings, sign-offs, corrections, appeals, publication */
        get: operations["resultHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/medals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prizes per city and the tech-based enterprises’ share, over the drawn trades of an event or of the contest */
        get: operations["getMedals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this api node (text format); with METRICS_TOKEN set, only for `Bearer <METRICS_TOKEN>` */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/forget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forget a person (by ID number) or everyone of an entry: their key is deleted, so their ID number and phone read as "[forgotten]" everywhere in the history, which otherwise stays readable and verifiable */
        post: operations["forgetPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registration/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the instant after which registration (entries and withdrawals) is closed */
        post: operations["setRegistrationDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/registration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registration per city and per trade: entries submitted, city-approved and -rejected, confirmed, province-rejected, withdrawn, approval rates of the decided entries, and the share of entries from tech-based enterprises */
        get: operations["registrationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge agreement on the panel: spreads, re-marks, each judge's leniency against the panel mean */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/aspects/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** This tablet takes the aspect for 2 minutes: another tablet of the same judge is refused meanwhile */
        post: operations["openAspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/aspects/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** This tablet lets the aspect go */
        post: operations["releaseAspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/aspects/release-beacon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The judge page's beacon on pagehide: releases this tablet's lease of an aspect (form body: token, device, commandId, competitorNumber, aspectId) */
        post: operations["releaseAspectOnLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trade's live board as it stands (the same snapshot as on /live) */
        get: operations["getBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/board/at": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board as it stood then, replayed from the store up to that position */
        get: operations["boardAt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/ceremony/step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The ceremony's next step: reveal the next hidden result of a frozen board, from the last place up */
        post: operations["stepCeremony"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/check-in/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close check-in: the drawn competitors not checked in are absent */
        post: operations["closeCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Contest day: check a competitor in by number (the organiser or the trade's chief judge) */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competitor numbers drawn in the trade (judges never see names) */
        get: operations["listCompetitors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors/{competitorNumber}/completion-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge records how long a competitor's practical took (the last tie-break); a change needs a reason; locked once every module is signed off */
        post: operations["recordCompletionTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors/{competitorNumber}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judges with a conflict of interest for this competitor, and the eligible substitutes */
        get: operations["getConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors/{competitorNumber}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A competitor's score sheet; a judge sees only their own marks of an aspect until the panel's are all in */
        get: operations["getScoreSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors/{competitorNumber}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge locks a competitor's module; refused while any aspect of it is not marked */
        post: operations["signOffModule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/competitors/{competitorNumber}/substitutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge puts a substitute in for a conflicted judge on this competitor */
        post: operations["substituteJudge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trade's corrections: pending, approved and rejected */
        get: operations["listCorrections"];
        put?: never;
        /** Ask to correct a submitted mark, with a reason; the chief judge approves it */
        post: operations["requestCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/corrections/{correctionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge approves a correction: the mark changes, the original stays in the history */
        post: operations["approveCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/corrections/{correctionId}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What approving the correction would change: the trade's totals, ranks and prizes before and after */
        get: operations["previewCorrection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/corrections/{correctionId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chief judge rejects a correction, with a reason */
        post: operations["rejectCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published draw: commitment, then seed, confirmed list and assignments, re-run by the server (`verified`). No personal data. */
        get: operations["getPublishedDraw"];
        put?: never;
        /** Reveal the seed committed to: competitor numbers, sessions and workstations for the confirmed entries */
        post: operations["drawLots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/draw/commitment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before the draw: publish the SHA-256 of the seed (commit–reveal) */
        post: operations["commitDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/draw/commitment/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Before the draw, a lost seed: publish a new commitment with a reason; the replaced commitment stays public beside it (GET …/draw) */
        post: operations["replaceDrawCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/expert-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organiser assigns the trade's experts to its eligible achievements; the answer lists any shortfall */
        post: operations["assignExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/expert-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organiser's overview: each assigned achievement's experts, round, spread flag, discussions and review score */
        get: operations["listAchievementReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Freeze the live board: spectators see it as it stands now until it is revealed */
        post: operations["freezeBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a judge or the chief judge on the trade's panel */
        post: operations["assignJudge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/marks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A judge submits a mark for one aspect of one competitor (send the tablet id as x-device-id) */
        post: operations["submitMark"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/my-aspects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The aspects assigned to the calling judge ('all' when none are) */
        get: operations["getMyAspects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trade's panel: judges and their roles */
        get: operations["getPanel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/panel/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a judge to aspects (a module = all aspects of a sub-criterion) */
        post: operations["assignAspects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/print/marking-forms.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paper marking forms of a trade (one session, or all): per aspect its descriptors and a box per judge for each competitor */
        get: operations["printMarkingForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/print/results-sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results sheet for publicity (公示): ranks, names, employers, scores, prizes and signature lines */
        get: operations["printResultsSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/prior-first-prizes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a first prize of an earlier edition (for the recent-champion rule) */
        post: operations["recordPriorFirstPrize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the results (official): refused until every present competitor's modules are signed off and, unless a reason is given, while one has no theory result */
        post: operations["publishResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/registration-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a trade's eligibility rules and city quota (until its lots are drawn) */
        put: operations["setRegistrationRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trade's results: theory, practical, total, rank, prize, status (provisional/official/final); public as spectators see them (as of a freeze), with each aspect for the organiser, arbitration and the trade's chief judge */
        get: operations["getResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/results/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contestant's own result once published: theory, practical and total (exact and rounded), rank, prize and each module's and aspect's marks */
        get: operations["getMyResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal a frozen board: spectators see it as it stands */
        post: operations["revealBoard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/review-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A review trade's expert review settings (the defaults until the organiser sets them) */
        get: operations["getExpertReviewSettings"];
        /** The organiser sets a review trade's expert review: N, M, criteria with weights, spread threshold, blind, same-city conflict */
        put: operations["setExpertReviewSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/submission-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The organiser sets the instant a review trade stops taking achievements */
        put: operations["setSubmissionDeadline"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The trade's theory exam: each drawn competitor's result (answers graded or a score entered) with its history, and the present competitors still missing one */
        get: operations["theoryStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record theory answer sheets (JSON); each row is reported: recorded, unchanged or refused with the reason */
        post: operations["recordTheoryAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-answers/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record theory answer sheets from a CSV or XLSX file (header row: competitorNumber, answers) */
        post: operations["uploadTheoryAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the theory exam's answer key (organiser or the trade's chief judge); locked once an answer sheet is recorded */
        post: operations["setTheoryKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-key/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the answer key from a CSV or XLSX file: one row per question, columns question number and answer */
        post: operations["uploadTheoryKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter theory scores (0–100) of an exam marked elsewhere, one row per competitor; a change of a recorded result needs a reason. Each row is reported */
        post: operations["recordTheoryScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trades/{tradeId}/theory-scores/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter theory scores from a CSV or XLSX file (competitorNumber, score) */
        post: operations["uploadTheoryScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/devices/{deviceId}/unpair": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unpair a judge's device (reported lost): its sessions end at once */
        post: operations["unpairJudgeDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Judge and chief judge accounts, optionally of one trade, with the panels they sit on (no password hashes) */
        get: operations["listJudges"];
        put?: never;
        /** Create a judge or chief judge account (employer and city for conflict-of-interest checks); it can log in at once */
        post: operations["createJudge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/judges/activation-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One-time activation codes for judge accounts without a password (each works once, for 14 days; a new one replaces the old) */
        post: operations["issueActivationCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/judges/credential-slips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same as activation-codes, printed: one credential slip per judge (username, code, expiry) to cut and hand out */
        post: operations["printCredentialSlips"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/judges/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import judges and chief judges from a workbook, each row reported; the same file twice changes nothing
         * @description Columns (header row; Chinese or English): 姓名/name, 工作单位/employer, 统一社会信用代码/creditCode, 城市/city, 工种/trades (ids or names, separated by 、 or commas); optional 用户名/username (derived from the person when left out), 裁判长/chief (是/否), 编入裁判组/panel (是/否: put on the panels of its trades), 身份证号/idNumber and 手机/phone (personal data: encrypted, masked on screens). Accounts have no password: print credential slips with one-time activation codes.
         */
        post: operations["importJudges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a city reviewer, arbitration or organiser account: no password, a one-time activation code answered once */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Correct one date of the working-day calendar (a holiday, a make-up working day, or a year the data file does not know yet); it wins over the file and counts in the publicity period from now on */
        put: operations["correctWorkingDay"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-days/{date}/correction-withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the correction of a date: it reads as the data file (or Monday–Friday) says again */
        post: operations["withdrawWorkingDayCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/working-days/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How working days are counted in a year: the public holidays and make-up working days of the State Council’s notice (data file), and the organiser’s corrections on top */
        get: operations["getWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AchievementDecisionAnswer: {
            achievementId: string;
            /** Format: uuid */
            commandId: string;
            position: number;
        };
        AchievementDraftDto: {
            benefits: components["schemas"]["DeclaredBenefitDto"][];
            /**
             * @description 技术创新 · 管理创新 · 五小 · 质量管理小组 · 先进操作法 · 高校成果转化
             * @enum {string}
             */
            category: "technical_innovation" | "management_innovation" | "small_invention" | "qc_circle" | "operating_method" | "university_transfer";
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The team, the applicant first: 1 to 10 people */
            members: components["schemas"]["AchievementMemberDto"][];
            /** @description What it is and what it changed, at most 5,000 characters */
            summary: string;
            /** @example 数控机床主轴热变形补偿装置 */
            title: string;
        };
        AchievementDraftedAnswer: {
            achievementId: string;
            /** Format: uuid */
            commandId: string;
            duplicate: boolean;
            position: number;
        };
        AchievementMemberDto: {
            /**
             * @description Employer (工作单位); a member has an employer or a university
             * @example 沈阳机床集团
             */
            employer?: string;
            /**
             * @description Resident ID number (GB 11643). Personal data: sealed, never public.
             * @example 21010219800312123X
             */
            idNumber: string;
            /** @example 王建国 */
            name: string;
            /**
             * @description Mobile number. Personal data: sealed, never public.
             * @example 13800138000
             */
            phone: string;
            /**
             * @description University (所在高校)
             * @example 东北大学
             */
            university?: string;
        };
        AchievementMemberView: {
            employer?: string;
            /** @description Masked */
            idNumber: string;
            name: string;
            /** @description Masked */
            phone: string;
            university?: string;
        };
        AchievementReviewView: {
            achievementId: string;
            city: string;
            discussions: components["schemas"]["ReviewDiscussionView"][];
            experts: components["schemas"]["ReviewExpertView"][];
            /** @description The review score rounded half up to two places */
            reviewFigure?: number;
            /** @description Mean of the experts' latest weighted scores, exact */
            reviewScore?: string;
            /** @description 1, then 2… after each discussion */
            round: number;
            /**
             * @description flagged: the spread is beyond the threshold
             * @enum {string}
             */
            status: "in_review" | "flagged" | "settled";
            title: string;
        };
        AchievementSummaryView: {
            achievementId: string;
            /** @description How many attachments (files and links) */
            attachments: number;
            category: string;
            city: string;
            /** @description The reason of the city's or the province's no */
            reason?: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "recommended" | "not_recommended" | "eligible" | "ineligible";
            /** Format: date-time */
            submittedAt?: string;
            team: components["schemas"]["AchievementTeamMemberView"][];
            title: string;
            tradeId: string;
        };
        AchievementTeamMemberView: {
            employer?: string;
            name: string;
            university?: string;
        };
        AchievementVideoLinkDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @example 演示视频 */
            title: string;
            /**
             * @description An https address
             * @example https://video.example.cn/v/123
             */
            url: string;
        };
        AchievementView: {
            achievementId: string;
            attachments: components["schemas"]["AttachmentView"][];
            benefits: components["schemas"]["DeclaredBenefitView"][];
            category: string;
            city: string;
            members: components["schemas"]["AchievementMemberView"][];
            /** @enum {string} */
            status: "draft" | "submitted" | "recommended" | "not_recommended" | "eligible" | "ineligible";
            /** Format: date-time */
            submittedAt?: string;
            summary: string;
            title: string;
            tradeId: string;
        };
        ActivateAccountDto: {
            /**
             * @description The one-time code of the credential slip
             * @example K7M2Q-9XH4T
             */
            code: string;
            password: string;
            /** @example judge-liu-wei */
            username: string;
        };
        ActivationAnswer: {
            position: number;
            userId: string;
            username: string;
        };
        AdjustExpertAssignmentDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The expert taken off; omitted to fill a slot the assignment left short */
            fromExpertId?: string;
            /** @description Why: kept in the history */
            reason: string;
            /** @description The expert put on (an expert's user id) */
            toExpertId: string;
        };
        AgeWindowDto: {
            /** @example 55 */
            max: number;
            /** @example 18 */
            min: number;
        };
        AgeWindowView: {
            max: number;
            min: number;
        };
        AgreementView: {
            aspects: components["schemas"]["AspectAgreementView"][];
            flagged: number;
            judges: components["schemas"]["JudgeAgreementView"][];
            /** @enum {number} */
            panelSize: 3 | 5;
            remarks: number;
            tradeId: string;
        };
        AppealDecidedAnswer: {
            /** Format: uuid */
            appealId: string;
            /** Format: uuid */
            commandId: string;
            /** @enum {string} */
            decision?: "upheld" | "rejected";
            duplicate: boolean;
            position: number;
        };
        AppealDecisionView: {
            appealId: string;
            competitorNumber: number;
            /** Format: date-time */
            decidedAt: string;
            /** @enum {string} */
            decision: "upheld" | "rejected";
            reasons: string;
            remedy: components["schemas"]["RemedyView"] | null;
            tradeId: string;
        };
        AppealFiledAnswer: {
            /** Format: uuid */
            appealId: string;
            /** Format: uuid */
            commandId: string;
            competitorNumber: number;
            duplicate: boolean;
            position: number;
        };
        AppealPreviewDto: {
            remedy: components["schemas"]["RemedyDto"];
        };
        AppealView: {
            appealId: string;
            aspectIds: string[];
            competitorNumber: number;
            decision?: components["schemas"]["AppealDecisionView"];
            /** Format: date-time */
            filedAt: string;
            /** @description The user who filed it */
            filedBy: string;
            reason: string;
            /** @enum {string} */
            status: "pending" | "upheld" | "rejected";
            tradeId: string;
        };
        ApproveRevisionDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            version: number;
        };
        AspectAgreementView: {
            aspectId: string;
            /** @description Of those, the sheets where a complete round had a spread > 1 */
            flagged: number;
            maxSpread: number;
            meanSpread: number;
            /** @description Complete rounds after the first: the re-marks */
            remarks: number;
            /** @description Contestants with at least one complete round of this aspect */
            sheets: number;
        };
        AspectLeaseAnswer: {
            aspectId: string;
            /** Format: uuid */
            commandId: string;
            competitorNumber: number;
            /** @description The tablet holding the aspect */
            deviceId: string;
            /** Format: date-time */
            expiresAt: string;
        };
        AspectLeaseDto: {
            aspectId: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            competitorNumber: number;
        };
        AspectResultDto: {
            aspectId: string;
            description: string;
            /** @example 50/3 */
            exact: string | null;
            /**
             * @description Rounded half up to 0.01; null when not marked
             * @example 16.67
             */
            mark: number | null;
            /** @example 30 */
            maxMark: number;
            /** @enum {string} */
            type: "measurement" | "judgement";
        };
        AspectScoreView: {
            aspectId: string;
            /** @description "numerator/denominator" */
            exact: string | null;
            mark: number | null;
            /** @enum {string} */
            status: "unmarked" | "awaiting_panel" | "remark_requested" | "marked";
        };
        AspectView: {
            description: string;
            /** @description Judgement aspects: what each level 0–3 means */
            descriptors?: string[];
            id: string;
            /** @description The contest day (1, 2, …) the aspect is marked on */
            markingDay?: number;
            maxMark: number;
            /** @enum {string} */
            type: "measurement" | "judgement";
        };
        AssignAspectsDto: {
            /** @description The aspects this judge marks (a module = all aspects of a sub-criterion) */
            aspectIds: string[];
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            judgeId: string;
        };
        AssignJudgeDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @example u-judge-t001-1 */
            judgeId: string;
            /** @enum {string} */
            role: "chief_judge" | "judge";
        };
        AttachmentAddedAnswer: {
            attachment: components["schemas"]["AttachmentView"];
            /** Format: uuid */
            commandId: string;
            duplicate: boolean;
            position: number;
        };
        AttachmentIntegrityView: {
            attachmentId: string;
            /** @description False when the file on disk is missing or its SHA-256 is not the one recorded */
            intact: boolean;
            sha256: string;
        };
        AttachmentView: {
            attachmentId: string;
            bytes?: number;
            filename?: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @enum {string} */
            mediaType?: "application/pdf" | "image/png" | "image/jpeg" | "image/webp" | "video/mp4" | "video/webm";
            /** @description SHA-256 of the file, recorded in the event: a changed file is detected */
            sha256?: string;
            title?: string;
            url?: string;
        };
        AuditCheckpointRefView: {
            hash: string;
            position: number;
        };
        AuditCheckpointView: {
            competitorNumber?: number;
            /** @description The chain head's hash (64 hex digits) */
            hash: string;
            moduleId?: string;
            /** @description The chain head's position */
            position: number;
            /** @description The event that recorded it (ModuleSignedOff or ResultsPublished) */
            recordedAt: components["schemas"]["CheckpointRecordView"];
            tradeId: string;
        };
        BoardAsOfView: {
            /** @description The moment shown: every event up to this position */
            asOf: components["schemas"]["BoardMomentView"];
            /** @example trade:t-cnc */
            board: string;
            /** @description The award ceremony of a frozen board, while it runs */
            ceremony?: components["schemas"]["BoardCeremonyView"] | null;
            /** @description Frozen for the final period: spectators see the board as of frozenAt until it is revealed */
            frozen: boolean;
            frozenAt: string | null;
            /** @description The results are published (official) */
            published: boolean;
            rows: components["schemas"]["BoardRowView"][];
            version: number;
        };
        BoardCeremonyView: {
            /** @description The competitor number the last step revealed; null before the first step */
            revealed: number | null;
            /** @description Rows revealed so far */
            step: number;
            /** @description Rows to reveal in all */
            total: number;
        };
        BoardJoinedView: {
            /** @example trade:t001-iot-installer */
            board: string;
            version: number;
        };
        BoardMomentView: {
            occurredAt: string | null;
            position: number;
        };
        BoardRowView: {
            /** @description Checked in on the contest day */
            checkedIn: boolean;
            /**
             * @description City id; cityName is its Chinese name
             * @example shenyang
             */
            city: string;
            /** @example 沈阳 */
            cityName: string;
            competitorNumber: number;
            employer: string;
            markedAspects: number;
            name: string;
            practical: number;
            /** @enum {string|null} */
            prize: "first" | "second" | "third" | null;
            /** @enum {string} */
            progress: "not_started" | "in_progress" | "practical_complete" | "complete" | "absent";
            /** @description From the trade's latest ranking; null until the first one */
            rank: number | null;
            /** @description During a ceremony: not revealed yet (shown as at the freeze, without rank or prize) */
            revealPending?: boolean;
            /** @description The score sheet revision the row reflects (−1 before any mark) */
            sheetRevision: number;
            /** @description On the standardised scale, when the trade uses one */
            standardised: number | null;
            /** @description The employer is a tech-based enterprise (科技型企业) */
            techBased: boolean;
            theory: number | null;
            total: number;
            totalAspects: number;
        };
        BoardSnapshotView: {
            /** @example trade:t-cnc */
            board: string;
            /** @description The award ceremony of a frozen board, while it runs */
            ceremony?: components["schemas"]["BoardCeremonyView"] | null;
            /** @description Frozen for the final period: spectators see the board as of frozenAt until it is revealed */
            frozen: boolean;
            frozenAt: string | null;
            /** @description The results are published (official) */
            published: boolean;
            rows: components["schemas"]["BoardRowView"][];
            version: number;
        };
        BulkRowProblem: {
            code: string;
            field: string;
            params: {
                [key: string]: unknown;
            };
        };
        BulkRowResult: {
            /** @description The refusal's (or note's) code (libs/domain/src/shared/refusal-codes.ts) */
            code?: string;
            /** @description The entry the row is in (a team's rows share their captain's entry) */
            entryId?: string;
            /** @description The field at fault, with the spreadsheet column's English name (idNumber, phone, tradeId, …) */
            field?: string;
            /** @description Why the row was refused, or a note (e.g. which row is the team's captain) */
            message?: string;
            /** @description The person of the row (as written in it) */
            name?: string;
            params?: {
                [key: string]: unknown;
            };
            /** @description Every problem of the row, column by column, when there are several */
            problems?: components["schemas"]["BulkRowProblem"][];
            /** @description 1-based row of the spreadsheet (the header row included in the count), as the user sees it */
            row: number;
            /** @enum {string} */
            status: "entered" | "already_entered" | "refused";
        };
        BulkUploadReport: {
            alreadyEntered: number;
            entered: number;
            file: string;
            /** @description Header cells that matched no known column (ignored) */
            ignoredColumns?: string[];
            refused: number;
            rows: components["schemas"]["BulkRowResult"][];
        };
        CatalogueImportReport: {
            changed: number;
            created: number;
            file: string;
            /** @description Header cells that name no column (ignored) */
            ignoredColumns?: string[];
            refused: number;
            /** @description Every event and trade row, and every refused scheme row */
            rows: components["schemas"]["CatalogueRowResult"][];
            unchanged: number;
        };
        CatalogueRowResult: {
            /** @description The refusal code (libs/domain/src/shared/refusal-codes.ts): screens translate it */
            code?: string;
            /** @description The column at fault (its key, e.g. maxMark) */
            column?: string;
            /** @description The event, trade or aspect id of the row */
            id: string;
            /** @description The refusal in English */
            message?: string;
            params?: {
                [key: string]: unknown;
            };
            /** @description The row as the user sees it (the header is row 1) */
            row: number;
            /** @enum {string} */
            sheet: "events" | "trades" | "scheme";
            /** @enum {string} */
            status: "created" | "changed" | "unchanged" | "refused";
        };
        CheckInAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            competitorNumber: number;
            /** @description True when the same commandId had already been applied */
            duplicate: boolean;
            /** @description Global position of the command's last event */
            position: number;
        };
        CheckInDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The competitor number drawn for the contestant */
            competitorNumber: number;
        };
        CheckpointRecordView: {
            occurredAt: string;
            position: number;
            /** @example ModuleSignedOff */
            type: string;
        };
        CityMedalsView: {
            city: string;
            cityName: string;
            first: number;
            second: number;
            third: number;
            total: number;
        };
        CityRegistrationStats: {
            /** @enum {string} */
            city: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /** @description cityApproved / (cityApproved + cityRejected), 0–1 with 4 decimals; null while the city decided none */
            cityApprovalRate: number | null;
            cityApproved: number;
            cityName: string;
            cityRejected: number;
            /** @description confirmed / (confirmed + provinceRejected), 0–1 with 4 decimals; null while the province decided none */
            confirmationRate: number | null;
            confirmed: number;
            /** @description Submitted, not withdrawn, awaiting the city's decision */
            pendingCity: number;
            /** @description City-approved, not withdrawn, awaiting the province's decision */
            pendingProvince: number;
            provinceRejected: number;
            /** @description Entries submitted */
            submitted: number;
            /** @description Entries whose employer is a tech-based enterprise (科技型企业) */
            techBased: number;
            /** @description techBased / submitted, 0–1 with 4 decimals; null without entries */
            techBasedShare: number | null;
            withdrawn: number;
        };
        CityView: {
            /** @example shenyang */
            id: string;
            /** @example 沈阳 */
            name: string;
            /** @example Shenyang */
            nameEn: string;
        };
        CloseCheckInAnswer: {
            /** @description Competitor numbers now absent, ascending */
            absent: number[];
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            duplicate: boolean;
            /** @description Global position of the command's last event */
            position: number;
        };
        CloseCheckInDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        CommandAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description True when the same commandId had already been applied: nothing was written this time */
            duplicate: boolean;
            /**
             * @description The types of the events this call appended
             * @example [
             *       "MarkSubmitted"
             *     ]
             */
            events: string[];
            /** @description Global position of the command's last event (0 when it appended nothing) */
            position: number;
            /** @description Revision of the stream after the command (its last event); −1 when the stream has none */
            revision: number;
        };
        CommandDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        CommitDrawDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description SHA-256 of the seed (its UTF-8 bytes) in hex, published before the draw: `printf %s "$SEED" | sha256sum`
             * @example ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
             */
            commitment: string;
        };
        CompetitorView: {
            competitorNumber: number;
        };
        CompletionTimeDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description How long the practical took, in whole seconds
             * @example 10830
             */
            completionSeconds: number;
            /** @description Why a recorded time changes (required for a change, not for the first time) */
            reason?: string;
        };
        ConflictOfInterestView: {
            sameCity: boolean;
        };
        ConflictsView: {
            competitorNumber: number;
            conflicted: components["schemas"]["ConflictView"][];
            tradeId: string;
        };
        ConflictView: {
            judgeId: string;
            /** @description Why: the same employer, or the same city */
            reason: string;
            substitutedBy: string | null;
            /** @description Judges who may mark in their place */
            substitutes: string[];
        };
        ContestDaysView: {
            /** @example 2026-06-18 */
            first: string;
            /** @example 2026-06-20 */
            last: string;
        };
        ContestEventView: {
            /** @example iot */
            category: string;
            /**
             * @description ISO date of the contest day
             * @example 2026-06-18
             */
            date: string;
            id: string;
            /**
             * @description practical (absent = practical): a skills contest; achievement: a review of submitted achievements
             * @enum {string}
             */
            kind?: "practical" | "achievement";
            /** @example 物联网技术应用 */
            name: string;
            nameEn: string;
            organisingUnit: string;
            tradeIds: string[];
            venue: string;
        };
        ContestView: {
            contestId: string;
            /** @description The contest days, once the organiser has set them */
            days?: components["schemas"]["ContestDaysView"];
            /** @description True for the generated demo catalogue: not a real contest's data */
            demo: boolean;
            name: string;
            /** @example 2026 */
            year: number;
        };
        CorrectionRequestedAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** Format: uuid */
            correctionId: string;
            /** @description True when the same commandId had already been applied: nothing was written this time */
            duplicate: boolean;
            /**
             * @description The types of the events this call appended
             * @example [
             *       "MarkSubmitted"
             *     ]
             */
            events: string[];
            /** @description Global position of the command's last event (0 when it appended nothing) */
            position: number;
            /** @description Revision of the stream after the command (its last event); −1 when the stream has none */
            revision: number;
        };
        CorrectionView: {
            aspectId: string;
            competitorNumber: number;
            correctionId: string;
            from: number;
            judgeId: string;
            reason: string;
            /** @description Why it was rejected */
            rejection?: string;
            requestedBy: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            to: number;
        };
        CorrectWorkingDayDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description rest: not a working day (a holiday); work: a working day (a make-up working day)
             * @enum {string}
             */
            kind: "rest" | "work";
            /**
             * @description The notice or the reason (at most 200 characters)
             * @example 国务院办公厅关于2027年部分节假日安排的通知
             */
            note: string;
        };
        CreateEditionDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description An earlier edition to start from: its events and trades with their schemes and rules are copied (each trade with an id of its own, naming the earlier trade as its previous one)
             * @example lnsc-2026
             */
            copyFrom?: string;
            /**
             * @description First contest day
             * @example 2027-05-10
             */
            firstDay?: string;
            /**
             * @description The edition id: letters, digits and dashes
             * @example lnsc-2027
             */
            id: string;
            /**
             * @description Last contest day
             * @example 2027-10-31
             */
            lastDay?: string;
            /** @example 2027年辽宁省职工职业技能大赛 */
            name: string;
            /** @description Registration closes at this instant (ISO 8601) */
            registrationClosesAt?: string;
            /** @example 2027 */
            year: number;
        };
        CreateJudgeDto: {
            /**
             * @description The judge's city, for conflict-of-interest checks
             * @enum {string}
             */
            city: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @example 刘伟 */
            displayName: string;
            employer: components["schemas"]["JudgeEmployerDto"];
            /**
             * @description Resident ID number: personal data, encrypted, masked on screens
             * @example 210102198003071234
             */
            idNumber?: string;
            /** @description An initial password handed to the judge by the organiser; without one the account waits for its activation with a one-time code (credential slip) */
            password?: string;
            /**
             * @description Mobile phone: personal data, encrypted, masked on screens
             * @example 13800138000
             */
            phone?: string;
            /** @enum {string} */
            role: "judge" | "chief_judge";
            /** @description The trades the judge serves; each must exist */
            tradeIds: string[];
            /**
             * @description 3–64 lowercase letters, digits, - or _
             * @example judge-liu-wei
             */
            username: string;
        };
        CreateStaffDto: {
            /**
             * @description A city reviewer's city
             * @enum {string}
             */
            city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @example 沈阳市总工会审核员 */
            displayName: string;
            /** @enum {string} */
            role: "organiser" | "city_reviewer" | "arbitration";
            /** @example reviewer-shenyang */
            username: string;
        };
        CredentialSlip: {
            /** @description Null when the account is already active (no code issued) */
            code: string | null;
            displayName: string;
            expiresAt: string | null;
            /** @enum {string} */
            role: "judge" | "chief_judge";
            tradeIds: string[];
            userId: string;
            username: string;
        };
        CredentialSlips: {
            slips: components["schemas"]["CredentialSlip"][];
        };
        CriterionScoreDto: {
            /** @example leading */
            criterionId: string;
            /**
             * @description Whole number 0–100
             * @example 85
             */
            score: number;
        };
        CriterionScoreView: {
            criterionId: string;
            score: number;
        };
        DecideAppealDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @enum {string} */
            decision: "upheld" | "rejected";
            reasons: string;
            remedy?: components["schemas"]["RemedyDto"];
        };
        DeclaredBenefitDto: {
            /** @example 年节约废品损失 */
            description: string;
            /** @example 126.5 */
            figure: number;
            /** @example 万元/年 */
            unit: string;
        };
        DeclaredBenefitView: {
            description: string;
            figure: number;
            unit: string;
        };
        DeskEntries: {
            /** @description Approved by the city, waiting for the province */
            approved: number;
            /** @description Rejected by the city or the province, or withdrawn */
            closed: number;
            /** @description Confirmed by the province */
            confirmed: number;
            /** @description Waiting for the city */
            submitted: number;
        };
        DeskRow: {
            absent: number;
            /** @description Appeals are accepted until then */
            appealsCloseAt: string | null;
            /** @description Store position of the last event that changed the row */
            changedAt: number;
            checkedIn: number;
            checkInClosed: boolean;
            /** @description Competitors drawn (0 before the draw) */
            competitors: number;
            /** @description The commitment to the seed is published */
            drawCommitted: boolean;
            entries: components["schemas"]["DeskEntries"];
            eventId: string;
            frozen: boolean;
            /** @description Present competitors with every aspect marked */
            marked: number;
            /** @description Aspects marked over every present competitor, as the scoring jobs counted them */
            markedAspects: number;
            name: string;
            nameEn: string;
            /** @description Aspects being marked again (a spread over one level, or an upheld appeal) */
            openRemarks: number;
            /** @description Appeals filed and not yet decided */
            pendingAppeals: number;
            /** @description Corrections waiting for the chief judge */
            pendingCorrections: number;
            publishedAt: string | null;
            /** @description Present competitors with every module signed off */
            signedOff: number;
            /** @enum {string} */
            stage: "registration" | "drawn" | "marking" | "signed_off" | "published";
            /** @description Present competitors with a theory result */
            theoryRecorded: number;
            /** @description Percent weight of the theory exam */
            theoryWeight: number;
            /** @description Aspects to mark over every present competitor */
            totalAspects: number;
            tradeId: string;
        };
        DeskView: {
            /** @description True when `rows` holds only the rows changed since `since` */
            partial: boolean;
            /** @description Store position the desk reflects: pass it as `since` to get only the rows changed after it */
            position: number;
            rows: components["schemas"]["DeskRow"][];
        };
        DevicePairedAnswer: {
            /** @description Authorization: Bearer … */
            accessToken: string;
            /** Format: uuid */
            deviceId: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            label: string;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Works once: POST /api/auth/refresh answers a new pair */
            refreshToken: string;
        };
        DeviceUnpairedAnswer: {
            deviceId: string;
            position: number;
        };
        DeviceView: {
            deviceId: string;
            label: string;
            openSessions: number;
        };
        DraftAchievementDto: {
            benefits: components["schemas"]["DeclaredBenefitDto"][];
            /**
             * @description 技术创新 · 管理创新 · 五小 · 质量管理小组 · 先进操作法 · 高校成果转化
             * @enum {string}
             */
            category: "technical_innovation" | "management_innovation" | "small_invention" | "qc_circle" | "operating_method" | "university_transfer";
            /**
             * @description The city whose union recommends the achievement
             * @enum {string}
             */
            city: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The team, the applicant first: 1 to 10 people */
            members: components["schemas"]["AchievementMemberDto"][];
            /** @description What it is and what it changed, at most 5,000 characters */
            summary: string;
            /** @example 数控机床主轴热变形补偿装置 */
            title: string;
            /** @description A trade of an achievement review */
            tradeId: string;
        };
        DrawAssignmentView: {
            competitorNumber: number;
            entryId: string;
            /** @description 1-based session (heat) of the contest day */
            session: number;
            /** @description 1-based workstation in the hall during that session */
            workstation: number;
        };
        DrawCommitmentAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            commitment: string;
            /** @description Global position of the command's last event */
            position: number;
        };
        DrawLotsAnswer: {
            assignments: components["schemas"]["DrawAssignmentView"][];
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description The commitment the seed matched */
            commitment?: string;
            /** @description Global position of the command's last event */
            position: number;
        };
        DrawLotsDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The seed of the draw; anyone with it can re-run the draw */
            seed: string;
        };
        EditionCreatedAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            contestId: string;
            copied?: components["schemas"]["CatalogueImportReport"];
            /** @description Global position of the command's last event */
            position: number;
        };
        EditionView: {
            contestId: string;
            current: boolean;
            /** @description The contest days, once the organiser has set them */
            days?: components["schemas"]["ContestDaysView"];
            /** @description True for the generated demo catalogue: not a real contest's data */
            demo: boolean;
            name: string;
            /** @example 2026 */
            year: number;
        };
        EmployerDto: {
            /**
             * @description Unified social credit code (GB 32100), 18 characters
             * @example 91210100MA0XXXXXX0
             */
            creditCode: string;
            /** @example 沈阳机床股份有限公司 */
            name: string;
            /** @description A tech-based enterprise (科技型企业) */
            techBased: boolean;
        };
        EmployerView: {
            /** @description Unified social credit code (GB 32100) */
            creditCode: string;
            name: string;
        };
        EntryAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description The entry (a keyed hash of the person and the contest: the same person enters once) */
            entryId: string;
            /** @description Global position of the command's last event */
            position: number;
        };
        EntryEmployerView: {
            /** @description Unified social credit code (GB 32100) */
            creditCode: string;
            name: string;
            /** @description A tech-based enterprise (科技型企业) */
            techBased: boolean;
        };
        EntryView: {
            /** @enum {string} */
            city: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /** @description Drawn after confirmation */
            competitorNumber?: number;
            /** @description The contestant's own account, when the person entered themself */
            contestantUserId?: string;
            employer: components["schemas"]["EntryEmployerView"];
            entryId: string;
            /**
             * @description Masked
             * @example 2101**********123X
             */
            idNumber: string;
            /** @description The other members of a team entry; empty for an individual trade */
            members: components["schemas"]["TeamMemberView"][];
            /** @description The individual, or the team captain */
            name: string;
            /**
             * @description Masked
             * @example 138****8000
             */
            phone: string;
            /** @description Reason of the last rejection or of the withdrawal */
            reason?: string;
            /** @enum {string} */
            skillLevel: "none" | "level-5" | "level-4" | "level-3" | "level-2" | "level-1";
            /** @enum {string} */
            status: "submitted" | "city_approved" | "city_rejected" | "confirmed" | "province_rejected" | "withdrawn";
            /** Format: date-time */
            submittedAt: string;
            tradeId: string;
        };
        ExpertAssignmentAnswer: {
            assignments: components["schemas"]["ExpertAssignmentRowView"][];
            /** Format: uuid */
            commandId: string;
            duplicate: boolean;
            position: number;
            shortfall: components["schemas"]["ExpertShortfallView"][];
        };
        ExpertAssignmentRowView: {
            achievementId: string;
            expertIds: string[];
        };
        ExpertReviewSettingsDto: {
            /** @description Experts do not see the applicants' names and employers */
            blind: boolean;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            criteria: components["schemas"]["ReviewCriterionDto"][];
            /**
             * @description N: experts per submission
             * @example 3
             */
            expertsPerSubmission: number;
            /**
             * @description M: most submissions per expert
             * @example 10
             */
            maxPerExpert: number;
            /** @description An expert of the submission's city is in conflict too */
            sameCityConflict: boolean;
            /**
             * @description Weighted scores further apart than this (points of 100) flag a discussion
             * @example 15
             */
            spreadThreshold: number;
        };
        ExpertReviewSettingsView: {
            blind: boolean;
            criteria: components["schemas"]["ReviewCriterionView"][];
            expertsPerSubmission: number;
            /** @description False while the defaults apply (the organiser has set none) */
            explicit: boolean;
            /** @description True once the experts are assigned: the settings no longer change */
            locked: boolean;
            maxPerExpert: number;
            sameCityConflict: boolean;
            /** @description Scores per criterion are whole numbers from 0 to this */
            scoreMax: number;
            spreadThreshold: number;
            tradeId: string;
        };
        ExpertScoreView: {
            comment: string;
            expertId: string;
            expertName: string;
            round: number;
            scores: components["schemas"]["CriterionScoreView"][];
            /** @description Σ weight·score ÷ Σ weight, exact: "numerator/denominator" */
            weighted: string;
            /** @description The weighted score rounded half up to two places */
            weightedFigure: number;
        };
        ExpertShortfallView: {
            achievementId: string;
            /** @description How many experts it lacks under the rules */
            missing: number;
        };
        ExpertSubmissionView: {
            achievementId: string;
            attachments: components["schemas"]["AttachmentView"][];
            benefits: components["schemas"]["DeclaredBenefitView"][];
            blind: boolean;
            category: string;
            city: string;
            criteria: components["schemas"]["ReviewCriterionView"][];
            /** @description The expert's own scores, every round */
            myScores: components["schemas"]["ExpertScoreView"][];
            round: number;
            scoreMax: number;
            /** @enum {string} */
            status: "in_review" | "flagged" | "settled";
            summary: string;
            /** @description Absent when the review is blind */
            team?: components["schemas"]["AchievementTeamMemberView"][];
            teamSize: number;
            title: string;
            tradeId: string;
        };
        FailedJobsView: {
            /** @enum {string} */
            driver: "inline" | "bullmq";
            jobs: components["schemas"]["FailedJobView"][];
            limit: number;
            queue: string;
            start: number;
            total: number;
        };
        FailedJobView: {
            attemptsMade: number;
            /** @description The job's input: trade, competitor number, the causing event's id (no personal data) */
            data: Record<string, never>;
            /** Format: date-time */
            enqueuedAt: string;
            /** Format: date-time */
            failedAt: string | null;
            failedReason: string;
            id: string;
            maxAttempts: number;
            name: string;
        };
        FileAppealDto: {
            /** @description The aspects the appeal is about */
            aspectIds?: string[];
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            reason: string;
            tradeId: string;
        };
        ForgetPersonAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            forgotten: components["schemas"]["ForgottenPersonView"][];
            /** @description Global position of the command's last event */
            position: number;
        };
        ForgetPersonDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Forget the individual or every member of this entry (one of idNumber or entryId) */
            entryId?: string;
            /**
             * @description The person to forget (one of idNumber or entryId)
             * @example 210102199003071233
             */
            idNumber?: string;
            /**
             * @description Why: kept in the history with the event
             * @example Request of the person, letter of 2026-05-02
             */
            reason: string;
        };
        ForgottenPersonView: {
            appearances: components["schemas"]["PersonAppearanceView"][];
            /** @description The person's keyed hash (no personal data) */
            personKey: string;
        };
        HealthView: {
            /** @description The deployment profile (default, scaled, …) */
            profile: string;
            /** @description The global position the read models have applied */
            readModelPosition: number;
            /** @enum {string} */
            redis: "up" | "down" | "not_configured";
            /** @enum {string} */
            status: "ok" | "unavailable";
            /** @enum {string} */
            store: "up" | "down" | "not_configured";
        };
        HistoryActorView: {
            role: string;
            userId: string;
        };
        HistoryEventView: {
            actor: components["schemas"]["HistoryActorView"];
            device: string | null;
            /** @description When it happened (server clock at the command) */
            occurredAt: string;
            /** @description Global position of the event in the store */
            position: number;
            reason: string | null;
            revision: number;
            streamId: string;
            /** @description The event's figures, ID numbers and phones masked */
            summary: Record<string, never>;
            /** @example MarkSubmitted */
            type: string;
        };
        HistoryView: {
            events: components["schemas"]["HistoryEventView"][];
            /**
             * @example {
             *       "tradeId": "t-cnc",
             *       "competitorNumber": 7
             *     }
             */
            subject: {
                [key: string]: string | number;
            };
        };
        IssueActivationCodesDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Judge accounts (user ids) to issue a code for; an active account is skipped */
            userIds: string[];
        };
        JudgeAccountView: {
            /** @description False while the account waits for its activation (no password yet) */
            active: boolean;
            /** @enum {string} */
            city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            displayName: string;
            employer?: components["schemas"]["EmployerView"];
            /**
             * @description Masked, when known
             * @example 2101**********1234
             */
            idNumber?: string;
            /** @description The panels the judge sits on now */
            panels: components["schemas"]["JudgePanelView"][];
            /**
             * @description Masked, when known
             * @example 138****8000
             */
            phone?: string;
            /** @enum {string} */
            role: "judge" | "chief_judge";
            tradeIds: string[];
            userId: string;
            username: string;
        };
        JudgeAgreementView: {
            judgeId: string;
            /** @description Mean of the judge's level minus the panel's mean level; positive = lenient */
            leniency: number;
            marks: number;
            /** @description Final-round marks more than 1 level from the panel's mean */
            outliers: number;
        };
        JudgeCreatedAnswer: {
            /** @description False while the account waits for its activation (created without a password) */
            active: boolean;
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description Global position of the command's last event */
            position: number;
            /** @enum {string} */
            role: "judge" | "chief_judge";
            userId: string;
            username: string;
        };
        JudgeEmployerDto: {
            /**
             * @description Unified social credit code (GB 32100), 18 characters with a valid check character
             * @example 91350100M000100Y43
             */
            creditCode: string;
            /** @example 沈阳机床股份有限公司 */
            name: string;
        };
        JudgeImportPanel: {
            code?: string;
            message?: string;
            params?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            status: "assigned" | "unchanged" | "refused";
            tradeId: string;
        };
        JudgeImportReport: {
            created: number;
            file: string;
            refused: number;
            rows: components["schemas"]["JudgeImportRow"][];
            unchanged: number;
        };
        JudgeImportRow: {
            /** @description The refusal code (libs/domain/src/shared/refusal-codes.ts) */
            code?: string;
            /** @description The column at fault */
            field?: string;
            /** @description Why the row was refused */
            message?: string;
            /** @description The panels of the row (when its panel column says yes) */
            panels?: components["schemas"]["JudgeImportPanel"][];
            /** @description The refusal's parameters */
            params?: {
                [key: string]: unknown;
            };
            /** @description The spreadsheet row, 1-based (the header row counted) */
            row: number;
            /** @enum {string} */
            status: "created" | "unchanged" | "refused";
            userId?: string;
            username?: string;
        };
        JudgeMarkView: {
            judgeId: string;
            mark: number;
        };
        JudgePanelView: {
            /** @enum {string} */
            role: "judge" | "chief_judge";
            tradeId: string;
        };
        LiveErrorView: {
            /** @description The board asked for; null for a medal table */
            board: string | null;
            message: string;
        };
        LiveMedalsView: {
            cities: components["schemas"]["CityMedalsView"][];
            /** @description The event; null: the whole contest */
            eventId: string | null;
            techShare: components["schemas"]["TechSharesView"];
            /** @description Trades with a board counted */
            trades: number;
            /** @description The public version of each board it was computed from */
            versions: {
                [key: string]: number;
            };
        };
        LivenessView: {
            /** @enum {string} */
            status: "ok";
        };
        LiveStatusView: {
            stale: boolean;
        };
        LoginAnswer: {
            /** @description Authorization: Bearer … */
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Works once: POST /api/auth/refresh answers a new pair */
            refreshToken: string;
            user: components["schemas"]["UserProfileView"];
        };
        LoginDto: {
            /** @example jiangxin-demo */
            password: string;
            /** @example organiser */
            username: string;
        };
        MarkingSchemeView: {
            subCriteria: components["schemas"]["SubCriterionView"][];
        };
        MeAnswer: {
            /** @description A city reviewer's city */
            city?: string;
            /** @description A device-bound session's paired device (a judge's tablet) */
            deviceId?: string;
            /** @enum {string} */
            role: "organiser" | "city_reviewer" | "chief_judge" | "judge" | "arbitration" | "contestant";
            /** @description The session the access token belongs to (POST /api/auth/sign-out ends it) */
            sessionId: string;
            /** @description A judge's trades */
            tradeIds?: string[];
            userId: string;
            username: string;
        };
        MedalsView: {
            cities: components["schemas"]["CityMedalsView"][];
            /** @description The event; null: the whole contest */
            eventId: string | null;
            techShare: components["schemas"]["TechSharesView"];
            /** @description Trades with a board counted */
            trades: number;
        };
        MissingTheoryView: {
            competitorNumbers: number[];
            reason: string;
        };
        ModuleResultDto: {
            aspects: components["schemas"]["AspectResultDto"][];
            /** @example 64/3 */
            exact: string;
            /**
             * @description The sum of its aspect marks, rounded half up to 0.01
             * @example 21.33
             */
            mark: number;
            /**
             * @description The sum of its aspects' max marks
             * @example 54.5
             */
            maxMark: number;
            /** @description The sub-criterion */
            moduleId: string;
            name: string;
        };
        MyAspectsView: {
            /** @description 'all' when the judge is assigned to no aspect in particular */
            aspectIds: "all" | string[];
            judgeId: string;
            tradeId: string;
        };
        MyExpertReviewView: {
            achievementId: string;
            round: number;
            /** @description The expert has scored the current round */
            scored: boolean;
            /** @enum {string} */
            status: "in_review" | "flagged" | "settled";
            title: string;
            tradeId: string;
        };
        MyResultDto: {
            /** @description Appeals are refused after this instant */
            appealsCloseAt: string;
            competitorNumber: number;
            /**
             * @example {
             *       "theory": "171/2",
             *       "practical": "2881/36",
             *       "total": "58807/720"
             *     }
             */
            exact: Record<string, never>;
            honours: string[];
            modules: components["schemas"]["ModuleResultDto"][];
            /** @example 80.03 */
            practical: number;
            /** @enum {string|null} */
            prize: "first" | "second" | "third" | null;
            /** @example 2026-05-20T10:00:00.000Z */
            publishedAt: string;
            rank: number | null;
            standardised?: number | null;
            /** @enum {string} */
            status: "official" | "final";
            /** @example 85.5 */
            theory: number | null;
            /**
             * @description The official figure
             * @example 81.67
             */
            total: number;
            tradeId: string;
        };
        PairDeviceDto: {
            /**
             * @description How the judge and the chief judge recognise the device
             * @example Tablet 3, hall B
             */
            label: string;
        };
        PanelMemberView: {
            displayName: string;
            judgeId: string;
            /** @enum {string} */
            role: "chief_judge" | "judge";
            username: string;
        };
        PersonAppearanceView: {
            entryId: string;
            person: number;
        };
        PositionAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description Global position of the command's last event */
            position: number;
        };
        PriorFirstPrizeDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Resident ID number of the winner. Personal data: kept only as a keyed hash. */
            idNumber: string;
            /** @example 2025 */
            year: number;
        };
        PrizeRuleView: {
            /** @enum {string} */
            cutOff: "round_half_up" | "not_exceeding";
            first: number;
            /**
             * @description ratio: percent of the ranked contestants; count: fixed numbers
             * @enum {string}
             */
            mode: "ratio" | "count";
            second: number;
            third: number;
        };
        PublicDrawView: {
            /** @description The draw's algorithm, as documented in libs/domain/src/catalogue/draw.ts */
            algorithm: string;
            assignments: components["schemas"]["DrawAssignmentView"][];
            commitment: string | null;
            committedAt: string | null;
            /** @description As the draw used them: unique and sorted; empty before the draw */
            confirmedEntryIds: string[];
            /** @description The first difference found when `verified` is false */
            difference?: string;
            drawnAt: string | null;
            /** @description Commitments replaced before the draw because their seed was lost, oldest first: a replacement is visible to everyone */
            replacedCommitments: components["schemas"]["ReplacedCommitmentView"][];
            /** @description Revealed by the draw: null before */
            seed: string | null;
            tradeId: string;
            /** @description The server re-ran the draw from the seed: true when everything matches; null before the draw */
            verified: boolean | null;
            /** @description The trade's workstations: the session size the draw used (null = one session) */
            workstations: number | null;
        };
        PublishResultsDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Publish although present competitors have no theory result, for this reason (recorded, and shown with the results). Without it such a publication is refused (code results.theory_missing, with the competitor numbers). */
            missingTheoryReason?: string;
        };
        RankedFiguresView: {
            competitorNumber: number;
            practical: number;
            /** @enum {string|null} */
            prize: "first" | "second" | "third" | null;
            rank: number | null;
            theory: number | null;
            total: number;
        };
        ReadinessView: {
            /** @description The hash chain's verification, in words */
            chain: string;
            /** @description The first position where the hash chain breaks */
            chainBrokenAt?: number;
            /**
             * @description The state of the projections
             * @enum {string}
             */
            projections: "live" | "behind" | "stopped" | "unknown";
            projectionsLagSeconds?: number;
            projectionsStoppedBecause?: string;
            readModelPosition: number;
            /** @enum {string} */
            redis: "up" | "down" | "not_configured";
            /** @enum {string} */
            status: "ready" | "unavailable";
            /** @enum {string} */
            store: "up" | "down" | "not_configured";
        };
        ReasonedCommandDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Why: kept in the history */
            reason: string;
        };
        RecordTheoryScoresDto: {
            /** @description Why a theory result already recorded changes; needed for such rows only */
            reason?: string;
            rows: components["schemas"]["TheoryScoreRowDto"][];
        };
        RefreshDto: {
            /** @description The refresh token of the last login or refresh; it works once */
            refreshToken: string;
        };
        /** @description A refusal: a stable code and the parameters of its sentence (ids, numbers, ISO 8601 instants), beside the English message. Screens translate the code (zh-CN and en); each code lists its parameters in libs/domain/src/shared/refusal-codes.ts. */
        Refusal: {
            /**
             * @example quota.full
             * @enum {string}
             */
            code: "invalid" | "not_found" | "forbidden" | "conflict" | "accounts.judge_trades" | "accounts.password_needed" | "accounts.reviewer_city" | "accounts.unknown" | "accounts.username_pattern" | "accounts.username_taken" | "appeal.already_decided" | "appeal.already_filed" | "appeal.correction_incomplete" | "appeal.not_published" | "appeal.own_only" | "appeal.reason_needed" | "appeal.reasons_needed" | "appeal.rejected_no_remedy" | "appeal.remark_needs_aspect" | "appeal.unknown" | "appeal.unknown_aspect" | "appeal.upheld_needs_remedy" | "appeal.window_closed" | "auth.session_ended" | "board.already_frozen" | "board.not_frozen" | "catalogue.trade_defined" | "catalogue.unknown_city" | "catalogue.unknown_trade" | "checkin.already" | "checkin.closed" | "completion.change_needs_reason" | "completion.locked" | "completion.range" | "contest.already_defined" | "contest.days_order" | "contest.deadline_invalid" | "contest.none" | "corrections.already_decided" | "corrections.already_pending" | "corrections.mark_replaced" | "corrections.no_mark" | "corrections.own_marks_only" | "corrections.reason_needed" | "corrections.reject_reason_needed" | "corrections.same_mark" | "corrections.unknown" | "devices.already_paired" | "devices.judges_only" | "devices.label_needed" | "devices.not_paired" | "draw.already_committed" | "draw.already_drawn" | "draw.commitment_format" | "draw.no_commitment" | "draw.no_entries" | "draw.not_drawn" | "draw.seed_mismatch" | "draw.seed_needed" | "entries.age_rule" | "entries.already_entered" | "entries.credit_code" | "entries.id_number" | "entries.individual_trade" | "entries.lots_drawn" | "entries.name_empty" | "entries.nothing_to_withdraw" | "entries.one_trade" | "entries.other_city" | "entries.own_only" | "entries.phone" | "entries.reason_needed" | "entries.recent_champion" | "entries.registration_closed" | "entries.same_person_twice" | "entries.team_size" | "entries.unknown" | "entries.wrong_status" | "judges.activation_expired" | "judges.activation_invalid" | "judges.already_active" | "judges.unknown" | "judging.chief_only" | "judging.organiser_or_chief" | "marks.already_marked" | "marks.aspect_not_assigned" | "marks.competitor_absent" | "marks.competitor_not_drawn" | "marks.conflict_of_interest" | "marks.judgement_range" | "marks.measurement_marked" | "marks.measurement_range" | "marks.module_signed_off" | "marks.not_on_panel" | "marks.panel_complete" | "panel.already_member" | "panel.aspects_needed" | "panel.full" | "panel.has_chief" | "panel.not_member" | "privacy.id_or_entry" | "privacy.person_key_needed" | "prizes.earlier_edition" | "quota.full" | "results.already_published" | "results.theory_missing" | "results.unknown_standardisation" | "results.unsigned" | "rules.age_window" | "scheme.boolean" | "scheme.duplicate_aspects" | "scheme.max_mark" | "scheme.no_aspects" | "scheme.one_of" | "scheme.percent" | "scheme.prize_ratios" | "scheme.total" | "scheme.unknown_key_aspect" | "scheme.weights" | "scheme.whole_at_least" | "scheme.whole_between" | "signoff.already_signed" | "signoff.correction_pending" | "signoff.unknown_module" | "signoff.unmarked" | "substitute.already_assigned" | "substitute.no_conflict" | "substitute.not_eligible" | "theory.answer_count" | "theory.answer_letters" | "theory.change_needs_reason" | "theory.competitor_number" | "theory.key_locked" | "theory.no_answer_key" | "theory.no_questions" | "theory.score_range" | "results.theory_override_reason" | "results.not_drawn" | "results.not_published" | "request.invalid" | "request.forbidden" | "request.not_found" | "request.conflict" | "request.too_large" | "request.throttled" | "request.concurrent" | "request.command_id_reused" | "service.unavailable" | "service.store_unavailable" | "service.internal" | "auth.unauthenticated" | "auth.wrong_password" | "auth.refresh_reused" | "auth.metrics_token" | "judging.not_serving" | "judges.not_a_judge" | "judges.import_differs" | "panel.other_role" | "entries.none_yet" | "entries.reviewer_own_city" | "catalogue.unknown_event" | "catalogue.no_contest" | "judging.no_chief" | "history.not_allowed" | "history.bad_position" | "history.busy" | "history.trade_not_yet" | "history.after_last" | "printing.no_session" | "upload.file" | "upload.missing" | "bulk.team_not_entered" | "bulk.team_rows_refused" | "bulk.team_member" | "bulk.team_empty" | "bulk.team_city" | "bulk.team_size" | "bulk.duplicate_person" | "bulk.empty" | "bulk.lost_digits" | "bulk.unknown_trade" | "bulk.unknown_city" | "bulk.yes_no" | "bulk.skill_level" | "bulk.earlier_upload" | "bulk.entered_otherwise" | "validation.failed" | "validation.string" | "validation.required" | "validation.max_length" | "validation.min_length" | "validation.integer" | "validation.number" | "validation.min" | "validation.max" | "validation.one_of" | "validation.array" | "validation.array_max" | "validation.array_min" | "validation.unique" | "validation.uuid" | "validation.instant" | "validation.boolean" | "validation.unknown_field" | "validation.object" | "validation.username" | "validation.credit_code" | "validation.id_number" | "validation.phone" | "validation.commitment" | "validation.entry_id" | "validation.format" | "validation.invalid" | "working_days.date_invalid" | "working_days.year_invalid" | "working_days.kind_invalid" | "working_days.note_required" | "achievements.practical_only" | "achievements.not_review" | "achievements.unknown" | "achievements.exists" | "achievements.own_only" | "achievements.submission_closed" | "achievements.not_draft" | "achievements.wrong_status" | "achievements.title_empty" | "achievements.summary_empty" | "achievements.unknown_category" | "achievements.team_size" | "achievements.member_affiliation" | "achievements.member_name" | "achievements.same_person_twice" | "achievements.benefit" | "achievements.attachment_type" | "achievements.attachment_too_large" | "achievements.attachment_script" | "achievements.attachments_full" | "achievements.video_link" | "achievements.unknown_attachment" | "achievements.attachment_changed" | "achievements.needs_attachment" | "achievements.other_city" | "achievements.reason_needed" | "assignment.policy" | "assignment.duplicate" | "review.settings_locked" | "review.already_assigned" | "review.nothing_to_assign" | "review.not_assigned" | "review.not_assigned_submission" | "review.expert_scored" | "review.no_free_slot" | "review.already_on" | "review.conflict" | "review.expert_full" | "review.already_scored" | "review.comment_needed" | "review.not_flagged" | "review.discussion_needed" | "review.unknown_criterion" | "review.score_range" | "review.spread_threshold" | "review.criteria" | "review.score_first" | "review.not_expert" | "marking.aspect_open_elsewhere" | "draw.same_commitment" | "draw.replacement_reason" | "catalogue.required" | "catalogue.bad_id" | "catalogue.bad_value" | "catalogue.weights_total" | "catalogue.descriptors_missing" | "catalogue.duplicate_id" | "catalogue.no_scheme" | "catalogue.scheme_rows_refused" | "catalogue.scheme_total" | "catalogue.rule" | "catalogue.trade_drawn" | "catalogue.aspect_marked" | "catalogue.change_needs_reason" | "catalogue.revision_by_organiser" | "catalogue.revision_rename" | "catalogue.unknown_sheet" | "catalogue.revision_needs_chief_judge" | "catalogue.no_pending_revision" | "catalogue.bad_file" | "edition.none" | "edition.unknown" | "catalogue.trade_of_earlier_edition" | "catalogue.unknown_previous_trade" | "entries.not_current_edition" | "entries.achievement_review" | "ceremony.not_frozen" | "ceremony.all_revealed";
            /** @example conflict */
            error: string;
            /** @description Field path → the same refusals as codes and parameters (e.g. validation.max_length with { field, max }) */
            fieldRefusals?: {
                [key: string]: {
                    /** @enum {string} */
                    code?: "invalid" | "not_found" | "forbidden" | "conflict" | "accounts.judge_trades" | "accounts.password_needed" | "accounts.reviewer_city" | "accounts.unknown" | "accounts.username_pattern" | "accounts.username_taken" | "appeal.already_decided" | "appeal.already_filed" | "appeal.correction_incomplete" | "appeal.not_published" | "appeal.own_only" | "appeal.reason_needed" | "appeal.reasons_needed" | "appeal.rejected_no_remedy" | "appeal.remark_needs_aspect" | "appeal.unknown" | "appeal.unknown_aspect" | "appeal.upheld_needs_remedy" | "appeal.window_closed" | "auth.session_ended" | "board.already_frozen" | "board.not_frozen" | "catalogue.trade_defined" | "catalogue.unknown_city" | "catalogue.unknown_trade" | "checkin.already" | "checkin.closed" | "completion.change_needs_reason" | "completion.locked" | "completion.range" | "contest.already_defined" | "contest.days_order" | "contest.deadline_invalid" | "contest.none" | "corrections.already_decided" | "corrections.already_pending" | "corrections.mark_replaced" | "corrections.no_mark" | "corrections.own_marks_only" | "corrections.reason_needed" | "corrections.reject_reason_needed" | "corrections.same_mark" | "corrections.unknown" | "devices.already_paired" | "devices.judges_only" | "devices.label_needed" | "devices.not_paired" | "draw.already_committed" | "draw.already_drawn" | "draw.commitment_format" | "draw.no_commitment" | "draw.no_entries" | "draw.not_drawn" | "draw.seed_mismatch" | "draw.seed_needed" | "entries.age_rule" | "entries.already_entered" | "entries.credit_code" | "entries.id_number" | "entries.individual_trade" | "entries.lots_drawn" | "entries.name_empty" | "entries.nothing_to_withdraw" | "entries.one_trade" | "entries.other_city" | "entries.own_only" | "entries.phone" | "entries.reason_needed" | "entries.recent_champion" | "entries.registration_closed" | "entries.same_person_twice" | "entries.team_size" | "entries.unknown" | "entries.wrong_status" | "judges.activation_expired" | "judges.activation_invalid" | "judges.already_active" | "judges.unknown" | "judging.chief_only" | "judging.organiser_or_chief" | "marks.already_marked" | "marks.aspect_not_assigned" | "marks.competitor_absent" | "marks.competitor_not_drawn" | "marks.conflict_of_interest" | "marks.judgement_range" | "marks.measurement_marked" | "marks.measurement_range" | "marks.module_signed_off" | "marks.not_on_panel" | "marks.panel_complete" | "panel.already_member" | "panel.aspects_needed" | "panel.full" | "panel.has_chief" | "panel.not_member" | "privacy.id_or_entry" | "privacy.person_key_needed" | "prizes.earlier_edition" | "quota.full" | "results.already_published" | "results.theory_missing" | "results.unknown_standardisation" | "results.unsigned" | "rules.age_window" | "scheme.boolean" | "scheme.duplicate_aspects" | "scheme.max_mark" | "scheme.no_aspects" | "scheme.one_of" | "scheme.percent" | "scheme.prize_ratios" | "scheme.total" | "scheme.unknown_key_aspect" | "scheme.weights" | "scheme.whole_at_least" | "scheme.whole_between" | "signoff.already_signed" | "signoff.correction_pending" | "signoff.unknown_module" | "signoff.unmarked" | "substitute.already_assigned" | "substitute.no_conflict" | "substitute.not_eligible" | "theory.answer_count" | "theory.answer_letters" | "theory.change_needs_reason" | "theory.competitor_number" | "theory.key_locked" | "theory.no_answer_key" | "theory.no_questions" | "theory.score_range" | "results.theory_override_reason" | "results.not_drawn" | "results.not_published" | "request.invalid" | "request.forbidden" | "request.not_found" | "request.conflict" | "request.too_large" | "request.throttled" | "request.concurrent" | "request.command_id_reused" | "service.unavailable" | "service.store_unavailable" | "service.internal" | "auth.unauthenticated" | "auth.wrong_password" | "auth.refresh_reused" | "auth.metrics_token" | "judging.not_serving" | "judges.not_a_judge" | "judges.import_differs" | "panel.other_role" | "entries.none_yet" | "entries.reviewer_own_city" | "catalogue.unknown_event" | "catalogue.no_contest" | "judging.no_chief" | "history.not_allowed" | "history.bad_position" | "history.busy" | "history.trade_not_yet" | "history.after_last" | "printing.no_session" | "upload.file" | "upload.missing" | "bulk.team_not_entered" | "bulk.team_rows_refused" | "bulk.team_member" | "bulk.team_empty" | "bulk.team_city" | "bulk.team_size" | "bulk.duplicate_person" | "bulk.empty" | "bulk.lost_digits" | "bulk.unknown_trade" | "bulk.unknown_city" | "bulk.yes_no" | "bulk.skill_level" | "bulk.earlier_upload" | "bulk.entered_otherwise" | "validation.failed" | "validation.string" | "validation.required" | "validation.max_length" | "validation.min_length" | "validation.integer" | "validation.number" | "validation.min" | "validation.max" | "validation.one_of" | "validation.array" | "validation.array_max" | "validation.array_min" | "validation.unique" | "validation.uuid" | "validation.instant" | "validation.boolean" | "validation.unknown_field" | "validation.object" | "validation.username" | "validation.credit_code" | "validation.id_number" | "validation.phone" | "validation.commitment" | "validation.entry_id" | "validation.format" | "validation.invalid" | "working_days.date_invalid" | "working_days.year_invalid" | "working_days.kind_invalid" | "working_days.note_required" | "achievements.practical_only" | "achievements.not_review" | "achievements.unknown" | "achievements.exists" | "achievements.own_only" | "achievements.submission_closed" | "achievements.not_draft" | "achievements.wrong_status" | "achievements.title_empty" | "achievements.summary_empty" | "achievements.unknown_category" | "achievements.team_size" | "achievements.member_affiliation" | "achievements.member_name" | "achievements.same_person_twice" | "achievements.benefit" | "achievements.attachment_type" | "achievements.attachment_too_large" | "achievements.attachment_script" | "achievements.attachments_full" | "achievements.video_link" | "achievements.unknown_attachment" | "achievements.attachment_changed" | "achievements.needs_attachment" | "achievements.other_city" | "achievements.reason_needed" | "assignment.policy" | "assignment.duplicate" | "review.settings_locked" | "review.already_assigned" | "review.nothing_to_assign" | "review.not_assigned" | "review.not_assigned_submission" | "review.expert_scored" | "review.no_free_slot" | "review.already_on" | "review.conflict" | "review.expert_full" | "review.already_scored" | "review.comment_needed" | "review.not_flagged" | "review.discussion_needed" | "review.unknown_criterion" | "review.score_range" | "review.spread_threshold" | "review.criteria" | "review.score_first" | "review.not_expert" | "marking.aspect_open_elsewhere" | "draw.same_commitment" | "draw.replacement_reason" | "catalogue.required" | "catalogue.bad_id" | "catalogue.bad_value" | "catalogue.weights_total" | "catalogue.descriptors_missing" | "catalogue.duplicate_id" | "catalogue.no_scheme" | "catalogue.scheme_rows_refused" | "catalogue.scheme_total" | "catalogue.rule" | "catalogue.trade_drawn" | "catalogue.aspect_marked" | "catalogue.change_needs_reason" | "catalogue.revision_by_organiser" | "catalogue.revision_rename" | "catalogue.unknown_sheet" | "catalogue.revision_needs_chief_judge" | "catalogue.no_pending_revision" | "catalogue.bad_file" | "edition.none" | "edition.unknown" | "catalogue.trade_of_earlier_edition" | "catalogue.unknown_previous_trade" | "entries.not_current_edition" | "entries.achievement_review" | "ceremony.not_frozen" | "ceremony.all_revealed";
                    params?: {
                        [key: string]: unknown;
                    };
                }[];
            };
            /** @description Field path → what is wrong with it (English) */
            fields?: {
                [key: string]: string[];
            };
            /** @example The quota of shenyang in trade t001-iot-installer is full: 5 entries approved */
            message: string;
            /**
             * @example {
             *       "city": "shenyang",
             *       "tradeId": "t001-iot-installer",
             *       "quota": 5
             *     }
             */
            params: {
                [key: string]: unknown;
            };
            /** @example 409 */
            statusCode: number;
        };
        RefusalDto: {
            /** @example sheet.aspect_leased */
            code?: string;
            /** @example Conflict */
            error: string;
            /** @description The field a domain refusal is about */
            field?: string;
            /** @description Bad input: each field path and what is wrong with it */
            fields?: {
                [key: string]: string[];
            };
            /** @example Aspect a1 is open on another tablet */
            message: string;
            params?: {
                [key: string]: unknown;
            };
            /** @example 409 */
            statusCode: number;
        };
        RegistrationDeadlineDto: {
            /**
             * @description After this instant no entry and no withdrawal is accepted
             * @example 2026-05-31T23:59:59+08:00
             */
            closesAt: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        RegistrationReport: {
            byCity: components["schemas"]["CityRegistrationStats"][];
            byTrade: components["schemas"]["TradeRegistrationStats"][];
            overall: components["schemas"]["RegistrationStats"];
            /** @description The global position of the last event the figures include */
            position: number;
        };
        RegistrationRulesAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description Global position of the command's last event */
            position: number;
            rules: components["schemas"]["RegistrationRulesSetView"];
        };
        RegistrationRulesDto: {
            /** @description Age in whole years on the contest day, both ends included */
            ageWindow?: components["schemas"]["AgeWindowDto"];
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description First-prize winners of this trade in the last N editions may not enter
             * @example 2
             */
            noFirstPrizeInLastEditions?: number;
            /**
             * @description Entries a city may have approved in this trade
             * @example 5
             */
            quotaPerCity?: number;
        };
        RegistrationRulesSetView: {
            ageWindow?: components["schemas"]["AgeWindowView"];
            noFirstPrizeInLastEditions?: number;
            quotaPerCity?: number;
        };
        RegistrationStats: {
            /** @description cityApproved / (cityApproved + cityRejected), 0–1 with 4 decimals; null while the city decided none */
            cityApprovalRate: number | null;
            cityApproved: number;
            cityRejected: number;
            /** @description confirmed / (confirmed + provinceRejected), 0–1 with 4 decimals; null while the province decided none */
            confirmationRate: number | null;
            confirmed: number;
            /** @description Submitted, not withdrawn, awaiting the city's decision */
            pendingCity: number;
            /** @description City-approved, not withdrawn, awaiting the province's decision */
            pendingProvince: number;
            provinceRejected: number;
            /** @description Entries submitted */
            submitted: number;
            /** @description Entries whose employer is a tech-based enterprise (科技型企业) */
            techBased: number;
            /** @description techBased / submitted, 0–1 with 4 decimals; null without entries */
            techBasedShare: number | null;
            withdrawn: number;
        };
        RejectCorrectionDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            reason: string;
        };
        ReleaseAspectOnLeaveRequestDto: {
            aspectId: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Form-encoded, so sent as text */
            competitorNumber: number;
        };
        RemedyDto: {
            /** @description correction: the aspect */
            aspectId?: string;
            /** @description remark: the aspects to mark again */
            aspectIds?: string[];
            /** @description correction: whose mark */
            judgeId?: string;
            /** @enum {string} */
            kind: "remark" | "correction";
            /** @description correction: the new mark */
            mark?: number;
        };
        RemedyView: {
            /** @description correction: the aspect */
            aspectId?: string;
            /** @description remark: the aspects to mark again */
            aspectIds?: string[];
            /** @description correction: whose mark */
            judgeId?: string;
            /** @enum {string} */
            kind: "remark" | "correction";
            /** @description correction: the new mark */
            mark?: number;
        };
        ReplacedCommitmentView: {
            commitment: string;
            committedAt: string | null;
            /** @description The organiser's reason (a lost seed) */
            reason: string;
            replacedAt: string;
        };
        ReplaceDrawCommitmentRequestDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /**
             * @description SHA-256 of the seed (its UTF-8 bytes) in hex, published before the draw: `printf %s "$SEED" | sha256sum`
             * @example ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
             */
            commitment: string;
            /**
             * @description Why the commitment is replaced (the seed was lost): published beside both commitments
             * @example 种子卡遗失
             */
            reason: string;
        };
        RequestCorrectionDto: {
            aspectId: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            competitorNumber: number;
            /** @description Whose mark is corrected */
            judgeId: string;
            /** @description The corrected mark */
            mark: number;
            /** @example Entered on the wrong competitor */
            reason: string;
        };
        ResultChangeView: {
            after: components["schemas"]["ResultStandingView"];
            before: components["schemas"]["ResultStandingView"];
            competitorNumber: number;
        };
        ResultRowView: {
            /** @description Each aspect: for the organiser, arbitration and the trade's chief judge */
            aspects?: components["schemas"]["AspectScoreView"][];
            /**
             * @description City id; cityName is its Chinese name
             * @example shenyang
             */
            city: string;
            competitorNumber: number;
            /** @description The exact total ranks follow, "numerator/denominator" */
            exactTotal: string | null;
            honours: ("may_day_labour_medal" | "technical_expert")[];
            /** @description Medallion for Excellence (standardised ≥ 700) */
            medallion: boolean;
            name: string;
            practical: number;
            /** @enum {string|null} */
            prize: "first" | "second" | "third" | null;
            /** @enum {string} */
            progress: "not_started" | "in_progress" | "practical_complete" | "complete" | "absent";
            /** @description From the trade's latest ranking; null until the first one */
            rank: number | null;
            /** @description On the standardised scale, when the trade uses one */
            standardised: number | null;
            /** @enum {string} */
            status: "provisional" | "official" | "final";
            theory: number | null;
            total: number;
        };
        ResultsPreviewView: {
            after: components["schemas"]["RankedFiguresView"][];
            before: components["schemas"]["RankedFiguresView"][];
            changes: components["schemas"]["ResultChangeView"][];
            competitorNumber: number;
            tradeId: string;
        };
        ResultsRulesView: {
            /** @enum {string} */
            keyAspectComparison: "in_order" | "sum";
            prizes: components["schemas"]["PrizeRuleView"];
            rounding: components["schemas"]["RoundingRuleView"];
            weights: components["schemas"]["WeightsView"];
        };
        ResultStandingView: {
            /** @enum {string|null} */
            prize: "first" | "second" | "third" | null;
            rank: number | null;
            total: number;
        };
        ReviewCriterionDto: {
            /**
             * @description Stable id of the criterion
             * @example leading
             */
            id: string;
            /** @example 领先性 */
            name: string;
            /**
             * @description Whole weight ≥ 1; the weighted score is Σ weight·score ÷ Σ weight
             * @example 30
             */
            weight: number;
        };
        ReviewCriterionView: {
            id: string;
            name: string;
            weight: number;
        };
        ReviewDiscussionDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description What the discussion said; the experts then re-score */
            discussion: string;
        };
        ReviewDiscussionView: {
            discussion: string;
            round: number;
        };
        ReviewExpertView: {
            displayName: string;
            expertId: string;
            /** @description Scored in the current round */
            scored: boolean;
        };
        RoundingRuleView: {
            /** @enum {string} */
            mode: "half_up";
            places: number;
        };
        ScoreAchievementDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The written comment (评语) */
            comment: string;
            /** @description One score per criterion of the trade */
            scores: components["schemas"]["CriterionScoreDto"][];
        };
        ScoreSheetView: {
            competitorNumber: number;
            /** @description How long the practical took, once recorded */
            completionSeconds: number | null;
            modules: components["schemas"]["SheetModuleView"][];
            /** @description The theory answer sheet is recorded */
            theoryAnswered: boolean;
            tradeId: string;
        };
        SetTheoryKeyDto: {
            /**
             * @description One letter per question ("ABDC"), or answers separated by commas, |, spaces or lines
             * @example A,BD,C,D
             */
            answerKey: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        SheetAspectView: {
            aspectId: string;
            description: string;
            /** @description Judgement aspects: what each level 0–3 means */
            descriptors?: string[];
            /** @description The rounds before a re-mark (organiser, arbitration, chief judge) */
            earlierRounds?: components["schemas"]["JudgeMarkView"][][];
            /** @description The aspect mark once marked, rounded half up to 0.01 */
            mark: number | null;
            /** @description Every judge's mark, once the viewer may see them */
            marks?: components["schemas"]["JudgeMarkView"][];
            /** @description How many marks of this round are in */
            marksIn: number;
            /** @example 30 */
            maxMark: number;
            /** @description The calling judge's own mark of this round */
            myMark: number | null;
            /** @description The marking round: 1, then one more after each spread too wide */
            round: number;
            /** @enum {string} */
            status: "unmarked" | "awaiting_panel" | "remark_requested" | "marked";
            /** @enum {string} */
            type: "measurement" | "judgement";
        };
        SheetModuleView: {
            aspects: components["schemas"]["SheetAspectView"][];
            moduleId: string;
            name: string;
            signedOff: boolean;
        };
        SignOffModuleDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description A module: a sub-criterion of the marking scheme */
            moduleId: string;
        };
        SignOutAnswer: {
            position: number;
            sessionId: string;
        };
        SignUpAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description Global position of the command's last event */
            position: number;
            userId: string;
        };
        SignUpDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @example 张三 */
            displayName: string;
            password: string;
            /**
             * @description 3–64 lowercase letters, digits, - or _
             * @example zhangsan-13800138000
             */
            username: string;
        };
        StaffCreatedAnswer: {
            /** @description The activation code: shown once, stored only as its hash (a retry answers the same code) */
            code: string;
            /**
             * Format: date-time
             * @description Until when the code works; null on a retry
             */
            expiresAt: string | null;
            /** @enum {string} */
            role: "organiser" | "city_reviewer" | "arbitration";
            userId: string;
            username: string;
        };
        SubCriterionView: {
            aspects: components["schemas"]["AspectView"][];
            id: string;
            name: string;
        };
        SubmissionDeadlineDto: {
            /**
             * @description After this instant no draft, attachment or submission is accepted
             * @example 2026-09-30T23:59:59+08:00
             */
            closesAt: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        SubmitEntryDto: {
            /** @enum {string} */
            city: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            employer: components["schemas"]["EmployerDto"];
            /**
             * @description Resident ID number (GB 11643). Personal data: never public.
             * @example 21010219900307123X
             */
            idNumber: string;
            /** @description Team trades: the members besides the captain (the person above) */
            members?: components["schemas"]["TeamMemberDto"][];
            /** @example 张三 */
            name: string;
            /**
             * @description Mobile number. Personal data: never public.
             * @example 13800138000
             */
            phone: string;
            /** @enum {string} */
            skillLevel: "none" | "level-5" | "level-4" | "level-3" | "level-2" | "level-1";
            tradeId: string;
        };
        SubmitMarkDto: {
            aspectId: string;
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            competitorNumber: number;
            /** @description Judgement: a level 0–3. Measurement: 0 to the max mark, two decimals at most. */
            mark: number;
        };
        SubstituteJudgeDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description The judge with a conflict of interest */
            judgeId: string;
            /** @description The judge who marks in their place */
            substituteId: string;
        };
        TeamMemberDto: {
            /**
             * @description Resident ID number (GB 11643). Personal data: never public.
             * @example 210102199202020023
             */
            idNumber: string;
            /** @example 李四 */
            name: string;
            /**
             * @description Mobile number. Personal data: never public.
             * @example 13900139000
             */
            phone: string;
        };
        TeamMemberView: {
            /** @description Masked */
            idNumber: string;
            name: string;
            /** @description Masked */
            phone: string;
        };
        TechSharesView: {
            all: components["schemas"]["TechShareView"];
            first: components["schemas"]["TechShareView"];
            second: components["schemas"]["TechShareView"];
            third: components["schemas"]["TechShareView"];
        };
        TechShareView: {
            prizes: number;
            /** @description techBased / prizes; null without prizes */
            share: number | null;
            techBased: number;
        };
        TheoryAnswersDto: {
            /** @description Why answers already recorded (or scores entered) are replaced; needed for such rows only */
            reason?: string;
            rows: components["schemas"]["TheoryAnswersRowDto"][];
        };
        TheoryAnswersRowDto: {
            /**
             * @description One letter per question, or answers separated by commas, | or spaces
             * @example ABCDA…
             */
            answers: string;
            competitorNumber: number;
        };
        TheoryCompetitorView: {
            /** @description Absent: check-in closed without them (no theory result needed) */
            absent: boolean;
            competitorNumber: number;
            /** @description Answers graded: questions answered right */
            correct?: number;
            /** @description Every theory result recorded for the competitor, oldest first */
            history: components["schemas"]["TheoryHistoryItem"][];
            score: number | null;
            /** @enum {string} */
            source: "answers" | "score" | "missing";
        };
        TheoryHistoryItem: {
            at: string;
            /** @description User id of who recorded it */
            by: string;
            /** @enum {string} */
            kind: "answers" | "score";
            reason: string | null;
            /** @description The theory score it gave (answers graded against the key) */
            score: number | null;
        };
        TheoryKeyAnswer: {
            /** @description False when the same key was set already */
            changed: boolean;
            commandId: string;
            /** @description Questions of the key */
            questions: number;
            tradeId: string;
        };
        TheoryRowReport: {
            /** @description The refusal code (libs/domain/src/shared/refusal-codes.ts) */
            code?: string;
            competitorNumber: number;
            field?: string;
            message?: string;
            params?: {
                [key: string]: unknown;
            };
            /** @description The row in the request (1-based) or the spreadsheet row */
            row: number;
            /** @enum {string} */
            status: "recorded" | "unchanged" | "refused";
        };
        TheoryScoreRowDto: {
            competitorNumber: number;
            /**
             * @description 0–100, at most two decimals
             * @example 86.5
             */
            score: number;
        };
        TheoryStatusView: {
            competitors: components["schemas"]["TheoryCompetitorView"][];
            /** @description The key can still change (no answer sheet recorded yet) */
            keyOpen: boolean;
            /** @description Present competitors without a theory result: publishing is refused while there are any */
            missing: number[];
            /** @description Questions of the answer key; 0 without a key */
            questions: number;
            tradeId: string;
            /** @description Percent weight of the theory in the total */
            weight: number;
        };
        TheorySummaryView: {
            /** @description How many questions the exam has (the answer key is never public) */
            questions: number;
        };
        TheoryUploadReport: {
            /** @description Questions of the exam (0 without an answer key) */
            questions: number;
            recorded: number;
            rows: components["schemas"]["TheoryRowReport"][];
            tradeId: string;
        };
        TokenPairView: {
            /** @description Authorization: Bearer … */
            accessToken: string;
            /** @description Seconds the access token lives */
            expiresIn: number;
            /** Format: date-time */
            refreshExpiresAt: string;
            /** @description Works once: POST /api/auth/refresh answers a new pair */
            refreshToken: string;
        };
        TradeRegistrationRulesView: {
            ageWindow?: components["schemas"]["AgeWindowView"];
            noFirstPrizeInLastEditions?: number;
            quotaPerCity?: number;
        };
        TradeRegistrationStats: {
            /** @description cityApproved / (cityApproved + cityRejected), 0–1 with 4 decimals; null while the city decided none */
            cityApprovalRate: number | null;
            cityApproved: number;
            cityRejected: number;
            /** @description confirmed / (confirmed + provinceRejected), 0–1 with 4 decimals; null while the province decided none */
            confirmationRate: number | null;
            confirmed: number;
            eventId: string;
            /** @description Submitted, not withdrawn, awaiting the city's decision */
            pendingCity: number;
            /** @description City-approved, not withdrawn, awaiting the province's decision */
            pendingProvince: number;
            provinceRejected: number;
            /** @description Entries submitted */
            submitted: number;
            /** @description Entries whose employer is a tech-based enterprise (科技型企业) */
            techBased: number;
            /** @description techBased / submitted, 0–1 with 4 decimals; null without entries */
            techBasedShare: number | null;
            tradeId: string;
            tradeName: string;
            withdrawn: number;
        };
        TradeResultsView: {
            /** @description Until when contestants may appeal, once published */
            appealsCloseAt: string | null;
            checkpoint: components["schemas"]["AuditCheckpointRefView"] | null;
            frozen: boolean;
            frozenAt: string | null;
            /** @description Published without these present competitors' theory results, and why */
            missingTheory: components["schemas"]["MissingTheoryView"] | null;
            name: string;
            publishedAt: string | null;
            rows: components["schemas"]["ResultRowView"][];
            rules: components["schemas"]["ResultsRulesView"];
            /** @enum {string} */
            status: "provisional" | "official" | "final";
            tradeId: string;
            /** @description The board's version the rows come from */
            version: number;
        };
        TradeRevisionAnswer: {
            /** Format: uuid */
            commandId: string;
            /** @enum {string} */
            status: "revised" | "awaiting_approval" | "unchanged";
            tradeId: string;
            /** @description The trade definition's version (the proposed one while it waits) */
            version: number;
        };
        TradeRevisionApprovedAnswer: {
            /**
             * Format: uuid
             * @description The id the client sent
             */
            commandId: string;
            /** @description Global position of the command's last event */
            position: number;
            tradeId: string;
            version: number;
        };
        TradeSummaryView: {
            /** @description How many aspects the marking scheme has */
            aspectCount: number;
            conflictOfInterest?: components["schemas"]["ConflictOfInterestView"];
            /** @description The edition the trade belongs to */
            contestId: string;
            eventId: string;
            id: string;
            keyAspectIds: string[];
            lotsDrawn: boolean;
            name: string;
            nameEn: string;
            /** @enum {number} */
            panelSize: 3 | 5;
            /** @description The same trade in the previous edition */
            previousTradeId?: string;
            registration?: components["schemas"]["TradeRegistrationRulesView"];
            /**
             * @description 1 for individual trades, 2–3 for team trades
             * @enum {number}
             */
            teamSize: 1 | 2 | 3;
            trimmedMean: boolean;
            weights: components["schemas"]["TradeWeightsView"];
        };
        TradeVersionView: {
            /** @description How many aspects the scheme has in this version */
            aspects: number;
            /** Format: date-time */
            at: string;
            /** @description The user who made it */
            by: string;
            reason: string;
            version: number;
        };
        TradeView: {
            /** @description Minutes after publication during which a contestant may appeal (absent: 120) */
            appealWindowMinutes?: number;
            conflictOfInterest?: components["schemas"]["ConflictOfInterestView"];
            /** @description The edition the trade belongs to */
            contestId: string;
            eventId: string;
            /** @description When the trade's winner may be recommended for honours */
            honours?: {
                [key: string]: unknown;
            };
            id: string;
            /**
             * @description How the key aspects break a tie (absent: in_order)
             * @enum {string}
             */
            keyAspectComparison?: "in_order" | "sum";
            keyAspectIds: string[];
            lotsDrawn: boolean;
            name: string;
            nameEn: string;
            /** @enum {number} */
            panelSize: 3 | 5;
            /** @description A revision waiting for the chief judge's approval */
            pendingRevision: components["schemas"]["TradeVersionView"] | null;
            /** @description The same trade in the previous edition */
            previousTradeId?: string;
            /** @description Prizes by ratio or fixed counts (docs/results-rules.md) */
            prizes?: {
                [key: string]: unknown;
            };
            /** @description Working days of publicity (公示) before results are final (absent: 5) */
            publicityWorkingDays?: number;
            registration?: components["schemas"]["TradeRegistrationRulesView"];
            scheme: components["schemas"]["MarkingSchemeView"];
            /** @description The optional standardised scale */
            standardisation?: {
                [key: string]: unknown;
            };
            /**
             * @description 1 for individual trades, 2–3 for team trades
             * @enum {number}
             */
            teamSize: 1 | 2 | 3;
            /** @description Null while the trade has no theory exam */
            theory: components["schemas"]["TheorySummaryView"] | null;
            trimmedMean: boolean;
            versions: components["schemas"]["TradeVersionView"][];
            weights: components["schemas"]["TradeWeightsView"];
            /** @description Workstations in the hall: the draw fills sessions of this many competitors */
            workstations?: number;
        };
        TradeWeightsView: {
            practical: number;
            theory: number;
        };
        UserProfileView: {
            /**
             * @description A city reviewer's city; a judge's city
             * @enum {string}
             */
            city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
            displayName: string;
            /** @description A judge's employer */
            employer?: components["schemas"]["EmployerView"];
            /** @enum {string} */
            role: "organiser" | "city_reviewer" | "chief_judge" | "judge" | "arbitration" | "contestant";
            /** @description A judge's trades */
            tradeIds?: string[];
            userId: string;
            username: string;
        };
        WeightsView: {
            practical: number;
            theory: number;
        };
        WithdrawEntryDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
            /** @description Why: kept in the history */
            reason?: string;
        };
        WithdrawWorkingDayCorrectionDto: {
            /**
             * Format: uuid
             * @description Made by the client; the same id sent again is answered without a second write.
             */
            commandId: string;
        };
        WorkingDayCommandResultDto: {
            /** Format: uuid */
            commandId: string;
            /** @description The store position of the last event written; 0 when nothing changed (the date already read so) */
            position: number;
        };
        WorkingDayCorrectionDto: {
            /** @example 2027-02-20 */
            date: string;
            /** @enum {string} */
            kind: "rest" | "work";
            /** @example 国务院办公厅关于2027年部分节假日安排的通知 */
            note: string;
        };
        WorkingDayDto: {
            /** @example 2026-10-10 */
            date: string;
            /** @enum {string} */
            kind: "working-day" | "weekend" | "holiday" | "make-up-working-day";
            /**
             * @description The festival (from the notice) or the organiser’s note (from a correction)
             * @example 国庆节
             */
            label?: string;
            /**
             * @description official: the State Council’s notice in the data file; correction: the organiser’s correction, which wins
             * @enum {string}
             */
            source: "weekday" | "official" | "correction";
            /** @description Whether the day counts as a working day (工作日) */
            working: boolean;
        };
        WorkingDaysYearDto: {
            /** @description The organiser’s corrections of this year */
            corrections: components["schemas"]["WorkingDayCorrectionDto"][];
            /** @description Holidays, make-up working days and corrected dates, by date */
            days: components["schemas"]["WorkingDayDto"][];
            /** @description The notice the data file follows for this year; null when the file does not know the year yet (then only Monday–Friday and the corrections count) */
            officialNotice: string | null;
            /** @example 2026 */
            year: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAchievements: {
        parameters: {
            query?: {
                /** @description The organiser's filter; a city reviewer always sees its own city */
                city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
                status?: "submitted" | "recommended" | "not_recommended" | "eligible" | "ineligible";
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementSummaryView"][];
                };
            };
        };
    };
    draftAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftAchievementDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDraftedAnswer"];
                };
            };
            /** @description A practical trade, or submissions closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    getAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementView"];
                };
            };
        };
    };
    addAchievementFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: uuid */
                    commandId: string;
                    /**
                     * Format: binary
                     * @description A PDF (20 MB), an image PNG/JPEG/WebP (10 MB) or a video MP4/WebM (100 MB)
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentAddedAnswer"];
                };
            };
            /** @description Already submitted, or submissions closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
            /** @description Larger than any attachment may be */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
            /** @description Not a PDF, image or video by its bytes; too large for its type; a PDF with JavaScript */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    downloadAchievementAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                    "video/mp4": string;
                    "video/webm": string;
                };
            };
        };
    };
    removeAchievementAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Already submitted, or submissions closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    declineAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDecisionAnswer"];
                };
            };
        };
    };
    recommendAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDecisionAnswer"];
                };
            };
            /** @description The quota is full, or the achievement is not submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    editAchievementDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AchievementDraftDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Already submitted, or submissions closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    confirmAchievementEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDecisionAnswer"];
                };
            };
        };
    };
    adjustExpertAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdjustExpertAssignmentDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description A conflict of interest (review.conflict), the expert is full (review.expert_full), or has scored */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    listAchievementExpertScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertScoreView"][];
                };
            };
            /** @description An expert who has not scored the current round (review.score_first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    scoreAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreAchievementDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Not assigned (review.not_assigned) or in conflict (review.conflict) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
            /** @description This round is already scored (review.already_scored) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    getAchievementForExpert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertSubmissionView"];
                };
            };
        };
    };
    refuseAchievementEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementDecisionAnswer"];
                };
            };
        };
    };
    checkAchievementAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentIntegrityView"][];
                };
            };
        };
    };
    addAchievementVideoLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AchievementVideoLinkDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentAddedAnswer"];
                };
            };
            /** @description Already submitted, or submissions closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    recordReviewDiscussion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDiscussionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description The achievement is not flagged (review.not_flagged) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    submitAchievement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                achievementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Submissions closed, already submitted, or no attachment yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    listMyAchievements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementSummaryView"][];
                };
            };
        };
    };
    listFailedJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobsView"];
                };
            };
        };
    };
    listAppeals: {
        parameters: {
            query?: {
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealView"][];
                };
            };
        };
    };
    fileAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileAppealDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealFiledAnswer"];
                };
            };
            /** @description Results not published, or the window is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    decideAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDecidedAnswer"];
                };
            };
        };
    };
    previewAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                appealId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealPreviewDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsPreviewView"];
                };
            };
        };
    };
    auditCheckpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditCheckpointView"][];
                };
            };
        };
    };
    exportAudit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description NDJSON: one JSON object per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
        };
    };
    activateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivateAccountDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivationAnswer"];
                };
            };
        };
    };
    listDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"][];
                };
            };
        };
    };
    pairDevice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairDeviceDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevicePairedAnswer"];
                };
            };
        };
    };
    unpairOwnDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceUnpairedAnswer"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginAnswer"];
                };
            };
        };
    };
    me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeAnswer"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairView"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOutAnswer"];
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpAnswer"];
                };
            };
        };
    };
    listCities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CityView"][];
                };
            };
        };
    };
    getContest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestView"];
                };
            };
        };
    };
    listEditions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionView"][];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The edition; absent = the current edition */
                edition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContestEventView"][];
                };
            };
        };
    };
    listTrades: {
        parameters: {
            query?: {
                /** @description The edition; absent = the current edition */
                edition?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeSummaryView"][];
                };
            };
        };
    };
    getTrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeView"];
                };
            };
        };
    };
    reviseTrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: uuid */
                    commandId: string;
                    /**
                     * Format: binary
                     * @description A workbook with the trade's row and its scheme rows
                     */
                    file: string;
                    /** @description Why it changes (required after the draw) */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeRevisionAnswer"];
                };
            };
        };
    };
    approveTradeRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveRevisionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeRevisionApprovedAnswer"];
                };
            };
        };
    };
    exportCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    importCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The catalogue workbook (XLSX), or one of its sheets as CSV
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueImportReport"];
                };
            };
        };
    };
    catalogueTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    catalogueSheetTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sheet: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description A CSV file (UTF-8, with a byte order mark) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    contestDesk: {
        parameters: {
            query?: {
                /** @description Count only this city's entries and competitors */
                city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
                /** @description Only the trades of this event */
                eventId?: string;
                /** @description A `position` of an earlier answer: only the rows changed since */
                since?: number;
                stage?: "registration" | "drawn" | "marking" | "signed_off" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskView"];
                };
            };
        };
    };
    createEdition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEditionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditionCreatedAnswer"];
                };
            };
        };
    };
    listEntries: {
        parameters: {
            query?: {
                city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
                status?: string;
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryView"][];
                };
            };
        };
    };
    submitEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitEntryDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    getEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryView"];
                };
            };
        };
    };
    approveEntryByCity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    rejectEntryByCity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    confirmEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    rejectEntryByProvince: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonedCommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    withdrawEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawEntryDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryAnswer"];
                };
            };
        };
    };
    uploadEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One XLSX or CSV file, at most 5 MB
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUploadReport"];
                };
            };
        };
    };
    bulkEntryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    getMyEntry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryView"];
                };
            };
        };
    };
    listMyExpertReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyExpertReviewView"][];
                };
            };
        };
    };
    exportCompetitorNumbers: {
        parameters: {
            query?: {
                /** @description Only this trade (all trades when left out) */
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    exportConfirmed: {
        parameters: {
            query?: {
                /** @description Only this trade (all trades when left out) */
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    exportEntries: {
        parameters: {
            query?: {
                /** @description Only this city (a city reviewer always gets its own city's) */
                city?: "shenyang" | "dalian" | "anshan" | "fushun" | "benxi" | "dandong" | "jinzhou" | "yingkou" | "fuxin" | "liaoyang" | "panjin" | "tieling" | "chaoyang" | "huludao";
                /** @description Only this trade */
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description An XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
        };
    };
    getFeed: {
        parameters: {
            query?: {
                /** @description A token from an earlier line: only what came after it */
                since?: unknown;
                /** @description `true`: keep the connection open and follow new events */
                stream?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description NDJSON: one JSON object per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessView"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessView"];
                };
            };
        };
    };
    entryHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryView"];
                };
            };
        };
    };
    markHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                aspectId: string;
                competitorNumber: string;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryView"];
                };
            };
        };
    };
    resultHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: string;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryView"];
                };
            };
        };
    };
    getMedals: {
        parameters: {
            query?: {
                /** @description Only this event's trades */
                eventId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedalsView"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description The Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    forgetPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgetPersonDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgetPersonAnswer"];
                };
            };
        };
    };
    setRegistrationDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationDeadlineDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionAnswer"];
                };
            };
        };
    };
    registrationReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationReport"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementView"];
                };
            };
        };
    };
    openAspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AspectLeaseDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AspectLeaseAnswer"];
                };
            };
            /** @description Another tablet holds the aspect */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    releaseAspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AspectLeaseDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    releaseAspectOnLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseAspectOnLeaveRequestDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description Released (or nothing to release): a beacon reads no answer */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardSnapshotView"];
                };
            };
        };
    };
    boardAt: {
        parameters: {
            query: {
                /** @description A global position, or an ISO 8601 moment (the last event at or before it) */
                at: unknown;
            };
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardAsOfView"];
                };
            };
        };
    };
    stepCeremony: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    closeCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCheckInDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloseCheckInAnswer"];
                };
            };
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInAnswer"];
                };
            };
        };
    };
    listCompetitors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorView"][];
                };
            };
        };
    };
    recordCompletionTime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: number;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionTimeDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    getConflicts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: number;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictsView"];
                };
            };
        };
    };
    getScoreSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: number;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreSheetView"];
                };
            };
        };
    };
    signOffModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: number;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffModuleDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description An aspect of the module is not marked yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    substituteJudge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorNumber: number;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubstituteJudgeDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    listCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionView"][];
                };
            };
        };
    };
    requestCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestCorrectionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrectionRequestedAnswer"];
                };
            };
        };
    };
    approveCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                correctionId: string;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description No such correction in the trade */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    previewCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                correctionId: string;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultsPreviewView"];
                };
            };
        };
    };
    rejectCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                correctionId: string;
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectCorrectionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description No such correction in the trade */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    getPublishedDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDrawView"];
                };
            };
        };
    };
    drawLots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawLotsDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawLotsAnswer"];
                };
            };
        };
    };
    commitDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitDrawDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawCommitmentAnswer"];
                };
            };
        };
    };
    replaceDrawCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceDrawCommitmentRequestDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DrawCommitmentAnswer"];
                };
            };
        };
    };
    assignExperts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertAssignmentAnswer"];
                };
            };
            /** @description Already assigned, or no eligible achievement */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    listAchievementReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AchievementReviewView"][];
                };
            };
        };
    };
    freezeBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    assignJudge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignJudgeDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionAnswer"];
                };
            };
        };
    };
    submitMark: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitMarkDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Not on the panel, or not assigned to the aspect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
            /** @description The aspect is open on another tablet, already marked, or signed off */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    getMyAspects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAspectsView"];
                };
            };
        };
    };
    getPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelMemberView"][];
                };
            };
        };
    };
    assignAspects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignAspectsDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    printMarkingForms: {
        parameters: {
            query?: {
                /** @description One session (heat) of the draw; every competitor when left out */
                session?: number;
            };
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description A PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    printResultsSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description A PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    recordPriorFirstPrize: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorFirstPrizeDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionAnswer"];
                };
            };
        };
    };
    publishResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishResultsDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description Modules not signed off, or theory results missing (code results.theory_missing) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    setRegistrationRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegistrationRulesDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationRulesAnswer"];
                };
            };
        };
    };
    getResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TradeResultsView"];
                };
            };
        };
    };
    getMyResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResultDto"];
                };
            };
        };
    };
    revealBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommandDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
        };
    };
    getExpertReviewSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpertReviewSettingsView"];
                };
            };
        };
    };
    setExpertReviewSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpertReviewSettingsDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description The experts are assigned (review.settings_locked), or the trade is practical */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    setSubmissionDeadline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionDeadlineDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAnswer"];
                };
            };
            /** @description The trade is a practical contest */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefusalDto"];
                };
            };
        };
    };
    theoryStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryStatusView"];
                };
            };
        };
    };
    recordTheoryAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TheoryAnswersDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryUploadReport"];
                };
            };
        };
    };
    uploadTheoryAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV or XLSX: header competitorNumber,answers
                     */
                    file: string;
                    /** @description Why recorded results change (for such rows only) */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryUploadReport"];
                };
            };
        };
    };
    setTheoryKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTheoryKeyDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryKeyAnswer"];
                };
            };
        };
    };
    uploadTheoryKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV or XLSX: one row per question (question, answer)
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryKeyAnswer"];
                };
            };
        };
    };
    recordTheoryScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordTheoryScoresDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryUploadReport"];
                };
            };
        };
    };
    uploadTheoryScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tradeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV or XLSX: competitorNumber, score
                     */
                    file: string;
                    /** @description Why recorded results change (for such rows only) */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TheoryUploadReport"];
                };
            };
        };
    };
    unpairJudgeDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceUnpairedAnswer"];
                };
            };
        };
    };
    listJudges: {
        parameters: {
            query?: {
                /** @description Only the judges who serve this trade */
                tradeId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeAccountView"][];
                };
            };
        };
    };
    createJudge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateJudgeDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeCreatedAnswer"];
                };
            };
        };
    };
    issueActivationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueActivationCodesDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CredentialSlips"];
                };
            };
        };
    };
    printCredentialSlips: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueActivationCodesDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            /** @description A PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
        };
    };
    importJudges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description XLSX or CSV, one row per judge
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgeImportReport"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffCreatedAnswer"];
                };
            };
        };
    };
    correctWorkingDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectWorkingDayDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayCommandResultDto"];
                };
            };
        };
    };
    withdrawWorkingDayCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawWorkingDayCorrectionDto"];
            };
        };
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayCommandResultDto"];
                };
            };
        };
    };
    getWorkingDays: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: the code says which refusal, the params fill its sentence */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refusal"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysYearDto"];
                };
            };
        };
    };
}
