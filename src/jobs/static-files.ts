import { readFileSync } from "node:fs";

/** The files the app serves as they are: the pages' stylesheet and their one script. */
export const staticFiles = {
  "room.css": "text/css; charset=utf-8",
  "room.js": "text/javascript; charset=utf-8",
  "rsvp.js": "text/javascript; charset=utf-8",
} as const;

export type StaticName = keyof typeof staticFiles;

/** One of the static files, read from the package's static/ folder (beside src/ and lib/). */
export function staticFile(name: StaticName): string {
  return readFileSync(new URL(`../../static/${name}`, import.meta.url), "utf8");
}
