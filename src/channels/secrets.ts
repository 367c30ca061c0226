/** Where secrets are read: the process's environment (the app), or the step's env (the Action). */
export type Secrets = Readonly<Record<string, string | undefined>>;
