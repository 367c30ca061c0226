import type { Probot } from "probot";

/** The hello-world Probot app (hello-app.mjs), as an app function. */
export declare function helloApp(app: Probot): void;
