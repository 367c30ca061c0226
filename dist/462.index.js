"use strict";export const id=462,ids=[462],modules={1462:((D,s,n)=>{n.r(s),n.d(s,{ensureLabels:()=>e});var o=n(6713),t=n(2428),d=n(675);async function e(_){const{github:a,owner:E,repo:l,config:i}=_,{names:u}=await(0,t.k2)(a,E,l),c=(0,o.nHw)(u,(0,o.c_Z)(i)),P=await(0,t.PX)(a,c,(0,d.R)(_,null));return{plan:c,applied:P}}})};
//# sourceMappingURL=462.index.js.map
