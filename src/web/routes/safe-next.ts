/** Where a sign-in may return: a path of ours only, so the sign-in never sends anyone elsewhere. */
export const safeNext = /^\/roundtable(\/[\w./-]*)?(\?t=[\w-]+)?$/;
