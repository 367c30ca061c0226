/**
 * The URL without its secrets, for logs and health: its user info (`redis://user:pw@host`, or a
 * token alone as the user) and every query value (`?password=…`, `?token=…`) become `***`; the
 * scheme, host, port and path stay, which is what a person needs to tell which server it is.
 */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username) parsed.username = "***";
    if (parsed.password) parsed.password = "***";
    for (const name of [...new Set(parsed.searchParams.keys())])
      parsed.searchParams.set(name, "***");
    parsed.hash = "";
    return parsed.toString();
  } catch {
    return "(a URL that does not parse, not shown)";
  }
}

/** Text with every URL in it redacted (an error message that quotes one). */
export function redactedText(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactedUrl(url));
}
