// Generated from the served OpenAPI document by `npm run generate` (openapi-typescript). Do not edit.
export interface paths {
    "/api/v1/activities/{activity_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        /**
         * One activity, as published.
         * @description One activity, as published.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call the activity off; everyone signed up is told (the activity's organisers).
         * @description Call the activity off; everyone signed up is told (the activity's organisers).
         */
        post: operations["cancelActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签到 with the code shown at the venue: within 500 m and with a valid code the minutes count toward verified.
         * @description 签到 with the code shown at the venue: within 500 m and with a valid code the minutes count toward verified.
         */
        post: operations["checkInToActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签退 with the code: verified minutes when both check points and codes held, else minutes for staff review.
         * @description 签退 with the code: verified minutes when both check points and codes held, else minutes for staff review.
         */
        post: operations["checkOutOfActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close: minutes final, points paid per participant, no-shows recorded (the activity's organisers).
         * @description Close: minutes final, points paid per participant, no-shows recorded (the activity's organisers).
         */
        post: operations["closeActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/sign-in-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        /**
         * 签到码: 6 digits that change every 60 s, to show at the venue, with its QR code (the activity's organisers).
         * @description 签到码: 6 digits that change every 60 s, to show at the venue, with its QR code (the activity's organisers).
         */
        get: operations["getActivitySignInCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/signups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        /**
         * Everyone signed up, places first, then the waitlist in order, each with check-in and check-out and minutes
         *     (the activity's organisers).
         * @description Everyone signed up, places first, then the waitlist in order, each with check-in and check-out and minutes
         *     (the activity's organisers).
         */
        get: operations["listActivitySignups"];
        put?: never;
        /**
         * 报名: a place (`confirmed`) while any is left, else the waitlist (`waitlisted`); never more than the quota.
         * @description 报名: a place (`confirmed`) while any is left, else the waitlist (`waitlisted`); never more than the quota.
         */
        post: operations["signUpForActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/{activity_id}/signups/me": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Back out; your place goes to the first on the waitlist, who is told.
         * @description Back out; your place goes to the first on the waitlist, who is told.
         */
        delete: operations["cancelMyActivitySignup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/activities/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open activities near a point (by default your home) that you may join, nearest first.
         * @description Open activities near a point (by default your home) that you may join, nearest first.
         */
        get: operations["listNearbyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Password sign-in (staff, and people registered by staff). Failures are limited per phone number from one
         *     address and per address (429 `rate_limited`); a right password is never refused for failures elsewhere.
         * @description Password sign-in (staff, and people registered by staff). Failures are limited per phone number from one
         *     address and per address (429 `rate_limited`); a right password is never refused for failures elsewhere.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End this sign-in: its access and refresh tokens are revoked.
         * @description End this sign-in: its access and refresh tokens are revoked.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair; the old one stops working, and reusing it revokes the session.
         * @description Exchange a refresh token for a new pair; the old one stops working, and reusing it revokes the session.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mini-program sign-in: exchange a `wx.login` code for our tokens; a new WeChat user becomes a resident.
         *     503 `wechat_busy` when this server has as many WeChat calls in flight as it allows.
         * @description Mini-program sign-in: exchange a `wx.login` code for our tokens; a new WeChat user becomes a resident.
         *     503 `wechat_busy` when this server has as many WeChat calls in flight as it allows.
         */
        post: operations["wechatLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/wechat/phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bind the phone number from the mini-program's phone button (`getPhoneNumber` code) to the caller. When the
         *     number is an account's without a WeChat identity (a resident staff registered) and the caller's account is new,
         *     the WeChat identity joins that account: the answer is that account with `tokens` for it, and the caller's
         *     tokens stop working. Otherwise a number of another account is 409 `phone_taken`.
         * @description Bind the phone number from the mini-program's phone button (`getPhoneNumber` code) to the caller. When the
         *     number is an account's without a WeChat identity (a resident staff registered) and the caller's account is new,
         *     the WeChat identity joins that account: the answer is that account with `tokens` for it, and the caller's
         *     tokens stop working. Otherwise a number of another account is 409 `phone_taken`.
         */
        post: operations["bindWechatPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Categories shared by menus and volunteer skills (public: volunteers pick their skills from them).
         * @description Categories shared by menus and volunteer skills (public: volunteers pick their skills from them).
         */
        get: operations["listCategories"];
        put?: never;
        /**
         * Add a category (admin).
         * @description Add a category (admin).
         */
        post: operations["createCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        /**
         * Check a certificate: its facts as the server holds them (masked name, period, hours, issued) and whether it
         *     is still `valid`. An unknown or altered code is a 404.
         * @description Check a certificate: its facts as the server holds them (masked name, period, hours, issued) and whether it
         *     is still `valid`. An unknown or altered code is a 404.
         */
        get: operations["verifyCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        /**
         * The certificate as a PDF, for anyone holding its code: name, masked ID, period, services by organisation,
         *     hours verified and approved, star level, issuer, date, code and a QR code of the verify URL.
         * @description The certificate as a PDF, for anyone holding its code: name, masked ID, period, services by organisation,
         *     hours verified and approved, star level, issuer, date, code and a QR code of the verify URL.
         */
        get: operations["certificatePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{code}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a certificate (staff of the volunteer's community, admins): it then verifies as `valid: false`.
         * @description Revoke a certificate (staff of the volunteer's community, admins): it then verifies as `valid: false`.
         */
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Communities, nearest first when `lat` and `lng` are given.
         * @description Communities, nearest first when `lat` and `lng` are given.
         */
        get: operations["listCommunities"];
        put?: never;
        /**
         * Create a community (admin).
         * @description Create a community (admin).
         */
        post: operations["createCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * One community.
         * @description One community.
         */
        get: operations["getCommunity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a community: admins anything, its staff the dispatch policy and settings.
         * @description Change a community: admins anything, its staff the dispatch policy and settings.
         */
        patch: operations["updateCommunity"];
        trace?: never;
    };
    "/api/v1/communities/{community_id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's activities, latest start first, with places taken, waitlisted and left.
         * @description The community's activities, latest start first, with places taken, waitlisted and left.
         */
        get: operations["listActivities"];
        put?: never;
        /**
         * Publish an activity (status `open`): staff of the community, or a leader of the team it is for.
         * @description Publish an activity (status `open`): staff of the community, or a leader of the team it is for.
         */
        post: operations["createActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/orders.csv": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's orders for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's orders for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportOrdersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/orders.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's orders for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's orders for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportOrdersXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/services.csv": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's services for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's services for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportServicesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/services.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's services for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's services for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportServicesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/volunteers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's volunteers for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's volunteers for a period as CSV (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportVolunteersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/exports/volunteers.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's volunteers for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         * @description The community's volunteers for a period as XLSX (staff of the community), headed as the national volunteer record names the fields; personal data masked, except in an admin's `national` export. Streamed: constant memory however large the community.
         */
        get: operations["exportVolunteersXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * 回访: low ratings waiting for a call back (staff of that community).
         * @description 回访: low ratings waiting for a call back (staff of that community).
         */
        get: operations["listFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * Approved volunteers ranked by points earned this month (China time) or over all time.
         * @description Approved volunteers ranked by points earned this month (China time) or over all time.
         */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/menu": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The active menu of a community.
         * @description The active menu of a community.
         */
        get: operations["getMenu"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/menu-items": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * Every item of the community's menu, archived ones too when asked (staff of that community).
         * @description Every item of the community's menu, archived ones too when asked (staff of that community).
         */
        get: operations["listMenuItems"];
        put?: never;
        /**
         * Add an item to the menu (staff of that community).
         * @description Add an item to the menu (staff of that community).
         */
        post: operations["createMenuItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/points-reversals": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's dispute reversals, newest first; `shortfall_only` for those with points still owed.
         * @description The community's dispute reversals, newest first; `shortfall_only` for those with points still owed.
         */
        get: operations["listPointsReversals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's rewards; `active=true` for what is on offer now.
         * @description The community's rewards; `active=true` for what is on offer now.
         */
        get: operations["listRewards"];
        put?: never;
        /**
         * Stock a new reward (staff of that community).
         * @description Stock a new reward (staff of that community).
         */
        post: operations["createReward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * Orders by status and per day, time to acceptance, completion rate, satisfaction, verified hours, points
         *     issued and redeemed, unmet demand by category and by H3 cell, and the three lists (resources, demand,
         *     service) by category, for a period (staff of that community).
         * @description Orders by status and per day, time to acceptance, completion rate, satisfaction, verified hours, points
         *     issued and redeemed, unmet demand by category and by H3 cell, and the three lists (resources, demand,
         *     service) by category, for a period (staff of that community).
         */
        get: operations["getCommunityStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/teams": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's teams, to find one to join.
         * @description The community's teams, to find one to join.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team with its leaders (staff of the community).
         * @description Create a team with its leaders (staff of the community).
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/communities/{community_id}/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        /**
         * The community's volunteers, by status (staff of that community).
         * @description The community's volunteers, by status (staff of that community).
         */
        get: operations["listVolunteers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/follow-ups/{follow_up_id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                follow_up_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the outcome of a follow-up and close it.
         * @description Record the outcome of a follow-up and close it.
         */
        post: operations["closeFollowUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's profile, roles and communities.
         * @description The caller's profile, roles and communities.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Close the caller's account (PIPL Art. 47): personal data erased or replaced by a pseudonym; service records,
         *     ratings and ledger entries stay under it. Open orders are cancelled and uncollected redemptions refunded; 409
         *     `order_in_service` while an order of theirs is being served, 409 `holds_orders` while they hold orders as a
         *     volunteer.
         * @description Close the caller's account (PIPL Art. 47): personal data erased or replaced by a pseudonym; service records,
         *     ratings and ledger entries stay under it. Open orders are cancelled and uncollected redemptions refunded; 409
         *     `order_in_service` while an order of theirs is being served, 409 `holds_orders` while they hold orders as a
         *     volunteer.
         */
        delete: operations["closeMyAccount"];
        options?: never;
        head?: never;
        /**
         * Change the caller's name or password. A password change needs `current_password` (wrong ones are limited
         *     per user, 429); setting a first password (a WeChat-only account) needs a sign-in within the last 10 minutes
         *     instead (401 `token_not_fresh`). Every other sign-in of the caller ends; this one stays.
         * @description Change the caller's name or password. A password change needs `current_password` (wrong ones are limited
         *     per user, 429); setting a first password (a WeChat-only account) needs a sign-in within the last 10 minutes
         *     instead (401 `token_not_fresh`). Every other sign-in of the caller ends; this one stays.
         */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything the service holds about the caller, as JSON (PIPL Art. 45): account, sign-ins, real name and ID
         *     number, orders placed, notifications, who read their ID number, and as a volunteer their profile, record,
         *     orders served, ratings, points, redemptions and certificates.
         * @description Everything the service holds about the caller, as JSON (PIPL Art. 45): account, sign-ins, real name and ID
         *     number, orders placed, notifications, who read their ID number, and as a volunteer their profile, record,
         *     orders served, ratings, points, redemptions and certificates.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items/{item_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Archive an item: it leaves the menu and can no longer be ordered.
         * @description Archive an item: it leaves the menu and can no longer be ordered.
         */
        delete: operations["archiveMenuItem"];
        options?: never;
        head?: never;
        /**
         * Edit an item; orders already placed keep the terms they were placed under.
         * @description Edit an item; orders already placed keep the terms they were placed under.
         */
        patch: operations["updateMenuItem"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's notifications, newest first; `?unread=true` for the unread ones only.
         * @description The caller's notifications, newest first; `?unread=true` for the unread ones only.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{notification_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notification_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one of the caller's notifications read (404 notification_not_found for someone else's too).
         * @description Mark one of the caller's notifications read (404 notification_not_found for someone else's too).
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/order-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A resident's own recurring services; staff their communities' (`resident_id` for one resident's).
         * @description A resident's own recurring services; staff their communities' (`resident_id` for one resident's).
         */
        get: operations["listOrderSeries"];
        put?: never;
        /**
         * 每周探访: a visit every week (or every few weeks) on a weekday at a local time, until a date; each occurrence
         *     is an order placed 7 days ahead, offered first to the paired volunteer when one is given.
         * @description 每周探访: a visit every week (or every few weeks) on a weekday at a local time, until a date; each occurrence
         *     is an order placed 7 days ahead, offered first to the paired volunteer when one is given.
         */
        post: operations["createOrderSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/order-series/{series_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        /**
         * One recurring service: its resident, the staff of its community, an admin.
         * @description One recurring service: its resident, the staff of its community, an admin.
         */
        get: operations["getOrderSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/order-series/{series_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop placing occurrences (orders already placed stay, each can be cancelled).
         * @description Stop placing occurrences (orders already placed stay, each can be cancelled).
         */
        post: operations["stopOrderSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orders the caller may see: a resident's own, a volunteer's held ones, staff their communities'.
         * @description Orders the caller may see: a resident's own, a volunteer's held ones, staff their communities'.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * 点单: order a menu item (a resident for themself, or staff for a resident with `resident_id`).
         * @description 点单: order a menu item (a resident for themself, or staff for a resident with `resident_id`).
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        /**
         * One order with its timeline, as the caller may see it.
         * @description One order with its timeline, as the caller may see it.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 接单: accept the offer made to you. An urgent order is offered to several at once: the first to accept wins,
         *     the others get 409 `order_taken`.
         * @description 接单: accept the offer made to you. An urgent order is offered to several at once: the first to accept wins,
         *     the others get 409 `order_taken`.
         */
        post: operations["acceptOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A leader of the team the order was handed to assigns a member, who gets an ordinary offer.
         * @description A leader of the team the order was handed to assigns a member, who gets an ordinary offer.
         */
        post: operations["assignOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel: the resident until service starts, staff until it is completed.
         * @description Cancel: the resident until service starts, staff until it is completed.
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        /**
         * Ranked eligible volunteers for the order, each with distance, score and the reasons for it.
         * @description Ranked eligible volunteers for the order, each with distance, score and the reasons for it.
         */
        get: operations["listCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签到 on arrival, with your location.
         * @description 签到 on arrival, with your location.
         */
        post: operations["checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签退 when done: minutes are verified when both check points were within 300 m of the order.
         * @description 签退 when done: minutes are verified when both check points were within 300 m of the order.
         */
        post: operations["checkOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 抢单: take an open order; the first claim wins, the others get 409 order_not_pending.
         * @description 抢单: take an open order; the first claim wins, the others get 409 order_not_pending.
         */
        post: operations["claimOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline the offer made to you; the order goes on to someone else (whom, you are not told).
         * @description Decline the offer made to you; the order goes on to someone else (whom, you are not told).
         */
        post: operations["declineOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 派单: offer the order to a volunteer (`volunteer_id`), or to the best candidate (`{"auto": true}`), or hand it
         *     to a team (`team_id`, answered 200 with the order), whose leaders assign a member.
         * @description 派单: offer the order to a volunteer (`volunteer_id`), or to the best candidate (`{"auto": true}`), or hand it
         *     to a team (`team_id`, answered 200 with the order), whose leaders assign a member.
         */
        post: operations["dispatchOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/minutes-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject minutes the location check could not verify (staff).
         * @description Approve or reject minutes the location check could not verify (staff).
         */
        post: operations["reviewMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/points-reversal": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispute: take back the order's awards, at most once. What the volunteer already spent is not taken
         *     (their balance never goes below zero) and is reported as `shortfall`. 409 points_already_reversed.
         * @description Dispute: take back the order's awards, at most once. What the volunteer already spent is not taken
         *     (their balance never goes below zero) and is reported as `shortfall`. 409 points_already_reversed.
         */
        post: operations["reverseOrderPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 评单: the resident rates the service once, 1 to 5 stars.
         * @description 评单: the resident rates the service once, 1 to 5 stars.
         */
        post: operations["rateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Staff hand an accepted order to another volunteer: released from its holder (not counted against them) and
         *     offered to the one chosen, together or not at all.
         * @description Staff hand an accepted order to another volunteer: released from its holder (not counted against them) and
         *     offered to the one chosen, together or not at all.
         */
        post: operations["reassignOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/{order_id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand an accepted order back before check-in: its volunteer (who can no longer go) or community staff. Back to
         *     `pending`, the resident told, and re-offered by the community's policy (never to the one who held it); it counts
         *     as a release in the volunteer's reliability.
         * @description Hand an accepted order back before check-in: its volunteer (who can no longer go) or community staff. Back to
         *     `pending`, the resident told, and re-offered by the community's policy (never to the one who held it); it counts
         *     as a release in the volunteer's reliability.
         */
        post: operations["releaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open pool: pending orders near the volunteer that they could claim, nearest first. Locations are
         *     coarsened to about 200 m; no phone numbers.
         * @description The open pool: pending orders near the volunteer that they could claim, nearest first. Locations are
         *     coarsened to about 200 m; no phone numbers.
         */
        get: operations["listOpenOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A manual credit (amount > 0) or debit (amount < 0) of a volunteer of the caller's communities, audited
         *     with the caller. 409 insufficient_points for a debit larger than the balance.
         * @description A manual credit (amount > 0) or debit (amount < 0) of a volunteer of the caller's communities, audited
         *     with the caller. 409 insufficient_points for a debit larger than the balance.
         */
        post: operations["createPointsAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's balance, totals, verified minutes and this month's rank in their community.
         * @description The caller's balance, totals, verified minutes and this month's rank in their community.
         */
        get: operations["getMyPoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/points/me/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's statement, newest first: each entry signed from their side, with its reason and source.
         * @description The caller's statement, newest first: each entry signed from their side, with its reason and source.
         */
        get: operations["listMyPointsEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A volunteer's own redemptions (with pickup codes); staff see their communities' (without), each with the
         *     volunteer who collects it, and find one by `pickup_code` (codes that match nothing are limited per staff member,
         *     429).
         * @description A volunteer's own redemptions (with pickup codes); staff see their communities' (without), each with the
         *     volunteer who collects it, and find one by `pickup_code` (codes that match nothing are limited per staff member,
         *     429).
         */
        get: operations["listRedemptions"];
        put?: never;
        /**
         * Spend points on a reward of the caller's community. 409 insufficient_points, out_of_stock or
         *     reward_inactive. The response carries the pickup code to show when collecting.
         * @description Spend points on a reward of the caller's community. 409 insufficient_points, out_of_stock or
         *     reward_inactive. The response carries the pickup code to show when collecting.
         */
        post: operations["createRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{redemption_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a pending redemption: the points are refunded and the stock restored, once. 409 when it was
         *     fulfilled or cancelled already.
         * @description Cancel a pending redemption: the points are refunded and the stock restored, once. 409 when it was
         *     fulfilled or cancelled already.
         */
        post: operations["cancelRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{redemption_id}/fulfill": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the reward over against its pickup code. 422 pickup_code_mismatch; after 5 wrong codes 409
         *     pickup_code_locked until staff issue a new code; 409 redemption_not_pending.
         * @description Hand the reward over against its pickup code. 422 pickup_code_mismatch; after 5 wrong codes 409
         *     pickup_code_locked until staff issue a new code; 409 redemption_not_pending.
         */
        post: operations["fulfillRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{redemption_id}/pickup-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new pickup code for a pending redemption (staff of its community), after it locked on wrong codes or
         *     when the volunteer lost theirs: the old code stops working and the volunteer sees the new one in their
         *     redemptions. 409 redemption_not_pending.
         * @description Issue a new pickup code for a pending redemption (staff of its community), after it locked on wrong codes or
         *     when the volunteer lost theirs: the old code stops working and the volunteer sees the new one in their
         *     redemptions. 409 redemption_not_pending.
         */
        post: operations["reissuePickupCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a resident by their exact phone number, to order on their behalf (代点单; staff).
         * @description Find a resident by their exact phone number, to order on their behalf (代点单; staff).
         */
        get: operations["findResidents"];
        put?: never;
        /**
         * Register a resident who has no smartphone, so staff can order for them (代点单). They can later sign in
         *     with WeChat and bind this phone number.
         * @description Register a resident who has no smartphone, so staff can order for them (代点单). They can later sign in
         *     with WeChat and bind this phone number.
         */
        post: operations["registerResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{reward_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reward_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a reward (staff of its community); `stock` sets what is left now.
         * @description Change a reward (staff of its community); `stock` sets what is left now.
         */
        patch: operations["updateReward"];
        trace?: never;
    };
    "/api/v1/signups/{signup_id}/minutes-review": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signup_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a sign-up's minutes that the checks could not verify (staff of the activity's community).
         * @description Approve or reject a sign-up's minutes that the checks could not verify (staff of the activity's community).
         */
        post: operations["reviewSignupMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The community statistics and the three lists rolled up by street and district, the communities side by side
         *     (admins: every community, or those of `district` / `street`; staff: the communities they serve).
         * @description The community statistics and the three lists rolled up by street and district, the communities side by side
         *     (admins: every community, or those of `district` / `street`; staff: the communities they serve).
         */
        get: operations["areaStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        /**
         * A team: its leaders and size; its members and join requests to its leaders and its community's staff.
         * @description A team: its leaders and size; its members and join requests to its leaders and its community's staff.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a team's name, description or leaders (staff of its community).
         * @description Change a team's name, description or leaders (staff of its community).
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/v1/teams/{team_id}/join": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask to join a team; a leader (or staff) approves it.
         * @description Ask to join a team; a leader (or staff) approves it.
         */
        post: operations["joinTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/members/{volunteer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
                volunteer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member or turn down a request (its leaders, staff); a volunteer may also leave on their own.
         * @description Remove a member or turn down a request (its leaders, staff); a volunteer may also leave on their own.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{team_id}/members/{volunteer_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                team_id: number;
                volunteer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Let a volunteer who asked into the team (its leaders, staff of its community).
         * @description Let a volunteer who asked into the team (its leaders, staff of its community).
         */
        post: operations["approveTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply to a community as a volunteer; the application waits for staff approval.
         * @description Apply to a community as a volunteer; the application waits for staff approval.
         */
        post: operations["applyAsVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{volunteer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        /**
         * One volunteer: skills, hours, ratings (staff of their community).
         * @description One volunteer: skills, hours, ratings (staff of their community).
         */
        get: operations["getVolunteer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{volunteer_id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application, or reinstate a suspended volunteer.
         * @description Approve an application, or reinstate a suspended volunteer.
         */
        post: operations["approveVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/{volunteer_id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a volunteer: they leave every search at once, the orders they hold go back to staff.
         * @description Suspend a volunteer: they leave every search at once, the orders they hold go back to staff.
         */
        post: operations["suspendVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's volunteer profile, with their star level and real-name registration (masked).
         * @description The caller's volunteer profile, with their star level and real-name registration (masked).
         */
        get: operations["getMyVolunteerProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Skills, availability, capacity, home, on duty and live location; real-name registration (实名) with
         *     `real_name`, `id_type`, `id_number` (409 `id_taken`, 422 `id_number_invalid`).
         * @description Skills, availability, capacity, home, on duty and live location; real-name registration (实名) with
         *     `real_name`, `id_type`, `id_number` (409 `id_taken`, 422 `id_number_invalid`).
         */
        patch: operations["updateMyVolunteerProfile"];
        trace?: never;
    };
    "/api/v1/volunteers/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activities you signed up for, latest first, with your place, minutes and status in each.
         * @description The activities you signed up for, latest first, with your place, minutes and status in each.
         */
        get: operations["listMyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A 志愿服务记录证明 of the caller's services from `from` to `to` (China days, both included), with its `code`,
         *     `pdf_url` and `verify_url`. Needs a real name (409 `real_name_required`).
         * @description A 志愿服务记录证明 of the caller's services from `from` to `to` (China days, both included), with its `code`,
         *     `pdf_url` and `verify_url`. Needs a real name (409 `real_name_required`).
         */
        post: operations["issueCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's service record (志愿服务记录): every service with its organisation, item and minutes, verified
         *     (system-recorded) and approved (by staff) kept apart, totals by year and in all, and the star level (星级).
         * @description The caller's service record (志愿服务记录): every service with its organisation, item and minutes, verified
         *     (system-recorded) and approved (by staff) kept apart, totals by year and in all, and the star level (星级).
         */
        get: operations["myRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your current offers and the orders you hold, soonest first (also while suspended: the orders released
         *     then are gone from it).
         * @description Your current offers and the orders you hold, soonest first (also while suspended: the orders released
         *     then are gone from it).
         */
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/volunteers/me/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The teams you are in or have asked to join, with your role in each.
         * @description The teams you are in or have asked to join, with your role in each.
         */
        get: operations["listMyTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service answers, and its database does too.
         * @description For load balancers and monitoring; no token needed.
         */
        get: operations["getHealth"];
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
        Acceptance: {
            /** @description Orders of the period that a volunteer accepted or claimed. */
            accepted: number;
            histogram: components["schemas"]["AcceptanceBin"][];
            /** @description From order to acceptance. */
            median_minutes: number | null;
        };
        AcceptanceBin: {
            max_minutes: number | null;
            min_minutes: number;
            orders: number;
        };
        Activity: {
            address: string;
            cancel_reason: string | null;
            /** Format: date-time */
            cancelled_at: string | null;
            category_id: number;
            /** Format: date-time */
            closed_at: string | null;
            community_id: number;
            /** Format: date-time */
            created_at: string;
            description: string;
            /** @description from the point asked about, in metres (nearby only) */
            distance_m?: number;
            /** Format: date-time */
            end: string;
            id: number;
            lat: number;
            lng: number;
            places_left: number;
            /** @description points per hour of verified or approved minutes (the activity's, or the community's rule) */
            points_per_hour: number;
            quota: number;
            /** @description confirmed places taken */
            signed_up: number;
            /** Format: date-time */
            signup_deadline: string;
            /** @description open, and before the sign-up deadline */
            signup_open: boolean;
            /** Format: date-time */
            start: string;
            /** @enum {string} */
            status: "open" | "closed" | "cancelled";
            team_id: number | null;
            title: string;
            waitlisted: number;
        };
        ActivityCancel: {
            reason: string;
        };
        /**
         * @example {
         *       "code": "482913",
         *       "lat": 29.5584,
         *       "lng": 106.5787
         *     }
         */
        ActivityCheck: {
            /** @description the sign-in code shown at the venue */
            code: string;
            lat: number;
            lng: number;
        };
        /**
         * @example {
         *       "address": "民生路滨江步道入口",
         *       "category_id": 9,
         *       "description": "捡拾垃圾，劝导文明游览",
         *       "end": "2026-12-05T12:00:00+08:00",
         *       "lat": 29.5583,
         *       "lng": 106.5786,
         *       "points_per_hour": 4,
         *       "quota": 15,
         *       "signup_deadline": "2026-12-04T20:00:00+08:00",
         *       "start": "2026-12-05T09:00:00+08:00",
         *       "title": "嘉陵江滨江步道清洁"
         *     }
         */
        ActivityCreate: {
            address: string;
            category_id: number;
            /** @default  */
            description?: string;
            /** Format: date-time */
            end: string;
            lat: number;
            lng: number;
            /** @description default: the community's points_per_hour rule */
            points_per_hour?: number | null;
            /** @description places; sign-ups beyond it wait on the waitlist (候补) */
            quota: number;
            /**
             * Format: date-time
             * @description default: the start
             */
            signup_deadline?: string;
            /** Format: date-time */
            start: string;
            /** @description a team's own activity: for its members only */
            team_id?: number | null;
            title: string;
        };
        ActivityList: {
            items: components["schemas"]["Activity"][];
        };
        ActivityStats: {
            /** @description Activities starting in the period. */
            activities: number;
            approved_minutes: number;
            by_status: {
                [key: string]: number;
            };
            /** @description Every team of the community. */
            by_team: components["schemas"]["TeamFigures"][];
            /** @description Verified plus approved minutes, in hours. */
            hours: number;
            /** @description Confirmed and never checked in (recorded at the close). */
            no_shows: number;
            /** @description Volunteers who checked in, each once. */
            participants: number;
            pending_review_minutes: number;
            /** @description Confirmed sign-ups, no-shows included. */
            places: number;
            verified_minutes: number;
            /** @description Sign-ups still on a waitlist. */
            waitlisted: number;
        };
        Actor: {
            /** @description null for the system (the scheduler) */
            id: number | null;
            /** @enum {string} */
            role: "resident" | "volunteer" | "staff" | "admin" | "system";
        };
        Adjustment: {
            amount: number;
            /** @default null */
            corrects_entry_id?: number | null;
            reason: string;
            volunteer_id: number;
        };
        AdjustmentResult: {
            balance: number;
            entry: components["schemas"]["LedgerEntry"];
            volunteer_id: number;
        };
        AreaCommunity: {
            acceptance: components["schemas"]["Acceptance"];
            completion: components["schemas"]["Completion"];
            hours: components["schemas"]["Hours"];
            id: number;
            lat: number;
            lng: number;
            name: string;
            orders: components["schemas"]["OrderStats"];
            points: components["schemas"]["PointsStats"];
            satisfaction: components["schemas"]["Satisfaction"];
            three_lists: components["schemas"]["ThreeListsRow"][];
            unmet_demand: components["schemas"]["UnmetDemand"];
        };
        AreaFigures: {
            acceptance: components["schemas"]["Acceptance"];
            completion: components["schemas"]["Completion"];
            hours: components["schemas"]["Hours"];
            orders: components["schemas"]["OrderStats"];
            points: components["schemas"]["PointsStats"];
            satisfaction: components["schemas"]["Satisfaction"];
            three_lists: components["schemas"]["ThreeListsRow"][];
            unmet_demand: components["schemas"]["UnmetDemand"];
        };
        AreaStats: {
            communities: number;
            district: string | null;
            districts: components["schemas"]["District"][];
            /** Format: date-time */
            from: string;
            street: string | null;
            timezone: string;
            /** Format: date-time */
            to: string;
            totals: components["schemas"]["AreaFigures"];
        };
        Assign: {
            /** @description a member of the team the order was handed to */
            volunteer_id: number;
        };
        AvailabilitySlot: {
            end: string;
            start: string;
            weekday: number;
        };
        Cancel: {
            reason: string;
        };
        Candidate: {
            distance_m: number;
            reasons: components["schemas"]["CandidateReasons"];
            score: number;
            volunteer: components["schemas"]["CandidateVolunteer"];
        };
        CandidateList: {
            items: components["schemas"]["Candidate"][];
        };
        CandidateReasons: {
            distance: components["schemas"]["DistanceReason"];
            fairness: components["schemas"]["FairnessReason"];
            radius: components["schemas"]["RadiusReason"];
            rating: components["schemas"]["RatingReason"];
            reliability: components["schemas"]["ReliabilityReason"];
        };
        CandidateVolunteer: {
            active_orders: number;
            approved_minutes: number;
            community_id: number;
            id: number;
            max_active_orders: number;
            name: string;
            on_duty: boolean;
            rating_count: number;
            /** @description null before the first rating */
            rating_mean: number | null;
            skills: components["schemas"]["Category"][];
            verified_minutes: number;
        };
        Category: {
            description: string;
            id: number;
            name: string;
        };
        CategoryInput: {
            /** @default  */
            description?: string;
            name: string;
        };
        CategoryList: {
            items: components["schemas"]["Category"][];
        };
        Certificate: {
            /** @description approved by staff */
            approved_hours: number;
            code: string;
            from: string;
            hours: number;
            /** @description masked */
            id_number: string;
            id_type: string;
            /** Format: date-time */
            issued_at: string;
            issuer: string;
            /** @description masked: 张* */
            name: string;
            organisations: components["schemas"]["CertificateOrganisation"][];
            pdf_url: string;
            /** Format: date-time */
            revoked_at: string | null;
            services: number;
            /** @description at issue */
            star_level: number;
            to: string;
            /** @description false once revoked */
            valid: boolean;
            /** @description system-recorded */
            verified_hours: number;
            verify_url: string;
        };
        CertificateIn: {
            /**
             * Format: date
             * @description first China day certified
             */
            from: string;
            /**
             * Format: date
             * @description last China day certified (included)
             */
            to: string;
        };
        CertificateOrganisation: {
            approved_hours: number;
            district: string;
            name: string;
            services: number;
            street: string;
            verified_hours: number;
        };
        /**
         * @example {
         *       "lat": 29.5584,
         *       "lng": 106.5787
         *     }
         */
        CheckIn: {
            lat: number;
            lng: number;
        };
        /**
         * @example {
         *       "lat": 29.5584,
         *       "lng": 106.5787,
         *       "service_code": "4821",
         *       "summary": "陪老人聊天一小时，检查了燃气阀门"
         *     }
         */
        CheckOut: {
            lat: number;
            lng: number;
            /** @description the 4 digits the resident gives at the end of the visit: their confirmation that it happened */
            service_code?: string;
            /** @default  */
            summary?: string;
        };
        Community: {
            city: string;
            /** @enum {string} */
            dispatch_policy: "manual" | "auto" | "batch";
            distance_m: number | null;
            district: string;
            id: number;
            lat: number;
            lng: number;
            name: string;
            radius_m: number;
            settings: components["schemas"]["CommunitySettings"];
            street: string;
        };
        CommunityInput: {
            /** @default  */
            city?: string;
            /**
             * @default manual
             * @enum {string}
             */
            dispatch_policy?: "manual" | "auto" | "batch";
            /** @default  */
            district?: string;
            lat: number;
            lng: number;
            name: string;
            /** @default 1500 */
            radius_m?: number;
            settings?: components["schemas"]["CommunitySettings"];
            /** @default  */
            street?: string;
        };
        CommunityList: {
            items: components["schemas"]["Community"][];
        };
        CommunityPatch: {
            city?: string;
            /** @enum {string} */
            dispatch_policy?: "manual" | "auto" | "batch";
            district?: string;
            lat?: number;
            lng?: number;
            name?: string;
            radius_m?: number;
            settings?: components["schemas"]["CommunitySettings"];
            street?: string;
        };
        CommunityRef: {
            id: number;
            name: string;
            /**
             * @description what the person is there: its staff, or its volunteer
             * @enum {string}
             */
            role: "staff" | "volunteer";
        };
        CommunitySettings: {
            batch_seconds?: number;
            /** @enum {string} */
            earning_rule?: "per_order" | "per_hour";
            max_auto_offers?: number;
            /** @description an accepted order not checked in this long after its window starts is a no-show (30) */
            no_show_minutes?: number;
            offer_minutes?: number;
            points_expiry_months?: number | null;
            points_per_hour?: number;
            rating_bonus?: number;
            /** @description where recurring services' local times are read (Asia/Shanghai unless set) */
            time_zone?: string;
            weight_distance?: number;
            weight_fairness?: number;
            weight_rating?: number;
            weight_reliability?: number;
        };
        CommunityStats: {
            acceptance: components["schemas"]["Acceptance"];
            /** @description Activities (招募) and teams (志愿队伍) of the period. */
            activities: components["schemas"]["ActivityStats"];
            community: components["schemas"]["StatsCommunity"];
            completion: components["schemas"]["Completion"];
            /** Format: date-time */
            from: string;
            hours: components["schemas"]["Hours"];
            orders: components["schemas"]["OrderStats"];
            points: components["schemas"]["PointsStats"];
            satisfaction: components["schemas"]["Satisfaction"];
            three_lists: components["schemas"]["ThreeListsRow"][];
            timezone: string;
            /** Format: date-time */
            to: string;
            unmet_demand: components["schemas"]["UnmetDemand"];
        };
        Completion: {
            /** @description Orders of the period that are completed, rated, cancelled or expired. */
            ended: number;
            /** @description served / ended; null when none ended. */
            rate: number | null;
            /** @description Of those, completed or rated. */
            served: number;
        };
        Decline: {
            /** @default  */
            reason?: string;
        };
        /**
         * @example {
         *       "volunteer_id": 3
         *     }
         */
        Dispatch: {
            auto?: boolean;
            /** @description hand the order to a team of its community: its leaders assign a member */
            team_id?: number;
            volunteer_id?: number;
        };
        DistanceReason: {
            /**
             * @description the volunteer's live location, or their home
             * @enum {string}
             */
            from: "live" | "home";
            metres: number;
            score: number;
            weight: number;
        };
        District: {
            communities: number;
            district: string;
            streets: components["schemas"]["Street"][];
            totals: components["schemas"]["AreaFigures"];
        };
        Event: {
            actor: components["schemas"]["Actor"];
            /** Format: date-time */
            at: string;
            /** @description null on the order's first event */
            from: ("pending" | "offered" | "accepted" | "in_service" | "completed" | "rated" | "cancelled" | "expired") | null;
            /** @description In the reader's language; a person's words as typed. */
            note: string;
            /** @enum {string} */
            to: "pending" | "offered" | "accepted" | "in_service" | "completed" | "rated" | "cancelled" | "expired";
        };
        FairnessReason: {
            orders_last_30_days: number;
            score: number;
            weight: number;
        };
        FollowUp: {
            /** Format: date-time */
            closed_at: string | null;
            community_id: number;
            /** Format: date-time */
            created_at: string;
            id: number;
            order_id: number;
            outcome: string | null;
            stars: number;
            /** @enum {string} */
            status: "open" | "closed";
        };
        FollowUpClose: {
            outcome: string;
        };
        FollowUpList: {
            items: components["schemas"]["FollowUp"][];
        };
        /**
         * @example {
         *       "db": "ok",
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            db: "ok" | "unreachable";
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        Hours: {
            approved_hours: number;
            /** @description Approved by staff after review (kept apart). */
            approved_minutes: number;
            pending_review_minutes: number;
            per_day: components["schemas"]["HoursPerDay"][];
            rejected_minutes: number;
            verified_hours: number;
            /** @description Verified by location at check-in and check-out, for services completed in the period. */
            verified_minutes: number;
        };
        HoursPerDay: {
            approved_minutes: number;
            /** Format: date */
            date: string;
            verified_minutes: number;
        };
        Identity: {
            /** @description masked: 5101**********123X */
            id_number: string;
            id_type: string;
            id_type_name: string;
            real_name: string;
            /** Format: date-time */
            registered_at: string;
        };
        LeaderboardEntry: {
            name: string;
            /** @description Points earned in the period. */
            points: number;
            rank: number;
            volunteer_id: number;
        };
        LeaderboardEntryList: {
            items: components["schemas"]["LeaderboardEntry"][];
        };
        LedgerEntry: {
            activity_id: number | null;
            /** @description The staff member who made it, if any. */
            adjusted_by: number | null;
            adjusted_by_name: string | null;
            amount: number;
            corrects_entry_id: number | null;
            /** Format: date-time */
            created_at: string;
            id: number;
            /** @enum {string} */
            kind: "completion" | "rating_bonus" | "activity" | "adjustment" | "redemption" | "redemption_refund" | "reversal" | "expiry";
            order_id: number | null;
            /** @description In the reader's language (Accept-Language). */
            reason: string;
            redemption_id: number | null;
        };
        LedgerEntryList: {
            items: components["schemas"]["LedgerEntry"][];
        };
        /**
         * @example {
         *       "password": "demo12345",
         *       "phone": "13800000001"
         *     }
         */
        Login: {
            password: string;
            phone: string;
        };
        Membership: {
            /** Format: date-time */
            approved_at: string | null;
            community_id: number;
            /** Format: date-time */
            requested_at: string;
            /** @enum {string} */
            role: "leader" | "member";
            /** @enum {string} */
            status: "pending" | "approved";
            team_id: number;
            team_name: string;
        };
        MembershipList: {
            items: components["schemas"]["Membership"][];
        };
        Menu: {
            community: components["schemas"]["Community"];
            items: components["schemas"]["MenuItem"][];
        };
        MenuItem: {
            active: boolean;
            /** Format: date-time */
            archived_at: string | null;
            category: components["schemas"]["Category"];
            category_id: number;
            community_id: number;
            description: string;
            expected_minutes: number;
            id: number;
            name: string;
            offer_minutes: number | null;
            points: number;
            radius_m: number | null;
            /** @description 紧急求助: its orders are offered to the best 3 at once, for 3 minutes; staff are told at once */
            urgent: boolean;
        };
        MenuItemInput: {
            category_id: number;
            /** @default  */
            description?: string;
            expected_minutes: number;
            name: string;
            offer_minutes?: number | null;
            points: number;
            radius_m?: number | null;
            /**
             * @description 紧急求助: its orders are offered to the best 3 at once, for 3 minutes; staff are told at once
             * @default false
             */
            urgent?: boolean;
        };
        MenuItemList: {
            items: components["schemas"]["MenuItem"][];
        };
        MenuItemPatch: {
            category_id?: number;
            description?: string;
            expected_minutes?: number;
            name?: string;
            offer_minutes?: number | null;
            points?: number;
            radius_m?: number | null;
            urgent?: boolean;
        };
        MePatch: {
            current_password?: string;
            name?: string;
            new_password?: string;
        };
        MinutesReview: {
            approve: boolean;
            minutes?: number;
            /** @default  */
            note?: string;
        };
        MySignup: {
            activity: components["schemas"]["Activity"];
            activity_id: number;
            /** Format: date-time */
            cancelled_at: string | null;
            /** Format: date-time */
            check_in_at: string | null;
            /** @description the sign-in code was valid */
            check_in_code_ok: boolean | null;
            check_in_distance_m: number | null;
            /** Format: date-time */
            check_out_at: string | null;
            check_out_code_ok: boolean | null;
            check_out_distance_m: number | null;
            /** Format: date-time */
            confirmed_at: string | null;
            id: number;
            /** @description null until checked out (or the activity closed) */
            minutes_status: ("verified" | "pending_review" | "approved" | "rejected" | "voided") | null;
            /** @description place on the waitlist, from 1 (else null) */
            position: number | null;
            /** @description why the minutes wait for a staff decision; `unconfirmed`: a sign-in code missing, wrong or expired */
            review_reasons: ("far_from_address" | "outside_window" | "too_short" | "unconfirmed" | "no_check_out")[];
            service_minutes: number | null;
            /** Format: date-time */
            signed_up_at: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled" | "no_show";
            volunteer_id: number;
            volunteer_name: string;
        };
        MySignupList: {
            items: components["schemas"]["MySignup"][];
        };
        NextStar: {
            hours: number;
            hours_to_go: number;
            star_level: number;
        };
        Notification: {
            /** @description In the reader's language. */
            body: string;
            /** Format: date-time */
            created_at: string;
            /** @description order_id and the like, for links */
            data: {
                [key: string]: unknown;
            };
            /** @description offer_created, order_accepted, ... */
            event: string;
            id: number;
            /** Format: date-time */
            read_at: string | null;
            /** @description In the reader's language. */
            title: string;
        };
        NotificationList: {
            items: components["schemas"]["Notification"][];
        };
        /**
         * @example {
         *       "created_at": "2026-12-01T08:02:00+00:00",
         *       "deadline": "2026-12-01T08:17:00+00:00",
         *       "id": 5,
         *       "order_id": 42,
         *       "status": "pending",
         *       "volunteer_id": 3
         *     }
         */
        Offer: {
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            deadline: string;
            id: number;
            order_id: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
            volunteer_id: number;
        };
        OfferRef: {
            /** Format: date-time */
            deadline: string;
            id: number;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "expired" | "withdrawn";
            volunteer_id: number;
            volunteer_name: string;
        };
        /**
         * @example {
         *       "accepted_at": "2026-12-01T08:05:00+00:00",
         *       "address": "民生路 88 号 3 单元 2 楼",
         *       "attention_reason": null,
         *       "cancel_reason": null,
         *       "category_id": 1,
         *       "check_in_at": null,
         *       "check_out_at": null,
         *       "community_id": 1,
         *       "completed_at": null,
         *       "created_at": "2026-12-01T08:00:00+00:00",
         *       "events": [
         *         {
         *           "actor": {
         *             "id": 7,
         *             "role": "resident"
         *           },
         *           "at": "2026-12-01T08:00:00+00:00",
         *           "from": null,
         *           "note": "",
         *           "to": "pending"
         *         },
         *         {
         *           "actor": {
         *             "id": 2,
         *             "role": "staff"
         *           },
         *           "at": "2026-12-01T08:02:00+00:00",
         *           "from": "pending",
         *           "note": "",
         *           "to": "offered"
         *         },
         *         {
         *           "actor": {
         *             "id": 9,
         *             "role": "volunteer"
         *           },
         *           "at": "2026-12-01T08:05:00+00:00",
         *           "from": "offered",
         *           "note": "",
         *           "to": "accepted"
         *         }
         *       ],
         *       "expected_minutes": 60,
         *       "id": 42,
         *       "item_name": "上门探访独居老人",
         *       "lat": 29.5583,
         *       "lng": 106.5786,
         *       "location_precision": "exact",
         *       "menu_item_id": 1,
         *       "minutes_status": null,
         *       "needs_attention": false,
         *       "note": "老人耳背，请多敲门",
         *       "offer": null,
         *       "offers_made": 1,
         *       "points": 10,
         *       "radius_m": 1500,
         *       "rating": null,
         *       "resident": {
         *         "elderly_living_alone": true,
         *         "id": 7,
         *         "name": "王秀英",
         *         "phone": "13800000002"
         *       },
         *       "review_reasons": [],
         *       "series_id": null,
         *       "service_code": "4821",
         *       "service_minutes": null,
         *       "status": "accepted",
         *       "summary": null,
         *       "team_id": null,
         *       "urgent": false,
         *       "volunteer": {
         *         "id": 3,
         *         "name": "李建国"
         *       },
         *       "window_end": "2026-12-02T03:00:00+00:00",
         *       "window_start": "2026-12-02T01:00:00+00:00"
         *     }
         */
        Order: {
            /** Format: date-time */
            accepted_at: string | null;
            address: string | null;
            /** @description why staff should look: dispatch_gave_up, no_candidates, released, no_show, no_check_out, offer_lapsed (a manual community), volunteer_suspended; null otherwise */
            attention_reason: ("dispatch_gave_up" | "no_candidates" | "released" | "no_show" | "no_check_out" | "offer_lapsed" | "volunteer_suspended") | null;
            cancel_reason: string | null;
            category_id: number;
            /** Format: date-time */
            check_in_at: string | null;
            /** Format: date-time */
            check_out_at: string | null;
            community_id: number;
            /** Format: date-time */
            completed_at: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description from the point asked about to the coarse point, in whole hundreds of metres (the open pool only) */
            distance_m?: number;
            events: components["schemas"]["Event"][];
            expected_minutes: number;
            id: number;
            item_name: string;
            lat: number;
            lng: number;
            /**
             * @description exact, or coarse (an H3 resolution-8 cell's centre)
             * @enum {string}
             */
            location_precision: "exact" | "coarse";
            menu_item_id: number;
            /** @description null until checked out */
            minutes_status: ("verified" | "pending_review" | "approved" | "rejected" | "voided") | null;
            needs_attention: boolean;
            /** @description only to staff, the resident and the holder */
            note: string | null;
            offer: components["schemas"]["OfferRef"] | null;
            offers_made: number;
            points: number;
            /** @description matching radius for this order */
            radius_m: number;
            rating: components["schemas"]["Rating"] | null;
            resident: components["schemas"]["Person"];
            /** @description why the minutes wait for a staff decision */
            review_reasons: ("far_from_address" | "outside_window" | "too_short" | "unconfirmed" | "no_check_out")[];
            /** @description the recurring service (每周探访) this order is one occurrence of, if any */
            series_id: number | null;
            /** @description the resident's 4-digit code; only to the resident and the staff who ordered for them */
            service_code: string | null;
            service_minutes: number | null;
            /** @enum {string} */
            status: "pending" | "offered" | "accepted" | "in_service" | "completed" | "rated" | "cancelled" | "expired";
            summary: string | null;
            /** @description the team it was handed to, if any */
            team_id: number | null;
            /** @description 紧急求助: offered to the best 3 at once, first to accept wins */
            urgent: boolean;
            volunteer: components["schemas"]["Person"] | null;
            /** Format: date-time */
            window_end: string;
            /** Format: date-time */
            window_start: string;
        };
        /**
         * @example {
         *       "address": "民生路 88 号 3 单元 2 楼",
         *       "lat": 29.5583,
         *       "lng": 106.5786,
         *       "menu_item_id": 1,
         *       "note": "老人耳背，请多敲门",
         *       "window_end": "2026-12-02T03:00:00+00:00",
         *       "window_start": "2026-12-02T01:00:00+00:00"
         *     }
         */
        OrderCreate: {
            address: string;
            lat: number;
            lng: number;
            menu_item_id: number;
            /** @default  */
            note?: string;
            /** @description staff ordering for a resident (代点单) */
            resident_id?: number;
            /** Format: date-time */
            window_end: string;
            /** Format: date-time */
            window_start: string;
        };
        OrderList: {
            items: components["schemas"]["Order"][];
        };
        OrdersPerDay: {
            by_status: {
                [key: string]: number;
            };
            /** Format: date */
            date: string;
            total: number;
        };
        OrderStats: {
            by_status: {
                [key: string]: number;
            };
            /** @description Every China day of the period, by the day the order was created, each order in its status now. */
            per_day: components["schemas"]["OrdersPerDay"][];
            /** @description Orders created in the period. */
            total: number;
        };
        OrganisationRef: {
            id: number;
            name: string;
        };
        /**
         * @description The `X-Pagination` header of every list, as JSON.
         * @example {
         *       "page": 1,
         *       "page_size": 20,
         *       "total": 42,
         *       "total_pages": 3
         *     }
         */
        Pagination: {
            page: number;
            page_size: number;
            total: number;
            total_pages: number;
        };
        Person: {
            elderly_living_alone?: boolean;
            /** @description null for anyone not holding the order */
            id: number | null;
            /** @description surname and honorific for anyone not holding the order */
            name: string;
            /** @description only to staff, the resident, and the volunteer holding it */
            phone?: string | null;
        };
        PersonalData: {
            /** @description phone, name, roles, WeChat identity, communities */
            account: unknown;
            generated_at: string;
            /** @description every read of the unmasked ID number: who, when, why */
            id_number_reads: unknown;
            /** @description real name and the unmasked ID number (this read is audited) */
            identity: unknown;
            notifications: unknown;
            /** @description recurring services (每周探访) for them, with their addresses */
            order_series: unknown;
            /** @description as a resident, with addresses and ratings given */
            orders_placed: unknown;
            sign_ins: unknown;
            /** @description profile, service record, orders served, offers, ratings received, points and their entries, redemptions, certificates */
            volunteer: unknown;
        };
        PhoneBound: {
            communities: components["schemas"]["CommunityRef"][];
            /** Format: date-time */
            created_at: string;
            elderly_living_alone: boolean;
            id: number;
            name: string;
            phone: string | null;
            roles: ("resident" | "volunteer" | "staff" | "admin")[];
            /** @description Set when the number belonged to an account without a WeChat identity (a resident staff registered) and the caller's account was new: the WeChat identity joined that account, the caller's tokens stopped working, and these sign in to the joined account. */
            tokens: components["schemas"]["TokenPair"] | null;
        };
        PointsPerDay: {
            /** Format: date */
            date: string;
            issued: number;
            redeemed: number;
        };
        PointsReversal: {
            awarded: number;
            community_id: number;
            /** Format: date-time */
            created_at: string;
            created_by_id: number | null;
            entry_ids: number[];
            order_id: number;
            reason: string;
            reversed: number;
            /** @description Points already spent, so not taken back. */
            shortfall: number;
            volunteer_id: number | null;
        };
        PointsReversalIn: {
            reason: string;
        };
        PointsReversalList: {
            items: components["schemas"]["PointsReversal"][];
        };
        PointsStats: {
            expired: number;
            /** @description Awards and adjustments, net of reversals, in the period. */
            issued: number;
            per_day: components["schemas"]["PointsPerDay"][];
            /** @description Spent in the community's shop, net of refunds. */
            redeemed: number;
        };
        /**
         * @example {
         *       "balance": 130,
         *       "earned_total": 250,
         *       "expired_total": 0,
         *       "rank": 3,
         *       "rank_period": "2026-12",
         *       "redeemed_total": 120,
         *       "verified_minutes": 1260
         *     }
         */
        PointsSummary: {
            balance: number;
            /** @description Awards and adjustments, net of reversals. */
            earned_total: number;
            expired_total: number;
            /** @description Place in the volunteer's community by points earned this month (China time); ties share a place; null while the volunteer is not approved. */
            rank: number | null;
            rank_period: string;
            /** @description Redemptions, net of refunds. */
            redeemed_total: number;
            verified_minutes: number;
        };
        /**
         * @description RFC 9457 problem details. Switch on `code`, a stable snake_case string; each operation lists the codes each of its statuses can carry.
         * @example {
         *       "code": "order_not_offered",
         *       "detail": "The order has no open offer.",
         *       "request_id": "5f0c8e6b9d6f4b6f8d1e2a3b4c5d6e7f",
         *       "status": 409,
         *       "title": "Conflict",
         *       "type": "https://docs.volunteer.example/problems/order_not_offered"
         *     }
         */
        Problem: {
            /** @description What went wrong, for programs. */
            code: string;
            /** @description For people; do not parse. */
            detail: string;
            /** @description On validation failures: messages by field (`items.0.name` for nested fields, `_schema` for the whole body). */
            errors?: {
                [key: string]: string[];
            };
            /** @description Quote it when reporting a problem. */
            request_id?: string;
            /** @description The HTTP status, repeated. */
            status: number;
            title: string;
            /** @description A URI naming the problem. */
            type: string;
        };
        RadiusReason: {
            metres: number;
            /** @description nobody within the order's radius: searched 3,000 m */
            widened: boolean;
        };
        /**
         * @example {
         *       "automatic": false,
         *       "comment": "小李很耐心",
         *       "created_at": "2026-12-01T10:30:00+00:00",
         *       "stars": 5,
         *       "tags": []
         *     }
         */
        Rating: {
            automatic: boolean;
            comment: string;
            /** Format: date-time */
            created_at: string;
            stars: number;
            tags: ("准时" | "专业" | "耐心" | "热情" | "细心" | "沟通顺畅" | "迟到" | "态度差" | "未完成服务")[];
        };
        /**
         * @example {
         *       "comment": "小李很耐心",
         *       "stars": 5,
         *       "tags": []
         *     }
         */
        RatingInput: {
            /** @default  */
            comment?: string;
            stars: number;
            tags?: ("准时" | "专业" | "耐心" | "热情" | "细心" | "沟通顺畅" | "迟到" | "态度差" | "未完成服务")[];
        };
        RatingReason: {
            bayesian_mean: number;
            ratings: number;
            score: number;
            weight: number;
        };
        Reassign: {
            reason: string;
            volunteer_id: number;
        };
        Record: {
            by_year: components["schemas"]["YearTotals"][];
            next_star_level: components["schemas"]["NextStar"] | null;
            services: components["schemas"]["Service"][];
            /** @description 0 to 5, by verified plus approved hours */
            star_level: number;
            star_level_hours: number[];
            totals: components["schemas"]["Totals"];
            volunteer_id: number;
            year: number | null;
        };
        Redeem: {
            /** @default 1 */
            quantity?: number;
            reward_id: number;
        };
        Redemption: {
            cancel_reason: string | null;
            /** Format: date-time */
            cancelled_at: string | null;
            community_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            fulfilled_at: string | null;
            id: number;
            /** @description Shown to the volunteer who redeemed, who shows it at pickup; null for staff. */
            pickup_code: string | null;
            /** @description 5 wrong pickup codes were given: staff must issue a new code (POST /redemptions/{id}/pickup-code) before it can be collected. */
            pickup_locked: boolean;
            points: number;
            quantity: number;
            reward_id: number;
            reward_name: string;
            /** @enum {string} */
            status: "pending" | "fulfilled" | "cancelled";
            /** @description Who redeemed it, and so who collects it. */
            volunteer: components["schemas"]["RedemptionVolunteer"];
            volunteer_id: number;
        };
        RedemptionCancel: {
            /** @default null */
            reason?: string | null;
        };
        RedemptionFulfill: {
            pickup_code: string;
        };
        RedemptionList: {
            items: components["schemas"]["Redemption"][];
        };
        RedemptionVolunteer: {
            id: number;
            name: string;
        };
        Refresh: {
            refresh_token: string;
        };
        Release: {
            reason: string;
        };
        ReliabilityReason: {
            /** @description activity places confirmed and never taken up, and accepted orders never come to */
            no_shows: number;
            offers_accepted: number;
            offers_received: number;
            /** @description accepted orders handed back before the service; each takes its acceptance back */
            releases: number;
            score: number;
            weight: number;
        };
        Resident: {
            elderly_living_alone: boolean;
            id: number;
            name: string;
            phone: string;
        };
        ResidentCreate: {
            /** @default false */
            elderly_living_alone?: boolean;
            name: string;
            phone: string;
        };
        ResidentList: {
            items: components["schemas"]["Resident"][];
        };
        RevokeIn: {
            /** @default  */
            reason?: string;
        };
        Reward: {
            active: boolean;
            community_id: number;
            cost_points: number;
            /** Format: date-time */
            created_at: string;
            description: string;
            id: number;
            name: string;
            stock: number;
            /** Format: date-time */
            updated_at: string;
        };
        RewardInput: {
            /** @default true */
            active?: boolean;
            cost_points: number;
            /** @default  */
            description?: string;
            name: string;
            /** @default 0 */
            stock?: number;
        };
        RewardList: {
            items: components["schemas"]["Reward"][];
        };
        RewardPatch: {
            active?: boolean;
            cost_points?: number;
            description?: string;
            name?: string;
            /** @description What is left now; redemptions in flight are kept. */
            stock?: number;
        };
        Satisfaction: {
            /** @description Automatic 5-star ratings after 7 days, not in the mean. */
            automatic: number;
            by_stars: {
                [key: string]: number;
            };
            /** @description Ratings of 1 or 2 stars (each gets a follow-up). */
            low: number;
            mean_stars: number | null;
            /** @description Follow-ups open now, whenever they were opened. */
            open_follow_ups: number;
            /** @description Ratings residents gave in the period (not automatic). */
            ratings: number;
        };
        Series: {
            address: string;
            community_id: number;
            /** Format: date-time */
            created_at: string;
            created_by_id: number;
            duration_minutes: number;
            every_weeks: number;
            id: number;
            item_name: string;
            lat: number;
            lng: number;
            menu_item_id: number;
            /** Format: date */
            next_occurrence_on: string | null;
            note: string;
            orders_placed: number;
            preferred_volunteer_id: number | null;
            resident_id: number;
            start_time: string;
            /**
             * Format: date
             * @description the first occurrence's date
             */
            starts_on: string;
            /** @enum {string} */
            status: "active" | "stopped";
            /** Format: date-time */
            stopped_at: string | null;
            time_zone: string;
            /** Format: date */
            until: string;
            weekday: number;
        };
        SeriesCreate: {
            address: string;
            duration_minutes: number;
            /**
             * @description 1: every week, 2: every other week...
             * @default 1
             */
            every_weeks?: number;
            lat: number;
            lng: number;
            menu_item_id: number;
            /** @default  */
            note?: string;
            /** @description the paired volunteer (结对): approved, of the community; gets each occurrence's first offer */
            preferred_volunteer_id?: number | null;
            /** @description staff: the resident of your community it is for (代点单) */
            resident_id?: number;
            /**
             * @description HH:MM in the community's time zone (Asia/Shanghai unless set)
             * @example 09:30
             */
            start_time: string;
            /**
             * Format: date
             * @description the last day an occurrence may fall on (included)
             */
            until: string;
            /** @description 1 = Monday .. 7 = Sunday */
            weekday: number;
        };
        SeriesList: {
            items: components["schemas"]["Series"][];
        };
        Service: {
            category: string | null;
            /**
             * Format: date
             * @description China date the service ended
             */
            date: string;
            /** Format: date-time */
            ended_at: string;
            hours: number;
            item: string;
            minutes: number;
            /** @description verified (system-recorded) or approved (by staff) */
            minutes_status: string;
            organisation: components["schemas"]["OrganisationRef"];
            /**
             * @description order (source_id: the order) or activity (source_id: the sign-up)
             * @enum {string}
             */
            source: "order" | "activity";
            source_id: number;
            /** Format: date-time */
            started_at: string | null;
        };
        SignInCode: {
            activity_id: number;
            /** @description 6 digits, a new one every period */
            code: string;
            /**
             * Format: date-time
             * @description when the next code replaces it (it is still accepted one period more)
             */
            expires_at: string;
            period_seconds: number;
            /** @description the QR code's payload: the sign-in link with the code */
            qr: string;
            /** @description the QR code as an SVG image */
            qr_svg: string;
        };
        /**
         * @example {
         *       "activity_id": 7,
         *       "cancelled_at": null,
         *       "check_in_at": null,
         *       "check_in_code_ok": null,
         *       "check_in_distance_m": null,
         *       "check_out_at": null,
         *       "check_out_code_ok": null,
         *       "check_out_distance_m": null,
         *       "confirmed_at": null,
         *       "id": 31,
         *       "minutes_status": null,
         *       "position": 2,
         *       "review_reasons": [],
         *       "service_minutes": null,
         *       "signed_up_at": "2026-12-01T08:00:00+00:00",
         *       "status": "waitlisted",
         *       "volunteer_id": 3,
         *       "volunteer_name": "李建国"
         *     }
         */
        Signup: {
            activity_id: number;
            /** Format: date-time */
            cancelled_at: string | null;
            /** Format: date-time */
            check_in_at: string | null;
            /** @description the sign-in code was valid */
            check_in_code_ok: boolean | null;
            check_in_distance_m: number | null;
            /** Format: date-time */
            check_out_at: string | null;
            check_out_code_ok: boolean | null;
            check_out_distance_m: number | null;
            /** Format: date-time */
            confirmed_at: string | null;
            id: number;
            /** @description null until checked out (or the activity closed) */
            minutes_status: ("verified" | "pending_review" | "approved" | "rejected" | "voided") | null;
            /** @description place on the waitlist, from 1 (else null) */
            position: number | null;
            /** @description why the minutes wait for a staff decision; `unconfirmed`: a sign-in code missing, wrong or expired */
            review_reasons: ("far_from_address" | "outside_window" | "too_short" | "unconfirmed" | "no_check_out")[];
            service_minutes: number | null;
            /** Format: date-time */
            signed_up_at: string;
            /** @enum {string} */
            status: "confirmed" | "waitlisted" | "cancelled" | "no_show";
            volunteer_id: number;
            volunteer_name: string;
        };
        SignupList: {
            items: components["schemas"]["Signup"][];
        };
        SignupMinutesReview: {
            approve: boolean;
            /** @description the minutes to approve (default: those recorded), capped at twice the activity's length */
            minutes?: number;
        };
        StatsCommunity: {
            id: number;
            lat: number;
            lng: number;
            name: string;
            radius_m: number;
        };
        Street: {
            communities: number;
            /** @description its communities, side by side */
            items: components["schemas"]["AreaCommunity"][];
            street: string;
            totals: components["schemas"]["AreaFigures"];
        };
        Suspend: {
            /** @default  */
            reason?: string;
        };
        Task: {
            /**
             * @description offer (answer it) or order (held: serve it)
             * @enum {string}
             */
            kind: "offer" | "order";
            /** Format: date-time */
            offer_deadline: string | null;
            order: components["schemas"]["Order"];
        };
        TaskList: {
            items: components["schemas"]["Task"][];
        };
        Team: {
            community_id: number;
            /** Format: date-time */
            created_at: string;
            description: string;
            id: number;
            leaders: components["schemas"]["TeamLeader"][];
            /** @description approved members, leaders included */
            member_count: number;
            /** @description members and join requests: only to the team's leaders and its community's staff (else null) */
            members: components["schemas"]["TeamMember"][] | null;
            name: string;
        };
        TeamCreate: {
            /** @default  */
            description?: string;
            /** @description volunteers (approved, of the community) who lead the team (队长) */
            leader_ids?: number[];
            name: string;
        };
        TeamFigures: {
            /** @description Activities starting in the period. */
            activities: number;
            approved_minutes: number;
            /** @description Verified plus approved minutes, in hours. */
            hours: number;
            /** @description Approved members now, leaders included. */
            members: number;
            name: string;
            /** @description Volunteers who checked in, each once. */
            participants: number;
            /** @description Confirmed sign-ups, no-shows included. */
            places: number;
            team_id: number;
            verified_minutes: number;
        };
        TeamLeader: {
            name: string;
            volunteer_id: number;
        };
        TeamList: {
            items: components["schemas"]["Team"][];
        };
        TeamMember: {
            /** Format: date-time */
            approved_at: string | null;
            community_id: number;
            name: string;
            /** Format: date-time */
            requested_at: string;
            /** @enum {string} */
            role: "leader" | "member";
            /**
             * @description pending: asked to join, waiting for a leader or staff
             * @enum {string}
             */
            status: "pending" | "approved";
            volunteer_id: number;
        };
        TeamPatch: {
            description?: string;
            /** @description exactly these volunteers lead the team; leaders left out become members */
            leader_ids?: number[];
            name?: string;
        };
        ThreeListsRow: {
            category_id: number;
            /** @description Over a quarter of its orders went unmet, or it has orders and nobody with the skill. */
            gap: boolean;
            /** @description Service: active menu items. */
            menu_items: number;
            name: string;
            /** @description Demand: orders of the period. */
            orders: number;
            unmet: number;
            /** @description Resources: approved volunteers with this skill. */
            volunteers: number;
            volunteers_on_duty: number;
        };
        TokenPair: {
            access_token: string;
            expires_in: number;
            refresh_token: string;
            token_type: string;
        };
        Tokens: {
            access_token: string;
            expires_in: number;
            refresh_token: string;
            token_type: string;
            user: components["schemas"]["User"];
        };
        Totals: {
            approved_hours: number;
            approved_minutes: number;
            hours: number;
            minutes: number;
            services: number;
            verified_hours: number;
            verified_minutes: number;
        };
        UnmetCategory: {
            by_reason: {
                [key: string]: number;
            };
            category_id: number;
            name: string;
            orders: number;
        };
        UnmetCell: {
            /** @description [[lat, lng], ...] vertices. */
            boundary: number[][];
            /** @description H3 cell index. */
            cell: string;
            /** @description The cell's centre. */
            lat: number;
            lng: number;
            orders: number;
        };
        UnmetDemand: {
            by_category: components["schemas"]["UnmetCategory"][];
            by_cell: components["schemas"]["UnmetCell"][];
            by_reason: {
                [key: string]: number;
            };
            h3_resolution: number;
            total: number;
        };
        User: {
            communities: components["schemas"]["CommunityRef"][];
            /** Format: date-time */
            created_at: string;
            elderly_living_alone: boolean;
            id: number;
            name: string;
            phone: string | null;
            roles: ("resident" | "volunteer" | "staff" | "admin")[];
        };
        Volunteer: {
            active_orders: number;
            /** Format: date-time */
            applied_at: string;
            /** Format: date-time */
            approved_at: string | null;
            approved_minutes: number;
            availability: components["schemas"]["AvailabilitySlot"][];
            community_id: number;
            home_lat: number;
            home_lng: number;
            id: number;
            /** Format: date-time */
            live_at: string | null;
            live_lat: number | null;
            live_lng: number | null;
            max_active_orders: number;
            name: string;
            /** @description activity places confirmed and never taken up, and accepted orders never come to */
            no_shows: number;
            offers_accepted: number;
            offers_received: number;
            on_duty: boolean;
            rating_count: number;
            /** @description null before the first rating */
            rating_mean: number | null;
            /** @description accepted orders handed back before the service (a no-show is one too) */
            releases: number;
            skills: components["schemas"]["Category"][];
            /** @enum {string} */
            status: "pending" | "approved" | "suspended";
            /** Format: date-time */
            suspended_at: string | null;
            suspended_reason: string | null;
            user_id: number;
            verified_minutes: number;
        };
        VolunteerApply: {
            availability?: components["schemas"]["AvailabilitySlot"][];
            community_id: number;
            home_lat: number;
            home_lng: number;
            /** @default 1 */
            max_active_orders?: number;
            name?: string;
            skills: number[];
        };
        VolunteerList: {
            items: components["schemas"]["Volunteer"][];
        };
        VolunteerMe: {
            active_orders: number;
            /** Format: date-time */
            applied_at: string;
            /** Format: date-time */
            approved_at: string | null;
            approved_minutes: number;
            availability: components["schemas"]["AvailabilitySlot"][];
            community_id: number;
            home_lat: number;
            home_lng: number;
            id: number;
            /** @description real-name registration (实名), the ID number masked; null before it */
            identity: components["schemas"]["Identity"] | null;
            /** Format: date-time */
            live_at: string | null;
            live_lat: number | null;
            live_lng: number | null;
            max_active_orders: number;
            name: string;
            /** @description activity places confirmed and never taken up, and accepted orders never come to */
            no_shows: number;
            offers_accepted: number;
            offers_received: number;
            on_duty: boolean;
            rating_count: number;
            /** @description null before the first rating */
            rating_mean: number | null;
            /** @description accepted orders handed back before the service (a no-show is one too) */
            releases: number;
            skills: components["schemas"]["Category"][];
            /** @description 星级, 0 to 5 */
            star_level: number;
            /** @enum {string} */
            status: "pending" | "approved" | "suspended";
            /** Format: date-time */
            suspended_at: string | null;
            suspended_reason: string | null;
            user_id: number;
            verified_minutes: number;
        };
        VolunteerPatch: {
            availability?: components["schemas"]["AvailabilitySlot"][];
            home_lat?: number;
            home_lng?: number;
            /** @description 证件号码; an 18-digit resident ID must pass its check digit. Stored encrypted; every response shows it masked. */
            id_number?: string;
            /**
             * @description 证件类型: resident_id (居民身份证), residence_permit (港澳台居民居住证), hk_macao_pass (港澳居民来往内地通行证), taiwan_pass (台湾居民来往大陆通行证), passport (护照), foreign_permanent_id (外国人永久居留身份证)
             * @enum {string}
             */
            id_type?: "resident_id" | "residence_permit" | "hk_macao_pass" | "taiwan_pass" | "passport" | "foreign_permanent_id";
            /** @description live location (with lng) */
            lat?: number;
            lng?: number;
            max_active_orders?: number;
            on_duty?: boolean;
            /** @description 姓名, as on the ID */
            real_name?: string;
            skills?: number[];
        };
        WeChatCode: {
            /** @description The code from wx.login (sign-in) or the phone button (binding). */
            code: string;
        };
        YearTotals: {
            approved_hours: number;
            approved_minutes: number;
            hours: number;
            minutes: number;
            services: number;
            verified_hours: number;
            verified_minutes: number;
            year: number;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
         * @example en
         */
        AcceptLanguage: string;
        /**
         * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
         * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
         */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key` and body; absent when the request ran now. */
        "Idempotent-Replayed": "true";
        /** @description Where the created resource can be read. */
        Location: string;
        /** @description Seconds to wait before trying again. */
        "Retry-After": number;
        /** @description `Bearer`: send an access token. */
        "WWW-Authenticate": string;
        /** @description The page this list answers, as JSON: `{"total", "total_pages", "page", "page_size"}`. */
        "X-Pagination": {
            "application/json": components["schemas"]["Pagination"];
        };
        /** @description Requests allowed in the window. */
        "X-RateLimit-Limit": number;
        /** @description Requests left in the window. */
        "X-RateLimit-Remaining": number;
        /** @description When the window resets (Unix time). */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCancel"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_organiser`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_organiser";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `activity_has_check_ins`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "activity_has_check_ins" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkInToActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCheck"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_signed_up`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_signed_up" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `already_checked_in`, `idempotency_in_progress`, `outside_service_window`, `signup_waitlisted`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "already_checked_in" | "idempotency_in_progress" | "outside_service_window" | "signup_waitlisted";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkOutOfActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCheck"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_signed_up`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_signed_up" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `already_checked_out`, `idempotency_in_progress`, `not_checked_in`, `signup_waitlisted`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "already_checked_out" | "idempotency_in_progress" | "not_checked_in" | "signup_waitlisted";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_organiser`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_organiser";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `activity_not_started`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "activity_not_started" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActivitySignInCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInCode"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_organiser`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_organiser";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivitySignups: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: "confirmed" | "waitlisted" | "cancelled" | "no_show";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_organiser`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_organiser";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signUpForActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_team_member`, `other_community`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_team_member" | "other_community" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `already_signed_up`, `idempotency_in_progress`, `signup_closed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "already_signed_up" | "idempotency_in_progress" | "signup_closed";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelMyActivitySignup: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                activity_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `activity_not_found`, `not_found`, `signup_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_not_found" | "not_found" | "signup_not_found";
                    };
                };
            };
            /** @description Conflict: `activity_cancelled`, `activity_closed`, `already_checked_in`, `signup_not_active`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_cancelled" | "activity_closed" | "already_checked_in" | "signup_not_active";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNearbyActivities: {
        parameters: {
            query?: {
                /** @description default: your home */
                lat?: number;
                lng?: number;
                page?: number;
                page_size?: number;
                radius_m?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `invalid_credentials`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "invalid_credentials";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited";
                    };
                };
            };
            /** @description Service unavailable: `service_unavailable`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "service_unavailable";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Refresh"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `refresh_token_reused`, `token_invalid`, `token_revoked`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "refresh_token_reused" | "token_invalid" | "token_revoked" | "user_inactive";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    wechatLogin: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WeChatCode"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `user_inactive`, `wechat_code_invalid`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "user_inactive" | "wechat_code_invalid";
                    };
                };
            };
            /** @description Forbidden: `wechat_user_risky`. */
            403: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "wechat_user_risky";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`, `wechat_rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited" | "wechat_rate_limited";
                    };
                };
            };
            /** @description Service unavailable: `wechat_busy`, `wechat_unavailable`. */
            503: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "wechat_busy" | "wechat_unavailable";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bindWechatPhone: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WeChatCode"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneBound"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`, `wechat_code_invalid`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive" | "wechat_code_invalid";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `phone_taken`. */
            409: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "phone_taken";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`, `wechat_rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited" | "wechat_rate_limited";
                    };
                };
            };
            /** @description Service unavailable: `wechat_busy`, `wechat_unavailable`. */
            503: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "wechat_busy" | "wechat_unavailable";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryList"];
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCategory: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategoryInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Category"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Conflict: `category_exists`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "category_exists" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Not found: `certificate_not_found`, `code_not_found`, `not_found`. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "certificate_not_found" | "code_not_found" | "not_found";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    certificatePdf: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The certificate as a PDF (A4). */
            200: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found: `certificate_not_found`, `code_not_found`, `not_found`. */
            404: {
                headers: {
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "certificate_not_found" | "code_not_found" | "not_found";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `certificate_not_found`, `code_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "certificate_not_found" | "code_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `certificate_revoked`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "certificate_revoked" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommunities: {
        parameters: {
            query?: {
                lat?: number;
                lng?: number;
                page?: number;
                page_size?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityList"];
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommunity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommunity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommunityPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Community"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `forbidden`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "forbidden" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActivities: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: "open" | "closed" | "cancelled";
                team_id?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActivity: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Activity"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `not_team_leader`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "not_team_leader";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `activity_in_past`, `activity_too_long`, `end_before_start`, `idempotency_key_reused`, `signup_deadline_after_end`, `unknown_category`, `unknown_team`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "activity_in_past" | "activity_too_long" | "end_before_start" | "idempotency_key_reused" | "signup_deadline_after_end" | "unknown_category" | "unknown_team" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrdersCsv: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description orders as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportOrdersXlsx: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description orders as XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportServicesCsv: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description services as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportServicesXlsx: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description services as XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportVolunteersCsv: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description volunteers as CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportVolunteersXlsx: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description admins only: the export for the national system, with real names and unmasked ID numbers (every person in it gets an audit entry) */
                national?: boolean;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description volunteers as XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `admin_only`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "admin_only" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFollowUps: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: "open" | "closed";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                period?: "month" | "all";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardEntryList"];
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMenu: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Menu"];
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMenuItems: {
        parameters: {
            query?: {
                include_archived?: boolean;
                page?: number;
                page_size?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMenuItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenuItemInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItem"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `unknown_category`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "unknown_category" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPointsReversals: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                shortfall_only?: boolean;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsReversalList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRewards: {
        parameters: {
            query?: {
                active?: boolean;
                page?: number;
                page_size?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RewardList"];
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReward: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RewardInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reward"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommunityStats: {
        parameters: {
            query?: {
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description H3 resolution of the unmet-demand cells. */
                h3_resolution?: 7 | 8 | 9;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityStats"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `team_name_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "team_name_taken";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `unknown_volunteer`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "unknown_volunteer" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVolunteers: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: "pending" | "approved" | "suspended";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                community_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `community_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "community_not_found" | "not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeFollowUp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                follow_up_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpClose"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Not found: `follow_up_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "follow_up_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `follow_up_closed`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "follow_up_closed" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeMyAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Conflict: `holds_orders`, `order_in_service`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "holds_orders" | "order_in_service";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MePatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_not_fresh`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_not_fresh" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`, `wrong_password`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed" | "wrong_password";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalData"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveMenuItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `menu_item_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "menu_item_not_found" | "not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMenuItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                item_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenuItemPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItem"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `menu_item_not_found`, `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "menu_item_not_found" | "not_found";
                    };
                };
            };
            /** @description Conflict: `menu_item_archived`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "menu_item_archived";
                    };
                };
            };
            /** @description Validation failed: `unknown_category`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "unknown_category" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                /** @description true: only notifications not yet read */
                unread?: boolean;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                notification_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Notification"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `not_found`, `notification_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "notification_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrderSeries: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                /** @description staff: one resident's series */
                resident_id?: number;
                status?: "active" | "stopped";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrderSeries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeriesCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `phone_required`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "phone_required" | "role_required";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `menu_item_archived`, `outside_service_area`, `unknown_menu_item`, `unknown_resident`, `unknown_volunteer`, `validation_failed`, `volunteer_not_approved`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "menu_item_archived" | "outside_service_area" | "unknown_menu_item" | "unknown_resident" | "unknown_volunteer" | "validation_failed" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrderSeries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `not_found`, `series_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "series_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    stopOrderSeries: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                series_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `not_found`, `series_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "series_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `series_stopped`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "series_stopped";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrders: {
        parameters: {
            query?: {
                community_id?: number;
                minutes_status?: "verified" | "pending_review" | "approved" | "rejected" | "voided";
                needs_attention?: boolean;
                page?: number;
                page_size?: number;
                /** @description team: orders handed to the teams you lead */
                scope?: "resident" | "volunteer" | "team" | "staff";
                status?: ("pending" | "offered" | "accepted" | "in_service" | "completed" | "rated" | "cancelled" | "expired")[];
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `phone_required`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "phone_required" | "role_required";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `menu_item_archived`, `outside_service_area`, `unknown_menu_item`, `unknown_resident`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "menu_item_archived" | "outside_service_area" | "unknown_menu_item" | "unknown_resident" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_your_order`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_your_order" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `already_accepted`, `idempotency_in_progress`, `offer_declined`, `offer_expired`, `offer_withdrawn`, `order_cancelled`, `order_expired`, `order_not_offered`, `order_taken`, `volunteer_at_capacity`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_accepted" | "idempotency_in_progress" | "offer_declined" | "offer_expired" | "offer_withdrawn" | "order_cancelled" | "order_expired" | "order_not_offered" | "order_taken" | "volunteer_at_capacity";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Assign"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_team_leader`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_team_leader" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_pending`, `volunteer_not_eligible`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_pending" | "volunteer_not_eligible";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `not_team_member`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "not_team_member" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Cancel"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_your_order`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_your_order";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `order_cancelled`, `order_not_cancellable`, `service_started`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "order_cancelled" | "order_not_cancellable" | "service_started";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCandidates: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIn: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckIn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_your_order`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_your_order" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `already_checked_in`, `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_accepted`, `outside_service_window`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_checked_in" | "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_accepted" | "outside_service_window";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkOut: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckOut"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_your_order`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_your_order" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `already_checked_out`, `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_in_service`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_checked_out" | "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_in_service";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `already_accepted`, `idempotency_in_progress`, `not_eligible`, `order_cancelled`, `order_expired`, `order_not_pending`, `volunteer_at_capacity`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_accepted" | "idempotency_in_progress" | "not_eligible" | "order_cancelled" | "order_expired" | "order_not_pending" | "volunteer_at_capacity";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Decline"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `not_your_order`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "not_your_order" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `offer_declined`, `offer_expired`, `offer_withdrawn`, `order_cancelled`, `order_expired`, `order_not_offered`, `order_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "offer_declined" | "offer_expired" | "offer_withdrawn" | "order_cancelled" | "order_expired" | "order_not_offered" | "order_taken";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    dispatchOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Dispatch"];
            };
        };
        responses: {
            /** @description `{team_id}`: the order, still pending, handed to the team */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `no_candidates`, `order_cancelled`, `order_expired`, `order_not_pending`, `volunteer_not_eligible`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "no_candidates" | "order_cancelled" | "order_expired" | "order_not_pending" | "volunteer_not_eligible";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `unknown_team`, `unknown_volunteer`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "unknown_team" | "unknown_volunteer" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewMinutes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MinutesReview"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `minutes_not_pending_review`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "minutes_not_pending_review";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseOrderPoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PointsReversalIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsReversal"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `minutes_not_voidable`, `points_already_reversed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "minutes_not_voidable" | "points_already_reversed";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rating"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_your_order`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_your_order";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `already_rated`, `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_completed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_rated" | "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_completed";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reassignOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reassign"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Offer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_accepted`, `volunteer_not_eligible`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_accepted" | "volunteer_not_eligible";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `unknown_volunteer`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "unknown_volunteer" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                order_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Release"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_your_order`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_your_order";
                    };
                };
            };
            /** @description Not found: `not_found`, `order_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "order_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `order_cancelled`, `order_expired`, `order_not_accepted`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "order_cancelled" | "order_expired" | "order_not_accepted";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenOrders: {
        parameters: {
            query?: {
                lat?: number;
                lng?: number;
                page?: number;
                page_size?: number;
                radius_m?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPointsAdjustment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Adjustment"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentResult"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "role_required";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `insufficient_points`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "insufficient_points";
                    };
                };
            };
            /** @description Validation failed: `amount_zero`, `idempotency_key_reused`, `unknown_entry`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "amount_zero" | "idempotency_key_reused" | "unknown_entry" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PointsSummary"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyPointsEntries: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRedemptions: {
        parameters: {
            query?: {
                community_id?: number;
                mine?: boolean;
                page?: number;
                page_size?: number;
                /** @description Staff: the redemption with this pickup code, in their communities. Codes that match nothing are limited per staff member (429). */
                pickup_code?: string;
                status?: "pending" | "fulfilled" | "cancelled";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Too many requests: `rate_limited`. */
            429: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "rate_limited";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRedemption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Redeem"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `reward_other_community`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "reward_other_community" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `reward_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "reward_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `insufficient_points`, `out_of_stock`, `reward_inactive`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "insufficient_points" | "out_of_stock" | "reward_inactive";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRedemption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionCancel"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `redemption_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "redemption_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `redemption_not_pending`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "redemption_not_pending";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fulfillRedemption: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedemptionFulfill"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `redemption_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "redemption_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `pickup_code_locked`, `redemption_not_pending`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "pickup_code_locked" | "redemption_not_pending";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `pickup_code_mismatch`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "pickup_code_mismatch" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reissuePickupCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                redemption_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Redemption"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `redemption_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "redemption_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `redemption_not_pending`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "redemption_not_pending";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    findResidents: {
        parameters: {
            query: {
                phone: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerResident: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Resident"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `phone_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "phone_taken";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReward: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                reward_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RewardPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reward"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `reward_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "reward_not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviewSignupMinutes: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                signup_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupMinutesReview"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signup"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `signup_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "signup_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `minutes_not_pending_review`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "minutes_not_pending_review";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    areaStats: {
        parameters: {
            query?: {
                /** @description 区, exactly */
                district?: string;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                from?: string;
                /** @description 街道, exactly */
                street?: string;
                /** @description A date (a China day, UTC+8; `to` includes it) or an ISO datetime with an offset, between 2000 and 2100. Default: the last 30 days, today included; at most two years (731 days). */
                to?: string;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaStats"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `not_found`, `team_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "team_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeamPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_community_staff`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_community_staff" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `team_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "team_not_found";
                    };
                };
            };
            /** @description Conflict: `team_name_taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "team_name_taken";
                    };
                };
            };
            /** @description Validation failed: `unknown_volunteer`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "unknown_volunteer" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    joinTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                team_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Membership"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `role_required`, `volunteer_not_approved`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "role_required" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Not found: `not_found`, `team_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "team_not_found";
                    };
                };
            };
            /** @description Conflict: `already_in_team`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_in_team" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                team_id: number;
                volunteer_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `leaders_set_by_staff`, `not_team_leader`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "leaders_set_by_staff" | "not_team_leader";
                    };
                };
            };
            /** @description Not found: `not_found`, `team_member_not_found`, `team_not_found`, `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "team_member_not_found" | "team_not_found" | "volunteer_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                team_id: number;
                volunteer_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMember"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `not_team_leader`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "not_team_leader";
                    };
                };
            };
            /** @description Not found: `not_found`, `team_member_not_found`, `team_not_found`, `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "team_member_not_found" | "team_not_found" | "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `membership_not_pending`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "membership_not_pending";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    applyAsVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerApply"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Conflict: `already_applied`, `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "already_applied" | "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `unknown_category`, `unknown_community`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "unknown_category" | "unknown_community" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "volunteer_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendVolunteer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                volunteer_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Suspend"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Volunteer"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `conflict_of_interest`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "conflict_of_interest" | "role_required";
                    };
                };
            };
            /** @description Not found: `not_found`, `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_found" | "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyVolunteerProfile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerMe"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMyVolunteerProfile: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VolunteerPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerMe"];
                };
            };
            /** @description Bad request: `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `id_taken`, `volunteer_not_approved`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "id_taken" | "volunteer_not_approved";
                    };
                };
            };
            /** @description Validation failed: `id_number_invalid`, `unknown_category`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "id_number_invalid" | "unknown_category" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyActivities: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                status?: "confirmed" | "waitlisted" | "cancelled" | "no_show";
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Pagination": components["headers"]["X-Pagination"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySignupList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Makes a retry safe: a replay with the same key and body answers the first response again (with `Idempotent-Replayed: true`); the same key with another body gets 422 `idempotency_key_reused`; a replay while the first still runs gets 409 `idempotency_in_progress`. Keys are the caller's own and kept at least 24 hours. Send a new random key (a UUID) per action.
                 * @example 0b9e2c7a-6f1d-4a53-9a4e-2f7c1d3b8e10
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CertificateIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Certificate"];
                };
            };
            /** @description Bad request: `idempotency_key_invalid`, `malformed_body`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_invalid" | "malformed_body";
                    };
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Conflict: `idempotency_in_progress`, `real_name_required`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_in_progress" | "real_name_required";
                    };
                };
            };
            /** @description Validation failed: `idempotency_key_reused`, `period_in_future`, `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "idempotency_key_reused" | "period_in_future" | "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    myRecord: {
        parameters: {
            query?: {
                /** @description only this year's services */
                year?: number;
            };
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Not found: `volunteer_not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "volunteer_not_found";
                    };
                };
            };
            /** @description Validation failed: `validation_failed`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "validation_failed";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`, `role_required`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer" | "role_required";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTeams: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipList"];
                };
            };
            /** @description Unauthorized: `token_expired`, `token_invalid`, `token_revoked`, `unauthorized`, `user_inactive`. */
            401: {
                headers: {
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "token_expired" | "token_invalid" | "token_revoked" | "unauthorized" | "user_inactive";
                    };
                };
            };
            /** @description Forbidden: `not_a_volunteer`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        code: "not_a_volunteer";
                    };
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of what people read in the answer: error `detail`s and `title`s, field messages, ledger reasons, timeline notes, notification texts. `zh-CN` (the default, also for any other Chinese and for a language we do not have) or `en`, the client's most preferred first; the answer says which in `Content-Language`. Codes, enums and words a person typed (a cancel reason, a staff adjustment's reason) are the same in every language.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Healthy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Any other error, on any operation: 405 `method_not_allowed`, 413 `request_too_large`, 500 `internal_error`. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
