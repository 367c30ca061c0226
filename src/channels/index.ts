export { secretOf } from "./channel-url.js";
export { ChannelError, type PostOptions, postNotice } from "./post-notice.js";
export type { Secrets } from "./secrets.js";
export { sendNotice } from "./send-notice.js";
export { allowListVariable, ownerPrefix, refusalOf, tenantSecrets } from "./tenant-secrets.js";
