"use strict";export const id=183,ids=[183],modules={6183:((a,r,e)=>{e.r(r),e.d(r,{channelSecretProblems:()=>s});var o=e(7215);function s(c,l){return c.notify.flatMap((d,u)=>["url","secret"].flatMap(n=>{const t=d[n];if(t===void 0)return[];try{return(0,o.OM)(t,l,n),[]}catch(f){return[`notify[${u}].${n}: ${f.message}`]}}))}})};
//# sourceMappingURL=183.index.js.map
