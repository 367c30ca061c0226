"use strict";export const id=565,ids=[565],modules={5147:((Et,we,k)=>{k.d(we,{xL:()=>j.x,l2:()=>ce,eQ:()=>Z.e,aF:()=>W,o4:()=>Ee});var j=k(1429),Z=k(104),K=k(1916),u=k(2857),X=k(4377);const $=u.YjP().trim().min(1,"expected a label name, got an empty string").max(50),ye=u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected a GitHub login such as octocat"),H=X.p6({error:"expected a date written as YYYY-MM-DD"}),G=u.rej({topic:$.default("topic").describe("Marks an issue as a topic for the roundtable."),roadmap:$.default("roadmap").describe("Marks an issue as a roadmap item."),objective:$.default("objective").describe("Marks an issue as a quarterly objective."),keyResult:$.default("key-result").describe("Marks an issue as a key result."),meeting:$.default("meeting").describe("Marks an issue as a meeting."),retro:$.default("retro").describe("Marks an issue as a retrospective."),actionItem:$.default("action-item").describe("Marks an issue as an action item."),status:u.rej({toDiscuss:$.default("status:to-discuss").describe("Waiting in the queue."),discussing:$.default("status:discussing").describe("On the table now."),discussed:$.default("status:discussed").describe("Done; its votes are given back."),parked:$.default("status:parked").describe("Set aside; its votes are given back.")}).prefault({}).describe("Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.")}).prefault({}).describe("The labels Roundtable reads and writes. Rename them to fit labels you already use."),q=u.KCZ([u.k5n(["everyone","collaborators","participants"]),u.YOg(ye).min(1,"expected at least one login in the list"),u.rej({team:u.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/i,"expected a team slug").describe("The slug of a team of the repository's organisation, such as leadership.")})],{error:"expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)"}).default("everyone").describe("Whose \u{1F44D} count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug })."),$e=u.rej({perPerson:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(3).describe("How many votes (\u{1F44D}) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back."),eligible:q,countAuthor:u.zMY({error:"expected true or false"}).default(!0).describe("Whether a topic's author may vote for their own topic."),excludeBots:u.zMY({error:"expected true or false"}).default(!0).describe("Ignore \u{1F44D} from bots and apps."),roundStart:H.nullable().default(null).describe("The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms."),source:u.k5n(["reactions","ballots"],{error:"expected reactions or ballots"}).default("reactions").describe("Where votes come from: reactions (a \u{1F44D} on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET)."),maxPerTopic:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(1).describe("With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one."),reveal:u.k5n(["live","after-close"],{error:"expected live or after-close"}).default("live").describe(`When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room's button, or roundEnd).`),roundEnd:X.w$({offset:!0,error:"expected a date and time such as 2026-12-01T17:00:00Z"}).nullable().default(null).describe("When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown."),ballotKey:u.YjP({error:`expected the app's public ballot key, "ed25519:" and 44 characters of base64`}).regex(/^ed25519:[A-Za-z0-9+/]{43}=$/,`expected the app's public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)`).nullable().default(null).describe("With ballots: the app's public ballot key (ed25519:\u2026, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot."),batchSize:u.Whr({error:"expected a whole number from 3 to 100"}).min(3,"expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed").max(100,"expected a whole number from 3 to 100").default(3).describe("With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).")}).superRefine((l,m)=>{l.maxPerTopic>l.perPerson&&m.addIssue({code:"custom",path:["maxPerTopic"],input:l.maxPerTopic,message:`expected at most perPerson (${l.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`})}).prefault({}).describe("How votes are cast and counted: \u{1F44D} reactions or private ballots."),ee=u.rej({toDiscuss:$.default("To discuss").describe("Waiting in the queue, ordered by votes."),discussing:$.default("Discussing").describe("On the table in the current meeting."),discussed:$.default("Discussed").describe("Done; its votes are given back."),parked:$.default("Parked").describe("Set aside for now; its votes are given back.")}).prefault({}).describe("The names of the Status options on the project board, in the order a topic moves."),Ie=u.rej({owner:u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected an organisation or user login").describe("The organisation or user that owns the project."),number:u.Whr({error:"expected the project's number, as in /orgs/acme/projects/7"}).positive("expected the project's number, as in /orgs/acme/projects/7").describe("The project's number, as in github.com/orgs/acme/projects/7."),fields:u.rej({status:$.default("Status").describe("Single-select field holding a topic's status."),lane:$.default("Lane").describe("Single-select field holding a roadmap item's lane."),quarter:$.default("Quarter").describe("Single-select or iteration field holding a roadmap item's quarter."),slot:$.default("Slot").describe("Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it."),room:$.default("Room").describe("Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, \u2026), where the project has it.")}).prefault({}).describe("The names of the project's fields that Roundtable reads and sets."),statusOptions:u.rej({toDiscuss:$.optional().describe("The option that means To discuss, such as Todo."),discussing:$.optional().describe("The option that means Discussing, such as In Progress."),discussed:$.optional().describe("The option that means Discussed, such as Done."),parked:$.optional().describe("The option that means Parked.")}).prefault({}).superRefine((l,m)=>{const p=new Map;for(const[h,y]of Object.entries(l)){if(y===void 0)continue;const D=y.toLowerCase();p.has(D)&&m.addIssue({code:"custom",path:[h],message:`expected each status on its own option; "${y}" is ${p.get(D)} already`}),p.set(D,h)}}).describe("Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses."),setup:u.zMY({error:"expected true or false"}).default(!1).describe("Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.")}).nullable().default(null).describe("The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels."),te=u.rej({key:u.YjP().regex(/^[a-z0-9][a-z0-9-]*$/,"expected a short key in lower case, such as production (it names the label lane:<key>)").describe("A short key in lower case; the label lane:<key> marks an item of this lane."),name:$.describe("The name of the lane: the option of the Lane field on the board."),description:u.YjP().max(500).default("").describe("What belongs in this lane.")}),ne=[{key:"production",name:"Production",description:"Mature and stable: built to run in production."},{key:"early",name:"Early",description:"Not yet mature, shipped early to learn from real use."},{key:"research",name:"Research",description:"Entirely new: research and development."}],je=u.YOg(te).min(1,"expected at least one lane").superRefine((l,m)=>{const p=new Set;for(const[h,y]of l.entries())p.has(y.key)&&m.addIssue({code:"custom",path:[h,"key"],message:"expected each lane key once"}),p.add(y.key)}).default(()=>structuredClone(ne)).describe("The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research."),E=u.YjP().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/,"expected a path inside the repository, such as docs/topics.md"),oe=u.rej({topics:E.default("docs/topics.md").describe("The topic queue."),roadmap:E.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),okrs:E.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),retros:E.default("docs/retros").describe("The folder of retro pages."),meetings:E.default("docs/meetings").describe("The folder of meeting pages."),takeaways:E.default("docs/takeaways.md").describe("The knowledge base of takeaways."),metrics:E.default("docs/metrics.md").describe("Participation and delivery metrics.")}).prefault({}).describe("Where the generated pages are written, relative to the repository root."),re=u.rej({queueIssue:u.Whr({error:"expected an issue number"}).positive("expected an issue number").nullable().default(null).describe('An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.')}).prefault({}).describe("What the sync job keeps up to date besides the board."),Se=u.YjP().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,"expected a GitHub login such as octocat, or a team such as @acme/leads"),Pe=u.YOg(Se).default([]).describe("The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given; the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes."),V=["triage","write","maintain","admin"],ae=u.YOg(u.k5n(V,{error:`expected one of ${V.join(", ")}`})).default(["write","maintain","admin"]).describe("Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given. [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round and does not say who votes."),ke=u.zMY({error:"expected true or false"}).default(!1).describe("Whether a topic may have more than one sponsor. The first assignee is the sponsor shown."),_=u.rej({priority:u.k5n(["default","ice","rice"],{error:"expected default, ice or rice"}).default("default").describe("How roadmap items are ranked: default (aligned \xD7 impact \xD7 importance \xD7 joy \xF7 effort, from the roadmap form's questions), ice (impact \xD7 confidence \xD7 ease) or rice (reach \xD7 impact \xD7 confidence \xF7 effort)."),fiscalYearStart:u.Whr({error:"expected a month from 1 (January) to 12"}).min(1,"expected a month from 1 (January) to 12").max(12,"expected a month from 1 (January) to 12").default(1).describe("The month the fiscal year starts in (1 = January). Quarters are counted from it.")}).prefault({}).describe("How the roadmap is ranked and split into quarters."),U=u.YjP().trim().min(1,"expected an issue type's name, got an empty string").max(50,"expected an issue type's name of at most 50 characters").nullable(),ve=u.rej({topic:U.default("Topic").describe("The issue type of a topic."),roadmap:U.default("Roadmap item").describe("The issue type of a roadmap item."),objective:U.default("Objective").describe("The issue type of a quarterly objective."),keyResult:U.default("Key result").describe("The issue type of a key result.")}).prefault({}).describe("The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there."),Ke=u.rej({daysBeforeEnd:u.Whr({error:"expected a whole number of days from 0 to 60"}).min(0,"expected a whole number of days from 0 to 60").max(60,"expected a whole number of days from 0 to 60").default(14).describe("How many days before a quarter ends the retro job opens its retro issue.")}).prefault({}).describe("The quarterly retrospective."),se=(l,m)=>u.aig({error:"expected a number of minutes above 0 and at most 120, such as 8 or 0.5"}).positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5").max(120,"expected a number of minutes above 0 and at most 120, such as 8 or 0.5").default(m).describe(`${l} Fractions are allowed: 0.5 is 30 seconds.`),Te=u.rej({name:u.YjP().regex(/^[a-z][a-z0-9-]*$/,"expected a short name in lower case, such as decision").describe("What follows /checkin to post this set, such as reflection."),answer:u.k5n(["vote","comment"],{error:"expected vote (\u{1F44D} or \u{1F44E}) or comment"}).describe("vote: each statement is a comment to answer with \u{1F44D} or \u{1F44E}; comment: people answer in comments."),statements:u.YOg(u.YjP().trim().min(1,"expected a statement").max(200)).min(1,"expected at least one statement").max(10,"expected at most ten statements").describe("The statements or questions, in order.")}),w=[{name:"decision",answer:"vote",statements:["I agree with our decision and prioritisation.","I understand the reasoning.","I recognise the impact and side effects."]},{name:"reflection",answer:"comment",statements:["What am I thinking?","What am I feeling?","What do I want in this moment?"]}],N=u.YjP().refine(l=>{try{return new Intl.DateTimeFormat("en",{timeZone:l}),!0}catch{return!1}},{error:"expected an IANA time zone, such as Europe/Berlin"}),xe=u.rej({permission:u.k5n(["read","triage","write"],{error:"expected read, triage or write"}).describe("The role people who take a seat get on the repository (read \u2192 pull, write \u2192 push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access."),removeAfterDays:u.Whr({error:"expected a whole number of days from 1 to 365"}).min(1,"expected a whole number of days from 1 to 365").max(365,"expected a whole number of days from 1 to 365").optional().describe("Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.")}).optional().describe("Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations."),ie=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],De=u.rej({every:u.Whr({error:"expected a whole number of weeks from 1 to 52"}).min(1,"expected a whole number of weeks from 1 to 52").max(52,"expected a whole number of weeks from 1 to 52").describe("A meeting every this many weeks."),weekday:u.k5n(ie,{error:`expected a weekday: ${ie.join(", ")}`}).describe("The day of the week the meetings fall on."),start:u.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,"expected the first meeting's local date and time, such as 2026-01-15T17:00").describe("The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour."),timeZone:N.describe("The time zone the meetings' hour is kept in, such as Europe/Berlin."),format:u.k5n(["lean-coffee","unconference"],{error:"expected lean-coffee or unconference"}).default("lean-coffee").describe("The format of each meeting."),capacity:u.Whr({error:"expected a whole number of seats from 1 to 500"}).min(1,"expected a whole number of seats from 1 to 500").max(500,"expected a whole number of seats from 1 to 500").default(12).describe("Seats per meeting; past them, people wait in line."),durationMinutes:u.Whr({error:"expected a whole number of minutes from 15 to 600"}).min(15,"expected a whole number of minutes from 15 to 600").max(600,"expected a whole number of minutes from 15 to 600").default(90).describe("How long each meeting lasts."),openBefore:u.Whr({error:"expected a whole number of days from 1 to 90"}).min(1,"expected a whole number of days from 1 to 90").max(90,"expected a whole number of days from 1 to 90").default(21).describe("How many days ahead of a meeting its issue is opened."),skip:u.YOg(H).default([]).describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting.")}).optional().describe("A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand."),Ce=u.rej({invite:xe,series:De,sponsorMinutes:se("How long the sponsor opens a topic with /next.",2),discussionMinutes:se("How long the group then discusses it before the roman vote.",8),extensionMinutes:u.YOg(u.Whr({error:"expected a whole number of minutes from 1 to 60"}).min(1,"expected a whole number of minutes from 1 to 60").max(60,"expected a whole number of minutes from 1 to 60")).min(1,"expected at least one extension step").default([5,3]).describe("How long a topic is extended when the roman vote says so: the first extension, the second, \u2026; the last step repeats."),checkins:u.YOg(Te).min(1,"expected at least one set of check-in statements").superRefine((l,m)=>{const p=new Set;for(const[h,y]of l.entries())p.has(y.name)&&m.addIssue({code:"custom",path:[h,"name"],message:"expected each name once"}),p.add(y.name)}).default(()=>structuredClone(w)).describe("The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered \u{1F44D} or \u{1F44E}) and reflection (three questions answered in comments)."),reminderHours:u.Whr({error:"expected a whole number of hours from 1 to 168"}).min(1,"expected a whole number of hours from 1 to 168").max(168,"expected a whole number of hours from 1 to 168").default(24).describe("How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.")}).prefault({}).describe("How the lean-coffee runner times topics and what /checkin asks."),I=["meeting.announced","meeting.reminder","topic.now","timebox.ended","topic.outcome","meeting.ended","retro.opened","action-items","digest"],Ae=["slack","teams","discord","webhook"],Fe=(l,m)=>u.YjP({error:`expected env:NAME, such as env:${m}`}).superRefine((p,h)=>{if(/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(p))return;const y=/^[a-z][a-z0-9+.-]*:\/\//i.test(p.trim()),D=/^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(p.trim())?.[1];h.addIssue({code:"custom",message:y?`expected env:NAME, got the ${l} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${l} in a secret (the app: the environment variable ${m}; the Action: a repository secret passed to the step as env ${m}), write env:${m} here, and revoke this one, since the file's history keeps it`:D?`expected a variable named ROUNDTABLE_\u2026, got env:${D}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${D.toUpperCase().replace(/^ROUNDTABLE_/,"")}`:`expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${m}; got something else (not repeated here, in case it is a secret)`})}),Xe=u.YjP().superRefine((l,m)=>{if(I.includes(l))return;const p=I.find(x=>l.length>2&&x.startsWith(l)),h=(0,K.kp)(l,[...I]),y=p??((0,K.Io)(l,h)<=Math.max(2,h.length/3)?h:null),D=y?`did you mean ${y}? `:"";m.addIssue({code:"custom",message:`unknown event; ${D}expected one of ${I.join(", ")}`})}),Ve=u.rej({kind:u.k5n(Ae,{error:`expected one of ${Ae.join(", ")}`}).describe("The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint)."),url:Fe("webhook URL","ROUNDTABLE_SLACK_URL").describe("env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel."),secret:Fe("signing secret","ROUNDTABLE_WEBHOOK_SECRET").optional().describe("For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks)."),events:u.YOg(Xe).min(1,"expected at least one event").default([...I]).describe(`What the channel is told; all by default. One or more of ${I.join(", ")}.`)}),_e=u.YOg(Ve).max(10,"expected at most ten channels").default([]).describe("The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file."),de=u.rej({labels:G,votes:$e,statuses:ee,project:Ie,lanes:je,pages:oe,sync:re,facilitators:Pe,facilitatorRoles:ae,coSponsors:ke,roadmap:_,kinds:ve,retro:Ke,meetings:Ce,notify:_e}).describe("Roundtable's configuration: .github/roundtable.yml");function et(){return configSchema.parse({})}var O=k(8815);function Ee(l,m=Z.e){Oe(l,m);const p=new O.LineCounter,h=(0,O.parseDocument)(l,{lineCounter:p,prettyErrors:!1,uniqueKeys:!0}),y=x=>p.linePos(x);if(h.errors.length>0){const x=h.errors.map(v=>{const{line:F,col:Y}=y(v.pos[0]),Q=v.message.split(`
`)[0]??v.message;return{path:"",line:F,column:Y,message:`this is not valid YAML (${Q.replace(/ at line \d+, column \d+:?$/,"")}); check the indentation and quoting on this line`}});throw new j.x(m,x,{cause:h.errors[0]})}const D=h.contents===null?{}:h.toJS();if(h.contents!==null&&!(0,O.isMap)(h.contents)){const{line:x,col:v}=y(h.contents.range?.[0]??0);throw new j.x(m,[{path:"",line:x,column:v,message:'expected a mapping of settings such as "votes:"',given:ue(D)}])}return ce(D,m,(x,v)=>{const F=v===void 0?me(h.contents,x):Ne(h.contents,x,v),{line:Y,col:Q}=y(F?.range?.[0]??0);return{line:Y,column:Q}})}function ce(l,m,p){const h=de.safeParse(l??{});if(h.success)return h.data;const y=h.error.issues.flatMap(x=>{const v=x.path;return x.code==="unrecognized_keys"?x.keys.map(F=>({issue:x,path:v,key:F})):[{issue:x,path:v,key:void 0}]}),D=y.slice(0,j.O).map(({issue:x,path:v,key:F})=>F!==void 0?{path:le([...v,F]),...p?.(v,F)??{},message:`unknown setting${T(F,Me(v))}`}:{path:le(v),...p?.(v)??{},message:Be(x),...qe(v)?{}:{given:ue(Ue(l,v))}});throw new j.x(m,D,{cause:h.error,total:y.length})}const W=256*1024;function Oe(l,m){const p=Buffer.byteLength(l,"utf8");if(!(p<=W))throw new j.x(m,[{path:"",message:`the file is ${Math.ceil(p/1024)} KB; Roundtable reads configs of at most ${W/1024} KB: keep only the settings that differ from the defaults`}])}function Be(l){if(!l.message.startsWith("Invalid")&&!l.message.startsWith("Too "))return l.message;switch(l.code){case"invalid_type":return`expected ${Re(l.expected)}`;case"invalid_value":return`expected one of ${l.values.map(m=>JSON.stringify(m)).join(", ")}`;case"too_small":return`expected at least ${String(l.minimum)}`;case"too_big":return`expected at most ${String(l.maximum)}`;default:return"expected a valid value (see schema/roundtable.schema.json)"}}function Re(l){return{string:"text",number:"a number",int:"a whole number",boolean:"true or false",object:"a mapping of settings",array:"a list",null:"nothing"}[l]??l}function ue(l){if(l===void 0)return"nothing";if(l===null)return"an empty value";if(Array.isArray(l))return"a list";if(typeof l=="object")return"a mapping";const m=JSON.stringify(l);return m.length>60?`${m.slice(0,57)}\u2026"`:m}function qe(l){return l[0]==="notify"&&(l[2]==="url"||l[2]==="secret")}function le(l){return l.reduce((m,p)=>typeof p=="number"?`${m}[${p}]`:m===""?String(p):`${m}.${p}`,"")}function Ue(l,m){let p=l;for(const h of m){if(p===null||typeof p!="object")return;p=p[h]}return p}function me(l,m){let p=l;for(const h of m){if(!(0,O.isCollection)(p))return p;const y=p.get(h,!0);if(y==null)return p;p=y}return p}function Ne(l,m,p){const h=me(l,m);return(0,O.isMap)(h)?h.items.find(D=>(0,O.isScalar)(D.key)&&D.key.value===p)?.key??h:h}function Me(l){let m=de;for(const h of l)m=pe(m),typeof h=="number"?m=m.element:m=m.shape?.[h];const p=pe(m)?.shape;return p?Object.keys(p):[]}function pe(l){let m=l;for(;m?.def?.innerType;)m=m.def.innerType;return m}function T(l,m){if(m.length===0)return"";const p=m.find(y=>y.toLowerCase()===l.toLowerCase().replace(/[-_]/g,"")),h=`expected one of ${m.join(", ")}`;return p?` (did you mean ${p}? ${h})`:` (${h})`}}),7565:((Et,we,k)=>{k.d(we,{d5:()=>pt,wc:()=>fe,PX:()=>_n,zu:()=>Ge,UU:()=>zn,lc:()=>He,J1:()=>ot,N2:()=>fo,Z5:()=>St,Wx:()=>Do,k2:()=>Co,Wh:()=>Fo,gn:()=>Eo,Fj:()=>at,xT:()=>Oo});var j=k(4007);const Z=[["POST",/\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/],["POST",/\/repos\/[^/]+\/[^/]+\/issues$/],["POST",/\/repos\/[^/]+\/[^/]+\/pulls$/],["POST",/\/repos\/[^/]+\/[^/]+\/labels$/],["POST",/\/repos\/[^/]+\/[^/]+\/git\/refs$/],["PUT",/\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+$/]],K=/\b(createCommitOnBranch|createProjectV2Field|createProjectV2StatusUpdate|createIssue|addSubIssue)\s*\(/;function u(e){const t=decodeURIComponent(new URL(e.url,"http://github.test").pathname);if(/\/graphql$/.test(t)){const n=e.query??e.data?.query;return typeof n=="string"&&K.test(n)}return Z.some(([n,o])=>n===e.method&&o.test(t))}var X=k(8474);const $=2e4,ye=3e5;function H(e,t){const n=Number(e);return e&&Number.isFinite(n)&&n>0?n:t}class G extends j.D9{operation;name="RequestTimeoutError";request;constructor(t,n,o){super(n,{where:{operation:t}}),this.operation=t,this.request={...o,request:{retries:0}}}}function q(e){const t=e.query??e.data?.query;return typeof t=="string"?`GraphQL ${/\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(t)?.[1]??"request"}`:`${e.method} ${e.url}`}function $e(e,t={}){const n=t.requestTimeoutMs??$;t.budget&&(0,X.setMaxListeners)(0,t.budget),e.hook.wrap("request",async(o,r)=>{const s=q(r);if(t.budget?.aborted)throw ee(s,r,n,t.budget);const a=new AbortController,d=setTimeout(()=>a.abort(),n),i=()=>a.abort();t.budget?.addEventListener("abort",i,{once:!0}),r.request={...r.request,signal:a.signal};try{return await o(r)}catch(c){throw a.signal.aborted?ee(s,r,n,t.budget):c}finally{clearTimeout(d),t.budget?.removeEventListener("abort",i)}})}function ee(e,t,n,o){const r=o?.aborted?`${e}: gave up, the job ran past its time budget; run it again`:`${e}: GitHub did not answer within ${n/1e3} s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)`;return new G(e,r,{method:t.method,url:t.url})}function Ie(e,t){$e(e,t)}class te extends j.D9{name="CutOffAnswerError"}const ne=3;function je(e,t){if(e.status===204||e.status===304)return!1;const n=String(e.headers["content-type"]??"");if(!/json/i.test(n))return!1;if(e.data==="")return!0;if(oe(t)){const o=e.data;return!o||o.data===void 0&&o.errors===void 0}return!1}function E(e){e.hook.wrap("request",async(t,n)=>{for(let o=1;;o++){const r=await t(n);if(!je(r,n))return r;const s=u(n);if(s&&r.status<300&&!oe(n))return r;if(s||o>=ne)throw new te(`${q(n)}: GitHub's answer was cut off${s?"":` (${ne} times)`}: the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:q(n)}})}})}const oe=e=>/\/graphql$/.test(new URL(e.url,"http://github.test").pathname);function re(e){const t=e;if(t?.status!==500||!(t.cause instanceof Error))return!1;const n=t.cause,o=n.cause?.code??n.code;return["ECONNREFUSED","ENOTFOUND","EAI_AGAIN","EHOSTUNREACH"].includes(String(o))}function Se(e,t,n){if(e instanceof G||re(e))return;const o=e?.status;if(o===429){const r=Number(e.response?.headers?.["retry-after"]);return Number.isFinite(r)&&r>=0?r:n**2}if(!(o===void 0||o<500))return u(t)?void 0:n**2}function Pe(e,t){const n=t.resend??{};if(n.enabled===!1)return;const o=n.retries??3,r=n.retryAfterBaseValue??1e3,s=n.maxWaitMs??Number.POSITIVE_INFINITY;e.hook.wrap("request",async(a,d)=>{for(let i=1;;i++)try{return await a(d)}catch(c){const f=i>o?void 0:Se(c,d,i);if(f===void 0||f*r>s)throw c;await new Promise(g=>setTimeout(g,f*r))}})}const V={request:{retries:0}};function ae(e){if(re(e))return!1;const t=e?.status;return t===void 0||t>=500}const ke=(e,t)=>new Promise(n=>setTimeout(n,t*2**(e-1)));async function _(e,t,{tries:n=3,baseMs:o=U()}={}){for(let r=1;;r++)try{return await t()}catch(s){if(r>=n||!ae(s))throw s;await ke(r,o);const a=await e();if(a!==void 0)return a}}function U(e=process.env){const t=Number(e.ROUNDTABLE_RETRY_BASE_MS);return e.ROUNDTABLE_RETRY_BASE_MS&&Number.isFinite(t)&&t>=0?t:1e3}const ve=2e4;function Ke(e,t){const n=retryBaseMs(t),o=Number(t.ROUNDTABLE_WAIT_MAX_MS)>0?Number(t.ROUNDTABLE_WAIT_MAX_MS):ve,r=s=>(a,d,i,c)=>{const f=a*n,g=c<3&&f<=o;return i.log?.warn(`${s} rate limit on ${d.method} ${d.url}: ${g?`waiting ${a} s, then retrying`:`Retry-After ${a} s is past this delivery's time; left to a retry`}`),g};return e.plugin(safeRetry).defaults(s=>({...s,throttle:{...s.throttle??{},onSecondaryRateLimit:r("secondary"),onRateLimit:r("primary"),retryAfterBaseValue:n},retry:{...s.retry??{},enabled:!1},resend:s.resend??{enabled:s.retry?.enabled!==!1,retryAfterBaseValue:n,maxWaitMs:o}}))}const se={"add-to-project":{how:"repeat",because:"addProjectV2ItemById answers with the item already there"},"set-field":{how:"repeat",because:"a value set twice is the value"},move:{how:"repeat",because:"a position set twice is the position"},"add-label":{how:"repeat",because:"a label added twice is on once"},"remove-label":{how:"repeat",because:"a label gone answers 404, taken as done"},"add-assignee":{how:"repeat",because:"an assignee added twice is assigned once"},"remove-assignee":{how:"repeat",because:"removing one not assigned changes nothing"},react:{how:"repeat",because:"GitHub answers a reaction already there with it (200)"},unreact:{how:"repeat",because:"the bot's reactions are listed, then each deleted; 404 is done"},"upsert-comment":{how:"look-first",key:"the marker, among the bot's own comments on the issue (edits are repeated)"},"comment-as-person":{how:"look-first",key:"the person's comment with the same words on the issue, made since the press"},"delete-comment":{how:"repeat",because:"a comment gone answers 404, taken as done"},"close-issue":{how:"repeat",because:"closing a closed issue changes nothing"},"open-issue":{how:"look-first",key:"the marker opening the body, among the newest issues"},"create-label":{how:"look-first",key:"the label's name (422 already_exists is done too)"},"create-field":{how:"look-first",key:"the field's name: the next plan reads the project and adds none already there"},"set-field-options":{how:"repeat",because:"the whole list of options is set"},notify:{how:"best-effort",because:"its key is recorded in the meeting's state"},"write-ballots":{how:"look-first",key:"the ballots branch's head: a commit whose outcome is unknown is read back, and what it holds is not written again"},"invite-collaborator":{how:"look-first",key:"the person's login, among open invitations and collaborators"},"cancel-invitation":{how:"repeat",because:"an invitation gone answers 404, taken as done"},"remove-collaborator":{how:"repeat",because:"removing one already gone answers 204"},"post-status-update":{how:"look-first",key:"the week's marker opening the body, among the project's latest status updates"},"add-sub-issue":{how:"repeat",because:"a second add is refused (422), and the sub-issue's parent read back says it is done"},"create-issue-type":{how:"look-first",key:"the type's name among the organisation's types (422 already exists is done too)"},"create-iteration-field":{how:"look-first",key:"the field's name: the plan reads the project, and a name already taken is done"},"set-quarters":{how:"repeat",because:"the items' quarters are kept on the roundtable/quarters branch before the iterations are replaced; the next plan writes back what a stopped run left, and setting the same iterations and values again gives the same board"}};var Te=k(3779);async function w(e,t,n){const o=e.request;return o(t,n)}function N(e,t,n){return Te.wN.iterator(e,t,{...n,per_page:100})}const xe={describe:e=>`assign ${e.login} to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await w(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},ie={describe:e=>`add the label "${e.label}" to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await w(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/labels",{owner:n,repo:o,issue_number:e.issue,labels:[e.label]})}};async function De(e,{owner:t,repo:n,issue:o}){try{const{data:r}=await w(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:t,repo:n,issue_number:o});return r.number}catch(r){if(r.status===404)return null;throw r}}const Ce={describe:e=>`make #${e.child} a sub-issue of #${e.parent}`,async apply(e,{github:t,owner:n,repo:o}){const{data:r}=await w(t,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:e.child});try{await w(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",{owner:n,repo:o,issue_number:e.parent,sub_issue_id:r.id})}catch(s){if(s.status!==422)throw s;const a=await De(t,{owner:n,repo:o,issue:e.child});if(a===e.parent)return;throw new j.D9(`#${e.child} could not be made a sub-issue of #${e.parent}: ${a?`it is a sub-issue of #${a}`:"GitHub refused it (a parent has at most 100 sub-issues, and a tree at most 8 levels)"}`,{cause:s})}}};class I extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const Ae=new I(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `,{fragmentName:"FieldValueName"}),Fe=new I(`
    fragment Board on ProjectV2 {
  id
  title
  url
  fields(first: 50) {
    nodes {
      ... on ProjectV2FieldCommon {
        id
        name
        dataType
      }
      ... on ProjectV2SingleSelectField {
        options {
          id
          name
          color
          description
        }
      }
      ... on ProjectV2IterationField {
        configuration {
          iterations {
            id
            title
          }
        }
      }
    }
  }
  items(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      isArchived
      content {
        ... on Issue {
          number
          repository {
            nameWithOwner
          }
        }
      }
    }
  }
}
    `,{fragmentName:"Board"}),Xe=new I(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `,{fragmentName:"QuarterIteration"}),Ve=new I(`
    fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}
    `,{fragmentName:"Upvotes"}),_e=new I(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `),de=new I(`
    query BoardNodes($ids: [ID!]!, $withProject: Boolean!, $statusField: String!, $laneField: String!, $quarterField: String!) {
  rateLimit {
    cost
    remaining
  }
  nodes(ids: $ids) {
    ... on Issue {
      id
      number
      parent {
        number
      }
      reactions(
        content: THUMBS_UP
        first: 100
        orderBy: {field: CREATED_AT, direction: ASC}
      ) {
        ...Upvotes
      }
      projectItems(first: 10) @include(if: $withProject) {
        nodes {
          id
          project {
            number
            owner {
              ... on Organization {
                login
              }
              ... on User {
                login
              }
            }
          }
          status: fieldValueByName(name: $statusField) {
            ...FieldValueName
          }
          lane: fieldValueByName(name: $laneField) {
            ...FieldValueName
          }
          quarter: fieldValueByName(name: $quarterField) {
            ...FieldValueName
          }
        }
      }
    }
  }
}
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}`),et=new I(`
    query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        oid
      }
    }
    ref(qualifiedName: $qualifiedName) {
      target {
        oid
      }
    }
  }
}
    `),O=new I(`
    mutation CreateCommit($branch: CommittableBranch!, $expectedHeadOid: GitObjectID!, $message: CommitMessage!, $fileChanges: FileChanges!) {
  createCommitOnBranch(
    input: {branch: $branch, expectedHeadOid: $expectedHeadOid, message: $message, fileChanges: $fileChanges}
  ) {
    commit {
      oid
      url
    }
  }
}
    `),Ee=new I(`
    mutation CreateIterationField($projectId: ID!, $name: String!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: ITERATION, name: $name, iterationConfiguration: $configuration}
  ) {
    projectV2Field {
      ... on ProjectV2IterationField {
        id
        name
      }
    }
  }
}
    `),ce=new I(`
    mutation CreateProjectField($projectId: ID!, $name: String!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: SINGLE_SELECT, name: $name, singleSelectOptions: $options}
  ) {
    projectV2Field {
      ... on ProjectV2SingleSelectField {
        id
        name
      }
    }
  }
}
    `),W=new I(`
    mutation CreateProjectStatusUpdate($projectId: ID!, $status: ProjectV2StatusUpdateStatus!, $body: String!, $startDate: Date, $targetDate: Date) {
  createProjectV2StatusUpdate(
    input: {projectId: $projectId, status: $status, body: $body, startDate: $startDate, targetDate: $targetDate}
  ) {
    statusUpdate {
      id
      createdAt
    }
  }
}
    `),Oe=new I(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `),Be=new I(`
    query IssueComments($id: ID!, $after: String) {
  rateLimit {
    cost
  }
  node(id: $id) {
    ... on Issue {
      comments(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          url
          body
          createdAt
          author {
            __typename
            login
          }
          up: reactions(content: THUMBS_UP, first: 100) {
            totalCount
            nodes {
              user {
                login
              }
            }
          }
          down: reactions(content: THUMBS_DOWN, first: 100) {
            nodes {
              user {
                login
              }
            }
          }
          reactionGroups {
            content
            viewerHasReacted
          }
        }
      }
    }
  }
}
    `),Re=new I(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `),ue=new I(`
    query ProjectBoard($owner: String!, $number: Int!, $after: String) {
  repositoryOwner(login: $owner) {
    ... on Organization {
      projectV2(number: $number) {
        ...Board
      }
    }
    ... on User {
      projectV2(number: $number) {
        ...Board
      }
    }
  }
}
    fragment Board on ProjectV2 {
  id
  title
  url
  fields(first: 50) {
    nodes {
      ... on ProjectV2FieldCommon {
        id
        name
        dataType
      }
      ... on ProjectV2SingleSelectField {
        options {
          id
          name
          color
          description
        }
      }
      ... on ProjectV2IterationField {
        configuration {
          iterations {
            id
            title
          }
        }
      }
    }
  }
  items(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      isArchived
      content {
        ... on Issue {
          number
          repository {
            nameWithOwner
          }
        }
      }
    }
  }
}`),qe=new I(`
    query ProjectItemContent($id: ID!) {
  node(id: $id) {
    ... on Issue {
      number
      repository {
        name
        owner {
          login
        }
      }
    }
  }
}
    `),le=new I(`
    query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {
  node(id: $projectId) {
    ... on ProjectV2 {
      field(name: $field) {
        ... on ProjectV2IterationField {
          id
          name
          configuration {
            duration
            iterations {
              ...QuarterIteration
            }
            completedIterations {
              ...QuarterIteration
            }
          }
        }
      }
      items(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          quarter: fieldValueByName(name: $field) {
            ... on ProjectV2ItemFieldIterationValue {
              iterationId
              title
            }
          }
        }
      }
    }
  }
}
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}`),Ue=new I(`
    query ProjectStatusUpdates($projectId: ID!) {
  node(id: $projectId) {
    ... on ProjectV2 {
      statusUpdates(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
        nodes {
          id
          status
          body
          startDate
          createdAt
          creator {
            login
          }
        }
      }
    }
  }
}
    `),me=new I(`
    mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  updateProjectV2Field(input: {fieldId: $fieldId, singleSelectOptions: $options}) {
    projectV2Field {
      ... on ProjectV2SingleSelectField {
        id
        options {
          id
          name
        }
      }
    }
  }
}
    `),Ne=new I(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `),Me=new I(`
    mutation UpdateIterationField($fieldId: ID!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  updateProjectV2Field(
    input: {fieldId: $fieldId, iterationConfiguration: $configuration}
  ) {
    projectV2Field {
      ... on ProjectV2IterationField {
        id
        configuration {
          iterations {
            id
            title
            startDate
          }
        }
      }
    }
  }
}
    `),pe={"\n  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n      item {\n        id\n      }\n    }\n  }\n":_e,"\n  query BoardNodes(\n    $ids: [ID!]!\n    $withProject: Boolean!\n    $statusField: String!\n    $laneField: String!\n    $quarterField: String!\n  ) {\n    rateLimit {\n      cost\n      remaining\n    }\n    nodes(ids: $ids) {\n      ... on Issue {\n        id\n        number\n        parent {\n          number\n        }\n        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          ...Upvotes\n        }\n        projectItems(first: 10) @include(if: $withProject) {\n          nodes {\n            id\n            project {\n              number\n              owner {\n                ... on Organization {\n                  login\n                }\n                ... on User {\n                  login\n                }\n              }\n            }\n            status: fieldValueByName(name: $statusField) {\n              ...FieldValueName\n            }\n            lane: fieldValueByName(name: $laneField) {\n              ...FieldValueName\n            }\n            quarter: fieldValueByName(name: $quarterField) {\n              ...FieldValueName\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment FieldValueName on ProjectV2ItemFieldValue {\n    ... on ProjectV2ItemFieldSingleSelectValue {\n      name\n    }\n    ... on ProjectV2ItemFieldIterationValue {\n      title\n    }\n  }\n":de,"\n  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {\n    repository(owner: $owner, name: $name) {\n      defaultBranchRef {\n        name\n        target {\n          oid\n        }\n      }\n      ref(qualifiedName: $qualifiedName) {\n        target {\n          oid\n        }\n      }\n    }\n  }\n":et,"\n  mutation CreateCommit(\n    $branch: CommittableBranch!\n    $expectedHeadOid: GitObjectID!\n    $message: CommitMessage!\n    $fileChanges: FileChanges!\n  ) {\n    createCommitOnBranch(\n      input: {\n        branch: $branch\n        expectedHeadOid: $expectedHeadOid\n        message: $message\n        fileChanges: $fileChanges\n      }\n    ) {\n      commit {\n        oid\n        url\n      }\n    }\n  }\n":O,"\n  mutation CreateIterationField(\n    $projectId: ID!\n    $name: String!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: ITERATION\n        name: $name\n        iterationConfiguration: $configuration\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          name\n        }\n      }\n    }\n  }\n":Ee,"\n  mutation CreateProjectField(\n    $projectId: ID!\n    $name: String!\n    $options: [ProjectV2SingleSelectFieldOptionInput!]\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: SINGLE_SELECT\n        name: $name\n        singleSelectOptions: $options\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          name\n        }\n      }\n    }\n  }\n":ce,"\n  mutation CreateProjectStatusUpdate(\n    $projectId: ID!\n    $status: ProjectV2StatusUpdateStatus!\n    $body: String!\n    $startDate: Date\n    $targetDate: Date\n  ) {\n    createProjectV2StatusUpdate(\n      input: {\n        projectId: $projectId\n        status: $status\n        body: $body\n        startDate: $startDate\n        targetDate: $targetDate\n      }\n    ) {\n      statusUpdate {\n        id\n        createdAt\n      }\n    }\n  }\n":W,"\n  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {\n    repository(owner: $owner, name: $name) {\n      object(expression: $expression) {\n        ... on Blob {\n          text\n        }\n      }\n    }\n  }\n":Oe,"\n  query IssueComments($id: ID!, $after: String) {\n    rateLimit {\n      cost\n    }\n    node(id: $id) {\n      ... on Issue {\n        comments(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            databaseId\n            url\n            body\n            createdAt\n            author {\n              __typename\n              login\n            }\n            up: reactions(content: THUMBS_UP, first: 100) {\n              totalCount\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            down: reactions(content: THUMBS_DOWN, first: 100) {\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            reactionGroups {\n              content\n              viewerHasReacted\n            }\n          }\n        }\n      }\n    }\n  }\n":Be,"\n  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {\n    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {\n      clientMutationId\n    }\n  }\n":Re,"\n  query ProjectBoard($owner: String!, $number: Int!, $after: String) {\n    repositoryOwner(login: $owner) {\n      ... on Organization {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n      ... on User {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n    }\n  }\n\n  fragment Board on ProjectV2 {\n    id\n    title\n    url\n    fields(first: 50) {\n      nodes {\n        ... on ProjectV2FieldCommon {\n          id\n          name\n          dataType\n        }\n        ... on ProjectV2SingleSelectField {\n          options {\n            id\n            name\n            color\n            description\n          }\n        }\n        ... on ProjectV2IterationField {\n          configuration {\n            iterations {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    items(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        isArchived\n        content {\n          ... on Issue {\n            number\n            repository {\n              nameWithOwner\n            }\n          }\n        }\n      }\n    }\n  }\n":ue,"\n  query ProjectItemContent($id: ID!) {\n    node(id: $id) {\n      ... on Issue {\n        number\n        repository {\n          name\n          owner {\n            login\n          }\n        }\n      }\n    }\n  }\n":qe,"\n  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        field(name: $field) {\n          ... on ProjectV2IterationField {\n            id\n            name\n            configuration {\n              duration\n              iterations {\n                ...QuarterIteration\n              }\n              completedIterations {\n                ...QuarterIteration\n              }\n            }\n          }\n        }\n        items(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            quarter: fieldValueByName(name: $field) {\n              ... on ProjectV2ItemFieldIterationValue {\n                iterationId\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment QuarterIteration on ProjectV2IterationFieldIteration {\n    id\n    title\n    startDate\n    duration\n  }\n":le,"\n  query ProjectStatusUpdates($projectId: ID!) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          nodes {\n            id\n            status\n            body\n            startDate\n            createdAt\n            creator {\n              login\n            }\n          }\n        }\n      }\n    }\n  }\n":Ue,"\n  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {\n    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          options {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":me,"\n  mutation UpdateItemField(\n    $projectId: ID!\n    $itemId: ID!\n    $fieldId: ID!\n    $value: ProjectV2FieldValue!\n  ) {\n    updateProjectV2ItemFieldValue(\n      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n    ) {\n      projectV2Item {\n        id\n      }\n    }\n  }\n":Ne,"\n  mutation UpdateIterationField(\n    $fieldId: ID!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          configuration {\n            iterations {\n              id\n              title\n              startDate\n            }\n          }\n        }\n      }\n    }\n  }\n":Me,"\n  fragment Upvotes on ReactionConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      createdAt\n      user {\n        login\n      }\n    }\n  }\n":Ve};function T(e){return pe[e]??{}}const l=T(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`),m=T(`
  query BoardNodes(
    $ids: [ID!]!
    $withProject: Boolean!
    $statusField: String!
    $laneField: String!
    $quarterField: String!
  ) {
    rateLimit {
      cost
      remaining
    }
    nodes(ids: $ids) {
      ... on Issue {
        id
        number
        parent {
          number
        }
        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {
          ...Upvotes
        }
        projectItems(first: 10) @include(if: $withProject) {
          nodes {
            id
            project {
              number
              owner {
                ... on Organization {
                  login
                }
                ... on User {
                  login
                }
              }
            }
            status: fieldValueByName(name: $statusField) {
              ...FieldValueName
            }
            lane: fieldValueByName(name: $laneField) {
              ...FieldValueName
            }
            quarter: fieldValueByName(name: $quarterField) {
              ...FieldValueName
            }
          }
        }
      }
    }
  }

  fragment FieldValueName on ProjectV2ItemFieldValue {
    ... on ProjectV2ItemFieldSingleSelectValue {
      name
    }
    ... on ProjectV2ItemFieldIterationValue {
      title
    }
  }
`),p=T(`
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          oid
        }
      }
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`),h=T(`
  mutation CreateCommit(
    $branch: CommittableBranch!
    $expectedHeadOid: GitObjectID!
    $message: CommitMessage!
    $fileChanges: FileChanges!
  ) {
    createCommitOnBranch(
      input: {
        branch: $branch
        expectedHeadOid: $expectedHeadOid
        message: $message
        fileChanges: $fileChanges
      }
    ) {
      commit {
        oid
        url
      }
    }
  }
`),y=T(`
  mutation CreateIterationField(
    $projectId: ID!
    $name: String!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    createProjectV2Field(
      input: {
        projectId: $projectId
        dataType: ITERATION
        name: $name
        iterationConfiguration: $configuration
      }
    ) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          name
        }
      }
    }
  }
`),D=T(`
  mutation CreateProjectField(
    $projectId: ID!
    $name: String!
    $options: [ProjectV2SingleSelectFieldOptionInput!]
  ) {
    createProjectV2Field(
      input: {
        projectId: $projectId
        dataType: SINGLE_SELECT
        name: $name
        singleSelectOptions: $options
      }
    ) {
      projectV2Field {
        ... on ProjectV2SingleSelectField {
          id
          name
        }
      }
    }
  }
`),x=T(`
  mutation CreateProjectStatusUpdate(
    $projectId: ID!
    $status: ProjectV2StatusUpdateStatus!
    $body: String!
    $startDate: Date
    $targetDate: Date
  ) {
    createProjectV2StatusUpdate(
      input: {
        projectId: $projectId
        status: $status
        body: $body
        startDate: $startDate
        targetDate: $targetDate
      }
    ) {
      statusUpdate {
        id
        createdAt
      }
    }
  }
`),v=T(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`),F=T(`
  query IssueComments($id: ID!, $after: String) {
    rateLimit {
      cost
    }
    node(id: $id) {
      ... on Issue {
        comments(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            databaseId
            url
            body
            createdAt
            author {
              __typename
              login
            }
            up: reactions(content: THUMBS_UP, first: 100) {
              totalCount
              nodes {
                user {
                  login
                }
              }
            }
            down: reactions(content: THUMBS_DOWN, first: 100) {
              nodes {
                user {
                  login
                }
              }
            }
            reactionGroups {
              content
              viewerHasReacted
            }
          }
        }
      }
    }
  }
`),Y=T(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`),Q=T(`
  query ProjectBoard($owner: String!, $number: Int!, $after: String) {
    repositoryOwner(login: $owner) {
      ... on Organization {
        projectV2(number: $number) {
          ...Board
        }
      }
      ... on User {
        projectV2(number: $number) {
          ...Board
        }
      }
    }
  }

  fragment Board on ProjectV2 {
    id
    title
    url
    fields(first: 50) {
      nodes {
        ... on ProjectV2FieldCommon {
          id
          name
          dataType
        }
        ... on ProjectV2SingleSelectField {
          options {
            id
            name
            color
            description
          }
        }
        ... on ProjectV2IterationField {
          configuration {
            iterations {
              id
              title
            }
          }
        }
      }
    }
    items(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        isArchived
        content {
          ... on Issue {
            number
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`),qo=T(`
  query ProjectItemContent($id: ID!) {
    node(id: $id) {
      ... on Issue {
        number
        repository {
          name
          owner {
            login
          }
        }
      }
    }
  }
`),tt=T(`
  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {
    node(id: $projectId) {
      ... on ProjectV2 {
        field(name: $field) {
          ... on ProjectV2IterationField {
            id
            name
            configuration {
              duration
              iterations {
                ...QuarterIteration
              }
              completedIterations {
                ...QuarterIteration
              }
            }
          }
        }
        items(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            quarter: fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldIterationValue {
                iterationId
                title
              }
            }
          }
        }
      }
    }
  }

  fragment QuarterIteration on ProjectV2IterationFieldIteration {
    id
    title
    startDate
    duration
  }
`),Ot=T(`
  query ProjectStatusUpdates($projectId: ID!) {
    node(id: $projectId) {
      ... on ProjectV2 {
        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            id
            status
            body
            startDate
            createdAt
            creator {
              login
            }
          }
        }
      }
    }
  }
`),Bt=T(`
  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {
      projectV2Field {
        ... on ProjectV2SingleSelectField {
          id
          options {
            id
            name
          }
        }
      }
    }
  }
`),nt=T(`
  mutation UpdateItemField(
    $projectId: ID!
    $itemId: ID!
    $fieldId: ID!
    $value: ProjectV2FieldValue!
  ) {
    updateProjectV2ItemFieldValue(
      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }
    ) {
      projectV2Item {
        id
      }
    }
  }
`),Rt=T(`
  mutation UpdateIterationField(
    $fieldId: ID!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          configuration {
            iterations {
              id
              title
              startDate
            }
          }
        }
      }
    }
  }
`);function A(e,t,n){return e.graphql(t.toString(),n)}function B(e){if(!e.project)throw new j.D9("this change needs a project, and none is configured");return e.project}function Le(e,t){const n=e.itemOf.get(t);if(!n)throw new j.D9(`#${t} is not on the project`);return n}const qt={describe:e=>`add #${e.issue} to the project`,async apply(e,t){const o=(await A(t.github,l,{projectId:B(t).id,contentId:e.contentId})).addProjectV2ItemById?.item;o&&t.itemOf.set(e.issue,o.id)}};class fe extends j.D9{login;reason;name="InvitationRefused";constructor(t,n,o,r){super(o,{cause:r}),this.login=t,this.reason=n}}const z=e=>e.status;async function ot(e,t,n){const o=[];try{for await(const r of N(e,"GET /repos/{owner}/{repo}/invitations",{owner:t,repo:n}))for(const s of r.data)s.invitee&&o.push({id:s.id,login:s.invitee.login,expired:s.expired===!0,createdAt:s.created_at,ownerType:s.repository?.owner?.type??null})}catch(r){if(z(r)===403||z(r)===404)return null;throw r}return o}async function He(e,t,n,o){try{return await w(e,"GET /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o}),!0}catch(r){if(z(r)===404)return!1;throw r}}const Ut={read:"pull",triage:"triage",write:"push"};async function Nt(e,t,n,o,r){if(await He(e,t,n,o))return"collaborator";const s=async()=>(await ot(e,t,n))?.some(d=>d.login.toLowerCase()===o.toLowerCase())?"invited":await He(e,t,n,o)?"added":void 0;try{return await _(s,async()=>{const{status:a}=await w(e,"PUT /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o,permission:Ut[r],...V});return a===201?"invited":"added"})}catch(a){const d=z(a),i=JSON.stringify(a.response?.data??"");throw d===403?new fe(o,"forbidden","GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",a):d===422&&/limit|24 hours|spam/i.test(i)?new fe(o,"limit","GitHub's limit of 50 repository invitations in 24 hours is reached",a):d===422?new fe(o,"blocked",`GitHub would not invite ${o}`,a):a}}async function Mt(e,t,n,o){try{await w(e,"DELETE /repos/{owner}/{repo}/invitations/{invitation_id}",{owner:t,repo:n,invitation_id:o})}catch(r){if(z(r)!==404)throw r}}async function Lt(e,t,n,o){await w(e,"DELETE /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o})}const Ht={describe:e=>`withdraw ${e.login}'s invitation ${e.id}`,async apply(e,{github:t,owner:n,repo:o}){await Mt(t,n,o,e.id)}},Gt={describe:e=>`close #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await w(t,"PATCH /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:e.issue,state:"closed",state_reason:"completed"})}},Wt=6e4,Yt={describe:e=>`post "${e.body}" on #${e.issue} as ${e.login}`,async apply(e,{github:t,owner:n,repo:o}){const r=new Date(Date.parse(e.at)-Wt).toISOString(),s=d=>d.body===e.body&&d.user?.login?.toLowerCase()===e.login.toLowerCase()&&(d.created_at??"")>=r;await _(async()=>{const d=N(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue,since:r});for await(const{data:i}of d){const c=i.find(s);if(c)return c}},()=>w(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue,body:e.body,...V}).then(({data:d})=>d))}};function rt(e){return e.map(t=>`"${t}"`).join(", ")}const Qt={describe:e=>`add the field "${e.field}" to the project, with the options ${rt(e.options.map(t=>t.name))}`,async apply(e,t){await A(t.github,D,{projectId:B(t).id,name:e.field,options:e.options})}};async function zt(e,t){try{const{data:n}=await w(e,"GET /orgs/{org}/issue-types",{org:t});return n.map(o=>o.name)}catch(n){const o=n.status;if(o===404||o===403)return null;throw n}}const Jt={describe:e=>`create the issue type "${e.name}" for the organisation`,async apply(e,{github:t,owner:n}){const o=async()=>(await zt(t,n))?.find(r=>r.toLowerCase()===e.name.toLowerCase());try{await _(o,()=>w(t,"POST /orgs/{org}/issue-types",{org:n,name:e.name,is_enabled:!0,description:e.description,color:e.color,...V}).then(()=>e.name))}catch(r){if(r.status!==422||!await o())throw r}}};var S=k(1955);const Zt={describe:e=>`add the iteration field "${e.field}" to the project, with ${e.iterations.map(t=>`"${t.title}"`).join(", ")}`,async apply(e,t){const n=B(t);if(n.fields.some(r=>(0,S.qa8)(r.name,e.field)))return;const[o]=e.iterations;try{await A(t.github,y,{projectId:n.id,name:e.field,configuration:{startDate:o?.startDate??"",duration:o?.duration??91,iterations:e.iterations}})}catch(r){if(!/already been taken/i.test(r.message))throw r}}},Kt={describe:e=>`create the label "${e.name}"`,async apply(e,{github:t,owner:n,repo:o}){const r=()=>w(t,"GET /repos/{owner}/{repo}/labels/{name}",{owner:n,repo:o,name:e.name}).then(({data:s})=>s,s=>{if(s.status!==404)throw s});try{await _(r,()=>w(t,"POST /repos/{owner}/{repo}/labels",{owner:n,repo:o,name:e.name,color:e.color,description:e.description,...V}).then(({data:s})=>s))}catch(s){if(!Xt(s))throw s}}};function Xt(e){const t=e;return t.status===422&&(t.response?.data?.errors??[]).some(n=>n.code==="already_exists")}const en={describe:e=>`delete comment ${e.commentId} on #${e.issue}: ${e.why}`,async apply(e,{github:t,owner:n,repo:o}){try{await w(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:e.commentId})}catch(r){if(r.status!==404)throw r}}},tn={describe:e=>`invite ${e.login} to the repository (${e.permission})`,async apply(e,{github:t,owner:n,repo:o}){await Nt(t,n,o,e.login,e.permission)}},nn={describe:e=>e.after===null?`move #${e.issue} to the top`:`move #${e.issue} after #${e.after}`,async apply(e,t){await A(t.github,Y,{projectId:B(t).id,itemId:Le(t,e.issue),afterId:e.after===null?null:Le(t,e.after)})}};var on=k(7215);const rn={describe:e=>`notify ${e.channel.kind}: ${e.notice.title}`,bestEffort:!0,async apply(e,{owner:t,repo:n,secrets:o,post:r}){await(0,on.$q)(e,`${t}/${n}`,o??{},r)}},an={describe:e=>`open the issue "${e.title}"`,async apply(e,{github:t,owner:n,repo:o}){const r=`${e.marker}
${e.body}`;await _(async()=>{const{data:a}=await w(t,"GET /repos/{owner}/{repo}/issues",{owner:n,repo:o,state:"all",sort:"created",direction:"desc",per_page:100});return a.find(d=>d.body?.startsWith(`${e.marker}
`))},()=>w(t,"POST /repos/{owner}/{repo}/issues",{owner:n,repo:o,title:e.title,body:r,labels:e.labels,assignees:e.assignees,...e.type?{type:e.type}:{},...V}).then(({data:a})=>a))}};async function at(e,t){const n=await A(e,Ot,{projectId:t});return((n.node&&"statusUpdates"in n.node?n.node:null)?.statusUpdates.nodes??[]).flatMap(r=>r?[{body:r.body??"",createdAt:r.createdAt}]:[])}const sn={describe:e=>`post the project status update ${e.status} ${e.marker}`,async apply(e,t){const n=B(t),o=`${e.marker}
${e.body}`,r=async()=>(await at(t.github,n.id)).find(s=>s.body.startsWith(`${e.marker}
`));await r()||await _(r,async()=>{const a=(await A(t.github,x,{projectId:n.id,status:e.status,body:o,startDate:e.startDate,targetDate:e.targetDate})).createProjectV2StatusUpdate?.statusUpdate;if(!a)throw new j.D9("GitHub made no status update, and said no more");return{body:o,createdAt:a.createdAt}})}},dn={describe:e=>`react ${e.content} to comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){await w(t,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content})}},cn={describe:e=>`unassign ${e.login} from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await w(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},un={describe:e=>`remove ${e.login} from the repository's collaborators`,async apply(e,{github:t,owner:n,repo:o}){await Lt(t,n,o,e.login)}},ln={describe:e=>`remove the label "${e.label}" from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){try{await w(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",{owner:n,repo:o,issue_number:e.issue,name:e.label})}catch(r){if(r.status!==404)throw r}}},mn={describe:e=>`set ${e.field} of #${e.issue} to ${pn(e.value)}`,async apply(e,t){const n=B(t),o=(0,S.MBz)(n,e.field);await A(t.github,nt,{projectId:n.id,itemId:Le(t,e.issue),fieldId:o.id,value:fn(o.name,o.options,e.value)})}};function pn(e){return"option"in e?`"${e.option}"`:"iteration"in e?`"${e.iteration}"`:"number"in e?String(e.number):`"${e.text}"`}function fn(e,t,n){if("number"in n)return{number:n.number};if("text"in n)return{text:n.text};const o="option"in n?n.option:n.iteration,r=t.find(s=>(0,S.qa8)(s.name,o));if(!r)throw new j.D9(`the field "${e}" has no option "${o}"`);return"option"in n?{singleSelectOptionId:r.id}:{iterationId:r.id}}const hn={describe:e=>`add the options ${rt(e.added)} to the field "${e.field}"`,async apply(e,t){await A(t.github,Bt,{fieldId:(0,S.MBz)(B(t),e.field).id,options:e.options})}};async function he(e,t,n,o){const s=(await A(e,v,{owner:t,name:n,expression:o})).repository?.object;return(s&&"text"in s?s.text:null)??void 0}async function gn(e,t,n,o,r,s){const a=await st(e,t,n,o);if(a)return a;for(const d of s)if(await he(e,t,n,`${o.defaultOid}:${d.path}`)!==d.content)return it(e,t,n,o,r);return null}async function st(e,t,n,o){const{data:r}=await w(e,"GET /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:`${t}:${o.branch}`,state:"open"});return r[0]?{number:r[0].number,url:r[0].html_url}:void 0}async function it(e,t,n,o,r){const s=async()=>{const i=await st(e,t,n,o);return i&&{number:i.number,html_url:i.url}},a=await s();if(a)return{number:a.number,url:a.html_url};const d=await _(s,async()=>{const{data:i}=await w(e,"POST /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:o.branch,base:o.defaultBranch,title:r,body:"Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",...V});return typeof i=="object"&&i?.number?i:await s()??i});return{number:d.number,url:d.html_url}}async function bn(e,t,n,o,r){const s=await A(e,p,{owner:t,name:n,qualifiedName:`refs/heads/${r}`}),a=s.repository?.defaultBranchRef;if(!a?.target)throw new j.D9(`${t}/${n} has no default branch to write pages to: push a first commit`);const{target:d}=a;if(o==="direct")return{branch:a.name,oid:d.oid,defaultBranch:a.name,defaultOid:d.oid,exists:!0};const i=s.repository?.ref;return{branch:r,oid:i?.target?.oid??d.oid,defaultBranch:a.name,defaultOid:d.oid,exists:i!=null}}class wn extends j.D9{name="CommitConflictError"}const yn="roundtable/pages";async function Ge(e,t){const{owner:n,repo:o,log:r}=t,s=t.attempts??3,a=t.render(()=>{}).map(d=>d.path);for(let d=1;d<=s;d++){const i=await bn(e,n,o,t.mode==="direct"?"direct":"pull-request",t.branch??yn),c=await $n(e,t,i,a),f=t.render(b=>c.get(b)),g=f.filter(b=>b.content!==c.get(b.path));if(g.length===0)return In(e,t,i,f);if(t.dryRun){for(const b of g)r(`would write ${b.path}`);return{commit:null,changed:g.map(b=>b.path),pullRequest:null}}i.exists||await jn(e,n,o,i);try{const b=await Sn(e,n,o,i,t.message,g);r(`committed ${g.map(P=>P.path).join(", ")} to ${i.branch} (${b.oid.slice(0,7)})`);const C=t.mode==="pull-request"?await it(e,n,o,i,t.message):null;return{commit:b,changed:g.map(P=>P.path),pullRequest:C}}catch(b){const C=!dt(b)&&ae(b);if(!dt(b)&&!C||C&&d>=s)throw b;r(C?`the commit to ${i.branch} may or may not have landed (${b.message}): reading the branch again (attempt ${d} of ${s})`:`${i.branch} moved while the pages were written (attempt ${d} of ${s}): reading it again`)}}throw new wn(`the branch kept moving while Roundtable wrote its pages (${s} attempts); nothing was written: run again`)}async function $n(e,{owner:t,repo:n},o,r){const s=o.exists?o.oid:o.defaultOid,a=new Map;for(const d of r)a.set(d,await he(e,t,n,`${s}:${d}`));return a}async function In(e,t,n,o){t.log("pages: nothing changed, no commit");const{owner:r,repo:s}=t,a=t.mode==="pull-request"&&n.exists&&!t.dryRun?await gn(e,r,s,n,t.message,o):null;return{commit:null,changed:[],pullRequest:a}}async function jn(e,t,n,o){await w(e,"POST /repos/{owner}/{repo}/git/refs",{owner:t,repo:n,ref:`refs/heads/${o.branch}`,sha:o.defaultOid})}async function Sn(e,t,n,o,r,s){const d=(await A(e,h,{branch:{repositoryNameWithOwner:`${t}/${n}`,branchName:o.branch},expectedHeadOid:o.oid,message:{headline:r},fileChanges:{additions:s.map(i=>({path:i.path,contents:Buffer.from(i.content,"utf8").toString("base64")}))}})).createCommitOnBranch?.commit;if(!d)throw new j.D9(`GitHub made no commit on ${o.branch}: run again`);return d}function dt(e){const t=String(e?.message??"");return/expectedHeadOid|expected branch to point to/i.test(t)}const Pn={describe:e=>e.iterations?`set the iterations of "${e.field}" to ${e.iterations.map(t=>`"${t.title}"`).join(", ")}, keeping ${e.values.length} items' quarters`:`write back ${e.values.length} items' quarters in "${e.field}"`,async apply(e,t){const n=B(t),o=(0,S.MBz)(n,e.field),r=(a,d)=>Ge(t.github,{owner:t.owner,repo:t.repo,message:d,mode:"branch",branch:S.GQi,dryRun:!1,log:()=>{},render:()=>[{path:S.ptJ,content:(0,S.llt)(e.field,a)}]});let s;if(e.iterations){await r(e.values,`Quarters: ${e.values.length} items' quarters kept while the iterations change`);const[a]=e.iterations,i=(await A(t.github,Rt,{fieldId:o.id,configuration:{startDate:a?.startDate??"",duration:a?.duration??91,iterations:e.iterations.map(({title:c,startDate:f,duration:g})=>({title:c,startDate:f,duration:g}))}})).updateProjectV2Field?.projectV2Field;s=new Map((i&&"configuration"in i?i.configuration.iterations:[]).map(c=>[c.title,c.id]))}else s=await kn(t.github,n.id,e.field);for(const a of e.values){const d=s.get(a.title);if(!d)throw new j.D9(`the field "${e.field}" has no iteration "${a.title}"`);await A(t.github,nt,{projectId:n.id,itemId:a.item,fieldId:o.id,value:{iterationId:d}})}await r([],"Quarters: every item's quarter written back")}};async function kn(e,t,n){const o=await A(e,tt,{projectId:t,field:n}),r=o.node&&"field"in o.node?o.node.field:null,s=r&&"configuration"in r?[...r.configuration.completedIterations,...r.configuration.iterations]:[];return new Map(s.map(a=>[a.title,a.id]))}const ct=["roundtable[bot]","github-actions[bot]"];function vn(e){const t=(e??"").split(",").map(n=>n.trim()).filter(Boolean);return t.length>0?t:ct}const ut=e=>e.toLowerCase().replace(/\[bot\]$/,"");function We(e,t){return t?.isBot?(e.botLogins??ct).some(o=>ut(o)===ut(t.login)):!1}const Tn={describe:e=>`take back the reaction ${e.content} on comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){const r=N(t,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content});for await(const{data:s}of r)for(const a of s){const d=a.user?.login;if(!(a.content!==e.content||!d)&&We(t,{login:d,isBot:a.user?.type==="Bot"}))try{await w(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",{owner:n,repo:o,comment_id:e.commentId,reaction_id:a.id})}catch(i){if(i.status!==404)throw i}}}},xn={describe:e=>`write the comment ${e.marker} on #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){const r=i=>We(t,i.user?.login?{login:i.user.login,isBot:i.user.type==="Bot"}:null),s=`${e.marker}
${e.body}`,a=async()=>{const i=N(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue});for await(const{data:c}of i){const f=c.find(g=>r(g)&&g.body?.startsWith(`${e.marker}
`));if(f)return f}},d=await a();if(d){if(d.body===s)return;await w(t,"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:d.id,body:s});return}await _(a,()=>w(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue,body:s,...V}).then(({data:i})=>i))}},ge=e=>`${e} ${e===1?"voter's change":"voters' changes"}`,Dn={"add-to-project":qt,"set-field":mn,move:nn,"add-label":ie,"remove-label":ln,"add-assignee":xe,"remove-assignee":cn,react:dn,unreact:Tn,"upsert-comment":xn,"delete-comment":en,"close-issue":Gt,"open-issue":an,"create-label":Kt,"create-field":Qt,"set-field-options":hn,notify:rn,"write-ballots":{describe:({batch:e})=>e.final?`open round ${e.round}'s ballots on ${S.m8D}:${S.JX}, with a last batch of ${ge(e.ballots.length)}`:`write a sealed batch of ${ge(e.ballots.length)} to ${S.m8D}:${S.JX}`,async apply({batch:e},{github:t,owner:n,repo:o,ballotSigner:r}){if(!r)throw new j.D9("write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set");await Ge(t,{owner:n,repo:o,message:e.final?`Ballots: round ${e.round} closed, last batch of ${ge(e.ballots.length)}; every ballot opened for anyone to check`:`Ballots: a sealed batch of ${ge(e.ballots.length)}`,mode:"branch",branch:S.m8D,dryRun:!1,log:()=>{},attempts:5,render:s=>[{path:S.JX,content:(0,S.car)(s(S.JX),e,r).text}]})}},"invite-collaborator":tn,"cancel-invitation":Ht,"remove-collaborator":un,"post-status-update":sn,"add-sub-issue":Ce,"create-issue-type":Jt,"create-iteration-field":Zt,"set-quarters":Pn,"comment-as-person":Yt};function Ye(e){return Dn[e.kind]}function J(e){return Ye(e).describe(e)}function Qe(e){return Ye(e).bestEffort===!0}function lt(e,t){return Ye(e).apply(e,t)}var mt=k(7598);const Cn=24*36e5;function An(e,t){const n={repository:e.toLowerCase(),labels:t.labels,project:t.project&&{owner:t.project.owner,number:t.project.number,fields:t.project.fields},eligible:t.votes.eligible};return(0,mt.createHash)("sha256").update(JSON.stringify(n)).digest("hex").slice(0,32)}function Fn(e,t,n){if(!e||typeof e!="object")return;const o=e;if(o.version!==1||o.key!==t||typeof o.takenAt!="string"||!Array.isArray(o.pages)||!o.issues||typeof o.issues!="object")return;const r=Date.parse(n)-Date.parse(o.takenAt);if(r>=0&&r<=Cn)return{...o,changed:Array.isArray(o.changed)?o.changed:[]}}async function Vn(e,t,n){if(n.length===0)return;const o=await e.get(t);if(o?.version!==1||!Array.isArray(o.pages))return;const r=new Set([...Array.isArray(o.changed)?o.changed:[],...n]);await e.set(t,{...o,changed:[...r]})}class pt extends j.D9{applied;failed;notApplied;name="ApplyError";constructor(t,n,o,r){super(`stopped at "${J(n)}": ${r?.message??String(r)}. Applied ${t.length} of ${t.length+1+o.length} changes; ${o.length+1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,{cause:r}),this.applied=t,this.failed=n,this.notApplied=o}}async function _n(e,t,n){const o=[...t.filter(d=>!Qe(d)),...t.filter(Qe)];if(n.dryRun){for(const d of o)if(n.log(`would ${J(d)}`),"body"in d&&typeof d.body=="string")for(const i of d.body.trimEnd().split(`
`))n.log(`    \u2502 ${i}`);return[]}const r=new Map;for(const d of n.project?.items??[])d.issue!==null&&r.set(d.issue,d.id);const s={github:e,owner:n.owner,repo:n.repo,project:n.project,itemOf:r,...n.secrets?{secrets:n.secrets}:{},...n.post?{post:n.post}:{},...n.ballotSigner?{ballotSigner:n.ballotSigner}:{}},a=[];for(const[d,i]of o.entries()){try{await lt(i,s).catch(c=>{if(!(c instanceof G)||se[i.kind].how!=="repeat")throw c;return n.log(`${J(i)}: GitHub did not answer in time; sending it once more`),lt(i,s)})}catch(c){if(!Qe(i))throw await ft(e,n,[...a,i]),new pt(a,i,o.slice(d+1),c);const f=c instanceof Error?c:new Error(String(c));n.log(`could not ${J(i)}: ${f.message}`),n.onFailure?.(i,f);continue}a.push(i),n.log(J(i))}return await ft(e,n,a),a}async function ft(e,t,n){if(!e.reads)return;const o=n.flatMap(r=>r.kind==="add-to-project"||r.kind==="set-field"?[r.issue]:[]);await Vn(e.reads,`${t.owner}/${t.repo}`,[...new Set(o)])}var En=k(5194),On=k(6856);function Bn(e){e.hook.after("request",(t,n)=>{const o=String(t.headers["content-type"]??"");if(!/text\/html/i.test(o))return;const r=Rn(n.baseUrl??n.url);throw new j.D9(`${r} answered ${q(n)} with a web page, not GitHub's API: check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise) and GITHUB_GRAPHQL_URL`,{where:{operation:q(n)}})})}function Rn(e){try{return new URL(e).host||e}catch{return e}}var ht=k(2203),qn=k(370);const Un=20,gt=80,bt=e=>e?{connection:e,timeout:12e4}:{},wt=new Map,yt=(e,t,n)=>{const o=`${e}:${t?"redis":"memory"}`;let r=wt.get(o);return r||(r=n(),wt.set(o,r)),r},Nn=new Map,Mn=new Map,$t=(e,t,n)=>{let o=e.get(t);return o||(o=(0,qn.A)(n),e.set(t,o)),o},Ln={key(e="no-id"){const t=$t(Nn,e,Un);return{schedule:async(n,o,...r)=>n.weight===0?o(...r):t(()=>o(...r))}}},Hn={key:()=>({schedule:async(e,t,...n)=>t(...n)})};function Gn(e){return yt("content",e,()=>new ht.Group({id:"roundtable-content",maxConcurrent:1,reservoir:gt,reservoirRefreshAmount:gt,reservoirRefreshInterval:6e4,...bt(e)}))}const Wn=(e,t,n)=>{const{pathname:o}=new URL(t,"http://github.test");return o.endsWith("/graphql")?typeof n=="string"&&/^\s*mutation\b/.test(n.replace(/^\s*#.*$/gm,"")):/^\/app\/installations\/[^/]+\/access_tokens$/.test(o)?!1:e!=="GET"&&e!=="HEAD"};function It(e,t){const n=t.throttle??{};if(n.enabled===!1)return;const{connection:o}=n,r=n.id??"no-id",s=o?a=>yt("writes",o,()=>new ht.Group({id:"roundtable-writes",maxConcurrent:1,...bt(o)})).key(r).schedule(a):$t(Mn,r,1);e.hook.wrap("request",(a,d)=>Wn(d.method,d.url,d.query)?s(async()=>a(d)):a(d))}class Yn{failed=[];on(t,n){t==="failed"&&this.failed.push(n)}async schedule(t,...n){for(let o=0;;o++)try{return await t(...n)}catch(r){let s;for(const a of this.failed){const d=await Promise.resolve().then(()=>a(r,{args:n,retryCount:o})).catch(()=>{});typeof d=="number"&&(s=d)}if(s===void 0)throw r;await new Promise(a=>setTimeout(a,s))}}}function jt(e){return{global:Ln,write:Hn,notifications:Gn(e),retryLimiter:new Yn}}function No(e){return e.plugin(It).defaults(t=>{const n=t.throttle??{},o=t.auth?.installationId,r=n.id??(o===void 0?void 0:String(o));return{...t,throttle:{...n,...r?{id:r}:{},...jt(n.connection)}}})}const Qn=En.E.plugin(Ie,Bn,E,On.A,Pe,It);function zn(e){const t=e.apiUrl??"https://api.github.com",n=new Qn({auth:e.token,baseUrl:t.replace(/\/$/,""),userAgent:"roundtable",...Jn(e),requestTimeoutMs:e.requestTimeoutMs,budget:e.budget,...e.fetch?{request:{fetch:e.fetch}}:{}});return e.onRequest&&Zn(n,e.onRequest),{request:n.request,graphql:n.graphql.defaults({url:e.graphqlUrl??Kn(t)}),...e.botLogins?{botLogins:e.botLogins}:{},...e.reads?{reads:e.reads}:{}}}function Jn(e){const{maxRetries:t=2,maxWaitSeconds:n=120,throttle:o=!0,log:r=()=>{}}=e,s=d=>(i,c,f,g)=>g>=t||i>n?!1:(r(`${d} rate limit on ${c.method} ${c.url}: waiting ${i} s, then retrying`),!0),a=e.retryAfterBaseValue!==void 0?{retryAfterBaseValue:e.retryAfterBaseValue}:{};return{throttle:o?{onRateLimit:s("primary"),onSecondaryRateLimit:s("secondary"),...jt(),...a}:{enabled:!1},resend:{enabled:o,maxWaitMs:n*(e.retryAfterBaseValue??1e3),...a}}}function Zn(e,t){e.hook.before("request",n=>{const o=String(n.query??"");t({write:n.url.endsWith("graphql")?/^\s*mutation\b/.test(o):n.method!=="GET"})})}function Kn(e){const t=e.replace(/\/$/,"");return t.endsWith("/api/v3")?`${t.slice(0,-3)}graphql`:`${t}/graphql`}function St(){return{graphqlRequests:0,restRequests:0,notModified:0,kept:!1,readIssues:0,points:0,remaining:null,followUpIssues:0,skippedReactions:0}}function Pt(e,t){e.graphqlRequests+=1,t&&(e.points+=t.cost,e.remaining=t.remaining)}async function*kt(e,t,n,o=[]){const r=e.request,s=i=>Xn(r,t,{...n,per_page:100,page:i},o[i-1]);let a=1,d=await vt(s,1,Math.max(1,o.length));for(;;){let i=0;for(const{last:c,...f}of d){if(yield f,!f.full)return;a=f.page+1,i=Math.max(i,c)}d=await vt(s,a,Math.max(a,i))}}async function Xn(e,t,n,o){const{page:r}=n,s=o?.etag?{"if-none-match":o.etag}:{};for(let a=1;;a++)try{const{data:d,headers:i}=await e(t,{...n,headers:s,request:{parseSuccessResponseBody:!1}}),c=await to(d);if(c===void 0){if(a<3)continue;throw new te(`${t} (page ${r}): GitHub's answer was cut off (3 times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:t}})}if(!Array.isArray(c))throw new j.D9(`${t} (page ${r}) answered something other than a list: run again`);const f=c.length>=100;return{page:r,etag:i.etag??null,data:c,full:f,last:eo(i.link)??r}}catch(d){if(d.status!==304||!o)throw d;return{page:r,etag:o.etag,data:null,full:o.full,last:r}}}async function vt(e,t,n){return(await Promise.allSettled(Array.from({length:n-t+1},(r,s)=>e(t+s)))).map(r=>{if(r.status==="rejected")throw r.reason;return r.value})}function eo(e){const t=e?.match(/<([^<>]+)>;\s*rel="last"/)?.[1];if(!t)return;const n=Number(new URL(t,"https://api.github.com").searchParams.get("page"));return Number.isInteger(n)&&n>0?n:void 0}async function to(e){if(e==null)return;if(typeof e=="string")return Tt(e);const t=e.getReader(),n=new TextDecoder;let o="",r;const s=new Promise(a=>{r=setTimeout(()=>a("stalled"),$)});try{for(;;){const a=await Promise.race([t.read(),s]);if(a==="stalled"){await t.cancel().catch(()=>{});return}if(a.done)break;o+=n.decode(a.value,{stream:!0})}return Tt(o+n.decode())}catch{return}finally{clearTimeout(r)}}function Tt(e){try{return JSON.parse(e)}catch{return}}const no=T(`
  fragment Upvotes on ReactionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      createdAt
      user {
        login
      }
    }
  }
`);function L(e){return(e?.nodes??[]).filter(t=>t!==null)}function oo(e){const t=e.user?.type==="Bot";return{id:e.node_id,number:e.number,title:e.title,url:e.html_url,state:e.state==="open"?"open":"closed",author:{login:(e.user?.login??"ghost").replace(t?/\[bot\]$/:/$^/,""),bot:t},createdAt:e.created_at,closedAt:e.closed_at,body:e.body??"",labels:e.labels.map(n=>typeof n=="string"?n:n.name??""),assignees:(e.assignees??[]).flatMap(n=>n?[n.login]:[]),milestone:e.milestone?.title??null,parent:null,subIssues:[],...e.type?.name?{type:e.type.name}:{},...e.sub_issues_summary?{subIssuesSummary:{total:e.sub_issues_summary.total,completed:e.sub_issues_summary.completed,percentCompleted:e.sub_issues_summary.percent_completed}}:{},reactions:[],board:null}}function ro(e,t,n,o){const r=n.project?L(t.projectItems).find(a=>a.project.number===n.project?.number&&"login"in a.project.owner&&a.project.owner.login.toLowerCase()===n.project.owner.toLowerCase()):void 0,s={};if(r&&n.project){const a=n.project.fields;for(const[d,i]of[[a.status,r.status],[a.lane,r.lane],[a.quarter,r.quarter]]){const c=ao(i);c!==void 0&&(s[d]=c)}}return{...e,parent:t.parent?.number??null,reactions:xt(t.reactions,o),board:r?{itemId:r.id,fields:s}:null}}function xt(e,t){const n=[];for(const o of L(e)){if(o.user===null){t.skippedReactions+=1;continue}n.push({login:o.user.login,bot:!1,createdAt:o.createdAt})}return n}function ao(e){if(e){if("name"in e)return e.name??void 0;if("title"in e)return e.title}}const Dt=100;function so(e){const t=Array.from({length:e},(o,r)=>`$id${r}: ID!, $after${r}: String!`),n=Array.from({length:e},(o,r)=>`  f${r}: node(id: $id${r}) {
    ... on Issue {
      reactions(content: THUMBS_UP, first: 100, after: $after${r}, orderBy: { field: CREATED_AT, direction: ASC }) {
        ...Upvotes
      }
    }
  }`);return`query MoreUpvotes(${t.join(", ")}) {
  rateLimit {
    cost
    remaining
  }
${n.join(`
`)}
}
${no.toString().replace(/^\s+/,"")}`}async function io(e,t,n){n.followUpIssues+=t.length;let o=t;for(;o.length>0;){const r=o.slice(0,Dt);o=o.slice(Dt);const s={};r.forEach(({id:d,after:i},c)=>{s[`id${c}`]=d,s[`after${c}`]=i});const a=await e.graphql(so(r.length),s);Pt(n,a.rateLimit),r.forEach((d,i)=>{const c=a[`f${i}`]?.reactions;if(!c)return;d.reactions.push(...xt(c,n));const{hasNextPage:f,endCursor:g}=c.pageInfo;f&&g&&o.push({...d,after:g})})}}async function co(e,t,n){const{owner:o,repo:r,config:s}=t;if(s.votes.source!=="ballots")return{};const a=await he(e,o,r,`${S.m8D}:${S.JX}`);return n.graphqlRequests+=1,{ballots:(0,S.QHi)(a,{repository:`${o}/${r}`,round:(0,S.X2k)(s.votes)},t.ballotVerifier)}}async function uo(e,{owner:t,repo:n,issue:o}){const r=[];let s=0;const a=`/repos/${t}/${n}/issues/`.toLowerCase(),d=N(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",{owner:t,repo:n,issue_number:o});for await(const{data:i}of d){s++;for(const c of i)(!c.url||c.url.toLowerCase().includes(a))&&r.push(c.number)}return{numbers:r,requests:s}}async function*ze(e,t,n,o){let r=n.after??null;do{const s=await A(e,t,{...n,after:r}),a=o(s)??null;yield{data:s,connection:a},r=a?.pageInfo.hasNextPage?a.pageInfo.endCursor:null}while(r!==null)}const Ct={EYES:"eyes",THUMBS_UP:"+1",CONFUSED:"confused"},At=e=>L(e).flatMap(t=>t.user?[t.user.login]:[]);async function lo(e,t){const n=[];let o=0,r=0;const s=ze(e,F,{id:t},a=>a.node&&"comments"in a.node?a.node.comments:null);for await(const{data:a,connection:d}of s){o+=1,r+=a.rateLimit?.cost??0;for(const i of L(d)){if(i.databaseId===null)continue;const c=i.author&&{login:i.author.login,isBot:i.author.__typename==="Bot"};n.push({id:i.databaseId,url:i.url,author:{login:i.author?.login??"ghost",bot:i.author?.__typename==="Bot",self:We(e,c)},createdAt:i.createdAt,body:i.body,votes:i.up.totalCount,up:At(i.up),down:At(i.down),mine:(i.reactionGroups??[]).flatMap(f=>f.viewerHasReacted&&f.content in Ct?[Ct[f.content]]:[])})}}return{comments:n,requests:o,points:r}}var R=k(5147);class mo extends R.xL{constructor(t,n,o){super(R.eQ,[{path:"votes.eligible",message:`the members of the team "${t}" cannot be read (GitHub answered ${n}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`}],{cause:o})}}class po extends j.D9{name="LoadError"}async function fo(e,t){const{owner:n,repo:o,config:r}=t,s=`${n}/${o}`,a=St(),d=e.reads,i=An(s,r),c=d?Fn(await d.get(s),i,t.now):void 0;a.kept=c!==void 0;const[f,g,b]=await Promise.allSettled([ho(e,t,c,a),Po(e,t,c,a),co(e,t,a)]),C=Je(f),P=Je(g),M=Je(b),be={repository:s,takenAt:t.now,issues:C.entries.map(Ro=>Ro.record),...P.collaborators?{collaborators:P.collaborators}:{},...P.teams?{teams:P.teams}:{},...M};return d&&await d.set(s,go(C,P,i,t.now)),{snapshot:be,cost:a}}async function ho(e,t,n,o){const r=await bo(e,t,n,o),[,s]=await Promise.all([Io(e,r,t.config,o),jo(e,r,t.config,o),So(e,t,r,o)]);for(const[a,d]of s)a.record={...a.record,comments:d};return r}function go(e,t,n,o){return{version:1,key:n,takenAt:o,pages:e.pages,issues:Object.fromEntries(e.entries.map(r=>[r.record.number,{fingerprint:r.fingerprint,record:r.record}])),...t.kept?{voters:t.kept}:{},changed:[]}}function Je(e){if(e.status==="rejected")throw e.reason;return e.value}async function bo(e,t,n,o){const{owner:r,repo:s}=t,a=kt(e,"GET /repos/{owner}/{repo}/issues",{owner:r,repo:s,state:"all",sort:"created",direction:"asc"},n?.pages),d={kept:n,changed:new Set(n?.changed??[]),onBoard:$o(t.config),seen:new Set,entries:[],pages:[]};try{for await(const i of a)i.data===null?(o.notModified+=1,wo(d,i)):(o.restRequests+=1,yo(d,i,i.data)),t.onProgress?.({pages:d.pages.length,issues:d.entries.length,total:d.entries.length,points:o.points})}catch(i){throw i.status===404?new po(`${r}/${s}: no such repository, or the token cannot read it`,{cause:i}):i}return{entries:d.entries,pages:d.pages}}function wo(e,t){const n=e.kept?.pages[t.page-1];for(const o of n?.numbers??[]){const r=e.kept?.issues[String(o)];!r||e.seen.has(o)||(e.seen.add(o),e.entries.push({...r,stale:e.changed.has(o)}))}e.pages.push({etag:t.etag,numbers:n?.numbers??[],full:t.full})}function yo(e,t,n){const o=[];for(const r of n){if(r.pull_request||e.seen.has(r.number)||!e.onBoard(r))continue;e.seen.add(r.number),o.push(r.number);const s=To(r),a=e.kept?.issues[String(r.number)];a&&a.fingerprint===s&&!e.changed.has(r.number)?e.entries.push({...a,stale:!1}):e.entries.push({record:oo(r),fingerprint:s,stale:!0,blockers:r.issue_dependencies_summary?.blocked_by??0})}e.pages.push({etag:t.etag,numbers:o,full:t.full})}function $o(e){const t=vo(e),n=new Set(Object.values(e.kinds).flatMap(o=>o===null?[]:[o.toLowerCase()]));return o=>!!(o.type?.name&&n.has(o.type.name.toLowerCase()))||Ft(o).some(r=>t.has(r.toLowerCase()))}async function Io(e,t,n,o){const r=t.entries.filter(c=>c.stale);o.readIssues=r.length;const{project:s}=n,a=[];for(let c=0;c<r.length;c+=100)a.push(r.slice(c,c+100));const d=await Promise.all(a.map(c=>A(e,m,{ids:c.map(f=>f.record.id),withProject:s!==null,statusField:s?.fields.status??"Status",laneField:s?.fields.lane??"Lane",quarterField:s?.fields.quarter??"Quarter"}))),i=[];a.forEach((c,f)=>{const g=d[f];Pt(o,g.rateLimit),c.forEach((b,C)=>{const P=g.nodes?.[C];if(!ko(P)){b.record={...b.record,reactions:[]},b.fingerprint="";return}b.record=ro(b.record,P,n,o);const{hasNextPage:M,endCursor:be}=P.reactions.pageInfo;M&&be&&i.push({id:P.id,after:be,reactions:b.record.reactions})})}),await io(e,i,o)}async function jo(e,t,n,o){const r=[n.labels.retro,n.labels.meeting].map(i=>i.toLowerCase()),s=t.entries.filter(({record:i,stale:c})=>{const f=i.labels.some(g=>r.includes(g.toLowerCase()))||(0,S.VFn)(i,"keyResult",n);return!i.id||!f?!1:c||i.state!=="closed"||!i.comments}),a=await Promise.all(s.map(i=>lo(e,i.record.id??""))),d=new Map;return s.forEach((i,c)=>{const f=a[c];d.set(i,f.comments),o.graphqlRequests+=f.requests,o.points+=f.points}),d}async function So(e,{owner:t,repo:n,config:o},r,s){const a=r.entries.filter(({record:d,stale:i,blockers:c})=>i&&(c??0)>0&&(0,S.VFn)(d,"roadmap",o));for(const d of a){const i=await uo(e,{owner:t,repo:n,issue:d.record.number});d.record={...d.record,blockedBy:i.numbers},s.restRequests+=i.requests}}async function Po(e,{owner:t,repo:n,config:o},r,s){const a=o.votes.eligible,d=async(i,c)=>{const f=r?.voters?.route===i?r.voters.pages:[],g=[];for await(const b of kt(e,i,c,f)){b.data===null?s.notModified+=1:s.restRequests+=1;const C=b.data?.map(P=>P.login)??f[b.page-1]?.logins??[];g.push({etag:b.etag,logins:C,full:b.full})}return{logins:g.flatMap(b=>b.logins),kept:{route:i,pages:g}}};if(a==="collaborators"){const i=await d("GET /repos/{owner}/{repo}/collaborators",{owner:t,repo:n});return{collaborators:i.logins,kept:i.kept}}if(typeof a=="object"&&!Array.isArray(a)){const i=await d("GET /orgs/{org}/teams/{team_slug}/members",{org:t,team_slug:a.team}).catch(c=>{const f=c?.status;throw f===403||f===404?new mo(a.team,f,c):c});return{teams:{[a.team]:i.logins},kept:i.kept}}return{}}function ko(e){return typeof e=="object"&&e!==null&&"reactions"in e}function vo(e){const{labels:t}=e;return new Set([t.topic,t.roadmap,t.objective,t.keyResult,t.meeting,t.retro,t.actionItem].map(n=>n.toLowerCase()))}function Ft(e){return e.labels.map(t=>typeof t=="string"?t:t.name??"")}function To(e){const t=[e.updated_at,e.state,e.reactions?.["+1"]??0,e.comments??0,Ft(e).join(`
`),(e.assignees??[]).map(n=>n?.login).join(`
`),e.milestone?.title??"",e.type?.name??"",e.sub_issues_summary?.completed??0,e.sub_issues_summary?.total??0,e.issue_dependencies_summary?.blocked_by??0];return(0,mt.createHash)("sha1").update(JSON.stringify(t)).digest("base64").slice(0,16)}const Vt=e=>e instanceof ApplyError?e.cause:e;function Mo(e){const t=Vt(e);if(t instanceof CutOffAnswerError||t instanceof RequestTimeoutError)return!0;if(t instanceof RoundtableError)return!1;const n=t?.status;return n===void 0?!1:n===403||n===429?/rate limit|abuse/i.test(String(t.message)):mayHaveFailedInTransit(t)}function Lo(e){const t=Vt(e);return t instanceof CutOffAnswerError?"the connection to GitHub dropped mid-answer":t instanceof RequestTimeoutError?"GitHub did not answer in time":(t?.status===403||t?.status===429)&&/rate limit/i.test(t.message??"")?"GitHub asked Roundtable to slow down (a rate limit)":t?.status===500&&t.cause instanceof TypeError?"the connection to GitHub dropped":typeof t?.status=="number"?`GitHub answered ${t.status}`:"GitHub failed for a moment"}async function Ho(e,t){const{node:n}=await query(e,projectItemContentQuery,{id:t});return!n||!("repository"in n)?null:{owner:n.repository.owner.login,repo:n.repository.name,number:n.number}}var xo=k(3443);async function Do(e,t){const n=new Map,o=Object.assign(async s=>{const a=await e.request(s);if(typeof a.data=="string"){const d=`${String(s.owner)}/${String(s.repo)}:${String(s.path)}`;if(Buffer.byteLength(a.data,"utf8")>R.aF)throw new R.xL(d,[{path:"",message:`the file is larger than ${R.aF/1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`}]);n.set(d,a.data)}return a},{endpoint:e.request.endpoint});let r;try{({files:r}=await(0,xo.r)({request:o},{owner:t.owner,repo:t.repo,path:t.path,defaults:{}}))}catch(s){if(s instanceof R.xL)throw s;const a=String(s?.message??s);if(!a.startsWith("[@probot/octokit-plugin-config]"))throw s;const[d,i]=[...n].at(-1)??[`${t.owner}/${t.repo}:${t.path}`,""];throw/could not be parsed/i.test(a)&&(0,R.o4)(i,d),new R.xL(d,[{path:"_extends",message:a.replace(/^\[@probot\/octokit-plugin-config\] /,"")}])}return r.map(s=>({owner:s.owner,repo:s.repo,path:s.path,config:s.config??null,text:n.get(`${s.owner}/${s.repo}:${s.path}`)}))}async function Go(e,{owner:t,repo:n,number:o,config:r}){const{data:s}=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t,repo:n,issue_number:o}),a=fromListing(s);if(!isKind(a,"keyResult",r))return null;const d=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:t,repo:n,issue_number:o}).catch(c=>{if(c.status===404)return null;throw c}),{comments:i}=await readComments(e,a.id??"");return{issue:{...a,parent:d?.data.number??null,comments:i},objectiveOwner:d?.data.assignees?.find(c=>c)?.login??null}}async function Co(e,t,n){const o=[];for(let r=1;;r++){const{data:s}=await w(e,"GET /repos/{owner}/{repo}/labels",{owner:t,repo:n,per_page:100,page:r});if(o.push(...s.map(a=>a.name)),s.length<100)return{names:o,requests:r}}}class Ao extends j.D9{name="ProjectNotFoundError"}async function Fo(e,t,n){let o,r=0;const s=ze(e,Q,{owner:t.owner,number:t.number},a=>_t(a)?.items);for await(const{data:a}of s){r+=1;const d=_t(a);if(!d)throw new Ao(`project ${t.number} of ${t.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`);o??={id:d.id,title:d.title,url:d.url,fields:L(d.fields).flatMap(Vo),items:[]};for(const i of L(d.items)){if(i.isArchived)continue;const c=i.content&&"number"in i.content?i.content:null;o.items.push({id:i.id,issue:c?.repository.nameWithOwner.toLowerCase()===n.toLowerCase()?c.number:null})}}return{view:o,requests:r}}function _t(e){const t=e.repositoryOwner;return t&&"projectV2"in t?t.projectV2:null}function Vo(e){if(!("id"in e))return[];const t="options"in e?e.options.map(n=>({id:n.id,name:n.name,color:n.color,description:n.description})):"configuration"in e?e.configuration.iterations.map(n=>({id:n.id,name:n.title})):[];return[{id:e.id,name:e.name,dataType:e.dataType,options:t}]}async function Wo(e,{owner:t,repo:n,topic:o}){const r=`${promotedMarker(o)}
`,s=i=>writtenByRoundtable(e,i.user?{login:i.user.login,isBot:i.user.type==="Bot"}:null)&&(i.body??"").startsWith(r),a=await _o(e,t,n,o);let d;if(a!==null){const{data:i}=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t,repo:n,issue_number:a});s(i)&&(d=i)}if(!d){const{data:i}=await rest(e,"GET /repos/{owner}/{repo}/issues",{owner:t,repo:n,state:"all",sort:"created",direction:"desc",per_page:100});d=i.find(s)}return d?{number:d.number,url:d.html_url,title:d.title,type:d.type?.name??null,parent:await readParent(e,{owner:t,repo:n,issue:d.number})}:null}async function _o(e,t,n,o){const r=restPages(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t,repo:n,issue_number:o});for await(const{data:s}of r)for(const a of s){const i=writtenByRoundtable(e,a.user?.login?{login:a.user.login,isBot:a.user.type==="Bot"}:null)&&a.body?.startsWith(`${promotedNoteMarker}
`)?promotedRecordOf(a.body):null;if(i!==null)return i}return null}async function Eo(e,t){const{owner:n,repo:o,projectId:r,field:s}=t;let a={kind:"missing"};const d=[],i=ze(e,tt,{projectId:r,field:s},g=>g.node&&"items"in g.node?g.node.items:null);let c=1;for await(const{data:g}of i){c++;const b=g.node&&"items"in g.node?g.node:null,C=b?.field;if(C&&"configuration"in C){const{iterations:P,completedIterations:M}=C.configuration;a={kind:"iterations",iterations:[...M,...P],items:d}}else C&&(a={kind:"other",dataType:"not ITERATION"});for(const P of b?.items.nodes??[]){if(!P)continue;const M=P.quarter&&"title"in P.quarter?P.quarter.title:null;d.push({id:P.id,title:M})}}const f=await he(e,n,o,`${S.GQi}:${S.ptJ}`);return{read:a,kept:(0,S.u2q)(f),requests:c}}function Oo(e){return{...e.ROUNDTABLE_THROTTLING==="off"?{throttle:!1}:{},...e.ROUNDTABLE_RETRY_BASE_MS?{retryAfterBaseValue:U(e)}:{},requestTimeoutMs:H(e.ROUNDTABLE_REQUEST_TIMEOUT_MS,$),budget:AbortSignal.timeout(H(e.ROUNDTABLE_JOB_BUDGET_MS,ye)),botLogins:vn(e.ROUNDTABLE_BOT_LOGINS)}}const Ze=e=>new Octokit({baseUrl:e.replace(/\/$/,""),userAgent:"roundtable"}).request;function Yo(e,t,n){return getWebFlowAuthorizationUrl({clientType:"github-app",clientId:e.clientId,redirectUrl:t,state:n,request:Ze(e.apiUrl)}).url}async function Qo(e,t,n){const{authentication:o}=await exchangeWebFlowCode({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,code:t,redirectUrl:n,request:Ze(e.apiUrl)});return{login:(await rest(Bo(e,o.token),"GET /user",{})).data.login,token:o.token}}async function zo(e,t){try{await deleteToken({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,token:t,request:Ze(e.apiUrl)})}catch(n){if(n.status!==404)throw n}}function Bo(e,t){return createClient({token:t,apiUrl:e.apiUrl,throttle:!1})}async function Jo(e,t,n){try{return await rest(e,"GET /repos/{owner}/{repo}",{owner:t,repo:n}),!0}catch(o){const r=o.status;if(r===404||r===403||r===401)return!1;throw o}}async function Zo(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.issue,body:n})}async function Ko(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment,content:n})}async function Xo(e,t){const n=[],o=[];for await(const r of restPages(e,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment}))for(const s of r.data)s.user&&(s.content==="+1"&&n.push(s.user.login),s.content==="-1"&&o.push(s.user.login));return{up:n,down:o}}})};
//# sourceMappingURL=565.index.js.map
