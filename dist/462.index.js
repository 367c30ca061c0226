"use strict";export const id=462,ids=[462],modules={1462:((c,e,n)=>{n.r(e),n.d(e,{ensureLabels:()=>a});var o=n(8551),d=n(8210);const a={async load({github:s,owner:_,repo:t}){const{names:u}=await(0,d.k2)(s,_,t);return{names:u}},plan({names:s},_,{config:t}){return{effects:(0,o.nHw)(s,(0,o.c_Z)(t)),result:{}}}}})};
//# sourceMappingURL=462.index.js.map
