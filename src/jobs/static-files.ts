import { readFileSync } from "node:fs";

/**
 * The files the app serves as they are (the pages' stylesheet and their scripts), in the
 * package's static/ folder beside src/ and lib/. Each URL is written out whole: ncc (the Action's
 * bundle) copies a file it can name and points the URL at the copy, and a URL built from a
 * variable would point at a folder the bundle does not have. esbuild (the app's and the CLI's
 * bundles) leaves the URL as written: lib/app-bundle/ is at lib/jobs/'s depth, so it names the
 * same file.
 */
const files = {
  "room.css": new URL("../../static/room.css", import.meta.url),
  "room.js": new URL("../../static/room.js", import.meta.url),
  "ballot.js": new URL("../../static/ballot.js", import.meta.url),
  "rsvp.js": new URL("../../static/rsvp.js", import.meta.url),
};

/** Each static file's content type. */
export const staticFiles = {
  "room.css": "text/css; charset=utf-8",
  "room.js": "text/javascript; charset=utf-8",
  "ballot.js": "text/javascript; charset=utf-8",
  "rsvp.js": "text/javascript; charset=utf-8",
} as const satisfies Record<keyof typeof files, string>;

export type StaticName = keyof typeof staticFiles;

/** One of the static files' text. */
export function staticFile(name: StaticName): string {
  return readFileSync(files[name], "utf8");
}
