"use strict";var we=Object.create;var j=Object.defineProperty;var Ae=Object.getOwnPropertyDescriptor;var Te=Object.getOwnPropertyNames;var Se=Object.getPrototypeOf,Re=Object.prototype.hasOwnProperty;var oe=e=>{throw TypeError(e)};var Ie=(e,t)=>{for(var n in t)j(e,n,{get:t[n],enumerable:!0})},ue=(e,t,n,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let r of Te(t))!Re.call(e,r)&&r!==n&&j(e,r,{get:()=>t[r],enumerable:!(i=Ae(t,r))||i.enumerable});return e};var ce=(e,t,n)=>(n=e!=null?we(Se(e)):{},ue(t||!e||!e.__esModule?j(n,"default",{value:e,enumerable:!0}):n,e)),Ne=e=>ue(j({},"__esModule",{value:!0}),e);var te=(e,t,n)=>t.has(e)||oe("Cannot "+n);var a=(e,t,n)=>(te(e,t,"read from private field"),n?n.call(e):t.get(e)),M=(e,t,n)=>t.has(e)?oe("Cannot add the same private member more than once"):t instanceof WeakSet?t.add(e):t.set(e,n),I=(e,t,n,i)=>(te(e,t,"write to private field"),i?i.call(e,n):t.set(e,n),n),v=(e,t,n)=>(te(e,t,"access private method"),n);var ne=(e,t,n,i)=>({set _(r){I(e,t,r,n)},get _(){return a(e,t,i)}});var Nt={};Ie(Nt,{live:()=>Rt});module.exports=Ne(Nt);function k(e){let t=e.length;for(let n=e.length-1;n>=0;n--){let i=e.charCodeAt(n);i>127&&i<=2047?t++:i>2047&&i<=65535&&(t+=2),i>=56320&&i<=57343&&n--}return t}var A,E,x,H,V,R,Q,$,le,U=class{constructor(t=256){this.size=t;M(this,R);M(this,A);M(this,E,5);M(this,x,!1);M(this,H,new TextEncoder);M(this,V,0);I(this,A,v(this,R,Q).call(this,t))}addInt32(t){return v(this,R,$).call(this,4),a(this,A).setInt32(a(this,E),t,a(this,x)),I(this,E,a(this,E)+4),this}addInt16(t){return v(this,R,$).call(this,2),a(this,A).setInt16(a(this,E),t,a(this,x)),I(this,E,a(this,E)+2),this}addUint16(t){return v(this,R,$).call(this,2),a(this,A).setUint16(a(this,E),t,a(this,x)),I(this,E,a(this,E)+2),this}addCString(t){return t&&this.addString(t),v(this,R,$).call(this,1),a(this,A).setUint8(a(this,E),0),ne(this,E)._++,this}addString(t=""){let n=k(t);return v(this,R,$).call(this,n),a(this,H).encodeInto(t,new Uint8Array(a(this,A).buffer,a(this,E))),I(this,E,a(this,E)+n),this}add(t){return v(this,R,$).call(this,t.byteLength),new Uint8Array(a(this,A).buffer).set(new Uint8Array(t),a(this,E)),I(this,E,a(this,E)+t.byteLength),this}flush(t){let n=v(this,R,le).call(this,t);return I(this,E,5),I(this,A,v(this,R,Q).call(this,this.size)),new Uint8Array(n)}};A=new WeakMap,E=new WeakMap,x=new WeakMap,H=new WeakMap,V=new WeakMap,R=new WeakSet,Q=function(t){return new DataView(new ArrayBuffer(t))},$=function(t){if(a(this,A).byteLength-a(this,E)<t){let i=a(this,A).buffer,r=i.byteLength+(i.byteLength>>1)+t;I(this,A,v(this,R,Q).call(this,r)),new Uint8Array(a(this,A).buffer).set(new Uint8Array(i))}},le=function(t){if(t){a(this,A).setUint8(a(this,V),t);let n=a(this,E)-(a(this,V)+1);a(this,A).setInt32(a(this,V)+1,n,a(this,x))}return a(this,A).buffer.slice(t?0:5,a(this,E))};var g=new U,ve=e=>{g.addInt16(3).addInt16(0);for(let i of Object.keys(e))g.addCString(i).addCString(e[i]);g.addCString("client_encoding").addCString("UTF8");let t=g.addCString("").flush(),n=t.byteLength+4;return new U().addInt32(n).add(t).flush()},Ce=()=>{let e=new DataView(new ArrayBuffer(8));return e.setInt32(0,8,!1),e.setInt32(4,80877103,!1),new Uint8Array(e.buffer)},Le=e=>g.addCString(e).flush(112),De=(e,t)=>(g.addCString(e).addInt32(k(t)).addString(t),g.flush(112)),Oe=e=>g.addString(e).flush(112),Me=e=>g.addCString(e).flush(81),Be=[],Pe=e=>{let t=e.name??"";t.length>63&&(console.error("Warning! Postgres only supports 63 characters for query names."),console.error("You supplied %s (%s)",t,t.length),console.error("This can cause conflicts and silent errors executing queries"));let n=g.addCString(t).addCString(e.text).addInt16(e.types?.length??0);return e.types?.forEach(i=>n.addInt32(i)),g.flush(80)},q=new U;var $e=(e,t)=>{for(let n=0;n<e.length;n++){let i=t?t(e[n],n):e[n];if(i===null)g.addInt16(0),q.addInt32(-1);else if(i instanceof ArrayBuffer||ArrayBuffer.isView(i)){let r=ArrayBuffer.isView(i)?i.buffer.slice(i.byteOffset,i.byteOffset+i.byteLength):i;g.addInt16(1),q.addInt32(r.byteLength),q.add(r)}else g.addInt16(0),q.addInt32(k(i)),q.addString(i)}},xe=(e={})=>{let t=e.portal??"",n=e.statement??"",i=e.binary??!1,r=e.values??Be,o=r.length;return g.addCString(t).addCString(n),g.addUint16(o),$e(r,e.valueMapper),g.addUint16(o),g.add(q.flush()),g.addInt16(i?1:0),g.flush(66)},Ue=new Uint8Array([69,0,0,0,9,0,0,0,0,0]),Fe=e=>{if(!e||!e.portal&&!e.rows)return Ue;let t=e.portal??"",n=e.rows??0,i=k(t),r=4+i+1+4,o=new DataView(new ArrayBuffer(1+r));return o.setUint8(0,69),o.setInt32(1,r,!1),new TextEncoder().encodeInto(t,new Uint8Array(o.buffer,5)),o.setUint8(i+5,0),o.setUint32(o.byteLength-4,n,!1),new Uint8Array(o.buffer)},ke=(e,t)=>{let n=new DataView(new ArrayBuffer(16));return n.setInt32(0,16,!1),n.setInt16(4,1234,!1),n.setInt16(6,5678,!1),n.setInt32(8,e,!1),n.setInt32(12,t,!1),new Uint8Array(n.buffer)},re=(e,t)=>{let n=new U;return n.addCString(t),n.flush(e)},Ve=g.addCString("P").flush(68),qe=g.addCString("S").flush(68),Ge=e=>e.name?re(68,`${e.type}${e.name??""}`):e.type==="P"?Ve:qe,We=e=>{let t=`${e.type}${e.name??""}`;return re(67,t)},je=e=>g.add(e).flush(100),Qe=e=>re(102,e),X=e=>new Uint8Array([e,0,0,0,4]),He=X(72),Xe=X(83),ze=X(88),Je=X(99),G={startup:ve,password:Le,requestSsl:Ce,sendSASLInitialResponseMessage:De,sendSCRAMClientFinalMessage:Oe,query:Me,parse:Pe,bind:xe,execute:Fe,describe:Ge,close:We,flush:()=>He,sync:()=>Xe,end:()=>ze,copyData:je,copyDone:()=>Je,copyFail:Qe,cancel:ke};var qt=new ArrayBuffer(0);var Ke=1,Ze=4,Cn=Ke+Ze,Ln=new ArrayBuffer(0);var et=globalThis.JSON.parse,tt=globalThis.JSON.stringify,de=16,pe=17;var fe=20,nt=21,rt=23;var z=25,it=26;var me=114;var st=700,at=701;var ot=1042,ut=1043,ct=1082;var lt=1114,ye=1184;var dt=3802;var pt={string:{to:z,from:[z,ut,ot],serialize:e=>e instanceof Date?e.toISOString():e.toString(),parse:e=>e},number:{to:0,from:[nt,rt,it,st,at],serialize:e=>e.toString(),parse:e=>+e},bigint:{to:fe,from:[fe],serialize:e=>e.toString(),parse:e=>{let t=BigInt(e);return t<Number.MIN_SAFE_INTEGER||t>Number.MAX_SAFE_INTEGER?t:Number(t)}},json:{to:me,from:[me,dt],serialize:e=>typeof e=="string"?e:tt(e,(t,n)=>typeof n=="bigint"?n.toString():n),parse:e=>et(e)},boolean:{to:de,from:[de],serialize:e=>{if(typeof e=="boolean")return e?"t":"f";if(typeof e=="number"){if(e===1)return"t";if(e===0)return"f"}else if(typeof e=="string"){let t=e.trim().toLowerCase();if(["true","t","yes","y","on","1"].includes(t))return"t";if(["false","f","no","n","off","0"].includes(t))return"f"}throw new Error("Invalid input for boolean type")},parse:e=>e==="t"},date:{to:ye,from:[ct,lt,ye],serialize:e=>{if(typeof e=="string")return e;if(e===1/0)return"infinity";if(e===-1/0)return"-infinity";if(typeof e=="number")return new Date(e).toISOString();if(e instanceof Date)return e.toISOString();throw new Error("Invalid input for date type")},parse:e=>e==="infinity"?1/0:e==="-infinity"?-1/0:new Date(e)},bytea:{to:pe,from:[pe],serialize:e=>{if(!(e instanceof Uint8Array))throw new Error("Invalid input for bytea type");return"\\x"+Array.from(e).map(t=>t.toString(16).padStart(2,"0")).join("")},parse:e=>{let t=e.slice(2);return Uint8Array.from({length:t.length/2},(n,i)=>parseInt(t.substring(i*2,(i+1)*2),16))}}},he=ft(pt),Fn=he.parsers,kn=he.serializers;function ft(e){return Object.keys(e).reduce(({parsers:t,serializers:n},i)=>{let{to:r,from:o,serialize:s,parse:b}=e[i];return n[r]=s,n[i]=s,t[i]=b,Array.isArray(o)?o.forEach(y=>{t[y]=b,n[y]=s}):(t[o]=b,n[o]=s),{parsers:t,serializers:n}},{parsers:{},serializers:{}})}function ge(e){let t=e.find(n=>n.name==="parameterDescription");return t?t.dataTypeIDs:[]}async function ie(e,t,n,i){if(!n||n.length===0)return t;i=i??e;let r=[];try{await e.execProtocol(G.parse({text:t}),{syncToFs:!1}),r.push(...(await e.execProtocol(G.describe({type:"S"}),{syncToFs:!1})).messages)}finally{r.push(...(await e.execProtocol(G.sync(),{syncToFs:!1})).messages)}let o=ge(r),s=t.replace(/\$([0-9]+)/g,(y,l)=>"%"+l+"$L");return(await i.query(`SELECT format($1, ${n.map((y,l)=>`$${l+2}`).join(", ")}) as query`,[s,...n],{paramTypes:[z,...o]})).rows[0].query}function se(e){let t,n=!1,i=async()=>{if(!t){n=!1;return}n=!0;let{args:r,resolve:o,reject:s}=t;t=void 0;try{let b=await e(...r);o(b)}catch(b){s(b)}finally{i()}};return async(...r)=>{t&&t.resolve(void 0);let o=new Promise((s,b)=>{t={args:r,resolve:s,reject:b}});return n||i(),o}}var mt=Object.defineProperty,yt=(e,t)=>{for(var n in t)mt(e,n,{get:t[n],enumerable:!0})},Y={};yt(Y,{IN_NODE:()=>K,WASM_PREFIX:()=>gt,getFsBundle:()=>Et,instantiateWasm:()=>_t,pgliteProc:()=>bt,rmdirRecursive:()=>be,startArtifactDownload:()=>ae,toPostgresName:()=>At,uuid:()=>wt});function ht(){let e=process.type;return e==="renderer"||e==="worker"||e==="service-worker"}var K=typeof process=="object"&&typeof process.versions=="object"&&typeof process.versions.node=="string"&&!ht(),gt="/pglite",bt=globalThis&&typeof globalThis.process<"u"?globalThis.process:{exitCode:void 0},W=new Map;async function ae(e){K||W.has(e.toString())||W.set(e.toString(),fetch(e))}var J=new Map;async function _t(e,t){if(typeof t!="function")return{instance:await WebAssembly.instantiate(t,e),module:t};let n=t();if(J.has(n.toString())){let i=J.get(n.toString());return{instance:await WebAssembly.instantiate(i,e),module:i}}if(K){let i=await(await import("fs/promises")).readFile(n),{module:r,instance:o}=await WebAssembly.instantiate(i,e);return J.set(n.toString(),r),{instance:o,module:r}}else{W.has(n.toString())||ae(n);let i=await W.get(n.toString()),{module:r,instance:o}=await WebAssembly.instantiateStreaming(i.clone(),e);return J.set(n.toString(),r),{instance:o,module:r}}}async function Et(e){return K?(await(await import("fs/promises")).readFile(e)).buffer:(ae(e),(await W.get(e.toString())).clone().arrayBuffer())}var wt=()=>{if(globalThis.crypto?.randomUUID)return globalThis.crypto.randomUUID();let e=new Uint8Array(16);if(globalThis.crypto?.getRandomValues)globalThis.crypto.getRandomValues(e);else for(let n=0;n<e.length;n++)e[n]=Math.floor(Math.random()*256);e[6]=e[6]&15|64,e[8]=e[8]&63|128;let t=[];return e.forEach(n=>{t.push(n.toString(16).padStart(2,"0"))}),t.slice(0,4).join("")+"-"+t.slice(4,6).join("")+"-"+t.slice(6,8).join("")+"-"+t.slice(8,10).join("")+"-"+t.slice(10).join("")};function At(e){let t;return e.startsWith('"')&&e.endsWith('"')?t=e.substring(1,e.length-1):t=e.toLowerCase(),t}function be(e,t){try{let n=e.readdir(t).filter(i=>i!=="."&&i!=="..");for(let i of n){let r=t+"/"+i;try{e.readdir(r),be(e,r)}catch{e.unlink(r)}}e.rmdir(t)}catch{try{e.unlink(t)}catch{}}}var Tt=5,St=async(e,t)=>{let n=new Set,i={async query(r,o,s){let b,y,l;if(typeof r!="string"&&(b=r.signal,o=r.params,s=r.callback,y=r.offset,l=r.limit,r=r.query),y===void 0!=(l===void 0))throw new Error("offset and limit must be provided together");let u=y!==void 0&&l!==void 0,S;if(u&&(typeof y!="number"||isNaN(y)||typeof l!="number"||isNaN(l)))throw new Error("offset and limit must be numbers");let _=s?[s]:[],m=Y.uuid().replace(/-/g,""),D=!1,N,B,F=async()=>{await e.transaction(async c=>{let p=o&&o.length>0?await ie(e,r,o,c):r;await c.exec(`CREATE OR REPLACE TEMP VIEW live_query_${m}_view AS ${p}`);let w=await _e(c,`live_query_${m}_view`);await Ee(c,w,n),u?(await c.exec(`
              PREPARE live_query_${m}_get(int, int) AS
              SELECT * FROM live_query_${m}_view
              LIMIT $1 OFFSET $2;
            `),await c.exec(`
              PREPARE live_query_${m}_get_total_count AS
              SELECT COUNT(*) FROM live_query_${m}_view;
            `),S=(await c.query(`EXECUTE live_query_${m}_get_total_count;`)).rows[0].count,N={...await c.query(`EXECUTE live_query_${m}_get(${l}, ${y});`),offset:y,limit:l,totalCount:S}):(await c.exec(`
              PREPARE live_query_${m}_get AS
              SELECT * FROM live_query_${m}_view;
            `),N=await c.query(`EXECUTE live_query_${m}_get;`)),B=await Promise.all(w.map(T=>c.listen(`"table_change__${T.schema_oid}__${T.table_oid}"`,async()=>{L()})))})};await F();let L=se(async({offset:c,limit:p}={})=>{if(!u&&(c!==void 0||p!==void 0))throw new Error("offset and limit cannot be provided for non-windowed queries");if(c&&(typeof c!="number"||isNaN(c))||p&&(typeof p!="number"||isNaN(p)))throw new Error("offset and limit must be numbers");y=c??y,l=p??l;let w=async(T=0)=>{if(_.length!==0){try{u?N={...await e.query(`EXECUTE live_query_${m}_get(${l}, ${y});`),offset:y,limit:l,totalCount:S}:N=await e.query(`EXECUTE live_query_${m}_get;`)}catch(h){let d=h.message;if(d.startsWith(`prepared statement "live_query_${m}`)&&d.endsWith("does not exist")){if(T>Tt)throw h;await F(),w(T+1)}else throw h}if(Z(_,N),u){let h=(await e.query(`EXECUTE live_query_${m}_get_total_count;`)).rows[0].count;h!==S&&(S=h,L())}}};await w()}),O=c=>{if(D)throw new Error("Live query is no longer active and cannot be subscribed to");_.push(c)},f=async c=>{c?_=_.filter(p=>p!==c):_=[],_.length===0&&!D&&(D=!0,await e.transaction(async p=>{await Promise.all(B.map(w=>w(p))),await p.exec(`
              DROP VIEW IF EXISTS live_query_${m}_view;
              DEALLOCATE live_query_${m}_get;
              ${u?`DEALLOCATE live_query_${m}_get_total_count;`:""}
            `)}))};return b?.aborted?await f():b?.addEventListener("abort",()=>{f()},{once:!0}),Z(_,N),{initialResults:N,subscribe:O,unsubscribe:f,refresh:L}},async changes(r,o,s,b){let y;if(typeof r!="string"&&(y=r.signal,o=r.params,s=r.key,b=r.callback,r=r.query),!s)throw new Error("key is required for changes queries");let l=b?[b]:[],u=Y.uuid().replace(/-/g,""),S=!1,_=1,m,D,N=async()=>{await e.transaction(async f=>{let c=await ie(e,r,o,f);await f.query(`CREATE OR REPLACE TEMP VIEW live_query_${u}_view AS ${c}`);let p=await _e(f,`live_query_${u}_view`);await Ee(f,p,n);let w=[...(await f.query(`
                SELECT column_name, data_type, udt_name
                FROM information_schema.columns 
                WHERE table_name = 'live_query_${u}_view'
              `)).rows,{column_name:"__after__",data_type:"integer"}];await f.exec(`
            CREATE TEMP TABLE live_query_${u}_state1 (LIKE live_query_${u}_view INCLUDING ALL);
            CREATE TEMP TABLE live_query_${u}_state2 (LIKE live_query_${u}_view INCLUDING ALL);
          `);for(let T of[1,2]){let h=T===1?2:1;await f.exec(`
              PREPARE live_query_${u}_diff${T} AS
              WITH
                prev AS (SELECT LAG("${s}") OVER () as __after__, * FROM live_query_${u}_state${h}),
                curr AS (SELECT LAG("${s}") OVER () as __after__, * FROM live_query_${u}_state${T}),
                data_diff AS (
                  -- INSERT operations: Include all columns
                  SELECT 
                    'INSERT' AS __op__,
                    ${w.map(({column_name:d})=>`curr."${d}" AS "${d}"`).join(`,
`)},
                    ARRAY[]::text[] AS __changed_columns__
                  FROM curr
                  LEFT JOIN prev ON curr.${s} = prev.${s}
                  WHERE prev.${s} IS NULL
                UNION ALL
                  -- DELETE operations: Include only the primary key
                  SELECT 
                    'DELETE' AS __op__,
                    ${w.map(({column_name:d,data_type:P,udt_name:ee})=>d===s?`prev."${d}" AS "${d}"`:`NULL${P==="USER-DEFINED"?`::${ee}`:""} AS "${d}"`).join(`,
`)},
                      ARRAY[]::text[] AS __changed_columns__
                  FROM prev
                  LEFT JOIN curr ON prev.${s} = curr.${s}
                  WHERE curr.${s} IS NULL
                UNION ALL
                  -- UPDATE operations: Include only changed columns
                  SELECT 
                    'UPDATE' AS __op__,
                    ${w.map(({column_name:d,data_type:P,udt_name:ee})=>d===s?`curr."${d}" AS "${d}"`:`CASE 
                              WHEN curr."${d}" IS DISTINCT FROM prev."${d}" 
                              THEN curr."${d}"
                              ELSE NULL${P==="USER-DEFINED"?`::${ee}`:""}
                              END AS "${d}"`).join(`,
`)},
                      ARRAY(SELECT unnest FROM unnest(ARRAY[${w.filter(({column_name:d})=>d!==s).map(({column_name:d})=>`CASE
                              WHEN curr."${d}" IS DISTINCT FROM prev."${d}" 
                              THEN '${d}' 
                              ELSE NULL 
                              END`).join(", ")}]) WHERE unnest IS NOT NULL) AS __changed_columns__
                  FROM curr
                  INNER JOIN prev ON curr.${s} = prev.${s}
                  WHERE NOT (curr IS NOT DISTINCT FROM prev)
                )
              SELECT * FROM data_diff;
            `)}D=await Promise.all(p.map(T=>f.listen(`"table_change__${T.schema_oid}__${T.table_oid}"`,async()=>{B()})))})};await N();let B=se(async()=>{if(l.length===0&&m)return;let f=!1;for(let c=0;c<5;c++)try{await e.transaction(async p=>{await p.exec(`
                INSERT INTO live_query_${u}_state${_} 
                  SELECT * FROM live_query_${u}_view;
              `),m=await p.query(`EXECUTE live_query_${u}_diff${_};`),_=_===1?2:1,await p.exec(`
                TRUNCATE live_query_${u}_state${_};
              `)});break}catch(p){if(p.message===`relation "live_query_${u}_state${_}" does not exist`){f=!0,await N();continue}else throw p}It(l,[...f?[{__op__:"RESET"}]:[],...m.rows])}),F=f=>{if(S)throw new Error("Live query is no longer active and cannot be subscribed to");l.push(f)},L=async f=>{f?l=l.filter(c=>c!==f):l=[],l.length===0&&!S&&(S=!0,await e.transaction(async c=>{await Promise.all(D.map(p=>p(c))),await c.exec(`
              DROP VIEW IF EXISTS live_query_${u}_view;
              DROP TABLE IF EXISTS live_query_${u}_state1;
              DROP TABLE IF EXISTS live_query_${u}_state2;
              DEALLOCATE live_query_${u}_diff1;
              DEALLOCATE live_query_${u}_diff2;
            `)}))};return y?.aborted?await L():y?.addEventListener("abort",()=>{L()},{once:!0}),await B(),{fields:m.fields.filter(f=>!["__after__","__op__","__changed_columns__"].includes(f.name)),initialChanges:m.rows,subscribe:F,unsubscribe:L,refresh:B}},async incrementalQuery(r,o,s,b){let y;if(typeof r!="string"&&(y=r.signal,o=r.params,s=r.key,b=r.callback,r=r.query),!s)throw new Error("key is required for incremental queries");let l=b?[b]:[],u=new Map,S=new Map,_=[],m=!0,{fields:D,unsubscribe:N,refresh:B}=await i.changes(r,o,s,O=>{for(let p of O){let{__op__:w,__changed_columns__:T,...h}=p;switch(w){case"RESET":u.clear(),S.clear();break;case"INSERT":u.set(h[s],h),S.set(h.__after__,h[s]);break;case"DELETE":{let d=u.get(h[s]);u.delete(h[s]),d.__after__!==null&&S.delete(d.__after__);break}case"UPDATE":{let d={...u.get(h[s])??{}};for(let P of T)d[P]=h[P],P==="__after__"&&S.set(h.__after__,h[s]);u.set(h[s],d);break}}}let f=[],c=null;for(let p=0;p<u.size;p++){let w=S.get(c),T=u.get(w);if(!T)break;let h={...T};delete h.__after__,f.push(h),c=w}_=f,m||Z(l,{rows:f,fields:D})});m=!1,Z(l,{rows:_,fields:D});let F=O=>{l.push(O)},L=async O=>{O?l=l.filter(f=>f!==O):l=[],l.length===0&&await N()};return y?.aborted?await L():y?.addEventListener("abort",()=>{L()},{once:!0}),{initialResults:{rows:_,fields:D},subscribe:F,unsubscribe:L,refresh:B}}};return{namespaceObj:i}},Rt={name:"Live Queries",setup:St};async function _e(e,t){return(await e.query(`
      WITH RECURSIVE view_dependencies AS (
        -- Base case: Get the initial view's dependencies
        SELECT DISTINCT
          cl.relname AS dependent_name,
          n.nspname AS schema_name,
          cl.oid AS dependent_oid,
          n.oid AS schema_oid,
          cl.relkind = 'v' AS is_view
        FROM pg_rewrite r
        JOIN pg_depend d ON r.oid = d.objid
        JOIN pg_class cl ON d.refobjid = cl.oid
        JOIN pg_namespace n ON cl.relnamespace = n.oid
        WHERE
          r.ev_class = (
              SELECT oid FROM pg_class WHERE relname = $1 AND relkind = 'v'
          )
          AND d.deptype = 'n'

        UNION ALL

        -- Recursive case: Traverse dependencies for views
        SELECT DISTINCT
          cl.relname AS dependent_name,
          n.nspname AS schema_name,
          cl.oid AS dependent_oid,
          n.oid AS schema_oid,
          cl.relkind = 'v' AS is_view
        FROM view_dependencies vd
        JOIN pg_rewrite r ON vd.dependent_name = (
          SELECT relname FROM pg_class WHERE oid = r.ev_class AND relkind = 'v'
        )
        JOIN pg_depend d ON r.oid = d.objid
        JOIN pg_class cl ON d.refobjid = cl.oid
        JOIN pg_namespace n ON cl.relnamespace = n.oid
        WHERE d.deptype = 'n'
      )
      SELECT DISTINCT
        dependent_name AS table_name,
        schema_name,
        dependent_oid AS table_oid,
        schema_oid
      FROM view_dependencies
      WHERE NOT is_view; -- Exclude intermediate views
    `,[t])).rows.map(i=>({table_name:i.table_name,schema_name:i.schema_name,table_oid:i.table_oid,schema_oid:i.schema_oid}))}async function Ee(e,t,n){let i=t.filter(r=>!n.has(`${r.schema_oid}_${r.table_oid}`)).map(r=>`
      CREATE OR REPLACE FUNCTION "_notify_${r.schema_oid}_${r.table_oid}"() RETURNS TRIGGER AS $$
      BEGIN
        PERFORM pg_notify('table_change__${r.schema_oid}__${r.table_oid}', '');
        RETURN NULL;
      END;
      $$ LANGUAGE plpgsql;
      CREATE OR REPLACE TRIGGER "_notify_trigger_${r.schema_oid}_${r.table_oid}"
      AFTER INSERT OR UPDATE OR DELETE ON "${r.schema_name}"."${r.table_name}"
      FOR EACH STATEMENT EXECUTE FUNCTION "_notify_${r.schema_oid}_${r.table_oid}"();
      `).join(`
`);i.trim()!==""&&await e.exec(i),t.map(r=>n.add(`${r.schema_oid}_${r.table_oid}`))}var Z=(e,t)=>{for(let n of e)n(t)},It=(e,t)=>{for(let n of e)n(t)};0&&(module.exports={live});
//# sourceMappingURL=index.cjs.map