import { visibleText } from "./safe-text.js";

/**
 * People's words in Discord's Markdown (an embed's title and description). Every character
 * Discord reads as inline syntax gets a backslash: emphasis, code, spoilers, the brackets of a
 * masked link `[x](url)`, and the `<` `>` of `<@123>`, `<#channel>`, `<t:…>`; a heading, list or
 * quote marker at the start of the words too, and the `:` of a bare `https://` (no autolink).
 * `@everyone` and `@here` get a zero-width space after the `@`. The message also carries
 * `allowed_mentions: { parse: [] }`, so even a mention that slipped through would ping nobody.
 */
export function discordText(text: string): string {
  return visibleText(text)
    .replace(/[\\*_~`|[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])/, "$1\\$2")
    .replace(/:\/\//g, "\\://")
    .replace(/@(everyone|here)/gi, "@\u200b$1");
}

/** A masked link, `[label](url)`: the label escaped; the URL is Roundtable's own, `)` encoded. */
export function discordLink(url: string, label: string): string {
  return `[${discordText(label)}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}
