/**
 * The bot's answer to a person: the replies joined, with every `@name` or `@org/team` the
 * replies repeat from people's words defused (a word joiner after the `@` keeps the text and
 * stops the ping). The bot's answers name people as plain logins, so nobody is mentioned but by
 * GitHub's own notification of the reply to the person who commented.
 */
export function renderReply(replies: string[]): string {
  return replies.join("\n\n").replace(/@(?=[A-Za-z0-9])/g, "@\u2060");
}
