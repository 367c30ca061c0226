"use strict";export const id=297,ids=[297],modules={5297:((s,n,t)=>{t.r(n),t.d(n,{createClient:()=>o.UU,settingsFromEnv:()=>o.xT});var o=t(7565)})};
//# sourceMappingURL=297.index.js.map
