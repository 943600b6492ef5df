/**
 * GENERATED from the API's OpenAPI document by scripts/generate-contract.ts: do not edit.
 * After changing a route's schema in apps/api, run `pnpm contract` and commit the result.
 * The web imports these types through $lib/types.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database durability settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            database: {
                                journalMode: string;
                                synchronous: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the platform still needs its first organizer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            needed: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first organizer with the one-time token printed at first start */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        email: string;
                        password: string;
                        fullName: string;
                        unitName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units a person may register into, in Vietnamese alphabetical order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register as an entrant and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        fullName: string;
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
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
        /**
         * Sign in with e-mail and password
         * @description Unknown e-mail and wrong password get the same answer. Failed attempts are throttled per account and per address; successful ones are not counted.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's password; every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person and their roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one's own name (the unit is the organizers' to change) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The language the signed-in person chose: the interface's, and their mail's */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locale: "vi" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All units in Vietnamese alphabetical order, those closed to entrants too (registration lists GET /auth/units) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"][];
                    };
                };
            };
        };
        put?: never;
        /** Add a unit (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        headcount: number;
                        parentId?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a unit, change its headcount or the unit above it, open or close it to entrants (organizer) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        headcount?: number;
                        parentId?: number | null;
                        openToEntrants?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people by name or e-mail (organizer), e.g. to build judging panels */
        get: {
            parameters: {
                query: {
                    q: string;
                    role?: components["schemas"]["Role"];
                    limit: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a person's roles (organizer); their sessions end so the change applies at once */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: components["schemas"]["Role"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a CSV or XLSX file of units or people (organizer); nothing is saved
         * @description multipart/form-data with one `file` part (at most 10 MB, 100,000 rows). Units: name, parent, headcount. People: name, email, unit, roles. Every row's problems are listed; a file without problems gets a previewId for POST /api/imports.
         */
        post: {
            parameters: {
                query: {
                    kind: components["schemas"]["ImportKind"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Save a previewed file, all or nothing (organizer)
         * @description Checked again inside the transaction; imported people get the entrant role plus the listed ones, and no usable password until they set one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        previewId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People, one page at a time in Vietnamese name order (organizer)
         * @description `q` matches a name (accents ignored) or an e-mail address.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    role?: components["schemas"]["Role"];
                    unitId?: number;
                    status?: "active" | "deactivated";
                    page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeoplePage"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{userId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a person (organizer): their sessions end, sign-in is refused; entries and scores stay */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{userId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a deactivated person sign in again (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{userId}/password-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a person a new set-password link by mail (organizer); their earlier links stop working
         * @description The link goes to the person alone (by mail, and in their notices): the answer and the outbox hide it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests: every one for organizers, the non-draft ones for everybody else */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestSummary"][];
                    };
                };
            };
        };
        put?: never;
        /** Create a contest (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contest with its rules, rubric and prize tiers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contest (organizer); every change is audited */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContestPatch"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/entries/{entryId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a DOCX, ODT or PDF (its text is extracted for the editor) or a photo
         * @description multipart/form-data with an optional `altText` field before the `file` field. The type is decided from the content; judges only ever get a copy without metadata.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachment: components["schemas"]["Attachment"];
                            extracted: {
                                html: string;
                                text: string;
                                wordCount: number;
                            } | null;
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download one's own uploaded file (author or organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                    attachmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an attachment before the deadline (submitted versions keep theirs) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                    attachmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft entry in a contest that accepts entries */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        subject?: string;
                        category?: string | null;
                        /** @description HTML from the editor; sanitized by the server */
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** The signed-in entrant's entries in every contest */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntrySummary"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        /** One entry with its attachments and submitted versions (author or organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save the draft (autosave); allowed until the deadline */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        subject?: string;
                        category?: string | null;
                        /** @description HTML from the editor; sanitized by the server */
                        body?: string;
                        /** @description The entry's updatedAt as the writer last had it; refused (409 entry_changed_elsewhere) when the entry was saved since, e.g. in another tab */
                        baseUpdatedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/entries/{entryId}/anonymity-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the entry names its author: their name, e-mail, phone or unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            warnings: components["schemas"]["AnonymityWarning"][];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: stores an immutable version and answers with the receipt */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consentToPublish: boolean;
                        penName?: string;
                        /** @description The entry's updatedAt as the writer last had it; refused (409 entry_changed_elsewhere) when the entry was saved since, e.g. in another tab */
                        baseUpdatedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SubmitResult"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an entry before the deadline; it will not be judged */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EntryDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt of a submitted version (latest unless ?version=N) */
        get: {
            parameters: {
                query?: {
                    version?: number;
                };
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Receipt"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submitted and disqualified entries with filters, and near-duplicate pairs (organizer) */
        get: {
            parameters: {
                query: {
                    status?: "submitted" | "disqualified";
                    category?: string;
                    q?: string;
                    threshold: number;
                    sort: "code" | "title" | "submitted" | "status" | "words";
                    order: "asc" | "desc";
                    page: number;
                    pageSize: number;
                };
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description One page, in the order asked for */
                            entries: {
                                id: number;
                                code: string;
                                title: string;
                                category: string | null;
                                wordCount: number;
                                status: "draft" | "submitted" | "withdrawn" | "disqualified";
                                disqualifiedReason: string | null;
                                authorName: string;
                                unitName: string;
                                submittedAt: string | null;
                                version: number;
                            }[];
                            /** @description Entries matching the filters, on every page */
                            total: number;
                            page: number;
                            pageSize: number;
                            nearDuplicates: {
                                a: string;
                                b: string;
                                similarity: number;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/screening/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two entries side by side with their shared passages (organizer) */
        get: {
            parameters: {
                query: {
                    a: string;
                    b: string;
                };
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                code: string;
                                title: string;
                                text: string;
                            };
                            b: {
                                code: string;
                                title: string;
                                text: string;
                            };
                            passages: {
                                a: {
                                    start: number;
                                    end: number;
                                };
                                b: {
                                    start: number;
                                    end: number;
                                };
                                words: number;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/disqualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disqualify an entry with a reason the entrant sees (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            title: string;
                            category: string | null;
                            wordCount: number;
                            status: "draft" | "submitted" | "withdrawn" | "disqualified";
                            disqualifiedReason: string | null;
                            authorName: string;
                            unitName: string;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/reinstate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reinstate a disqualified entry (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            title: string;
                            category: string | null;
                            wordCount: number;
                            status: "draft" | "submitted" | "withdrawn" | "disqualified";
                            disqualifiedReason: string | null;
                            authorName: string;
                            unitName: string;
                            submittedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contest's judging rounds with progress (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a judging round (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoundInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round with its panel, loads and progress per judge (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a round, move its window or close it early; before judging starts, set its method (organizer) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        readersPerEntry?: number;
                        method?: components["schemas"]["RoundMethod"];
                        /** @description Comparisons each entry takes part in (comparative rounds) */
                        comparisonsPerEntry?: number;
                        /** Format: date-time */
                        opensAt?: string;
                        /** Format: date-time */
                        closesAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/rounds/{roundId}/judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the round's judging panel with optional load caps (organizer)
         * @description A judge who leaves loses the assignments they have not scored; run the assignment again to top up.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        judges: {
                            userId: string;
                            maxLoad?: number | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign entries to the panel: preview with dryRun, then commit (organizer)
         * @description Keeps existing assignments and tops up; reproducible from the seed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seed?: number;
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssignmentPreview"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a final round with the shortlist of this round (organizer)
         * @description The top N by mean weighted total, plus every entry within one standard error of the cut. Set the final panel, then run the assignment: every final judge reads every entry they may read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        topN: number;
                        name: string;
                        /** Format: date-time */
                        opensAt: string;
                        /** Format: date-time */
                        closesAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Declared conflicts and recusals of a contest (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            judgeId: string;
                            judgeName: string;
                            code: string;
                            reason: string;
                        }[];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Declare that a judge must not read an entry (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        judgeId: string;
                        entryCode: string;
                        /** @default  */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conflicts/{conflictId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a declared conflict (organizer) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    conflictId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in judge's assignments by blind code, one page at a time, with each round's progress
         * @description Paged, ordered and counted in SQL. `show=unscored` lists only what is not yet submitted. A page past the last is refused (400).
         */
        get: {
            parameters: {
                query: {
                    page: number;
                    pageSize: number;
                    show: "all" | "unscored";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JudgeDashboard"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments/{assignmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One assigned entry, blind: text, sanitized attachments, rubric and the judge's own score */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BlindEntry"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments/{assignmentId}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge's next entry to score after this one in its round (code order, wrapping), or null */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NextAssignment"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments/{assignmentId}/attachments/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sanitized attachment of an assigned entry: photos shown inline, documents downloaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: number;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file without metadata */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments/{assignmentId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save (autosave) or submit one's score sheet; revisable until the round closes */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScoreInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BlindEntry"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/assignments/{assignmentId}/recuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recuse ("I recognise the author"): the entry goes to another judge at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    assignmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reassigned: boolean;
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/comparisons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The comparative rounds the signed-in judge sits on, with their progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComparativeRoundSummary"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/judging/comparisons/{roundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The judge's next pair in a comparative round, blind, with their progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComparisonTask"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Choose the better entry of the pair served; answers with the next pair
         * @description Sending the pair just recorded again records nothing (a double click). Refused once the round closes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChoiceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComparisonTask"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranked results of a round, a page at a time: raw and corrected scores, judge severities, ties (organizer) */
        get: {
            parameters: {
                query: {
                    method: "mean" | "corrected" | "zscore";
                    page: number;
                    pageSize: number;
                };
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundResults"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/tie-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Order entries the declared tie-breaks left tied: the last tie-break, audited (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codes: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundResults"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/reliability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reliability of a round: judges, agreement, alpha, ICCs, kappa, adjudication rate (organizer)
         * @description Each figure comes with a plain-language reading in Vietnamese and English.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reliability of a round; every figure with a reading in Vietnamese and English */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReliabilityReport"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking's proposed winners per tier and the organizer's decisions (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            finalizedAt: string | null;
                            /** @description Rounds open or still to come: the proposal may change when they close */
                            roundsStillRunning: components["schemas"]["RoundStillRunning"][];
                            warnings: components["schemas"]["AwardsWarning"][];
                            proposed: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            decided: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            revoked: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                                revokedAt: string;
                                revokedBy: string;
                                revocationReason: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Decide the awards; departures from the proposal need a reason (organizer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        awards: {
                            entryCode: string;
                            tierId: number;
                            reason?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            finalizedAt: string | null;
                            /** @description Rounds open or still to come: the proposal may change when they close */
                            roundsStillRunning: components["schemas"]["RoundStillRunning"][];
                            warnings: components["schemas"]["AwardsWarning"][];
                            proposed: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            decided: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            revoked: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                                revokedAt: string;
                                revokedBy: string;
                                revocationReason: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/awards/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finalize the awards: audited, and names appear in the organizer's result views (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            finalizedAt: string | null;
                            /** @description Rounds open or still to come: the proposal may change when they close */
                            roundsStillRunning: components["schemas"]["RoundStillRunning"][];
                            warnings: components["schemas"]["AwardsWarning"][];
                            proposed: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            decided: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                            }[];
                            revoked: {
                                tierId: number;
                                tierName: string;
                                code: string;
                                title: string;
                                rank: number | null;
                                tie: boolean;
                                reason: string | null;
                                authorName: string | null;
                                revokedAt: string;
                                revokedBy: string;
                                revocationReason: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/awards/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one final award with its reason: audited, the story leaves the showcase, the prize stays vacant (organizer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entryCode: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: {
                                code: string;
                                title: string;
                                tierName: string;
                                reason: string;
                                revokedAt: string;
                                storyTakenDown: boolean;
                            };
                            awards: {
                                finalizedAt: string | null;
                                /** @description Rounds open or still to come: the proposal may change when they close */
                                roundsStillRunning: components["schemas"]["RoundStillRunning"][];
                                warnings: components["schemas"]["AwardsWarning"][];
                                proposed: {
                                    tierId: number;
                                    tierName: string;
                                    code: string;
                                    title: string;
                                    rank: number | null;
                                    tie: boolean;
                                    reason: string | null;
                                    authorName: string | null;
                                }[];
                                decided: {
                                    tierId: number;
                                    tierName: string;
                                    code: string;
                                    title: string;
                                    rank: number | null;
                                    tie: boolean;
                                    reason: string | null;
                                    authorName: string | null;
                                }[];
                                revoked: {
                                    tierId: number;
                                    tierName: string;
                                    code: string;
                                    title: string;
                                    rank: number | null;
                                    tie: boolean;
                                    reason: string | null;
                                    authorName: string | null;
                                    revokedAt: string;
                                    revokedBy: string;
                                    revocationReason: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{roundId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download results, score sheets, judge statistics or participation per unit as CSV or XLSX (organizer), headed in the organizer's language */
        get: {
            parameters: {
                query: {
                    table: "results" | "sheets" | "judges" | "units";
                    format: "csv" | "xlsx";
                    /** @description The ranking method chosen on the results page; the file names it */
                    method: "mean" | "corrected" | "zscore";
                };
                header?: never;
                path: {
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public version of a winning entry, beside the judged one (author or organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Edit the public version (typos, real or pen name, unit shown, photos) and approve it (author) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicVersionInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/publication/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keep the story private: the showcase lists it by code and title only (author) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/publication/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Approve the author-approved public version, or take the approval back (organizer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approved: boolean;
                        /** @description To approve: the authorApprovedAt of the version the organizer read; a newer one is refused (409) */
                        reviewed?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicationDetail"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every winner's public version and where it stands (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestPublications"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the showcase now, or schedule it (organizer). Only stories both sides approved appear. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestPublications"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Take the showcase down, or cancel its schedule (organizer) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestPublications"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contests whose winning stories are published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicContestSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published showcase: winners by tier, with the stories their authors let the public read */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Showcase"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{slug}/stories/{storySlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published story */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    storySlug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicStory"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{slug}/stories/{storySlug}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo of a published story (the copy without metadata) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    storySlug: string;
                    photoId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search published stories; diacritics and case are ignored ("guong sang" finds "Gương sáng") */
        get: {
            parameters: {
                query: {
                    q: string;
                    contest?: string;
                    page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResults"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/stories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published story, with its text when asked (for feeds and sitemaps) */
        get: {
            parameters: {
                query: {
                    contest?: string;
                    /** @description include each story's sanitized HTML */
                    text: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedStory"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contests/{slug}/anthology.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published stories of a contest as one book: PDF (print) or EPUB (e-readers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    format: "pdf" | "epub";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the book */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/certificates.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every winner's certificate, one A4 landscape page each, to print (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entries/{entryId}/certificate.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate of a winning entry (its author or an organizer), once the awards are final */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/contests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every contest with its figures and the organizer's next step (organizer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestOverview"][];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contests/{contestId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contest's submissions per day, participation per unit, judging progress and queues (organizer) */
        get: {
            parameters: {
                query?: {
                    sort?: components["schemas"]["ParticipationSort"];
                    order?: components["schemas"]["SortOrder"];
                };
                header?: never;
                path: {
                    contestId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContestDashboard"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, filtered by contest, person, action and Vietnam days (organizer) */
        get: {
            parameters: {
                query: {
                    contestId?: number;
                    /** @description The person's e-mail */
                    person?: string;
                    action?: string;
                    /** @description A Vietnam day, YYYY-MM-DD (a day the calendar has) */
                    from?: string;
                    /** @description A Vietnam day, YYYY-MM-DD (a day the calendar has) */
                    to?: string;
                    page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The outbox (organizer): every mail queued, sent or failed, newest first
         * @description Without SMTP settings mail stays here for the organizers to read and pass on. Set-password links are hidden (linkHidden): only their owner sees them, in their notices.
         */
        get: {
            parameters: {
                query: {
                    page: number;
                    status?: components["schemas"]["MailStatus"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailPage"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person's notices: the mail addressed to them, newest first */
        get: {
            parameters: {
                query: {
                    page: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailPage"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password: mails a one-time reset link (valid 1 hour) to the account, if any
         * @description Answers 202 alike whether or not the e-mail belongs to an account, and says nothing more.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a set-password link is for (reset or invitation) and whose account, while it works */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set a new password through a one-time link and sign in; every other session of the account ends
         * @description Signing in this way is not held back by failed sign-ins to the account: whoever opened the link reads its mail, so others guessing at the password cannot keep its owner out.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a stable code and a message in the user language */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
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
        /** @description Every refusal: a stable code and a message in the user language */
        ErrorResponse: {
            error: {
                code: string;
                message: string;
            };
        };
        /** Role */
        Role: "entrant" | "judge" | "organizer";
        /** Me */
        Me: {
            id: string;
            email: string;
            fullName: string;
            unitId: number;
            unitName: string;
            roles: components["schemas"]["Role"][];
        };
        /** Unit */
        Unit: {
            id: number;
            name: string;
            headcount: number;
            parentId: number | null;
            openToEntrants: boolean;
        };
        /** ImportKind */
        ImportKind: "units" | "people";
        /** ImportProblem */
        ImportProblem: {
            /** @description Row number in the file; the header is row 1 */
            row: number;
            /** @description The column as the file names it */
            column: string;
            code: string;
            message: string;
        };
        /** ImportPreview */
        ImportPreview: {
            kind: components["schemas"]["ImportKind"];
            sha256: string;
            rows: number;
            toCreate: number;
            toUpdate: number;
            problemCount: number;
            /** @description At most the first 1,000, by row */
            problems: components["schemas"]["ImportProblem"][];
            /** @description Pass to POST /api/imports; null while there are problems */
            previewId: string | null;
        };
        /** ImportResult */
        ImportResult: {
            kind: components["schemas"]["ImportKind"];
            created: number;
            updated: number;
        };
        /** Person */
        Person: {
            id: string;
            email: string;
            fullName: string;
            unitId: number;
            unitName: string;
            roles: components["schemas"]["Role"][];
            deactivatedAt: string | null;
        };
        /** PeoplePage */
        PeoplePage: {
            total: number;
            page: number;
            pageSize: number;
            people: components["schemas"]["Person"][];
        };
        /** ContestStatus */
        ContestStatus: "draft" | "open" | "judging" | "awarded" | "published";
        /** ContestSummary */
        ContestSummary: {
            id: number;
            slug: string;
            title: string;
            status: components["schemas"]["ContestStatus"];
            submissionOpensAt: string;
            submissionClosesAt: string;
            minWords: number;
            maxWords: number;
            categories: string[];
            acceptingSubmissions: boolean;
            /** @description The winning stories are published at /showcase/:slug */
            showcasePublic: boolean;
            /** @description Organizers only */
            entryCount?: number;
        };
        /** AttachmentKind */
        AttachmentKind: "docx" | "odt" | "pdf" | "jpeg" | "png" | "webp";
        /** RubricLevelInput */
        RubricLevelInput: {
            score: number;
            label: string;
            /** @default  */
            description: string;
        };
        /** CriterionInput */
        CriterionInput: {
            name: string;
            /** @default  */
            description: string;
            weight: number;
            /** @default 0 */
            min: number;
            max: number;
            levels?: components["schemas"]["RubricLevelInput"][];
        };
        /** PrizeTierInput */
        PrizeTierInput: {
            name: string;
            count: number;
        };
        /**
         * AdjudicationMethod
         * @description With a third reading: the mean of the two closest scores, or the mean of all three
         */
        AdjudicationMethod: "closest-two" | "mean-of-three";
        /** ContestInput */
        ContestInput: {
            title: string;
            slug: string;
            /** @default  */
            description: string;
            /** @default  */
            rules: string;
            status?: components["schemas"]["ContestStatus"];
            /**
             * Format: date-time
             * @description ISO 8601, stored in UTC
             */
            submissionOpensAt: string;
            /**
             * Format: date-time
             * @description ISO 8601, stored in UTC
             */
            submissionClosesAt: string;
            minWords: number;
            maxWords: number;
            categories?: string[];
            sameUnitConflict?: boolean;
            allowedAttachmentKinds?: components["schemas"]["AttachmentKind"][];
            maxAttachments?: number;
            maxAttachmentBytes?: number;
            criteria?: components["schemas"]["CriterionInput"][];
            prizeTiers?: components["schemas"]["PrizeTierInput"][];
            /** @description Share of the scale (0.2 = 20%) beyond which two readers disagree and a third reads */
            disagreementThreshold?: number;
            adjudicationMethod?: components["schemas"]["AdjudicationMethod"];
            /** @description Entries one author may have in the contest (withdrawn ones aside); null: no limit */
            entriesPerAuthor?: number | null;
        };
        /** RubricLevel */
        RubricLevel: {
            score: number;
            label: string;
            description: string;
        };
        /** Criterion */
        Criterion: {
            id: number;
            name: string;
            description: string;
            weight: number;
            min: number;
            max: number;
            levels: components["schemas"]["RubricLevel"][];
        };
        /** PrizeTier */
        PrizeTier: {
            id: number;
            name: string;
            count: number;
        };
        /** ContestDetail */
        ContestDetail: {
            id: number;
            slug: string;
            title: string;
            status: components["schemas"]["ContestStatus"];
            submissionOpensAt: string;
            submissionClosesAt: string;
            minWords: number;
            maxWords: number;
            categories: string[];
            acceptingSubmissions: boolean;
            /** @description The winning stories are published at /showcase/:slug */
            showcasePublic: boolean;
            /** @description Organizers only */
            entryCount?: number;
            description: string;
            rules: string;
            descriptionHtml: string;
            rulesHtml: string;
            sameUnitConflict: boolean;
            allowedAttachmentKinds: components["schemas"]["AttachmentKind"][];
            maxAttachments: number;
            maxAttachmentBytes: number;
            disagreementThreshold: number;
            adjudicationMethod: components["schemas"]["AdjudicationMethod"];
            entriesPerAuthor: number | null;
            criteria: components["schemas"]["Criterion"][];
            prizeTiers: components["schemas"]["PrizeTier"][];
            createdAt: string;
            updatedAt: string;
        };
        /** ContestPatch */
        ContestPatch: {
            title?: string;
            slug?: string;
            description?: string;
            rules?: string;
            status?: components["schemas"]["ContestStatus"];
            /**
             * Format: date-time
             * @description ISO 8601, stored in UTC
             */
            submissionOpensAt?: string;
            /**
             * Format: date-time
             * @description ISO 8601, stored in UTC
             */
            submissionClosesAt?: string;
            minWords?: number;
            maxWords?: number;
            categories?: string[];
            sameUnitConflict?: boolean;
            allowedAttachmentKinds?: components["schemas"]["AttachmentKind"][];
            maxAttachments?: number;
            maxAttachmentBytes?: number;
            criteria?: components["schemas"]["CriterionInput"][];
            prizeTiers?: components["schemas"]["PrizeTierInput"][];
            /** @description Share of the scale (0.2 = 20%) beyond which two readers disagree and a third reads */
            disagreementThreshold?: number;
            adjudicationMethod?: components["schemas"]["AdjudicationMethod"];
            /** @description Entries one author may have in the contest (withdrawn ones aside); null: no limit */
            entriesPerAuthor?: number | null;
        };
        /** Attachment */
        Attachment: {
            id: number;
            kind: "document" | "photo";
            fileKind: components["schemas"]["AttachmentKind"];
            originalName: string;
            size: number;
            altText: string;
            createdAt: string;
        };
        /** EntryStatus */
        EntryStatus: "draft" | "submitted" | "withdrawn" | "disqualified";
        /** EntryVersion */
        EntryVersion: {
            version: number;
            title: string;
            wordCount: number;
            sha256: string;
            submittedAt: string;
        };
        /** EntryContest */
        EntryContest: {
            id: number;
            title: string;
            submissionOpensAt: string;
            submissionClosesAt: string;
            acceptingSubmissions: boolean;
            minWords: number;
            maxWords: number;
            categories: string[];
            allowedAttachmentKinds: components["schemas"]["AttachmentKind"][];
            maxAttachments: number;
            maxAttachmentBytes: number;
        };
        /** EntryDetail */
        EntryDetail: {
            id: number;
            contestId: number;
            code: string;
            status: components["schemas"]["EntryStatus"];
            title: string;
            subject: string;
            category: string | null;
            /** @description Sanitized HTML */
            body: string;
            wordCount: number;
            consentToPublish: boolean;
            penName: string | null;
            disqualifiedReason: string | null;
            createdAt: string;
            updatedAt: string;
            submittedAt: string | null;
            /** @description The viewer is the author (organizers may view, never edit) */
            mine: boolean;
            editable: boolean;
            changedSinceSubmission: boolean;
            attachments: components["schemas"]["Attachment"][];
            versions: components["schemas"]["EntryVersion"][];
            contest: components["schemas"]["EntryContest"];
        };
        /** EntrySummary */
        EntrySummary: {
            id: number;
            contestId: number;
            contestTitle: string;
            code: string;
            status: components["schemas"]["EntryStatus"];
            title: string;
            wordCount: number;
            updatedAt: string;
            submittedAt: string | null;
            versionCount: number;
            disqualifiedReason: string | null;
            submissionClosesAt: string;
            editable: boolean;
            changedSinceSubmission: boolean;
            /** @description Once the awards are final: the prize, and where the public version stands */
            award: {
                tierName: string;
                publicationStatus: "awaiting_author" | "declined" | "awaiting_organizer" | "approved";
            } | null;
        };
        /** AnonymityWarning */
        AnonymityWarning: {
            field: "title" | "subject" | "body" | "attachment";
            attachmentId: number | null;
            kind: "name" | "email" | "phone" | "unit";
            match: string;
            before: string;
            after: string;
        };
        /** SubmitResult */
        SubmitResult: {
            code: string;
            receiptHash: string;
            submittedAt: string;
            version: number;
            warnings: components["schemas"]["AnonymityWarning"][];
        };
        /** Receipt */
        Receipt: {
            code: string;
            contestTitle: string;
            title: string;
            version: number;
            wordCount: number;
            receiptHash: string;
            submittedAt: string;
            authorName: string;
            penName: string | null;
        };
        /** RoundKind */
        RoundKind: "preliminary" | "final";
        /**
         * RoundMethod
         * @description rubric: judges score entries; comparative: judges choose the better of two
         */
        RoundMethod: "rubric" | "comparative";
        /** RoundReadings */
        RoundReadings: {
            /** @description entries × readersPerEntry */
            planned: number;
            /** @description Readings given for the plan, on entries still in the round */
            assigned: number;
            submitted: number;
            /** @description Third readings called by a disagreement */
            extra: number;
            extraSubmitted: number;
            /** @description Readings of entries withdrawn or disqualified since; they count for nothing */
            outside: number;
        };
        /**
         * RoundComparisons
         * @description A comparative round's progress; null for a rubric round
         */
        RoundComparisons: {
            /** @description Choices the round needs: entries × comparisons per entry ÷ 2 */
            target: number;
            done: number;
            /** @description Each judge's share of the target */
            share: number;
        };
        /** RoundJudge */
        RoundJudge: {
            userId: string;
            fullName: string;
            email: string;
            unitName: string;
            maxLoad: number | null;
            /** @description The judge's live readings: on entries still in the round (the others are in readings.outside) */
            assigned: number;
            /** @description Of those, begun and not submitted */
            drafts: number;
            /** @description Of those, submitted */
            submitted: number;
            /** @description Choices made (comparative rounds) */
            comparisons: number;
        };
        /** RoundDetail */
        RoundDetail: {
            id: number;
            contestId: number;
            name: string;
            kind: components["schemas"]["RoundKind"];
            method: components["schemas"]["RoundMethod"];
            readersPerEntry: number;
            comparisonsPerEntry: number;
            opensAt: string;
            closesAt: string;
            open: boolean;
            closed: boolean;
            assignmentSeed: number | null;
            entries: number;
            assignments: number;
            /** @description Every active reading, extra and outside ones included */
            submittedSheets: number;
            readings: components["schemas"]["RoundReadings"];
            comparisons: components["schemas"]["RoundComparisons"] | null;
            judges: components["schemas"]["RoundJudge"][];
        };
        /** RoundInput */
        RoundInput: {
            name: string;
            kind?: components["schemas"]["RoundKind"];
            method?: components["schemas"]["RoundMethod"];
            readersPerEntry?: number;
            /** @description Comparisons each entry takes part in (comparative rounds) */
            comparisonsPerEntry?: number;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
        };
        /** AssignmentPreview */
        AssignmentPreview: {
            ok: boolean;
            committed: boolean;
            seed: number;
            added: number;
            entries: number;
            loads: {
                judgeId: string;
                fullName: string;
                load: number;
                cap: number | null;
            }[];
            unassignable: {
                code: string;
                kind: "too-few-eligible-judges" | "insufficient-capacity";
                eligible: number | null;
                required: number | null;
                /** @description Technical detail in English, for logs */
                message: string;
            }[];
            shortfalls: {
                codes: string[];
                demand: number;
                capacity: number;
                shortfall: number;
            }[];
            conflictsAvoided: {
                ownEntry: number;
                sameUnit: number;
                declared: number;
            };
            coReading: {
                connected: boolean;
                components: number;
            };
            maxSharedEntries: number;
            errors: string[];
        };
        /** BlindRound */
        BlindRound: {
            contestTitle: string;
            name: string;
            kind: "preliminary" | "final";
            opensAt: string;
            closesAt: string;
            open: boolean;
        };
        /** BlindSummary */
        BlindSummary: {
            id: number;
            code: string;
            title: string;
            category: string | null;
            wordCount: number;
            status: "pending" | "draft" | "submitted";
            round: components["schemas"]["BlindRound"];
        };
        /** JudgeDashboardRound */
        JudgeDashboardRound: {
            round: components["schemas"]["BlindRound"];
            closed: boolean;
            assigned: number;
            submitted: number;
            unscored: number;
            /** @description The page where the round's assignments begin in the list asked for; null when it lists none of them */
            firstPage: number | null;
            /** @description The round's assignments on this page, in code order */
            assignments: components["schemas"]["BlindSummary"][];
        };
        /** JudgeDashboard */
        JudgeDashboard: {
            /** @description Assignments in the list asked for (all, or not yet scored), on every page */
            total: number;
            page: number;
            pageSize: number;
            counts: {
                /** @description The judge's active assignments */
                all: number;
                /** @description Of them, not yet submitted (no sheet, or a draft) */
                unscored: number;
            };
            /** @description Every round with the judge's active assignments: contests by their most pressing round, open rounds first (nearest deadline on top), closed ones after */
            rounds: components["schemas"]["JudgeDashboardRound"][];
        };
        /** BlindAttachment */
        BlindAttachment: {
            number: number;
            kind: "document" | "photo";
            fileKind: string;
            altText: string;
        };
        /** RubricCriterion */
        RubricCriterion: {
            id: number;
            name: string;
            description: string;
            weight: number;
            min: number;
            max: number;
            levels: components["schemas"]["RubricLevel"][];
        };
        /** ScoreSheet */
        ScoreSheet: {
            status: "draft" | "submitted";
            comment: string;
            values: {
                [key: string]: number;
            };
            updatedAt: string;
        };
        /** BlindEntry */
        BlindEntry: {
            id: number;
            code: string;
            title: string;
            category: string | null;
            wordCount: number;
            status: "pending" | "draft" | "submitted";
            round: components["schemas"]["BlindRound"];
            subject: string;
            /** @description Sanitized HTML of the submitted version */
            body: string;
            attachments: components["schemas"]["BlindAttachment"][];
            rubric: components["schemas"]["RubricCriterion"][];
            score: components["schemas"]["ScoreSheet"] | null;
        };
        /** NextAssignment */
        NextAssignment: {
            next: {
                id: number;
                code: string;
            } | null;
        };
        /** ScoreInput */
        ScoreInput: {
            scores: {
                [key: string]: number;
            };
            comment?: string;
            submit: boolean;
            /** @description The sheet's updatedAt as the judge's page last had it (null: no sheet yet); refused (409 sheet_changed_elsewhere) when the sheet was saved since, e.g. in another tab */
            baseUpdatedAt?: string | null;
        };
        /** ComparisonProgress */
        ComparisonProgress: {
            done: number;
            /** @description The judge's share of the round's comparisons */
            share: number;
            remaining: number;
        };
        /** ComparativeRoundSummary */
        ComparativeRoundSummary: {
            roundId: number;
            round: components["schemas"]["BlindRound"];
            progress: components["schemas"]["ComparisonProgress"];
        };
        /** ComparisonEntry */
        ComparisonEntry: {
            code: string;
            title: string;
            category: string | null;
            wordCount: number;
            subject: string;
            /** @description Sanitized HTML of the submitted version */
            body: string;
        };
        /** ComparisonTask */
        ComparisonTask: {
            roundId: number;
            round: components["schemas"]["BlindRound"];
            progress: components["schemas"]["ComparisonProgress"];
            /** @description null when the judge's share is done, the round is not open, or no pair is left */
            pair: {
                left: components["schemas"]["ComparisonEntry"];
                right: components["schemas"]["ComparisonEntry"];
            } | null;
        };
        /** ChoiceInput */
        ChoiceInput: {
            left: string;
            right: string;
            /** @description The code of the better entry: left or right */
            winner: string;
            note?: string;
        };
        /** ResultEntry */
        ResultEntry: {
            rank: number;
            tie: boolean;
            code: string;
            title: string;
            /** @description Unrounded: the API ranks; pages only format */
            raw: number;
            score: number;
            readers: number;
            adjudicated: boolean;
            totals: {
                judgeName: string;
                total: number;
                usedInScore: boolean;
            }[];
            /** @description Comparative rounds: the ability's standard error */
            standardError: number | null;
            /** @description Comparative rounds: ~95% interval */
            interval: {
                low: number;
                high: number;
            } | null;
            /** @description Comparative rounds: choices the entry took part in */
            comparisons: number | null;
            wins: number | null;
            /** @description Its interval overlaps one across a prize line: the data cannot tell them apart there */
            nearPrizeLine: boolean;
            /** @description Only once the awards are finalized */
            authorName: string | null;
            unitName: string | null;
        };
        /** ResultJudge */
        ResultJudge: {
            judgeName: string;
            sheets: number;
            /** @description Negative: severe; positive: lenient */
            severity: number;
            se: number | null;
            flagged: boolean;
        };
        /**
         * Reading
         * @description A plain-language reading of a figure, in Vietnamese and in English
         */
        Reading: {
            /** @description A stable machine label, e.g. 'good', 'tentative', 'flagged', 'insufficient-data' */
            band: string;
            vi: string;
            en: string;
        };
        /**
         * Figure
         * @description A statistic with its reading; value is null when the data cannot define it
         */
        Figure: {
            value: number | null;
            reading: components["schemas"]["Reading"];
        };
        /** ComparativeJudge */
        ComparativeJudge: {
            judgeName: string;
            comparisons: number;
            infit: number | null;
            outfit: number | null;
            misfit: boolean;
        };
        /**
         * ComparativeSummary
         * @description A comparative round's progress, reliability and judge fit
         */
        ComparativeSummary: {
            target: number;
            done: number;
            ssr: components["schemas"]["Figure"];
            splitHalf: components["schemas"]["Figure"];
            judges: components["schemas"]["ComparativeJudge"][];
        };
        /** RoundResults */
        RoundResults: {
            /** @description The rubric method asked for, or 'comparative' for a comparative round */
            method: string;
            revealed: boolean;
            /** @description One page of the ranking, in rank order */
            entries: components["schemas"]["ResultEntry"][];
            /** @description Entries ranked, on every page */
            total: number;
            page: number;
            pageSize: number;
            judges: components["schemas"]["ResultJudge"][];
            ties: {
                rank: number;
                codes: string[];
            }[];
            comparative: components["schemas"]["ComparativeSummary"] | null;
        };
        /** IccFigures */
        IccFigures: {
            judgeIds: (string | number)[];
            entries: number;
            icc11: components["schemas"]["Figure"];
            icc21: components["schemas"]["Figure"];
            icc31: components["schemas"]["Figure"];
            icc1k: components["schemas"]["Figure"];
            icc2k: components["schemas"]["Figure"];
            icc3k: components["schemas"]["Figure"];
            meanSquares: {
                between: number | null;
                within: number | null;
                judges: number | null;
                error: number | null;
            };
        };
        /**
         * ReliabilityReport
         * @description Reliability of a round; every figure with a reading in Vietnamese and English
         */
        ReliabilityReport: {
            design: {
                entries: number;
                judges: number;
                sheets: number;
                readers: {
                    min: number;
                    max: number;
                    /** @description null without entries */
                    harmonicMean: number | null;
                };
                /** @description Every judge read every entry (then icc.complete is set) */
                complete: boolean;
                /** @description Connected parts of the design; severities compare only within one */
                parts: number;
            };
            judges: {
                judgeId: string | number;
                sheets: number;
                /** @description Shrunk, in total points: positive = lenient, negative = severe */
                severity: number;
                se: number | null;
                severityUnshrunk: number;
                seUnshrunk: number | null;
                shrinkage: number;
                flagged: boolean;
                part: number;
                mean: number;
                sd: number | null;
                reading: components["schemas"]["Reading"];
            }[];
            agreement: {
                overall: {
                    /** @description Reader pairs × criteria compared */
                    pairs: number;
                    exact: number;
                    adjacent: number;
                    exactRate: number | null;
                    adjacentRate: number | null;
                    reading: components["schemas"]["Reading"];
                };
                criteria: {
                    /** @description Reader pairs × criteria compared */
                    pairs: number;
                    exact: number;
                    adjacent: number;
                    exactRate: number | null;
                    adjacentRate: number | null;
                    criterionId: number;
                }[];
            };
            alpha: {
                total: components["schemas"]["Figure"];
                criteria: {
                    criterionId: number;
                    value: number | null;
                    reading: components["schemas"]["Reading"];
                }[];
            };
            icc: {
                complete: components["schemas"]["IccFigures"] | null;
                blocks: components["schemas"]["IccFigures"][];
                /** @description Complete blocks that qualified, before the reported maximum */
                blockCount: number;
                varianceComponents: {
                    /** @description null without entries */
                    readers: number | null;
                    oneWay: {
                        single: components["schemas"]["Figure"];
                        average: components["schemas"]["Figure"];
                    };
                    agreement: {
                        single: components["schemas"]["Figure"];
                        average: components["schemas"]["Figure"];
                    };
                    consistency: {
                        single: components["schemas"]["Figure"];
                        average: components["schemas"]["Figure"];
                    };
                    components: {
                        entry: number | null;
                        judge: number | null;
                        residual: number | null;
                    };
                };
            };
            kappa: {
                judgeIds: (string | number)[];
                shared: number;
                total: components["schemas"]["Figure"];
                criteria: {
                    criterionId: number;
                    value: number | null;
                }[];
            }[];
            adjudication: {
                adjudicated: number;
                eligible: number;
                rate: components["schemas"]["Figure"];
            };
            model: {
                status: "fitted" | "insufficient-data";
                iterations: {
                    unshrunk: number;
                    shrunk: number;
                };
                converged: boolean;
                variance: {
                    residual: number | null;
                    residualDf: number;
                    withinEntry: number | null;
                    judge: number | null;
                    entry: number | null;
                    /** @description null when infinite (full shrinkage) */
                    shrinkageRatio: number | null;
                };
            };
        };
        /** RoundStillRunning */
        RoundStillRunning: {
            id: number;
            name: string;
            closesAt: string;
            open: boolean;
        };
        /** AwardsWarning */
        AwardsWarning: {
            code: string;
            message: string;
        };
        /** PublicationStatus */
        PublicationStatus: "awaiting_author" | "declined" | "awaiting_organizer" | "approved";
        /** DiffSegment */
        DiffSegment: {
            kind: "same" | "added" | "removed";
            text: string;
        };
        /** PublicationDetail */
        PublicationDetail: {
            entryId: number;
            code: string;
            contest: {
                id: number;
                slug: string;
                title: string;
                /** Format: date-time */
                publishedAt: string | null;
            };
            tierName: string;
            status: components["schemas"]["PublicationStatus"];
            consentAtSubmission: boolean;
            realName: string;
            unitName: string;
            judged: {
                title: string;
                /** @description sanitized HTML */
                body: string;
            };
            public: {
                slug: string;
                title: string;
                /** @description sanitized HTML */
                body: string;
                wordCount: number;
                displayName: string;
                usesPenName: boolean;
                showUnit: boolean;
                photoIds: number[];
            };
            photos: {
                id: number;
                altText: string;
                url: string;
            }[];
            diff: {
                title: components["schemas"]["DiffSegment"][];
                body: components["schemas"]["DiffSegment"][];
                judgedWords: number;
                addedWords: number;
                removedWords: number;
                withinAllowance: boolean;
            };
            /** Format: date-time */
            authorApprovedAt: string | null;
            /** Format: date-time */
            authorDeclinedAt: string | null;
            /** Format: date-time */
            organizerApprovedAt: string | null;
            publicUrl: string | null;
        };
        /** PublicVersionInput */
        PublicVersionInput: {
            title: string;
            body: string;
            usesPenName: boolean;
            penName?: string;
            showUnit: boolean;
            photoIds: number[];
            /** @description What each photo shows, for readers who cannot see it */
            altTexts?: {
                id: number;
                text: string;
            }[];
            /** @description true: the author approves this version for publication */
            approve: boolean;
        };
        /** ContestPublications */
        ContestPublications: {
            contest: {
                id: number;
                slug: string;
                title: string;
                status: string;
                /** Format: date-time */
                awardsFinalizedAt: string | null;
                /** Format: date-time */
                publishedAt: string | null;
                isPublic: boolean;
            };
            stories: {
                entryId: number;
                code: string;
                tierName: string;
                title: string;
                authorName: string;
                displayName: string;
                status: components["schemas"]["PublicationStatus"];
                addedWords: number;
                removedWords: number;
                withinAllowance: boolean;
            }[];
        };
        /** PublicContestSummary */
        PublicContestSummary: {
            slug: string;
            title: string;
            /** Format: date-time */
            publishedAt: string;
        };
        /** PublicPhoto */
        PublicPhoto: {
            id: number;
            url: string;
            altText: string;
            width: number;
            height: number;
        };
        /**
         * ShowcaseStory
         * @description null: the author did not consent; only code and title are public
         */
        ShowcaseStory: {
            slug: string;
            displayName: string;
            unitName: string | null;
            excerpt: string;
            wordCount: number;
            photo: components["schemas"]["PublicPhoto"] | null;
        };
        /** ShowcaseWinner */
        ShowcaseWinner: {
            code: string;
            title: string;
            story: components["schemas"]["ShowcaseStory"] | null;
        };
        /** Showcase */
        Showcase: {
            slug: string;
            title: string;
            /** @description sanitized HTML */
            descriptionHtml: string;
            organizerTitle: string;
            /** Format: date-time */
            publishedAt: string;
            storyCount: number;
            tiers: {
                name: string;
                winners: components["schemas"]["ShowcaseWinner"][];
            }[];
        };
        /** StoryRef */
        StoryRef: {
            slug: string;
            title: string;
            displayName: string;
            tierName: string;
        };
        /** PublicStory */
        PublicStory: {
            contest: {
                slug: string;
                title: string;
                organizerTitle: string;
            };
            slug: string;
            code: string;
            title: string;
            tierName: string;
            displayName: string;
            unitName: string | null;
            /** @description sanitized HTML */
            bodyHtml: string;
            excerpt: string;
            wordCount: number;
            /** Format: date-time */
            publishedAt: string;
            photos: components["schemas"]["PublicPhoto"][];
            previous: components["schemas"]["StoryRef"] | null;
            next: components["schemas"]["StoryRef"] | null;
        };
        /** SearchHit */
        SearchHit: {
            contestSlug: string;
            contestTitle: string;
            slug: string;
            title: string;
            displayName: string;
            tierName: string;
            snippet: {
                text: string;
                match: boolean;
            }[];
        };
        /** SearchResults */
        SearchResults: {
            query: string;
            total: number;
            page: number;
            pageSize: number;
            results: components["schemas"]["SearchHit"][];
        };
        /** FeedStory */
        FeedStory: {
            contestSlug: string;
            contestTitle: string;
            slug: string;
            title: string;
            displayName: string;
            tierName: string;
            excerpt: string;
            /** @description sanitized HTML, with text=true */
            bodyHtml?: string;
            /** Format: date-time */
            publishedAt: string;
        };
        /** EntryCounts */
        EntryCounts: {
            draft: number;
            submitted: number;
            withdrawn: number;
            disqualified: number;
        };
        /** NextStep */
        NextStep: "setup" | "submissions" | "screening" | "rounds" | "results" | "awards" | "publication" | "done";
        /** ContestOverview */
        ContestOverview: {
            id: number;
            title: string;
            status: "draft" | "open" | "judging" | "awarded" | "published";
            submissionOpensAt: string;
            submissionClosesAt: string;
            entries: components["schemas"]["EntryCounts"];
            rounds: number;
            lastRoundId: number | null;
            awards: number;
            nextStep: components["schemas"]["NextStep"];
        };
        /** ParticipationSort */
        ParticipationSort: "rate" | "entries" | "headcount" | "name";
        /** SortOrder */
        SortOrder: "asc" | "desc";
        /** DayCount */
        DayCount: {
            /** @description Vietnam day (UTC+7), YYYY-MM-DD */
            day: string;
            count: number;
            cumulative: number;
        };
        /** UnitParticipation */
        UnitParticipation: {
            unitId: number;
            name: string;
            headcount: number;
            entries: number;
            /** @description Entries per head; null where the headcount is 0 */
            rate: number | null;
        };
        /** JudgeProgress */
        JudgeProgress: {
            id: string;
            name: string;
            assigned: number;
            submitted: number;
        };
        /** RoundProgress */
        RoundProgress: {
            id: number;
            name: string;
            kind: "preliminary" | "final";
            opensAt: string;
            closesAt: string;
            assigned: number;
            submitted: number;
            judges: components["schemas"]["JudgeProgress"][];
        };
        /** AdjudicationQueue */
        AdjudicationQueue: {
            roundId: number;
            name: string;
            thirdReadings: number;
            pending: number;
        };
        /** ContestDashboard */
        ContestDashboard: {
            contest: {
                id: number;
                title: string;
                status: "draft" | "open" | "judging" | "awarded" | "published";
                submissionOpensAt: string;
                submissionClosesAt: string;
            };
            entries: components["schemas"]["EntryCounts"];
            submissionsPerDay: components["schemas"]["DayCount"][];
            participation: {
                entries: number;
                headcount: number;
                rate: number | null;
                unitsTakingPart: number;
                sort: components["schemas"]["ParticipationSort"];
                order: components["schemas"]["SortOrder"];
                units: components["schemas"]["UnitParticipation"][];
            };
            rounds: components["schemas"]["RoundProgress"][];
            queues: {
                screening: {
                    submitted: number;
                    disqualified: number;
                };
                adjudication: components["schemas"]["AdjudicationQueue"][];
            };
        };
        /** AuditEntry */
        AuditEntry: {
            id: number;
            at: string;
            /** @description Null: the system itself */
            actor: {
                name: string;
                email: string;
            } | null;
            action: string;
            subjectType: string;
            subjectId: string;
            contestId: number | null;
            details: {
                [key: string]: unknown;
            };
        };
        /** AuditPage */
        AuditPage: {
            total: number;
            page: number;
            pageSize: number;
            /** @description Every action the log holds, for the filter */
            actions: string[];
            entries: components["schemas"]["AuditEntry"][];
        };
        /** MailStatus */
        MailStatus: "queued" | "sent" | "failed";
        /** MailItem */
        MailItem: {
            id: number;
            to: string;
            userId: string | null;
            linkHidden: boolean;
            kind: "receipt" | "assignment" | "reminder" | "award" | "publication" | "password_reset" | "invitation";
            locale: "vi" | "en";
            subject: string;
            text: string;
            status: components["schemas"]["MailStatus"];
            attempts: number;
            /** Format: date-time */
            nextAttemptAt: string;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
        };
        /** MailPage */
        MailPage: {
            items: components["schemas"]["MailItem"][];
            total: number;
            page: number;
            pageSize: number;
            smtpConfigured: boolean;
        };
        /** PasswordLink */
        PasswordLink: {
            purpose: "reset" | "invitation";
            email: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
