/**
 * The meeting person a transcript's speaker is, by login: meeting tools name people as they call
 * themselves ("Maya Chen", "maya", "Maya C."), GitHub by login (`maya-chen`). A speaker is a
 * person when their name and the login are the same letters and digits ("Maya Chen" and
 * `maya-chen`), or when the speaker's first name is the first part of exactly one login ("Maya" and
 * `maya-chen`, but not when `maya-k` is there too). Otherwise undefined: the name is kept as said.
 */
export function speakerLogin(speaker: string, logins: readonly string[]): string | undefined {
  const squeezed = squeeze(speaker);
  if (squeezed === "") return undefined;
  const whole = logins.find((login) => squeeze(login) === squeezed);
  if (whole) return whole;
  const first = squeeze(speaker.trim().split(/\s+/)[0] ?? "");
  if (first.length < 2) return undefined;
  const byFirst = logins.filter((login) => squeeze(login.split(/[-_.]/)[0] ?? "") === first);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

/** Letters and digits only, in lower case, accents taken off: how two spellings of a name meet. */
function squeeze(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
