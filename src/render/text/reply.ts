/**
 * The bot's answer to a person: the replies joined, with every `@name` or `@org/team` the
 * replies repeat from people's words defused (a word joiner after the `@` keeps the text and
 * stops the ping). The bot's answers name people as plain logins, so nobody is mentioned but by
 * GitHub's own notification of the reply to the person who commented. An HTML comment opener
 * gets a word joiner too: a reply that repeats a title or a message with a marker in it is never
 * taken for another of Roundtable's comments.
 */
export function renderReply(replies: string[]): string {
  return replies
    .join("\n\n")
    .replace(/@(?=[A-Za-z0-9])/g, "@\u2060")
    .replace(/<!--/g, "<!\u2060--");
}
