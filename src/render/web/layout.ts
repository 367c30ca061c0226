import { Html, type HtmlValue, html } from "../text/html.js";

/** Who is looking at a page, and what they may do on it. */
export interface Viewer {
  login: string;
  /** The session's CSRF token: every form that POSTs carries it. */
  csrf: string;
  /**
   * Whether the viewer runs the meeting shown, as GitHub says now (a team or a role the config
   * names counts); absent, the meeting's host and the facilitators the config names by login.
   */
  facilitates?: boolean;
}

/** Whether the viewer gets a meeting's facilitator controls: see `Viewer.facilitates`. */
export function runsMeeting(viewer: Viewer, facilitators: string[]): boolean {
  return (
    viewer.facilitates ?? facilitators.some((f) => f.toLowerCase() === viewer.login.toLowerCase())
  );
}

/** Where the app serves its pages; the static files live under `${base}/static`. */
export const webBase = "/roundtable";

export interface PageOptions {
  title: string;
  viewer: Viewer | null;
  body: HtmlValue;
  /** A class on <body>: "room", "board", "poster". */
  kind: string;
  /** The repository the page is about, for the header's link to its board. */
  repository?: string;
  /** Loads the live-update script (the room only). */
  live?: boolean;
  /** Loads another of the app's scripts (the RSVP page's local time). */
  script?: string;
  /** The stylesheet itself, for a page read offline (the poster file): no link to the app. */
  css?: string;
}

/** A hidden field with the session's CSRF token. */
export function csrfField(viewer: Viewer): Html {
  return html`<input type="hidden" name="csrf" value="${viewer.csrf}">`;
}

/** The page around every view: one stylesheet, at most one script, both served by the app. */
export function page(options: PageOptions): Html {
  const { viewer, repository } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
${options.css === undefined ? html`<link rel="stylesheet" href="${webBase}/static/room.css">` : html`<style>${new Html(options.css.replace(/<\//g, "<\\/"))}</style>`}
${options.live ? html`<script src="${webBase}/static/room.js" defer></script>` : ""}
${options.script ? html`<script src="${webBase}/static/${options.script}" defer></script>` : ""}
</head>
<body class="${options.kind}">
<header class="bar">
<a class="brand" href="${repository ? `${webBase}/${repository}` : webBase}">Roundtable</a>
${repository ? html`<span class="repo">${repository}</span>` : ""}
<span class="spacer"></span>
${
  viewer
    ? html`<span class="who">Signed in as <strong>${viewer.login}</strong></span>
<form method="post" action="${webBase}/signout">${csrfField(viewer)}<button class="link">Sign out</button></form>`
    : ""
}
</header>
<main>
${options.body}
</main>
</body>
</html>
`;
}
