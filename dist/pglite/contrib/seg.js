import{j as e}from"../chunk-ZSOCVAT7.js";e();var t=async(s,n)=>({bundlePath:new URL("../seg.tar.gz",import.meta.url)}),a={name:"seg",setup:t};export{a as seg};
//# sourceMappingURL=seg.js.map