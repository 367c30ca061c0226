"use strict";export const id=462,ids=[462],modules={1462:((P,s,n)=>{n.r(s),n.d(s,{ensureLabels:()=>_});var e=n(1955),t=n(7565);async function _(c,o){const{owner:d,repo:a,config:r}=o,{names:u}=await(0,t.k2)(c,d,a),l=(0,e.nHw)(u,(0,e.c_Z)(r)),E=await(0,t.PX)(c,l,{owner:d,repo:a,project:null,dryRun:o.dryRun,log:o.log});return{plan:l,applied:E}}})};
//# sourceMappingURL=462.index.js.map
