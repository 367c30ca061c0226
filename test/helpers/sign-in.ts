import type { WebApp } from "./web-app.js";

/**
 * Signs `login` in through the fake's authorize page, as a browser would follow the redirects;
 * returns the session cookie. Lands on `next`.
 */
export async function signIn(app: WebApp, login: string, next = "/roundtable"): Promise<string> {
  const start = await fetch(`${app.url}/roundtable/signin?next=${encodeURIComponent(next)}`, {
    redirect: "manual",
  });
  const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const authorize = new URL(start.headers.get("location") ?? "");
  const granted = await fetch(new URL("/login/oauth/authorize", authorize), {
    method: "POST",
    body: new URLSearchParams({
      login,
      redirect_uri: authorize.searchParams.get("redirect_uri") ?? "",
      state: authorize.searchParams.get("state") ?? "",
    }),
    redirect: "manual",
  });
  const back = await fetch(granted.headers.get("location") ?? "", {
    headers: { cookie },
    redirect: "manual",
  });
  if (back.status !== 302 || back.headers.get("location") !== next)
    throw new Error(`sign-in of ${login}: expected a redirect to ${next}, got ${back.status}`);
  return (back.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

/** The CSRF token a page's forms carry. */
export const csrfOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? "";
