"use strict";export const id=428,ids=[428],modules={5147:((_e,ge,g)=>{g.d(ge,{xL:()=>w.x,l2:()=>et,eQ:()=>de.e,aF:()=>We,o4:()=>Ke});var w=g(1429),de=g(104),X=g(1916),$=g(2857),ae=g(4377);const P=$.YjP().trim().min(1,"expected a label name, got an empty string").max(50),O=$.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected a GitHub login such as octocat"),V=ae.p6({error:"expected a date written as YYYY-MM-DD"}),q=$.rej({topic:P.default("topic").describe("Marks an issue as a topic for the roundtable."),roadmap:P.default("roadmap").describe("Marks an issue as a roadmap item."),objective:P.default("objective").describe("Marks an issue as a quarterly objective."),keyResult:P.default("key-result").describe("Marks an issue as a key result."),meeting:P.default("meeting").describe("Marks an issue as a meeting."),retro:P.default("retro").describe("Marks an issue as a retrospective."),actionItem:P.default("action-item").describe("Marks an issue as an action item."),status:$.rej({toDiscuss:P.default("status:to-discuss").describe("Waiting in the queue."),discussing:P.default("status:discussing").describe("On the table now."),discussed:P.default("status:discussed").describe("Done; its votes are given back."),parked:P.default("status:parked").describe("Set aside; its votes are given back.")}).prefault({}).describe("Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.")}).prefault({}).describe("The labels Roundtable reads and writes. Rename them to fit labels you already use."),ie=$.KCZ([$.k5n(["everyone","collaborators","participants"]),$.YOg(O).min(1,"expected at least one login in the list"),$.rej({team:$.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/i,"expected a team slug").describe("The slug of a team of the repository's organisation, such as leadership.")})],{error:"expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)"}).default("everyone").describe("Whose \u{1F44D} count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug })."),Y=$.rej({perPerson:$.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(3).describe("How many votes (\u{1F44D}) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back."),eligible:ie,countAuthor:$.zMY({error:"expected true or false"}).default(!0).describe("Whether a topic's author may vote for their own topic."),excludeBots:$.zMY({error:"expected true or false"}).default(!0).describe("Ignore \u{1F44D} from bots and apps."),roundStart:V.nullable().default(null).describe("The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms."),source:$.k5n(["reactions","ballots"],{error:"expected reactions or ballots"}).default("reactions").describe("Where votes come from: reactions (a \u{1F44D} on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET)."),maxPerTopic:$.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(1).describe("With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one."),reveal:$.k5n(["live","after-close"],{error:"expected live or after-close"}).default("live").describe(`When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room's button, or roundEnd).`),roundEnd:ae.w$({offset:!0,error:"expected a date and time such as 2026-12-01T17:00:00Z"}).nullable().default(null).describe("When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown."),ballotKey:$.YjP({error:`expected the app's public ballot key, "ed25519:" and 44 characters of base64`}).regex(/^ed25519:[A-Za-z0-9+/]{43}=$/,`expected the app's public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)`).nullable().default(null).describe("With ballots: the app's public ballot key (ed25519:\u2026, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot."),batchSize:$.Whr({error:"expected a whole number from 3 to 100"}).min(3,"expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed").max(100,"expected a whole number from 3 to 100").default(3).describe("With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).")}).superRefine((N,K)=>{N.maxPerTopic>N.perPerson&&K.addIssue({code:"custom",path:["maxPerTopic"],input:N.maxPerTopic,message:`expected at most perPerson (${N.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`})}).prefault({}).describe("How votes are cast and counted: \u{1F44D} reactions or private ballots."),D=$.rej({toDiscuss:P.default("To discuss").describe("Waiting in the queue, ordered by votes."),discussing:P.default("Discussing").describe("On the table in the current meeting."),discussed:P.default("Discussed").describe("Done; its votes are given back."),parked:P.default("Parked").describe("Set aside for now; its votes are given back.")}).prefault({}).describe("The names of the Status options on the project board, in the order a topic moves."),C=$.rej({owner:$.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected an organisation or user login").describe("The organisation or user that owns the project."),number:$.Whr({error:"expected the project's number, as in /orgs/acme/projects/7"}).positive("expected the project's number, as in /orgs/acme/projects/7").describe("The project's number, as in github.com/orgs/acme/projects/7."),fields:$.rej({status:P.default("Status").describe("Single-select field holding a topic's status."),lane:P.default("Lane").describe("Single-select field holding a roadmap item's lane."),quarter:P.default("Quarter").describe("Single-select or iteration field holding a roadmap item's quarter."),slot:P.default("Slot").describe("Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it."),room:P.default("Room").describe("Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, \u2026), where the project has it.")}).prefault({}).describe("The names of the project's fields that Roundtable reads and sets."),statusOptions:$.rej({toDiscuss:P.optional().describe("The option that means To discuss, such as Todo."),discussing:P.optional().describe("The option that means Discussing, such as In Progress."),discussed:P.optional().describe("The option that means Discussed, such as Done."),parked:P.optional().describe("The option that means Parked.")}).prefault({}).superRefine((N,K)=>{const te=new Map;for(const[re,Te]of Object.entries(N)){if(Te===void 0)continue;const Be=Te.toLowerCase();te.has(Be)&&K.addIssue({code:"custom",path:[re],message:`expected each status on its own option; "${Te}" is ${te.get(Be)} already`}),te.set(Be,re)}}).describe("Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses."),setup:$.zMY({error:"expected true or false"}).default(!1).describe("Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.")}).nullable().default(null).describe("The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels."),Q=$.rej({key:$.YjP().regex(/^[a-z0-9][a-z0-9-]*$/,"expected a short key in lower case, such as production (it names the label lane:<key>)").describe("A short key in lower case; the label lane:<key> marks an item of this lane."),name:P.describe("The name of the lane: the option of the Lane field on the board."),description:$.YjP().max(500).default("").describe("What belongs in this lane.")}),A=[{key:"production",name:"Production",description:"Mature and stable: built to run in production."},{key:"early",name:"Early",description:"Not yet mature, shipped early to learn from real use."},{key:"research",name:"Research",description:"Entirely new: research and development."}],ce=$.YOg(Q).min(1,"expected at least one lane").superRefine((N,K)=>{const te=new Set;for(const[re,Te]of N.entries())te.has(Te.key)&&K.addIssue({code:"custom",path:[re,"key"],message:"expected each lane key once"}),te.add(Te.key)}).default(()=>structuredClone(A)).describe("The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research."),be=$.YjP().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/,"expected a path inside the repository, such as docs/topics.md"),pe=$.rej({topics:be.default("docs/topics.md").describe("The topic queue."),roadmap:be.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),okrs:be.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),retros:be.default("docs/retros").describe("The folder of retro pages."),meetings:be.default("docs/meetings").describe("The folder of meeting pages."),takeaways:be.default("docs/takeaways.md").describe("The knowledge base of takeaways."),metrics:be.default("docs/metrics.md").describe("Participation and delivery metrics.")}).prefault({}).describe("Where the generated pages are written, relative to the repository root."),Z=$.rej({queueIssue:$.Whr({error:"expected an issue number"}).positive("expected an issue number").nullable().default(null).describe('An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.')}).prefault({}).describe("What the sync job keeps up to date besides the board."),I=$.YjP().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,"expected a GitHub login such as octocat, or a team such as @acme/leads"),M=$.YOg(I).default([]).describe("The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given; the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes."),W=["triage","write","maintain","admin"],se=$.YOg($.k5n(W,{error:`expected one of ${W.join(", ")}`})).default(["write","maintain","admin"]).describe("Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given. [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round and does not say who votes."),E=$.zMY({error:"expected true or false"}).default(!1).describe("Whether a topic may have more than one sponsor. The first assignee is the sponsor shown."),_=$.rej({priority:$.k5n(["default","ice","rice"],{error:"expected default, ice or rice"}).default("default").describe("How roadmap items are ranked: default (aligned \xD7 impact \xD7 importance \xD7 joy \xF7 effort, from the roadmap form's questions), ice (impact \xD7 confidence \xD7 ease) or rice (reach \xD7 impact \xD7 confidence \xF7 effort)."),fiscalYearStart:$.Whr({error:"expected a month from 1 (January) to 12"}).min(1,"expected a month from 1 (January) to 12").max(12,"expected a month from 1 (January) to 12").default(1).describe("The month the fiscal year starts in (1 = January). Quarters are counted from it.")}).prefault({}).describe("How the roadmap is ranked and split into quarters."),z=$.YjP().trim().min(1,"expected an issue type's name, got an empty string").max(50,"expected an issue type's name of at most 50 characters").nullable(),ye=$.rej({topic:z.default("Topic").describe("The issue type of a topic."),roadmap:z.default("Roadmap item").describe("The issue type of a roadmap item."),objective:z.default("Objective").describe("The issue type of a quarterly objective."),keyResult:z.default("Key result").describe("The issue type of a key result.")}).prefault({}).describe("The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there."),Me=$.rej({daysBeforeEnd:$.Whr({error:"expected a whole number of days from 0 to 60"}).min(0,"expected a whole number of days from 0 to 60").max(60,"expected a whole number of days from 0 to 60").default(14).describe("How many days before a quarter ends the retro job opens its retro issue.")}).prefault({}).describe("The quarterly retrospective."),Ne=(N,K)=>$.aig({error:"expected a number of minutes above 0 and at most 120, such as 8 or 0.5"}).positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5").max(120,"expected a number of minutes above 0 and at most 120, such as 8 or 0.5").default(K).describe(`${N} Fractions are allowed: 0.5 is 30 seconds.`),Fe=$.rej({name:$.YjP().regex(/^[a-z][a-z0-9-]*$/,"expected a short name in lower case, such as decision").describe("What follows /checkin to post this set, such as reflection."),answer:$.k5n(["vote","comment"],{error:"expected vote (\u{1F44D} or \u{1F44E}) or comment"}).describe("vote: each statement is a comment to answer with \u{1F44D} or \u{1F44E}; comment: people answer in comments."),statements:$.YOg($.YjP().trim().min(1,"expected a statement").max(200)).min(1,"expected at least one statement").max(10,"expected at most ten statements").describe("The statements or questions, in order.")}),Se=[{name:"decision",answer:"vote",statements:["I agree with our decision and prioritisation.","I understand the reasoning.","I recognise the impact and side effects."]},{name:"reflection",answer:"comment",statements:["What am I thinking?","What am I feeling?","What do I want in this moment?"]}],Ve=$.YjP().refine(N=>{try{return new Intl.DateTimeFormat("en",{timeZone:N}),!0}catch{return!1}},{error:"expected an IANA time zone, such as Europe/Berlin"}),nt=$.rej({permission:$.k5n(["read","triage","write"],{error:"expected read, triage or write"}).describe("The role people who take a seat get on the repository (read \u2192 pull, write \u2192 push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access."),removeAfterDays:$.Whr({error:"expected a whole number of days from 1 to 365"}).min(1,"expected a whole number of days from 1 to 365").max(365,"expected a whole number of days from 1 to 365").optional().describe("Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.")}).optional().describe("Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations."),st=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],tt=$.rej({every:$.Whr({error:"expected a whole number of weeks from 1 to 52"}).min(1,"expected a whole number of weeks from 1 to 52").max(52,"expected a whole number of weeks from 1 to 52").describe("A meeting every this many weeks."),weekday:$.k5n(st,{error:`expected a weekday: ${st.join(", ")}`}).describe("The day of the week the meetings fall on."),start:$.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,"expected the first meeting's local date and time, such as 2026-01-15T17:00").describe("The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour."),timeZone:Ve.describe("The time zone the meetings' hour is kept in, such as Europe/Berlin."),format:$.k5n(["lean-coffee","unconference"],{error:"expected lean-coffee or unconference"}).default("lean-coffee").describe("The format of each meeting."),capacity:$.Whr({error:"expected a whole number of seats from 1 to 500"}).min(1,"expected a whole number of seats from 1 to 500").max(500,"expected a whole number of seats from 1 to 500").default(12).describe("Seats per meeting; past them, people wait in line."),durationMinutes:$.Whr({error:"expected a whole number of minutes from 15 to 600"}).min(15,"expected a whole number of minutes from 15 to 600").max(600,"expected a whole number of minutes from 15 to 600").default(90).describe("How long each meeting lasts."),openBefore:$.Whr({error:"expected a whole number of days from 1 to 90"}).min(1,"expected a whole number of days from 1 to 90").max(90,"expected a whole number of days from 1 to 90").default(21).describe("How many days ahead of a meeting its issue is opened."),skip:$.YOg(V).default([]).describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting.")}).optional().describe("A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand."),ue=$.rej({invite:nt,series:tt,sponsorMinutes:Ne("How long the sponsor opens a topic with /next.",2),discussionMinutes:Ne("How long the group then discusses it before the roman vote.",8),extensionMinutes:$.YOg($.Whr({error:"expected a whole number of minutes from 1 to 60"}).min(1,"expected a whole number of minutes from 1 to 60").max(60,"expected a whole number of minutes from 1 to 60")).min(1,"expected at least one extension step").default([5,3]).describe("How long a topic is extended when the roman vote says so: the first extension, the second, \u2026; the last step repeats."),checkins:$.YOg(Fe).min(1,"expected at least one set of check-in statements").superRefine((N,K)=>{const te=new Set;for(const[re,Te]of N.entries())te.has(Te.name)&&K.addIssue({code:"custom",path:[re,"name"],message:"expected each name once"}),te.add(Te.name)}).default(()=>structuredClone(Se)).describe("The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered \u{1F44D} or \u{1F44E}) and reflection (three questions answered in comments)."),reminderHours:$.Whr({error:"expected a whole number of hours from 1 to 168"}).min(1,"expected a whole number of hours from 1 to 168").max(168,"expected a whole number of hours from 1 to 168").default(24).describe("How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.")}).prefault({}).describe("How the lean-coffee runner times topics and what /checkin asks."),he=["meeting.announced","meeting.reminder","topic.now","timebox.ended","topic.outcome","meeting.ended","retro.opened","action-items","digest"],xe=["slack","teams","discord","webhook"],Pe=(N,K)=>$.YjP({error:`expected env:NAME, such as env:${K}`}).superRefine((te,re)=>{if(/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(te))return;const Te=/^[a-z][a-z0-9+.-]*:\/\//i.test(te.trim()),Be=/^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(te.trim())?.[1];re.addIssue({code:"custom",message:Te?`expected env:NAME, got the ${N} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${N} in a secret (the app: the environment variable ${K}; the Action: a repository secret passed to the step as env ${K}), write env:${K} here, and revoke this one, since the file's history keeps it`:Be?`expected a variable named ROUNDTABLE_\u2026, got env:${Be}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${Be.toUpperCase().replace(/^ROUNDTABLE_/,"")}`:`expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${K}; got something else (not repeated here, in case it is a secret)`})}),Ce=$.YjP().superRefine((N,K)=>{if(he.includes(N))return;const te=he.find(qe=>N.length>2&&qe.startsWith(N)),re=(0,X.kp)(N,[...he]),Te=te??((0,X.Io)(N,re)<=Math.max(2,re.length/3)?re:null),Be=Te?`did you mean ${Te}? `:"";K.addIssue({code:"custom",message:`unknown event; ${Be}expected one of ${he.join(", ")}`})}),De=$.rej({kind:$.k5n(xe,{error:`expected one of ${xe.join(", ")}`}).describe("The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint)."),url:Pe("webhook URL","ROUNDTABLE_SLACK_URL").describe("env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel."),secret:Pe("signing secret","ROUNDTABLE_WEBHOOK_SECRET").optional().describe("For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks)."),events:$.YOg(Ce).min(1,"expected at least one event").default([...he]).describe(`What the channel is told; all by default. One or more of ${he.join(", ")}.`)}),Ue=$.YOg(De).max(10,"expected at most ten channels").default([]).describe("The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file."),ze=$.rej({labels:q,votes:Y,statuses:D,project:C,lanes:ce,pages:pe,sync:Z,facilitators:M,facilitatorRoles:se,coSponsors:E,roadmap:_,kinds:ye,retro:Me,meetings:ue,notify:Ue}).describe("Roundtable's configuration: .github/roundtable.yml");function Xe(){return configSchema.parse({})}var He=g(8815);function Ke(N,K=de.e){it(N,K);const te=new He.LineCounter,re=(0,He.parseDocument)(N,{lineCounter:te,prettyErrors:!1,uniqueKeys:!0}),Te=qe=>te.linePos(qe);if(re.errors.length>0){const qe=re.errors.map(Ze=>{const{line:ct,col:yt}=Te(Ze.pos[0]),St=Ze.message.split(`
`)[0]??Ze.message;return{path:"",line:ct,column:yt,message:`this is not valid YAML (${St.replace(/ at line \d+, column \d+:?$/,"")}); check the indentation and quoting on this line`}});throw new w.x(K,qe,{cause:re.errors[0]})}const Be=re.contents===null?{}:re.toJS();if(re.contents!==null&&!(0,He.isMap)(re.contents)){const{line:qe,col:Ze}=Te(re.contents.range?.[0]??0);throw new w.x(K,[{path:"",line:qe,column:Ze,message:'expected a mapping of settings such as "votes:"',given:dt(Be)}])}return et(Be,K,(qe,Ze)=>{const ct=Ze===void 0?m(re.contents,qe):R(re.contents,qe,Ze),{line:yt,col:St}=Te(ct?.range?.[0]??0);return{line:yt,column:St}})}function et(N,K,te){const re=ze.safeParse(N??{});if(re.success)return re.data;const Te=re.error.issues.flatMap(qe=>{const Ze=qe.path;return qe.code==="unrecognized_keys"?qe.keys.map(ct=>({issue:qe,path:Ze,key:ct})):[{issue:qe,path:Ze,key:void 0}]}),Be=Te.slice(0,w.O).map(({issue:qe,path:Ze,key:ct})=>ct!==void 0?{path:pt([...Ze,ct]),...te?.(Ze,ct)??{},message:`unknown setting${ve(ct,J(Ze))}`}:{path:pt(Ze),...te?.(Ze)??{},message:Pt(qe),...It(Ze)?{}:{given:dt(ft(N,Ze))}});throw new w.x(K,Be,{cause:re.error,total:Te.length})}const We=256*1024;function it(N,K){const te=Buffer.byteLength(N,"utf8");if(!(te<=We))throw new w.x(K,[{path:"",message:`the file is ${Math.ceil(te/1024)} KB; Roundtable reads configs of at most ${We/1024} KB: keep only the settings that differ from the defaults`}])}function Pt(N){if(!N.message.startsWith("Invalid")&&!N.message.startsWith("Too "))return N.message;switch(N.code){case"invalid_type":return`expected ${kt(N.expected)}`;case"invalid_value":return`expected one of ${N.values.map(K=>JSON.stringify(K)).join(", ")}`;case"too_small":return`expected at least ${String(N.minimum)}`;case"too_big":return`expected at most ${String(N.maximum)}`;default:return"expected a valid value (see schema/roundtable.schema.json)"}}function kt(N){return{string:"text",number:"a number",int:"a whole number",boolean:"true or false",object:"a mapping of settings",array:"a list",null:"nothing"}[N]??N}function dt(N){if(N===void 0)return"nothing";if(N===null)return"an empty value";if(Array.isArray(N))return"a list";if(typeof N=="object")return"a mapping";const K=JSON.stringify(N);return K.length>60?`${K.slice(0,57)}\u2026"`:K}function It(N){return N[0]==="notify"&&(N[2]==="url"||N[2]==="secret")}function pt(N){return N.reduce((K,te)=>typeof te=="number"?`${K}[${te}]`:K===""?String(te):`${K}.${te}`,"")}function ft(N,K){let te=N;for(const re of K){if(te===null||typeof te!="object")return;te=te[re]}return te}function m(N,K){let te=N;for(const re of K){if(!(0,He.isCollection)(te))return te;const Te=te.get(re,!0);if(Te==null)return te;te=Te}return te}function R(N,K,te){const re=m(N,K);return(0,He.isMap)(re)?re.items.find(Be=>(0,He.isScalar)(Be.key)&&Be.key.value===te)?.key??re:re}function J(N){let K=ze;for(const re of N)K=ee(K),typeof re=="number"?K=K.element:K=K.shape?.[re];const te=ee(K)?.shape;return te?Object.keys(te):[]}function ee(N){let K=N;for(;K?.def?.innerType;)K=K.def.innerType;return K}function ve(N,K){if(K.length===0)return"";const te=K.find(Te=>Te.toLowerCase()===N.toLowerCase().replace(/[-_]/g,"")),re=`expected one of ${K.join(", ")}`;return te?` (did you mean ${te}? ${re})`:` (${re})`}}),2129:((_e,ge,g)=>{g.d(ge,{JX:()=>de,W6:()=>$,X2:()=>X,ep:()=>ae,m8:()=>w});const w="roundtable/ballots",de="ballots.json",X=P=>P.roundStart??"open",$=P=>Object.values(P).reduce((O,V)=>O+V,0),ae=P=>Object.entries(P).sort((O,V)=>Number(O[0])-Number(V[0])).map(([O,V])=>`${O}=${V}`).join(",")||"-"}),768:((_e,ge,g)=>{g.d(ge,{m:()=>pe});var w=g(2129);function de(I,M,W){return M.includes((0,w.X2)(I))?!0:I.roundEnd!==null&&Date.parse(W)>=Date.parse(I.roundEnd)}function X(I,M,W){return I.reveal==="after-close"&&!de(I,M,W)}var $=g(6033);function ae(I,M){const W=z=>{const ye=M.topics.get(z.number)?.voters??[];return{topic:z,votes:ye.length,voters:ye,sponsored:z.sponsor!==null}},se=P(I.filter(z=>z.status==="toDiscuss").map(W)),E=P(I.filter(z=>z.status==="discussing").map(W)),_=z=>Date.parse(z.closedAt??z.createdAt);return{discussing:E,toDiscuss:se,unsponsored:[...E,...se].filter(z=>!z.sponsored).map(z=>z.topic),parked:I.filter(z=>z.status==="parked"),discussed:I.filter(z=>z.status==="discussed").sort((z,ye)=>_(ye)-_(z)||ye.number-z.number),source:M.source,hidden:M.hidden}}function P(I){const M=I.map(W=>({entry:W,at:Date.parse(W.topic.createdAt)}));return M.sort((W,se)=>se.entry.votes-W.entry.votes||W.at-se.at||W.entry.topic.number-se.entry.topic.number),M.map(W=>W.entry)}function O(I,M){return M.votes-I.votes||Date.parse(I.topic.createdAt)-Date.parse(M.topic.createdAt)||I.topic.number-M.topic.number}function V(I,M,W){let se=0;for(const[E,_]of Object.entries(I)){const z=Number(E);if(!Number.isSafeInteger(z)||String(z)!==E)return`"${E}" is not a topic number`;if(!Number.isSafeInteger(_)||_<1)return`#${E}: expected a whole number of dots`;if(_>M.maxPerTopic)return`#${E}: at most ${M.maxPerTopic} ${M.maxPerTopic===1?"dot":"dots"} on one topic`;if(!W.has(z))return`#${E} is not open for votes`;se+=_}if(se>M.perPerson)return`${se} dots placed, but each person has ${M.perPerson}`}function q(I,M,W,se){const E=new Map(Object.entries(I).map(([Me,Ne])=>[Number(Me),Ne]));for(const Me of E.keys())se.has(Me)||E.delete(Me);if(M.from!==void 0){const Me=E.get(M.from)??0;if(Me<M.delta)return{problem:`#${M.from} has no dot to move`};E.set(M.from,Me-M.delta)}const _=(E.get(M.topic)??0)+M.delta;if(_<0)return{problem:`#${M.topic} has no dot to take back`};E.set(M.topic,_);const z={};for(const[Me,Ne]of[...E].sort((Fe,Se)=>Fe[0]-Se[0]))Ne>0&&(z[String(Me)]=Ne);const ye=V(z,W,se);return ye?{problem:ye}:{dots:z}}const ie=I=>I.status==="toDiscuss"||I.status==="discussing";function Y(I,M,W,se){return M.source==="ballots"?D(I,M,se):C(I,M,W)}function D(I,M,W){const se=new Map;for(const Se of I)ie(Se)&&se.set(Se.number,{voters:[],ignored:[]});const E=new Set(I.map(Se=>Se.number));let _=W?.ignored??0,z=0,ye=0;const Me=W?.sealed?W.counts:void 0;if(Me){for(const[Se,Ve]of Object.entries(Me.topics))se.get(Number(Se))?.voters.push(...Array.from({length:Ve},()=>"(sealed)"));ye=Me.voters}const Ne=[...W?.ballots??[]].sort((Se,Ve)=>Se.pseudonym.localeCompare(Ve.pseudonym));for(const Se of Ne){if(V(Se.dots,M,E)){z+=1;continue}let Ve=0;for(const[nt,st]of Object.entries(Se.dots)){const tt=se.get(Number(nt));if(tt){for(let ue=0;ue<st;ue++)tt.voters.push(Se.pseudonym);Ve+=st}}Ve>0&&(ye+=1)}_+=z;const Fe=[W?.ignoredWhy,z>0?"over the budget or maxPerTopic":void 0].filter(Boolean).join("; ");return{topics:se,overBudget:[],voters:ye,source:"ballots",ignoredBallots:_,...Fe&&{ignoredWhy:Fe},hidden:!1}}function C(I,M,W){const se=new Map,E=new Map;for(const ye of I)ie(ye)&&se.set(ye.number,Q(ye,M,W,E));const{counted:_,overBudget:z}=A(E,M.perPerson);for(const ye of _)se.get(ye.topic)?.voters.push(ye.login);return{topics:se,overBudget:z,voters:E.size,source:"reactions",ignoredBallots:0,hidden:!1}}function Q(I,M,W,se){const E={voters:[],ignored:[]};if(I.reactions.length===0)return E;const _=M.roundStart?Date.parse(`${M.roundStart}T00:00:00Z`):-1/0,z=new Set,ye=I.reactions.map(Me=>({reaction:Me,at:Date.parse(Me.createdAt)})).sort((Me,Ne)=>Me.at-Ne.at);for(const{reaction:Me,at:Ne}of ye){const Fe=Me.login.toLowerCase();if(z.has(Fe))continue;z.add(Fe);const Se=Me.bot&&M.excludeBots?"bot":W(Me.login)?!M.countAuthor&&Fe===I.author.login.toLowerCase()?"author":Ne<_?"before-round":void 0:"ineligible";if(Se){E.ignored.push({login:Me.login,reason:Se});continue}const Ve=se.get(Fe)??[];Ve.push({topic:I.number,at:Ne,login:Me.login}),se.set(Fe,Ve)}return E}function A(I,M){const W=[],se=[];for(const E of I.values())E.sort((_,z)=>_.at-z.at||_.topic-z.topic),se.push(...E.slice(0,M)),E.length>M&&W.push({login:E[0]?.login??"",counted:E.slice(0,M).map(_=>_.topic),notCounted:E.slice(M).map(_=>_.topic)});return se.sort((E,_)=>E.at-_.at||E.login.localeCompare(_.login)),W.sort((E,_)=>E.login.localeCompare(_.login)),{counted:se,overBudget:W}}var ce=g(3374),be=g(3450);function pe(I,M,W=(0,be.gg)(I,M)){const se=(0,ce.e)(I,M),E=()=>(0,be.YZ)(W)?.roster.seated??[],_=W.filter(Se=>Se.trusted).flatMap(Se=>Se.votesClosed),z=I.ballots?.sealed===!0&&!I.ballots.counts,ye=X(M.votes,_,I.takenAt)||z,Me=de(M.votes,_,I.takenAt),Ne=Y(se,M.votes,(0,$.T)(M.votes.eligible,I,E),I.ballots),Fe=ye?Z(Ne):Ne;return{topics:se,tally:Fe,queue:ae(se,Fe),hidden:ye,closed:Me}}function Z(I){return{...I,topics:new Map([...I.topics.keys()].map(M=>[M,{voters:[],ignored:[]}])),overBudget:[],hidden:!0}}}),6033:((_e,ge,g)=>{g.d(ge,{T:()=>X});var w=g(8027);class de extends w.D9{name="EligibilityError"}function X($,ae,P=()=>[]){if($==="everyone")return()=>!0;let O;if($==="participants")O=P();else if($==="collaborators"){if(O=ae.collaborators,!O)throw new de("votes.eligible is collaborators, but the snapshot lists no collaborators; take the snapshot with a token that can read them, or set votes.eligible to everyone")}else if(Array.isArray($))O=$;else if(O=ae.teams?.[$.team],!O)throw new de(`votes.eligible is the team ${$.team}, but the snapshot lists no members of it; check the team slug and that the token may read the organisation's teams`);const V=new Set(O.map(q=>q.toLowerCase()));return q=>V.has(q.toLowerCase())}}),3618:((_e,ge,g)=>{g.d(ge,{P:()=>de,k:()=>X});var w=g(6466);const de=`  - type: markdown
    attributes:
      value: |
        **For a conference or an offsite (optional):** what the schedule needs to place this as a session.
  - type: input
    id: estimate
    attributes:
      label: Expected attendance
      description: How many people, as a range, like 10-20 (or 50+)
    validations:
      required: false
  - type: input
    id: preferredSlots
    attributes:
      label: Preferred slots
      description: The start times of the slots that suit, like 10:00, 14:30 (empty is any)
    validations:
      required: false
  - type: input
    id: cochairs
    attributes:
      label: Co-chairs
      description: GitHub logins of the people who lead it with the sponsor, separated by commas; none is in two sessions at once
    validations:
      required: false
  - type: input
    id: conflicts
    attributes:
      label: Sessions to avoid
      description: Topics not to run at the same time, like #12, #15
    validations:
      required: false
`;function X($,ae){const P=(0,w.vq)($,ae),O=[],V=(0,w.ZF)(P,"estimate");let q=null;const ie=/^(\d{1,5})\s*(?:[-–]\s*(\d{1,5})|(\+))?$/.exec(V);if(ie){const A=Number(ie[1]),ce=ie[3]?null:ie[2]?Number(ie[2]):A;ce===null||ce>=A?q={min:A,max:ce}:O.push("Expected attendance (like 10-20)")}else V&&O.push("Expected attendance (like 10-20)");const D=(0,w.ZF)(P,"preferredSlots").split(/[\s,;]+/).filter(Boolean).map(A=>A.padStart(5,"0"));D.some(A=>!/^([01]\d|2[0-3]):[0-5]\d$/.test(A))&&O.push("Preferred slots (HH:MM, separated by commas)");const C=(0,w.ZF)(P,"cochairs").split(/[\s,;]+/).map(A=>A.replace(/^@/,"").toLowerCase()).filter(A=>/^[a-z0-9][a-z0-9-]{0,38}$/.test(A)),Q=[...(0,w.ZF)(P,"conflicts").matchAll(/#?(\d+)/g)].map(A=>Number(A[1]));return{estimate:q,preferredSlots:D.filter(A=>/^([01]\d|2[0-3]):[0-5]\d$/.test(A)),cochairs:[...new Set(C)],conflicts:[...new Set(Q)],problems:O}}}),156:((_e,ge,g)=>{g.d(ge,{Kx:()=>P,MQ:()=>de,c2:()=>X});var w=g(5539);const de=["toDiscuss","discussing","discussed","parked"];function X(O,V){const q=$(O,V)??ae(O,V)??"toDiscuss";return O.state==="closed"&&q!=="parked"?"discussed":q}function $(O,V){if(!V.project||!O.board)return;const q=O.board.fields[V.project.fields.status];if(q!==void 0)return de.find(ie=>(0,w.q)(P(V,ie),q))}function ae(O,V){return de.find(q=>O.labels.some(ie=>(0,w.q)(V.labels.status[q],ie)))}function P(O,V){return O.project?.statusOptions[V]??O.statuses[V]}}),6506:((_e,ge,g)=>{g.d(ge,{d:()=>X,j:()=>ae});var w=g(6466),de=g(3618);const X=`name: Topic
description: Propose a topic for the roundtable. Others vote with \u{1F44D}; the most-voted topics are discussed first.
labels: ["topic"]
type: Topic
body:
  - type: markdown
    attributes:
      value: |
        Propose one topic per issue. Keep the title short: it is what people see in the queue.
        Vote for topics with a \u{1F44D} on the issue. Sponsor a topic by assigning yourself: the sponsor opens the discussion in two minutes.
  - type: textarea
    id: what
    attributes:
      label: What is it?
      description: The topic in a few sentences.
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why discuss it? What problem does it solve?
      description: Why this group, why now.
    validations:
      required: true
  - type: textarea
    id: outcome
    attributes:
      label: What would a good outcome look like?
      description: A decision, a list of options, advice from people who have done it\u2026
    validations:
      required: false
  - type: checkboxes
    id: sponsor
    attributes:
      label: Will you sponsor it?
      description: The sponsor introduces the topic and writes down the outcome. Assign yourself to the issue to sponsor it.
      options:
        - label: I will sponsor this topic
          required: false
${de.P}`,$=[{id:"what",label:"What is it?"},{id:"why",label:"Why discuss it? What problem does it solve?"}];function ae(P){const O=(0,w.vq)(P,X),V=O.size>0,q=Y=>(0,w.ZF)(O,Y),ie=/^-\s\[x\]\s/im.test(O.get("sponsor")??"");if(!V){const Y=P.trim();return{what:Y,why:"",outcome:"",willSponsor:!1,fromForm:!1,missing:Y?[]:["What is it?"]}}return{what:q("what"),why:q("why"),outcome:q("outcome"),willSponsor:ie,fromForm:!0,missing:$.filter(Y=>q(Y.id)==="").map(Y=>Y.label)}}}),3374:((_e,ge,g)=>{g.d(ge,{e:()=>$});var w=g(984),de=g(156),X=g(6506);function $(ae,P){return ae.issues.filter(O=>(0,w.VF)(O,"topic",P)).map(O=>Object.assign({},O,{status:(0,de.c2)(O,P),sponsor:O.assignees[0]??null,form:(0,X.j)(O.body)})).sort((O,V)=>O.number-V.number)}}),6713:((_e,ge,g)=>{g.d(ge,{W6i:()=>Xe,m8D:()=>q.m8,JX:()=>q.JX,mTm:()=>ae.m,BN4:()=>st,IN2:()=>tt.I,aL:()=>Vt,YmG:()=>P.Ym,OnT:()=>je.On,dmK:()=>At,VFn:()=>ee.VF,llt:()=>Tn,VqZ:()=>y.Vq,xLm:()=>K.x,HWl:()=>P.HW,GbQ:()=>Te,nNF:()=>We.nN,otT:()=>Lt,ggX:()=>P.gg,car:()=>Ne,gf7:()=>je.gf,O4K:()=>o,K3h:()=>r,gcx:()=>Re.g,ve8:()=>Re.v,X5A:()=>b.X,QHi:()=>_,GrM:()=>J.Gr,ZS3:()=>He,aBb:()=>Be,nHw:()=>N,A7U:()=>xe,GlB:()=>En,$ki:()=>Gt,Myd:()=>Je.My,X4F:()=>$e,fq_:()=>Ie,OrA:()=>je.Or,R6D:()=>je.R6,GQi:()=>On,ptJ:()=>Pn,u2q:()=>Mn,TdT:()=>We.Td,MBz:()=>nt,OQZ:()=>We.OQ,X2k:()=>q.X2,c_Z:()=>ve,qa8:()=>w.q,$$E:()=>i,vEm:()=>y.vE,LxM:()=>Ce,zU3:()=>S.z,fTU:()=>de,FPA:()=>ht.FP,c3i:()=>ht.c3,CJC:()=>Nt});var w=g(5539);function de(e,n,s){const c=new Map,u=f=>{const v=c.get(f)??e.issues.find(B=>B.number===f);if(!v)return;const j=c.get(f)??{...v,labels:[...v.labels],assignees:[...v.assignees],board:v.board?{...v.board,fields:{...v.board.fields}}:null};return c.set(f,j),j};for(const f of n){if(!("issue"in f))continue;const v=u(f.issue);if(v)switch(f.kind){case"add-label":v.labels.some(j=>(0,w.q)(j,f.label))||v.labels.push(f.label);break;case"remove-label":v.labels=v.labels.filter(j=>!(0,w.q)(j,f.label));break;case"add-assignee":v.assignees.some(j=>(0,w.q)(j,f.login))||v.assignees.push(f.login);break;case"remove-assignee":v.assignees=v.assignees.filter(j=>!(0,w.q)(j,f.login));break;case"set-field":"option"in f.value&&(v.board??={itemId:"",fields:{}},v.board.fields[f.field]=f.value.option);break;case"close-issue":v.state="closed",v.closedAt??=s;break;case"upsert-comment":v.comments=X(v.comments??[],f.marker,f.body,s);break}}return c.size===0?e:{...e,issues:e.issues.map(f=>c.get(f.number)??f)}}function X(e,n,s,c){const u=`${n}
${s}`,f=B=>B.author.self===!0&&B.body.startsWith(n);if(e.some(f))return e.map(B=>f(B)?{...B,body:u}:B);const v=Math.max(0,...e.map(B=>B.id))+1,j={login:"roundtable[bot]",bot:!0,self:!0};return[...e,{id:v,url:"",author:j,createdAt:c,body:u,votes:0}]}var $=g(6033),ae=g(768),P=g(3450);function O(e,n,s){const c=boardOf(e,n),u=roundIdOf(n.votes),f=()=>electorateMeeting(meetingsOf(e,n))?.roster.seated??[],v=eligibleVoters(n.votes.eligible,e,f)(s.login),j=s.pending?.round===u?s.pending:e.ballots?.ballots.find(ke=>ke.pseudonym===s.pseudonym),B={perPerson:n.votes.perPerson,maxPerTopic:n.votes.maxPerTopic},le=new Set(c.queue.toDiscuss.map(ke=>ke.topic.number)),ne=Object.fromEntries(Object.entries(j?.dots??{}).filter(([ke])=>le.has(Number(ke))));return{repository:e.repository,round:u,pseudonym:s.pseudonym,eligible:v,closed:c.closed,roundEnd:n.votes.roundEnd,reveal:n.votes.reveal,batchSize:n.votes.batchSize,hidden:c.hidden,rules:B,dotsLeft:Math.max(0,B.perPerson-dotsPlaced(ne)),topics:c.queue.toDiscuss.map(ke=>({number:ke.topic.number,title:ke.topic.title,url:ke.topic.url,sponsor:ke.topic.sponsor,mine:ne[String(ke.topic.number)]??0,votes:c.hidden?null:ke.votes})).sort((ke,we)=>ke.number-we.number),pending:s.pending!==void 0&&s.pending.round===u,ignored:c.tally.ignoredBallots,...c.tally.ignoredWhy&&{ignoredWhy:c.tally.ignoredWhy},enabled:n.votes.source==="ballots"}}function V(e,n){if(!e.enabled)return{refused:"This board counts \u{1F44D} reactions, not ballots."};if(!e.eligible)return{refused:"You are not eligible to vote in this round."};if(e.closed)return{refused:"The voting round is closed: ballots are final."};const s=new Set(e.topics.map(f=>f.number)),c=Object.fromEntries(e.topics.filter(f=>f.mine>0).map(f=>[String(f.number),f.mine])),u=changeDots(c,n.kind==="move"?{topic:n.to,delta:1,from:n.from}:{topic:n.topic,delta:n.kind==="add"?1:-1},e.rules,s);return"problem"in u?{refused:`Not changed: ${u.problem}.`}:{ballot:{round:e.round,pseudonym:e.pseudonym,dots:u.dots}}}var q=g(2129);const ie=(e,n)=>`roundtable-ballot/2
${e.toLowerCase()}
${n.round}
${n.pseudonym}
${n.version}`,Y=(e,n)=>`${ie(e,n)}
${n.sealed!==void 0?`sealed:${n.sealed}`:`dots:${(0,q.ep)(n.dots??{})}`}`,D=(e,n)=>["roundtable-round/2",e.toLowerCase(),n.round,n.state,n.installation,n.version,n.size,[...n.pseudonyms].sort().join(",")||"-",n.counts?`${(0,q.ep)(n.counts.topics)};${n.counts.voters}`:"-"].join(`
`),C=e=>typeof e=="object"&&e!==null&&!Array.isArray(e)&&Object.values(e).every(n=>typeof n=="number"),Q=e=>{const n=e;return typeof n=="object"&&n!==null&&typeof n.round=="string"&&typeof n.pseudonym=="string"&&Number.isSafeInteger(n.version)&&typeof n.signature=="string"&&typeof n.sealed=="string"!==C(n.dots)},A=e=>{const n=e;return typeof n=="object"&&n!==null&&typeof n.round=="string"&&(n.state==="sealed"||n.state==="opened")&&Number.isSafeInteger(n.installation)&&Number.isSafeInteger(n.version)&&Number.isSafeInteger(n.size)&&Array.isArray(n.pseudonyms)&&n.pseudonyms.every(s=>typeof s=="string")&&typeof n.signature=="string"};function ce(e){if(!e)return{file:void 0,malformed:0,formatOne:!1};let n;try{n=JSON.parse(e)}catch{return{file:void 0,malformed:1,formatOne:!1}}const s=Array.isArray(n?.ballots)?n.ballots:[];if(n?.version!==2||typeof n.repository!="string")return{file:void 0,malformed:Math.max(1,s.length),formatOne:n?.version===1};const c=s.filter(Q),u=Array.isArray(n.rounds)?n.rounds:[],f=u.filter(A);return{file:{version:2,repository:n.repository,rounds:f,ballots:c},malformed:s.length-c.length+u.length-f.length,formatOne:!1}}function be(e){const n=[...e.rounds].sort((u,f)=>u.round.localeCompare(f.round)).map(u=>`    ${JSON.stringify(u)}`),s=[...e.ballots].sort((u,f)=>u.round.localeCompare(f.round)||u.pseudonym.localeCompare(f.pseudonym)).map(u=>`    ${JSON.stringify(u)}`),c=u=>u.length?`
${u.join(`,
`)}
  `:"";return`{
  "version": 2,
  "repository": ${JSON.stringify(e.repository)},
  "rounds": [${c(n)}],
  "ballots": [${c(s)}]
}
`}const pe=(e,n,s=1)=>{s>0&&e.set(n,(e.get(n)??0)+s)};function Z(e,n,s,c){const u=new Map;pe(u,e.formatOne?"written before ballots were sealed (format 1): cast them again":"not ballot entries",e.malformed);const f=e.file;if(!f)return{head:void 0,entries:[],refused:u};const v=f.ballots.filter(Oe=>Oe.round===s);if(f.repository.toLowerCase()!==n.toLowerCase()){const Oe=/^[\w.-]{1,100}\/[\w.-]{1,100}$/.test(f.repository)?` (${f.repository})`:"";return pe(u,`copied from another repository${Oe}`,v.length),{head:void 0,entries:[],refused:u}}if(!c)return pe(u,"no public key to check them with: set votes.ballotKey",v.length),{head:void 0,entries:[],refused:u};const j=f.rounds.filter(Oe=>Oe.round===s),B=j.length===1?j[0]:void 0;if(!B||!c.verify(D(f.repository,B),B.signature))return pe(u,"the round's head does not carry the app's signature (edited by hand, or votes.ballotKey is not the app's key)",v.length),{head:void 0,entries:[],refused:u};const le=new Set(B.pseudonyms),ne=[],ke=new Set;for(const Oe of v){const{signature:rt,...vt}=Oe;ke.has(Oe.pseudonym)?pe(u,"a second entry under one pseudonym"):c.verify(Y(f.repository,vt),rt)?Oe.version!==B.version||!le.has(Oe.pseudonym)?pe(u,"rolled back to an earlier version"):(ke.add(Oe.pseudonym),ne.push(Oe)):pe(u,"edited by hand: the app's signature does not match")}const we=new Set(v.map(Oe=>Oe.pseudonym));return pe(u,"taken out of the file",B.pseudonyms.filter(Oe=>!we.has(Oe)).length),{head:B,entries:ne,refused:u}}const I=e=>e.size===0?void 0:[...e].map(([n,s])=>e.size===1?n:`${s} ${n}`).join("; "),M=e=>[...e.values()].reduce((n,s)=>n+s,0),W=(e,n)=>{const s=ce(e).file,c=s?.rounds.find(f=>f.round===n)?.signature??"-",u=(s?.ballots??[]).filter(f=>f.round===n).map(f=>f.signature).sort();return[c,...u].join(`
`)};function se(e,n,s,c){const{repository:u,round:f}=s,v=Z(ce(n),u,f,c).head;if(!v)return{base:e};const j=Z(ce(e),u,f,c),B=j.head?.version;if(B!==void 0&&B>v.version)return{base:e};if(B===void 0||B<v.version)return{base:n,lost:`the ballots branch was put back from version ${v.version} to ${B??"none"}`};if(W(e,f)===W(n,f))return{base:e};const le=I(j.refused)??"entries changed";return{base:n,lost:`the ballots branch's round ${f} is not as the app wrote it at version ${v.version} (${le})`}}const E=e=>{if(e!==void 0)try{const n=JSON.parse(e);return typeof n!="object"||n===null||Array.isArray(n)?void 0:Object.values(n).every(s=>Number.isSafeInteger(s))?n:void 0}catch{return}};function _(e,n,s){const{round:c,repository:u}=n,{head:f,entries:v,refused:j}=Z(ce(e),u,c,s),B=[];let le=!1;for(const we of v)if(we.dots)B.push({round:c,pseudonym:we.pseudonym,dots:we.dots});else if(!s?.unseal)le=!0;else{const Oe=E(s.unseal(we.sealed??"",ie(u,we)));Oe?B.push({round:c,pseudonym:we.pseudonym,dots:Oe}):j.set("cannot be unsealed",(j.get("cannot be unsealed")??0)+1)}const ne=M(j),ke=I(j);return{round:c,ballots:le?[]:B,ignored:ne,...ke&&{ignoredWhy:ke},...f&&{state:f.state,version:f.version},...le&&{sealed:!0,...f?.counts&&{counts:f.counts}}}}const z=256,ye=e=>{const n=JSON.stringify(e);return n.padEnd(Math.ceil(Math.max(1,n.length)/z)*z," ")},Me=(e,n,s)=>n.lastGood===void 0?e:se(e,n.lastGood,n,s).base;function Ne(e,n,s){const{repository:c,round:u}=n,f=ce(Me(e,n,s)),v=Z(f,c,u,s),j=new Map;if(v.head?.installation===n.installation)for(const Ye of v.entries){const mt=Ye.dots??E(s.unseal(Ye.sealed??"",ie(c,Ye)));mt&&j.set(Ye.pseudonym,mt)}else v.head&&v.refused.set("cast under another installation of the app",v.entries.length);for(const Ye of n.ballots)j.set(Ye.pseudonym,Ye.dots);for(const[Ye,mt]of j)(0,q.W6)(mt)===0&&j.delete(Ye);const le=(v.head?.version??0)+1,ne=[...j].map(([Ye,mt])=>{const on={round:u,pseudonym:Ye,version:le},ss=n.final?{dots:mt}:{sealed:s.seal(ye(mt),ie(c,on))},Sn={...on,...ss};return{...Sn,signature:s.sign(Y(c,Sn))}}),ke={};for(const Ye of j.values())for(const[mt,on]of Object.entries(Ye))ke[mt]=(ke[mt]??0)+on;const we={round:u,state:n.final?"opened":"sealed",installation:n.installation,version:le,size:new Set(n.ballots.map(Ye=>Ye.pseudonym)).size,pseudonyms:[...j.keys()].sort(),...n.counts&&!n.final&&{counts:{topics:ke,voters:j.size}}},Oe={...we,signature:s.sign(D(c,we))},rt=f.file?.repository.toLowerCase()===c.toLowerCase()?f.file:void 0,vt={version:2,repository:c,rounds:[...rt?.rounds.filter(Ye=>Ye.round!==u)??[],Oe],ballots:[...rt?.ballots.filter(Ye=>Ye.round!==u)??[],...ne]},Ot=I(v.refused);return{text:be(vt),...Ot&&{dropped:Ot}}}var Fe=g(8027),Se=g(156);class Ve extends Fe.D9{name="ProjectSetupError"}function nt(e,n,s=[]){const c=e.fields.find(v=>(0,w.q)(v.name,n)),u=`(in the project, \u22EF \u2192 Settings \u2192 + New field, type single select${s.length?`, options ${s.join(", ")}`:""}), or run 'roundtable project setup', or name another field in .github/roundtable.yml under project.fields`;if(!c)throw new Ve(`the project "${e.title}" (${e.url}) has no field named "${n}": add it ${u}`);const f=s.filter(v=>!c.options.some(j=>(0,w.q)(j.name,v)));if(f.length>0)throw new Ve(`the field "${c.name}" of the project "${e.title}" (${e.url}) has no option ${f.map(v=>`"${v}"`).join(", ")}: add ${f.length===1?"it":"them"} with 'roundtable project setup' or in the field's settings, or map existing options in .github/roundtable.yml under project.statusOptions`);return c}function st(e,n){n.project&&nt(e,n.project.fields.status,Se.MQ.map(s=>(0,Se.Kx)(n,s)))}var tt=g(6919);const ue=["GRAY","BLUE","GREEN","YELLOW","ORANGE","RED","PINK","PURPLE"],he={toDiscuss:{color:"BLUE",description:"Waiting in the queue, ordered by votes"},discussing:{color:"YELLOW",description:"On the table in the current meeting"},discussed:{color:"GREEN",description:"Done; its votes are given back"},parked:{color:"GRAY",description:"Set aside for now; its votes are given back"}};function xe(e,n){if(!n.project)return[];const{fields:s}=n.project,c=[],u=Se.MQ.map(v=>({name:(0,Se.Kx)(n,v),...he[v]}));c.push(...Pe(e,s.status,u));const f=n.lanes.map((v,j)=>({name:v.name,color:ue[(j+2)%ue.length],description:(0,tt.I)(v.description,200)}));return c.push(...Pe(e,s.lane,f)),c}function Pe(e,n,s){const c=e.fields.find(v=>(0,w.q)(v.name,n));if(!c)return[{kind:"create-field",field:n,options:s}];if(c.dataType!=="SINGLE_SELECT")throw new Ve(`the field "${c.name}" of the project "${e.title}" (${e.url}) is of type ${c.dataType}, not single select: name another field in .github/roundtable.yml under project.fields`);const u=s.filter(v=>!c.options.some(j=>(0,w.q)(j.name,v.name)));if(u.length===0)return[];const f=c.options.map(v=>({name:v.name,color:ue.includes(v.color)?v.color:"GRAY",description:v.description??""}));return[{kind:"set-field-options",field:c.name,options:[...f,...u],added:u.map(v=>v.name)}]}function Ce(e,n,s){if(s.project){const u=s.project.fields.status,f=e.board?.fields[u],v=(0,Se.Kx)(s,n);return f!==void 0&&(0,w.q)(f,v)?[]:[{kind:"set-field",issue:e.number,field:u,value:{option:v}}]}const c=[];for(const u of Se.MQ){const f=e.labels.find(v=>(0,w.q)(v,s.labels.status[u]));u!==n&&f&&c.push({kind:"remove-label",issue:e.number,label:f})}return n!=="toDiscuss"&&!e.labels.some(u=>(0,w.q)(u,s.labels.status[n]))&&c.push({kind:"add-label",issue:e.number,label:s.labels.status[n]}),c}function De(e,n){const s=new Map(n.map((f,v)=>[f,v]));if(s.size!==n.length)throw new Error("planReorder: desired order repeats an item");if(e.length!==n.length||e.some(f=>!s.has(f)))throw new Error("planReorder: current and desired must hold the same items");const c=new Set(Ue(e.map(f=>s.get(f)))),u=[];return n.forEach((f,v)=>{c.has(v)||u.push({item:f,after:v===0?null:n[v-1]})}),u}function Ue(e){const n=[],s=new Array(e.length).fill(-1);e.forEach((u,f)=>{let v=0,j=n.length;for(;v<j;){const B=v+j>>1;e[n[B]]<u?v=B+1:j=B}v>0&&(s[f]=n[v-1]),n[v]=f});const c=[];for(let u=n.at(-1)??-1;u!==-1;u=s[u])c.push(e[u]);return c.reverse()}function ze(e,n){const s=[...e];for(const c of n){s.splice(s.indexOf(c.item),1);const u=c.after===null?0:s.indexOf(c.after)+1;s.splice(u,0,c.item)}return s}class Xe extends Fe.D9{name="PlanError"}function He(e,n,s){if(!n.project)return[];const c=n.project.fields.status,u=new Set(s.items.flatMap(ne=>ne.issue===null?[]:[ne.issue])),f=[],v=[];for(const ne of e.topics){const ke=(0,Se.Kx)(n,ne.status);if(!u.has(ne.number)){if(ne.state==="closed")continue;if(!ne.id)throw new Xe(`topic #${ne.number} has no node id in the snapshot, so it cannot be added to the project; take the snapshot from GitHub with 'roundtable snapshot'`);f.push({kind:"add-to-project",issue:ne.number,contentId:ne.id},{kind:"set-field",issue:ne.number,field:c,value:{option:ke}}),v.push(ne.number);continue}const we=ne.board?.fields[c];(we===void 0||!(0,w.q)(we,ke))&&f.push({kind:"set-field",issue:ne.number,field:c,value:{option:ke}})}const j=e.queue.toDiscuss.map(ne=>String(ne.topic.number)),B=new Set(j),le=[...s.items.flatMap(ne=>ne.issue===null?[]:[ne.issue]),...v].map(String).filter(ne=>B.has(ne));for(const ne of De(le,j))f.push({kind:"move",issue:Number(ne.item),after:ne.after===null?null:Number(ne.after)});return f}var Ke=g(6506),et=g(3374),We=g(9747);function it(e,n,s){return n?e.name==="park"||e.name==="unpark"?!(0,w.q)(n.author.login,s):e.name==="unsponsor"?e.args!==""&&!(0,w.q)(e.args.replace(/^@/,""),s):!1:!1}function Pt(e,n,s,c){const u={effects:[],replies:[],refused:!1};for(const f of e){const v=kt(f,n,s,c);if(v.kind!=="done")u.replies.push(v.reply);else{const j=v.effects.filter(B=>!u.effects.some(le=>JSON.stringify(le)===JSON.stringify(B)));u.effects.push(...j)}v.kind==="refused"&&(u.refused=!0)}return u}function kt(e,n,s,c){if(e.name==="help")return{kind:"help",reply:R(c)};if(meetingCommands.has(e.name))return{kind:"refused",reply:`\`/${e.name}\` works on meetings, and this issue is not one: it has no \`${c.labels.meeting}\` label.`};const u=Object.hasOwn(ft,e.name)?ft[e.name]:void 0;return u?n?u(e,n,s,c):{kind:"refused",reply:`\`/${e.name}\` works on topics, and this issue is not one: it has no \`${c.labels.topic}\` label.`}:{kind:"refused",reply:`I do not know \`/${e.name}\`. ${m}`}}const dt=(e,n,s,c)=>n.assignees.some(u=>(0,w.q)(u,s.login))?{kind:"done",effects:[]}:n.sponsor&&!c.coSponsors?{kind:"refused",reply:`This topic is sponsored by ${n.sponsor} already, and a topic has one sponsor here. Ask them to \`/unsponsor\`, or a facilitator to set \`coSponsors: true\`.`}:{kind:"done",effects:[{kind:"add-assignee",issue:n.number,login:s.login}]},It=(e,n,s)=>{const c=e.args.replace(/^@/,"")||s.login;return it(e,n,s.login)&&!s.moderates?{kind:"refused",reply:`Only ${c} or a facilitator can take ${c} off this topic.`}:n.assignees.some(u=>(0,w.q)(u,c))?{kind:"done",effects:[{kind:"remove-assignee",issue:n.number,login:c}]}:{kind:"done",effects:[]}},pt=(e,n,s,c)=>{if(!s.moderates&&it(e,n,s.login))return{kind:"refused",reply:`Only the topic's author (${n.author.login}), the facilitators, and people with write access can \`/${e.name}\` it.`};const u=n.status==="parked";return(e.name==="park"?u:!u)?{kind:"done",effects:[]}:{kind:"done",effects:Ce(n,e.name==="park"?"parked":"toDiscuss",c)}},ft={recount:()=>({kind:"done",effects:[]}),sponsor:dt,unsponsor:It,park:pt,unpark:pt},m="Type `/help` for the commands.";function R(e){return["### Roundtable commands","","- `/sponsor`: sponsor this topic (you open the discussion and write down the outcome).","- `/unsponsor`: step down as sponsor.","- `/park` and `/unpark`: set the topic aside, or bring it back (the author, facilitators, and people with write access).","- `/recount`: count the votes and update the queue now.","- `/promote [#12]`: once the topic is discussed, its sponsor or a facilitator opens its roadmap item, under key result #12 (here or in the meeting).","","On a meeting issue:","","- `/join` and `/leave`: take a seat, or give it up.","- `/start`, `/next`, `/extend`, `/end`: the facilitator runs the meeting; `/next` takes the top-voted topic, and after its timebox tallies the roman vote (\u{1F44D} go on, \u{1F44E} move on).","- `/outcome <text>` (facilitator or sponsor) and `/takeaway <text>` (anyone at the table): about the topic on the table, or `#12` to name one.","- `/accept #12`: the facilitator records topic #12 of the draft minutes (a transcript uploaded on the room page) as `/outcome` and `/takeaway` would; `--issues` opens its action items as issues.","- `/checkin` or `/checkin <name>`: the facilitator posts a check-in.","- `/schedule`: the facilitator plans an unconference's sessions from the dot votes.","- `/close-votes`: the facilitator closes the voting round: ballots become final and hidden counts are shown.","- `/help`: this list.","",`Vote with a \u{1F44D} on a topic: each person has ${e.votes.perPerson} ${e.votes.perPerson===1?"vote":"votes"}, and only the earliest count.`].join(`
`)}var J=g(3657),ee=g(984);function ve(e){const{labels:n}=e;return[{name:n.topic,color:"1d76db",description:"A topic for the roundtable's queue"},{name:n.roadmap,color:"0e8a16",description:"A roadmap item"},{name:n.objective,color:"5319e7",description:"A quarterly objective"},{name:n.keyResult,color:"8a63d2",description:"A key result of an objective"},{name:n.meeting,color:"fbca04",description:"A meeting: its agenda and its log"},{name:n.retro,color:"d93f0b",description:"A quarterly retrospective"},{name:n.actionItem,color:"b60205",description:"An action item with an owner"},{name:n.status.toDiscuss,color:"c5def5",description:"Topic: waiting in the queue"},{name:n.status.discussing,color:"fef2c0",description:"Topic: on the table now"},{name:n.status.discussed,color:"bfdadc",description:"Topic: discussed"},{name:n.status.parked,color:"e4e669",description:"Topic: set aside for now"},...e.lanes.map(s=>({name:`lane:${s.key}`,color:"c2e0c6",description:(0,tt.I)(s.description||`Roadmap lane: ${s.name}`,100)}))]}function N(e,n){const s=[...e],c=[];for(const u of n)s.some(f=>(0,w.q)(f,u.name))||(s.push(u.name),c.push({kind:"create-label",...u}));return c}var K=g(3504),te=g(7708);const re=e=>e.toLowerCase();function Te(e){const{date:n,start:s,timeZone:c}=e.form;return n&&s&&c?(0,te.B9)(n,s,c):null}function Be(e){const n=qe(e);for(const s of e.meeting.roster.seated)Ze(n,s);return St(n),{invite:n.invite,cancel:n.cancel,ledger:n.ledger}}function qe(e){const{meeting:n,now:s,open:c}=e,u=structuredClone(n.seats),f=Te(n);return{input:e,ledger:u,ahead:f===null||Date.parse(f)>Date.parse(s),known:new Set(u.members.map(re)),openOf:v=>c.find(j=>re(j.login)===re(v)),invite:[],cancel:[]}}function Ze(e,n){const s=e.ledger.invited[re(n)],c=e.openOf(n);if(!s)ct(e,n,c);else if(s.state==="cancelled"||s.state==="declined"){const u=e.input.members.has(re(n));!c&&e.ahead&&!u&&s.times<2&&e.invite.push(n)}else s.state==="pending"&&yt(e,n,s,c)}function ct(e,n,s){const{ledger:c,known:u,input:f}=e;if(f.members.has(re(n))){u.has(re(n))||c.members.push(n);return}u.has(re(n))||(s?c.invited[re(n)]={at:f.now,times:1,state:"pending",id:s.id}:e.ahead&&e.invite.push(n))}function yt(e,n,s,c){if(c&&!c.expired){s.id=c.id;return}if(c?.expired){e.ahead&&s.times<2&&(e.cancel.push({id:c.id,login:n}),e.invite.push(n));return}s.id=null,s.state=e.input.members.has(re(n))?"accepted":"declined"}function St(e){const n=new Set(e.input.meeting.roster.seated.map(re));for(const[s,c]of Object.entries(e.ledger.invited)){if(n.has(s)||c.state!=="pending")continue;const u=e.openOf(s);u&&e.cancel.push({id:u.id,login:s}),c.state="cancelled",c.id=null}}function Nt(e,n){const s=new Set(e.seats.members.map(re));return e.roster.seated.filter(c=>{if(s.has(re(c)))return!1;const u=e.seats.invited[re(c)],f=n.some(v=>re(v.login)===re(c));return u?!f&&u.state!=="accepted"&&u.state!=="added":!f})}const Et="invitation-reminder";function At(e,n,s){const c=Date.parse(n);return e.flatMap(u=>{const f=Te(u);if(!f||u.issue.state!=="open"||u.endedAt)return[];const v=Date.parse(f);if(c<v-24*36e5||c>=v)return[];if(u.bot.has(Et))return[];const j=u.roster.seated.filter(ne=>u.seats.invited[ne.toLowerCase()]?.state==="pending");if(j.length===0)return[];const B=j.map(ne=>`[${ne}](${s}/${encodeURIComponent(ne)})`),le=u.issue.url.replace(/\/issues\/\d+$/,"");return[{kind:"upsert-comment",issue:u.issue.number,marker:(0,K.x)(Et),body:`**Reminder: the meeting starts within a day**, and ${B.length===1?"this participant has":"these participants have"} not accepted the GitHub invitation yet: ${B.join(", ")}. Accept it from GitHub's email or at ${le}/invitations to propose topics and vote before the meeting.`}]})}function Tt(e){return e.ended||e.outcome?"discussed":"discussing"}function Lt(e,n){const{current:s,endedAt:c,trusted:u,host:f}=e.meeting,v=s&&!c&&!e.status.some(B=>B.topic===s.topic)?[{topic:s.topic,to:Tt(s)}]:[],j=B=>{const le=n.topics.find(ne=>ne.number===B)?.author.login;return le!==void 0&&(0,w.q)(le,f)};return[...e.status,...v].filter(B=>u||j(B.topic))}const Dt={found:null,facilitates:!1};function Vt(e,n,s,c,u=Dt){const f=(0,P.HW)(e,c,[],u.found),v=_t(f);if(!n)return v;const j={issue:e,comment:n,board:s,config:c,authority:u,recorded:f.records.get(n.id),meeting:f,outcome:v};for(const B of n.commands??(0,J.Gr)(n.body)){if(!We.ox.has(B.name))continue;(Rt.get(B.name)??zt)(j,B)}return Ht(j)}function _t(e){return{meeting:e,given:[],events:[],status:[],noted:[],close:!1,publish:!1,replies:[],refused:!1}}function Mt(e,n){e.replies.push(n),e.refused=!0}const Rt=new Map([["join",Ut],["leave",Ut],["outcome",xt],["takeaway",xt]]);function Ut({meeting:e,comment:n,outcome:s},c){if(e.endedAt&&Date.parse(n.createdAt)>Date.parse(e.endedAt)){Mt(s,"This meeting has ended: seats are no longer taken or given up.");return}const u=e.roster.waitlist.findIndex(f=>(0,w.q)(f,n.login));c.name==="join"&&u>=0&&s.replies.push(`The meeting is full (${e.form.capacity} seats): you are number ${u+1} on the waitlist, and move up when someone leaves.`)}function xt({meeting:e,comment:n,outcome:s}){const c=e.refusedNotes.get(n.id);c&&Mt(s,c)}function zt(e,n){const{comment:s,outcome:c}=e;if(e.recorded){c.given.length===0&&Kt(c,n,e.recorded);return}const u=(0,We.LC)(e.meeting,n,{commentId:s.id,at:s.createdAt,login:s.login,facilitates:e.authority.facilitates,board:e.board,config:e.config});if(u.kind==="refused"){Mt(c,u.reason);return}u.events.length!==0&&(c.given.push(n),c.events.push(...u.events),c.status.push(...u.status),c.close||=u.close,e.meeting=(0,P.HW)(e.issue,e.config,[{command:s.id,events:c.events}],e.authority.found))}function Ht({meeting:e,comment:n,outcome:s}){s.meeting=e,s.publish=s.events.some(c=>c.type==="end"||c.type==="schedule"||c.type==="close-votes"||c.type==="accept"&&e.endedAt!==null),s.noted=e.discussions.filter(c=>c.outcome?.comment===n.id||c.takeaways.some(u=>u.comment===n.id));for(const c of s.noted)c.outcome?.comment===n.id&&s.status.push({topic:c.topic,to:"discussed"});return s}function Kt(e,n,s){e.given.push(n),e.events.push(...s),e.close||=s.some(c=>c.type==="end");for(const c of e.meeting.discussions)s.some(u=>"topic"in u&&u.topic===c.topic)&&e.status.push({topic:c.topic,to:Tt(c)})}var ot=g(7810),ht=g(9124);const Wt=864e5;function Gt(e,n,s){const c=Date.parse(n),u=new Map,f=new Set,v=new Map;for(const B of e){const le=Te(B);if(!le)continue;const ne=Date.parse(le);for(const ke of B.roster.seated){const we=ke.toLowerCase();ne>c&&B.issue.state==="open"&&f.add(we),u.set(we,Math.max(u.get(we)??0,ne))}for(const[ke,we]of Object.entries(B.seats.invited))["pending","accepted","added"].includes(we.state)&&v.set(ke,{state:we.state,id:we.id})}const j=[];for(const[B,le]of v){const ne=u.get(B);if(ne===void 0||f.has(B))continue;const ke=ne+s*Wt;c<ke||c>=ke+7*Wt||(le.state==="pending"&&le.id!==null?j.push({kind:"cancel-invitation",id:le.id,login:B}):j.push({kind:"remove-collaborator",login:B}))}return j}var ut=g(7271);function h(e,n,s,c){const u=meetingOf(e,n),{seated:f,waitlist:v}=u.roster,j=meetingStart(u),B=c?v.findIndex(le=>sameName(le,c)):-1;return{title:e.title,theme:u.form.theme,start:j,timeZone:u.form.timeZone,capacity:u.form.capacity,seatsLeft:Math.max(0,u.form.capacity-f.length),waiting:v.length,closed:e.state!=="open"||u.endedAt!==null||j!==null&&Date.parse(j)<=Date.parse(s),permission:n.meetings.invite?.permission??null,viewer:c?{place:f.some(le=>sameName(le,c))?"seated":B>=0?"waitlist":"none",line:B>=0?B+1:null,invitation:u.seats.invited[c.toLowerCase()]?.state??null}:null}}var y=g(7499),S=g(4587);const L=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],F=e=>(0,K.x)(`series:${e}`);function G(e,n){const s=e.start.slice(0,10),c=L.indexOf(e.weekday)+1;let u=(0,te.fi)(s,(c-(0,te.Up)(s)+7)%7);const f=[];for(;u<=n;)e.skip.includes(u)||f.push(u),u=(0,te.fi)(u,e.every*7);return f}const U=(e,n)=>instantOf(addDays(n,-e.openBefore),"00:00",e.timeZone);function me(e,n){const s=dateIn(n,e.timeZone),c=G(e,addDays(s,366+e.openBefore)),u=Date.parse(n),f=c.filter(j=>j>=s&&Date.parse(U(e,j))<=u).at(-1),v=c.find(j=>Date.parse(U(e,j))>u);return{due:f?U(e,f):null,next:v?U(e,v):null}}function H(e,n){return e.some(s=>s.author.bot&&s.body.startsWith(`${F(n)}
`))}function $e(e,n,s){const c=n.meetings.series;if(!c)return[];const u=(0,te.m7)(s,c.timeZone),f=G(c,(0,te.fi)(u,c.openBefore)).filter(we=>we>=u&&!H(e.issues,we));if(f.length===0)return[];const j=e.issues.filter(we=>we.labels.some(Oe=>(0,w.q)(Oe,n.labels.meeting))).map(we=>(0,P.HW)(we,n)).filter(we=>we.form.date&&we.form.date<f[0]).sort((we,Oe)=>we.form.date.localeCompare(Oe.form.date)).at(-1),B=e.issues.filter(we=>we.state==="open"&&we.labels.some(Oe=>(0,w.q)(Oe,n.labels.actionItem))),le=(0,S.z)(e),ne=j?`${le}/${e.repository}/blob/HEAD/${n.pages.meetings}/${(0,P.tY)(j)}.md`:null,ke=c.format==="unconference"?"Unconference":"Lean coffee";return f.map(we=>({kind:"open-issue",marker:F(we),title:`${ke} ${we}`,body:[`### Date

${we}`,`### Start time

${c.start.slice(11,16)}`,`### Time zone

${c.timeZone}`,`### Theme

_No response_`,`### Format

${ke}`,`### Capacity

${c.capacity}`,["---","","Opened by Roundtable for the series: the facilitator gives it a theme by editing **Theme** above. Comment `/join` to take a seat.",j&&ne?`
Previous meeting: [${j.form.date} ${j.form.theme||j.issue.title}](${ne}) (#${j.issue.number}).`:"",B.length>0?`
Open action items:

${B.map(Oe=>`- [ ] #${Oe.number}`).join(`
`)}`:""].join(`
`)].join(`

`),labels:[n.labels.meeting],assignees:[]}))}var Ae=g(6851),Re=g(3029),Je=g(1644);const lt=5,Ge=(e,n)=>e.titles.get(n)?.url??`${e.site}/${e.repository}/issues/${n}`,at=(e,n)=>({text:`#${n} ${e.titles.get(n)?.title??""}`.trim(),url:Ge(e,n)}),wt=(e,n)=>at(e,n).text,jt=(e,n)=>({text:n,url:`${e.site}/${encodeURIComponent(n)}`}),Ft=e=>e.form.timeZone??"UTC",Bt=(e,n)=>(0,te.CH)(n,Ft(e)),Qt=e=>e.form.theme||e.issue.title,Zt=e=>e.form.date?`${e.form.date}${e.form.start?` ${e.form.start}`:""} (${Ft(e)})`:"date to be set",rn={"lean-coffee":"Lean coffee",unconference:"Unconference",talk:"Talk"},gt=(e,n)=>`${e} ${n}${e===1?"":"s"}`,$t=(e,n=500)=>(0,tt.I)(e.replace(/\s+/g," ").trim(),n,"\u2026");function Jt(e,n){return n.length===0?[]:[{heading:"Top topics",list:!0,lines:n.slice(0,lt).map(s=>[at(e,s.topic.number),{text:` \xB7 ${gt(s.votes,"vote")}`}])}]}function dn(e){const n=Math.max(0,e.form.capacity-e.roster.seated.length);return n>0?`${gt(n,"seat")} left of ${e.form.capacity}`:`full (${e.form.capacity} seats); a /join goes on the waitlist`}const Xt=e=>e.roster.seated.filter(n=>e.seats?.invited[n.toLowerCase()]?.state==="pending"),en=(e,n)=>{const s=e.meeting,c=e.event==="meeting.reminder";return{title:`${c?"Reminder":"New meeting"}: ${$t(Qt(s),120)}, ${Zt(s)}`,url:s.issue.url,sections:[{lines:[[{text:`${rn[s.form.format]} \xB7 ${Zt(s)} \xB7 ${dn(s)}`}],[{text:"To take a seat, comment /join on "},{text:`#${s.issue.number}`,url:s.issue.url}],...c&&Xt(s).length>0?[[{text:"Not accepted the GitHub invitation yet: "},...Xt(s).flatMap((u,f)=>[...f>0?[{text:", "}]:[],jt(n,u)])]]:[]]},...Jt(n,e.agenda)]}},t={"meeting.announced":(e,n)=>en(e,n),"meeting.reminder":(e,n)=>en(e,n),"topic.now":(e,n)=>{const s=e.meeting,{sponsorMinutes:c,discussionMinutes:u}=n.config.meetings;return{title:`Now on the table: ${wt(n,e.topic)}`,url:s.issue.url,sections:[{lines:[[at(n,e.topic)],[...e.sponsor?[jt(n,e.sponsor),{text:` opens it (${c} min), then `}]:[{text:`Nobody sponsors it; ${c} min to open, then `}],{text:`${u} min of discussion, until ${Bt(s,e.until)} (${Ft(s)}).`}]]}]}},"timebox.ended":(e,n)=>{const s=e.meeting,c=n.config.meetings.extensionMinutes[0];return{title:`Time's up: ${wt(n,e.topic)}`,url:s.issue.url,sections:[{lines:[[at(n,e.topic),{text:` \xB7 the timebox ended at ${Bt(s,e.until)}.`}],[{text:"Vote now on "},{text:`#${s.issue.number}`,url:s.issue.url},{text:`: \u{1F44D} to go on ${c} more minutes, \u{1F44E} to move on.`}]]}]}},"topic.outcome":(e,n)=>{const s=e.discussion,c=s.outcome;return{title:`Outcome: ${wt(n,s.topic)}`,url:c?.url??Ge(n,s.topic),sections:[{lines:[[at(n,s.topic)],...c?[[{text:$t(c.text)}],[{text:"by "},jt(n,c.by)]]:[]]}]}},"meeting.ended":(e,n)=>{const s=e.meeting,c=s.startedAt??e.at,u=`${n.site}/${n.repository}/blob/HEAD/${n.config.pages.meetings}/${(0,P.tY)(s)}.md`,f=[{lines:[[{text:`${Bt(s,c)}\u2013${Bt(s,e.at)} (${Ft(s)}), ${gt((0,P.OJ)(c,e.at),"minute")}, ${gt(s.discussions.length,"topic")}, ${gt(s.roster.seated.length,"participant")}.`}]]}];s.discussions.length>0&&f.push({heading:"Topics",list:!0,lines:s.discussions.map(j=>{const B=(0,P.OJ)(j.began,j.ended??e.at),le=j.extensions.length>0?`, extended ${gt(j.extensions.length,"time")}`:"";return[at(n,j.topic),{text:` \xB7 ${B} min${le}`},...j.outcome?[{text:` \xB7 Outcome: ${$t(j.outcome.text,300)}`}]:[]]})});const v=[...s.takeaways,...s.discussions.flatMap(j=>j.takeaways)];return v.length>0&&f.push({heading:"Takeaways",list:!0,lines:v.map(j=>[{text:`${$t(j.text,300)} \xB7 `},jt(n,j.by)])}),s.checkins.length>0&&f.push({heading:"Check-in",list:!0,lines:s.checkins.map(j=>[{text:j.answer==="vote"?`${j.set}: ${j.statements.map((B,le)=>`${le+1}. ${B.up} \u{1F44D} ${B.down} \u{1F44E}`).join(" \xB7 ")}`:`${j.set}: ${gt(j.replies,"answer")}`}])}),f.push({lines:[[{text:"The meeting page: "},{text:`${(0,P.tY)(s)}.md`,url:u}]]}),{title:`Meeting ended: ${$t(Qt(s),120)}`,url:u,sections:f}},"retro.opened":(e,n)=>({title:`Retro open: ${$t(e.title,120)}`,url:`${n.site}/${n.repository}/issues?q=${encodeURIComponent(`is:issue is:open label:"${n.config.labels.retro}"`)}`,sections:[{heading:"Answer in a comment that starts with its prompt; \u{1F44D} a comment to discuss it",list:!0,lines:Je.eB.map(s=>[{text:`${s.prefix} ${s.title}`}])}]}),"action-items":(e,n)=>({title:`${gt(e.items.length,"new action item")} from ${$t(e.retro,120)}`,url:`${n.site}/${n.repository}/issues?q=${encodeURIComponent(`is:issue is:open label:"${n.config.labels.actionItem}"`)}`,sections:[{list:!0,lines:e.items.map(s=>[{text:`${$t(s.title,200)} \xB7 owner `},jt(n,s.owner)])}]}),digest:(e,n)=>{const s=u=>u.slice(0,lt).map(f=>[at(n,f.number)]),c=[];return c.push({heading:`New topics since ${e.since.slice(0,10)}`,list:e.added.length>0,lines:e.added.length>0?s(e.added):[[{text:"None this week."}]]}),c.push(...Jt(n,e.top)),e.unsponsored.length>0&&c.push({heading:"Looking for a sponsor (assign yourself)",list:!0,lines:s(e.unsponsored)}),{title:`This week on the board: ${gt(e.added.length,"new topic")}, ${gt(e.top.length,"topic")} in the queue`,url:`${n.site}/${n.repository}/blob/HEAD/${n.config.pages.topics}`,sections:c}}};function a(e,n){const s=t[e.event];return{event:e.event,...s(e,n)}}function o(e){switch(e.event){case"meeting.announced":case"meeting.reminder":case"meeting.ended":return`meeting-${e.meeting.issue.number}:${e.event}`;case"topic.now":case"timebox.ended":return`meeting-${e.meeting.issue.number}:${e.event}:${e.topic}:${e.until}`;case"topic.outcome":return`meeting-${e.meeting.issue.number}:${e.event}:${e.discussion.topic}:${e.discussion.outcome?.comment??0}`;case"retro.opened":return`retro.opened:${e.title}`;case"action-items":return`action-items:${e.retro}:${e.items.map(n=>n.title).join("|")}`;case"digest":return`digest:${e.since.slice(0,10)}`}}function r(e,n,s){const c=n.notify.filter(v=>v.events.includes(e.event));if(c.length===0)return[];const u=a(e,{...s,config:n}),f=`${s.repository}/${o(e)}`;return c.map(v=>({kind:"notify",channel:{kind:v.kind,url:v.url,...v.secret?{secret:v.secret}:{}},key:f,notice:u}))}function l(e){const n=new Date(`${e.slice(0,10)}T00:00:00Z`),s=Date.parse(n.toISOString())-(n.getUTCDay()+6)%7*864e5;return new Date(s).toISOString().slice(0,10)}function i(e,n,s,c){const u=new Map,f=(ne,ke)=>{const we=u.get(ne.issue.number)??{meeting:ne,notices:[]};we.notices.push(ke),u.set(ne.issue.number,we)},v=new Set(e.flatMap(ne=>[...(0,Re.g)(ne.issue.body)])),j=e.filter(ne=>ne.issue.state==="open"&&!ne.endedAt),B=n.queue.toDiscuss;for(const ne of j){const{date:ke,start:we,timeZone:Oe}=ne.form;if(!ke||!we)continue;const rt=Date.parse((0,te.B9)(ke,we,Oe??"UTC")),vt=rt-s.meetings.reminderHours*36e5,Ot=Date.parse(c),Ye={event:"meeting.reminder",meeting:ne,agenda:B};Ot>=vt&&Ot<rt&&!v.has(o(Ye))&&f(ne,Ye)}const le=(0,P.n9)(j);if(le){const ne=(0,P.z5)(`${l(c)}T00:00:00Z`,-10080),ke={event:"digest",since:ne,added:n.topics.filter(we=>we.createdAt>=ne&&we.state==="open"),top:B,unsponsored:n.queue.unsponsored};v.has(o(ke))||f(le,ke)}return[...u.values()]}var d=g(5565),p=g(8040),b=g(5392);const T=["COMPLETE","ON_TRACK","AT_RISK","OFF_TRACK"],k={done:"COMPLETE","on-track":"ON_TRACK","at-risk":"AT_RISK",missed:"OFF_TRACK"};function x(e){const n=new Date(e),s=(n.getUTCDay()+6)%7;return new Date(Date.UTC(n.getUTCFullYear(),n.getUTCMonth(),n.getUTCDate()-s)).toISOString().slice(0,10)}function oe(e){return e.objectives.flatMap(s=>[k[s.status],...s.keyResults.flatMap(c=>{const u=c.checkins.at(-1)?.status;return u==="off-track"?["OFF_TRACK"]:u==="at-risk"?["AT_RISK"]:[]})]).reduce((s,c)=>T.indexOf(c)>T.indexOf(s)?c:s,"COMPLETE")}function Ie(e,n,s){const c=x(s);return!e||e.objectives.length===0||n.includes(c)?null:{week:c,status:oe(e),objectives:e.objectives.map(u=>({number:u.issue.number,title:u.issue.title,progress:u.progress,status:u.status})),drifted:e.objectives.flatMap(u=>u.keyResults.filter(f=>(0,d.fN)(f.checkins)).map(f=>({number:f.issue.number,title:f.issue.title})))}}var je=g(8742),Le=g(3738);const Ee=e=>marker(`promoted:${e}`),Qe=(0,K.x)("promoted"),bt=e=>`<!-- roundtable:promoted-item ${e} -->`;function an(e){const n=/<!-- roundtable:promoted-item (\d{1,9}) -->/.exec(e);return n?Number(n[1]):null}function gn(e){const n=e.trim();if(n==="")return{keyResult:null};const s=/^#(\d{1,9})$/.exec(n);return s?{keyResult:Number(s[1])}:{error:`/promote: got "${n.slice(0,40)}", expected nothing or a key result's number such as #12. Give /promote #12 to put the roadmap item under key result #12.`}}function os(e,n,s){const c=n.find(le=>le.issue.number===s),u=e.find(le=>le.number===s),f=c?c.discussions.at(-1):void 0;if(c&&!f)return{error:"/promote in a meeting promotes the topic on the table, or the last one discussed: this meeting has discussed none yet."};const v=u??e.find(le=>le.number===f?.topic);if(!v)return{error:`/promote is given on a topic a meeting discussed, or in the meeting itself: #${f?.topic??s} is no topic Roundtable can read.`};const j=n.flatMap(le=>le.discussions.filter(ne=>ne.topic===v.number).map(ne=>({m:le,d:ne}))).sort((le,ne)=>le.d.began.localeCompare(ne.d.began)).at(-1),B=j?{meeting:j.m.issue,discussion:j.d}:null;return{topic:v,from:B}}function rs(e,n,s){if(e.status!=="discussed"&&e.status!=="discussing"&&!n)return`#${e.number} has not been discussed yet: /promote takes a topic a meeting discussed, to put what was decided on the roadmap.`;const c=e.sponsor??n?.discussion.sponsor??null;return s.facilitates||c&&c.toLowerCase()===s.login.toLowerCase()?null:"Only a facilitator or the topic's sponsor can promote it to the roadmap."}function as(e,n,s){const c=e.issues.find(f=>f.number===n);if(c&&isKind(c,"keyResult",s))return null;const u=s.kinds.keyResult;return`/promote: #${n} is not a key result (${u?`of type ${u}, or `:""}labelled ${s.labels.keyResult}): name a key result, or give /promote alone.`}function is(e,n,s){const c=[];let u=null;n!==null&&e.parent!==n&&(e.parent===null?u={parent:n,child:e.number}:c.push(`#${e.number} is a sub-issue of #${e.parent} already: Roundtable does not move it. To put it under #${n}, change its parent on GitHub.`));const f=s.type!==null&&e.type?.toLowerCase()===s.type.toLowerCase();return s.type!==null&&!f&&c.push(`GitHub did not keep the issue type ${s.type} on #${e.number} (it drops a type without a word when the token has no push access): it is labelled ${s.label} instead.`),{subIssue:u,label:f?null:s.label,notes:c}}const On="roundtable/quarters",Pn="quarters.json";function Tn(e,n){return`${JSON.stringify({field:e,values:n},null,2)}
`}function Mn(e){if(!e)return[];try{const n=JSON.parse(e);return Array.isArray(n.values)?n.values.filter(s=>typeof s?.item=="string"&&typeof s?.title=="string"):[]}catch{return[]}}const Cn=(e,n)=>{const s=(0,je.es)(e),c=(0,je.es)(n);return s&&c?s.year===c.year&&s.q===c.q:e===n};function En(e,n,s,c){const u=s.project?.fields.quarter;if(!u)return[];const f=(0,je.HZ)(c,s.roadmap.fiscalYearStart).map(le=>(0,je.OF)(le,s.roadmap.fiscalYearStart));if(e.kind==="missing")return[{kind:"create-iteration-field",field:u,iterations:f}];if(e.kind==="other")return[];const v=f.filter(le=>!e.iterations.some(ne=>Cn(ne.title,le.title))),j=e.items.flatMap(le=>{const ne=le.title??n.find(ke=>ke.item===le.id)?.title;return ne?[{item:le.id,title:ne}]:[]});if(v.length>0){const le=[...e.iterations,...v].sort((ne,ke)=>ne.startDate.localeCompare(ke.startDate));return[{kind:"set-quarters",field:u,iterations:le,values:j}]}const B=j.filter(le=>e.items.some(ne=>ne.id===le.item&&ne.title===null));return n.length>0?[{kind:"set-quarters",field:u,iterations:null,values:B}]:[]}var cs=g(3160),ls=g(2299);function ds(e,n){const{queue:s,tally:c}=boardOf(e,n),u=j=>({number:j.topic.number,title:j.topic.title,url:j.topic.url,votes:j.votes,sponsor:j.topic.sponsor}),f=[...s.discussing,...s.toDiscuss],v=n.labels.meeting.toLowerCase();return{repository:e.repository,takenAt:e.takenAt,discussing:s.discussing.map(u),toDiscuss:s.toDiscuss.map(u),unsponsored:f.filter(j=>!j.sponsored).map(u),perPerson:n.votes.perPerson,voters:c.voters,hidden:c.hidden,source:c.source,ignoredBallots:c.ignoredBallots,...c.ignoredWhy&&{ignoredWhy:c.ignoredWhy},meetings:e.issues.filter(j=>j.state==="open"&&j.labels.some(B=>B.toLowerCase()===v)).map(j=>{const B=parseMeetingForm(j.body),le=[B.date,B.start,B.timeZone].filter(Boolean).join(" ");return{number:j.number,title:j.title,when:le||null}}).sort((j,B)=>j.number-B.number)}}function us(e,n,s,c){const u=e.issues.find(we=>we.number===s);if(!u)return null;const f=meetingOf(u,n),v=!f.schedule&&f.form.format==="unconference"&&!f.endedAt?planSchedule(f,boardOf(e,n),c):null,j=f.schedule??v;if(!j)return null;const B=f.form,le=new Map(e.issues.map(we=>[we.number,we])),ne=Math.max(B.rooms,...j.grid.map(we=>we.length)),ke=Array.from({length:ne},(we,Oe)=>j.rooms?.[Oe]?.name??B.roomList[Oe]?.name??`Room ${Oe+1}`);return{repository:e.repository,number:s,title:u.title,theme:B.theme,date:B.date,timeZone:B.timeZone,rooms:ke,draft:v!==null,slots:j.grid.map((we,Oe)=>{const rt=B.slotStarts[Oe]??clockPlus(B.start??"09:00",Oe*B.slotMinutes);return{start:rt,end:clockPlus(rt,B.slotMinutes),sessions:ke.map((vt,Ot)=>{const Ye=we[Ot];if(Ye==null)return null;const mt=le.get(Ye);return{number:Ye,title:mt?.title??`#${Ye}`,sponsor:mt?.assignees[0]??null}})}})}}const An=null,Dn={landscape:{width:811,height:563,maxSlots:6,maxRooms:4},portrait:{width:563,height:811,maxSlots:9,maxRooms:3},header:58,roomRow:26,timeColumn:70,padding:12},_n=.56,Rn=1.15;function ms(e,n){const s=Dn,c=s[n],u=bn(e.slots.length,c.maxSlots),f=bn(e.rooms.length,c.maxRooms),v=[];for(const j of f)for(const B of u){const le=(c.height-s.header-s.roomRow)/Math.max(B.length,1),ne=(c.width-s.timeColumn)/Math.max(j.length,1)-s.padding,ke=Math.max(8,...B.flatMap(rt=>j.map(vt=>e.slots[rt]?.sessions[vt]?.title.length??0))),we=rt=>{const vt=Math.max(1,Math.floor(ne/(_n*rt)));return Math.ceil(ke/vt)*Rn*rt+.55*rt*1.4+s.padding*1.5<=le},Oe=An.find(we)??6;v.push({slots:B,rooms:j,titleSize:Oe})}return v}function bn(e,n){const s=Math.max(1,Math.ceil(e/n)),c=Math.ceil(e/s);return Array.from({length:s},(u,f)=>Array.from({length:Math.min(c,e-f*c)},(v,j)=>f*c+j)).filter(u=>u.length>0||e===0)}const Fn=5;function Bn(e,n){if(e.ended)return"ended";const s=e.table;if(!s)return e.started?"between-topics":"not-started";const c=Date.parse(n);return c<Date.parse(s.sponsorUntil)?"sponsor":c<Date.parse(s.until)?"discussion":"time-up"}function ps(e,n,s,c){const u=e.issues.find(Oe=>Oe.number===s&&Oe.labels.some(rt=>rt.toLowerCase()===n.labels.meeting.toLowerCase()));if(!u)return null;const f=meetingOf(u,n),v=boardOf(e,n),j=new Map(e.issues.map(Oe=>[Oe.number,Oe])),B=Nn(j,v,u.url),le=f.current,ne=Ln(f,n,B),ke=f.form,we={repository:e.repository,number:s,title:u.title,url:u.url,theme:ke.theme,format:ke.format,when:[ke.date,ke.start,ke.timeZone].filter(Boolean).join(" "),timeZone:ke.timeZone,facilitators:f.facilitators,voters:[...new Set([...f.roster.seated,...f.facilitators].map(Oe=>Oe.toLowerCase()))],phase:"not-started",started:f.startedAt!==null,ended:f.endedAt!==null,table:ne,upNext:v.queue.toDiscuss.filter(Oe=>Oe.topic.number!==le?.topic).slice(0,Fn).map(Oe=>B(Oe.topic.number)),next:(Oe=>Oe?B(Oe.topic.number):null)(nextInQueue(f,v)),extendMinutes:extensionStep(n.meetings.extensionMinutes,le?.extensions.length??0),checkin:n.meetings.checkins[0]?.name??"check-in",participants:f.roster.seated,waitlist:f.roster.waitlist,capacity:ke.capacity,log:Un(f,Oe=>j.get(Oe)?.title??`#${Oe}`),scheduled:f.schedule!==null,votesHidden:v.hidden,invitees:inviteesOf(f,n.meetings.invite!=null)};return we.phase=Bn(we,c),we}function Nn(e,n,s){const c=new Map([...n.queue.discussing,...n.queue.toDiscuss].map(u=>[u.topic.number,u.votes]));return(u,f)=>{const v=e.get(u);return{number:u,title:v?.title??`#${u}`,url:v?.url??`${s.replace(/\/issues\/\d+$/,"")}/issues/${u}`,sponsor:f!==void 0?f:v?.assignees[0]??null,votes:c.get(u)??0}}}function Ln(e,n,s){const c=e.current;return c?{...s(c.topic,c.sponsor),began:c.began,sponsorUntil:addMinutes(c.began,n.meetings.sponsorMinutes),until:c.until,extensions:c.extensions.length,vote:Vn(e,c.vote)}:null}function Vn(e,n){const s=e.bot.get(n),c=u=>mayVote(e,u);return{commentId:s?.id??null,url:s?.url??null,up:(s?.up??[]).filter(c).length,down:(s?.down??[]).filter(c).length}}function fs(e,n,s){if(!e.table)return e;const c=new Set(e.voters),u=f=>new Set(f.map(v=>v.toLowerCase()).filter(v=>c.has(v))).size;return{...e,table:{...e.table,vote:{...e.table.vote,up:u(n),down:u(s)}}}}function Un(e,n){const s=e.form.timeZone,c=(f,v)=>({at:f,clock:s?clockIn(f,s):`${f.slice(11,16)} UTC`,text:v}),u=[];e.startedAt&&u.push(c(e.startedAt,"Started"));for(const f of e.discussions){const v=f.sponsor?`, opened by ${f.sponsor}`:"";u.push(c(f.began,`#${f.topic} ${n(f.topic)} on the table${v}`));for(const j of f.extensions)u.push(c(j.at,`Roman vote ${j.up} \u{1F44D} ${j.down} \u{1F44E}: ${j.minutes} more minutes`));f.outcome&&u.push(c(f.outcome.at,`Outcome of #${f.topic} by ${f.outcome.by}: ${f.outcome.text}`));for(const j of f.takeaways)u.push(c(j.at,`Takeaway by ${j.by}: ${j.text}`));if(f.ended){const j=f.closingVote?` (roman vote ${f.closingVote.up} \u{1F44D} ${f.closingVote.down} \u{1F44E})`:"";u.push(c(f.ended,`#${f.topic} closed${j}`))}}for(const f of e.checkins)u.push(c(f.at,`Check-in: ${f.set}`));return e.endedAt&&u.push(c(e.endedAt,"Ended")),u.sort((f,v)=>f.at.localeCompare(v.at))}const cn=e=>`${e.up} \u{1F44D} ${e.down} \u{1F44E}`;function Wn(e,n){const s=phaseAt(e,n);if(s==="ended")return[];const c=[],{table:u}=e;return s==="not-started"&&c.push({command:"start",does:"start",label:"Start the meeting",kind:"primary"}),s==="between-topics"&&e.next&&c.push({command:"next",does:`take-${e.next.number}`,label:`Take up #${e.next.number}`,detail:e.next.title,kind:"primary"}),u&&c.push(...qn(e,u,n)),(s==="between-topics"||s==="time-up")&&c.push({command:"checkin",does:`checkin-${e.checkin}`,label:`Check-in: ${e.checkin}`,kind:"secondary"}),e.votesHidden&&c.push({command:"close-votes",does:"close-votes",label:"Close the voting round",detail:"Shows the counts to everyone.",kind:"secondary"}),s!=="not-started"&&c.push({command:"end",does:"end",label:"End the meeting",kind:"danger"}),c}function qn(e,n,s){const c=[],u=tableVerdict("next",n.until,s,n.vote),f=u==="close-by-vote"?` (${cn(n.vote)})`:"";return(u==="extend"||tableVerdict("extend",n.until,s,n.vote)==="extend")&&c.push({command:"extend",does:`extend-${n.number}`,label:`Extend ${e.extendMinutes} min (${cn(n.vote)})`,detail:`#${n.number} ${n.title}`,kind:u==="extend"?"primary":"secondary"}),u!=="extend"&&c.push(e.next?{command:"next",does:`close-${n.number}-take-${e.next.number}`,label:`Move on to #${e.next.number}${f}`,detail:e.next.title,kind:"primary"}:{command:"next",does:`close-${n.number}`,label:`Close #${n.number}${f}`,detail:"The queue is empty: no topic follows.",kind:"primary"}),c}function hs(e){return`More \u{1F44D} than \u{1F44E} when time is up extends the topic by ${e.extendMinutes} min; otherwise it closes.`}function gs(e,n,s,c){const u=Wn(e,c).filter(v=>v.command===n);if(!(s?u.find(v=>v.does===s):u[0]))return u[0]?`The room changed since this button was drawn: it now says "${u[0].label}". Press again if that is what you want.`:Yn(e,n,c)}function Yn(e,n,s){const c=phaseAt(e,s),{table:u}=e;return c==="ended"?"This meeting has ended: open a new meeting issue for the next one.":n==="start"?"The meeting has started already.":n==="close-votes"?"The voting round is closed already: its counts are shown.":c==="not-started"?"The meeting has not started yet: start it first.":n==="next"?"The queue is empty: there is no topic to take up.":n==="extend"?u?`The roman vote does not extend #${u.number}: it needs more \u{1F44D} than \u{1F44E} (now ${cn(u.vote)}).`:"No topic is on the table: there is nothing to extend.":n==="checkin"?"The check-in comes between topics or when time is up, not while a topic is discussed.":"That is not something the room does now."}var fe=g(2857),zn=g(4377),Hn=g(3908);const Kn=/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/,Gn=Hn.w$({offset:!0,local:!1,precision:null}),Qn=/^(https?:\/\/[A-Za-z0-9.-]+)\/[\w.~%/-]*$/,yn=e=>typeof e=="string"&&Kn.test(e),ln=e=>typeof e=="string"&&Gn.test(e),nn=e=>Number.isSafeInteger(e)&&e>0,sn=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function qt(e,n){if(!Array.isArray(e))return!1;for(const s of e)if(!n(s))return!1;return!0}function wn(e){if(!sn(e)||!yn(e.login))return!1;if(e.bot===void 0)e.bot=!1;else if(typeof e.bot!="boolean")return!1;return e.self===void 0||typeof e.self=="boolean"}function Zn(e){return wn(e)&&ln(e.createdAt)}function bs(e,n){if(!sn(e))return!1;const s=e;if(s.id!==void 0&&typeof s.id!="string"||!nn(s.number)||typeof s.title!="string")return!1;const c=typeof s.url=="string"?Qn.exec(s.url):null;if(!c||!n(c[1])||s.state!=="open"&&s.state!=="closed"||!wn(s.author)||!ln(s.createdAt))return!1;if(s.closedAt===void 0)s.closedAt=null;else if(s.closedAt!==null&&!ln(s.closedAt))return!1;if(s.body===void 0)s.body="";else if(s.body!==null&&typeof s.body!="string")return!1;if(s.labels===void 0)s.labels=[];else if(!qt(s.labels,u=>typeof u=="string"))return!1;if(s.assignees===void 0)s.assignees=[];else if(!qt(s.assignees,yn))return!1;if(s.milestone===void 0)s.milestone=null;else if(s.milestone!==null&&typeof s.milestone!="string")return!1;if(s.parent===void 0)s.parent=null;else if(s.parent!==null&&!nn(s.parent))return!1;if(s.subIssues===void 0)s.subIssues=[];else if(!qt(s.subIssues,nn))return!1;if(s.type!==void 0&&s.type!==null&&typeof s.type!="string"||s.blockedBy!==void 0&&!qt(s.blockedBy,nn))return!1;if(s.reactions===void 0)s.reactions=[];else if(!qt(s.reactions,Zn))return!1;if(s.board===void 0)s.board=null;else if(s.board!==null&&!Jn(s.board))return!1;return s.subIssuesSummary===void 0&&s.comments===void 0}function Jn(e){if(!sn(e)||typeof e.itemId!="string")return!1;if(e.fields===void 0)e.fields={};else if(sn(e.fields)){for(const n of Object.values(e.fields))if(typeof n!="string")return!1}else return!1;return!0}const Ct=fe.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/,"expected a GitHub login"),Yt=zn.w$({offset:!0,error:"expected an ISO 8601 date-time"}),$n=fe.Ikc({login:Ct,bot:fe.zMY().default(!1),self:fe.zMY().optional()}),vn=fe.OZ5({protocol:/^https?$/,error:"expected the issue's https URL"}),kn=fe.Ikc({id:fe.YjP().optional(),number:fe.Whr().positive(),title:fe.YjP(),url:vn,state:fe.k5n(["open","closed"]),author:$n,createdAt:Yt,closedAt:Yt.nullable().default(null),body:fe.YjP().nullable().default(""),labels:fe.YOg(fe.YjP()).default([]),assignees:fe.YOg(Ct).default([]),milestone:fe.YjP().nullable().default(null),parent:fe.Whr().positive().nullable().default(null),subIssues:fe.YOg(fe.Whr().positive()).default([]),type:fe.YjP().nullable().optional(),subIssuesSummary:fe.Ikc({total:fe.Whr().nonnegative(),completed:fe.Whr().nonnegative(),percentCompleted:fe.aig().min(0).max(100)}).optional(),blockedBy:fe.YOg(fe.Whr().positive()).optional(),reactions:fe.YOg(fe.Ikc({login:Ct,bot:fe.zMY().default(!1),createdAt:Yt})).default([]),comments:fe.YOg(fe.Ikc({id:fe.Whr().positive(),url:fe.OZ5({protocol:/^https?$/}),author:$n,createdAt:Yt,body:fe.YjP(),votes:fe.Whr().nonnegative().default(0),up:fe.YOg(Ct).optional(),down:fe.YOg(Ct).optional(),mine:fe.YOg(fe.k5n(["eyes","+1","confused"])).optional()})).optional(),board:fe.Ikc({itemId:fe.YjP(),fields:fe.g1P(fe.YjP(),fe.YjP()).default({})}).nullable().default(null)}),Xn=fe.Ikc({round:fe.YjP(),ballots:fe.YOg(fe.Ikc({round:fe.YjP(),pseudonym:fe.YjP().regex(/^[0-9a-f]{16,64}$/,"expected a pseudonym (hex)"),dots:fe.g1P(fe.YjP().regex(/^\d+$/),fe.Whr().positive()),mac:fe.YjP().optional()})),ignored:fe.Whr().nonnegative().default(0),ignoredWhy:fe.YjP().optional(),sealed:fe.zMY().optional(),state:fe.k5n(["sealed","opened"]).optional(),version:fe.Whr().positive().optional(),counts:fe.Ikc({topics:fe.g1P(fe.YjP().regex(/^\d+$/),fe.Whr().nonnegative()),voters:fe.Whr().nonnegative()}).optional()}),In=fe.Ikc({version:fe.euz(1,{error:"expected version 1 (take a new snapshot)"}),repository:fe.YjP().regex(/^[\w.-]+\/[\w.-]+$/,"expected owner/name"),takenAt:Yt,collaborators:fe.YOg(Ct).optional(),teams:fe.g1P(fe.YjP(),fe.YOg(Ct)).optional(),issues:fe.YOg(kn),ballots:Xn.optional()}),es=In.extend({issues:fe.YOg(fe.L5J())});class jn extends null{name="SnapshotError"}function ys(e,n){let s;try{s=JSON.parse(e)}catch(c){throw new jn(`${n}: not valid JSON (${c.message}); take a new snapshot with 'roundtable snapshot'`,{cause:c})}return ts(s,n)}function ts(e,n){const s=es.safeParse(e);if(s.success){const f=e;fillDefaults(f,{...s.data,issues:[]});const v=new Map,j=B=>{let le=v.get(B);return le===void 0&&(le=vn.safeParse(`${B}/`).success,v.set(B,le)),le};if(f.issues.every(B=>checkIssueQuickly(B,j)||ns(B))){for(const B of f.issues)B.body??="";return f}}const c=In.safeParse(e);if(!c.success){const f=c.error.issues[0],v=f?.path.reduce((B,le)=>typeof le=="number"?`${B}[${le}]`:B?`${B}.${String(le)}`:String(le),""),j=c.error.issues.length>1?` (and ${c.error.issues.length-1} more)`:"";throw new jn(`${n}: ${v||"the file"}: ${f?.message??"invalid"}${j}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,{cause:c.error})}const u=c.data;return{...u,issues:u.issues.map(f=>({...f,body:f.body??""}))}}function ns(e){const n=kn.safeParse(e);return n.success&&fillDefaults(e,n.data),n.success}function ws(e){return snapshotLines(e)}}),4209:((_e,ge,g)=>{g.d(ge,{g:()=>w});function w(de){const X=new Map(de.issues.map(O=>[O.number,O])),$=new Map,ae=(O,V)=>{const q=$.get(O);q?q.add(V):$.set(O,new Set([V]))};for(const O of de.issues){O.parent!==null&&O.parent!==void 0&&ae(O.parent,O.number);for(const V of O.subIssues)ae(O.number,V)}const P=new Map;for(const[O,V]of $)for(const q of V)P.set(q,O);return{childrenOf:O=>[...$.get(O.number)??[]].sort((V,q)=>V-q).flatMap(V=>{const q=X.get(V);return q?[q]:[]}),parentOf:O=>X.get(P.get(O.number)??0)}}}),984:((_e,ge,g)=>{g.d(ge,{UY:()=>P,VF:()=>ae});var w=g(5539);const de=["topic","roadmap","objective","keyResult"];function X(ie,Y){const D=ie.type;if(D)return de.find(C=>{const Q=Y.kinds[C];return Q!==null&&(0,w.q)(Q,D)})}function $(ie,Y){return de.filter(D=>ie.labels.some(C=>(0,w.q)(C,Y.labels[D])))}function ae(ie,Y,D){const C=X(ie,D);return C?C===Y:$(ie,D).includes(Y)}function P(ie,Y){return ie.issues.flatMap(D=>{const C=X(D,Y);if(!C)return[];const Q=$(D,Y).filter(A=>A!==C);return Q.length>0?[{issue:D,type:C,labels:Q}]:[]})}const O={topic:{description:"Something to discuss at a roundtable meeting",color:"blue"},roadmap:{description:"Work the group decided to take on",color:"green"},objective:{description:"What the quarter is for: measured by its key results",color:"purple"},keyResult:{description:"A measurable result of an objective",color:"orange"}};function V(ie,Y){return de.flatMap(D=>{const C=Y.kinds[D];return C===null||ie.some(Q=>sameName(Q,C))?[]:[{kind:"create-issue-type",name:C,...O[D]}]})}function q(ie){return de.flatMap(Y=>ie.kinds[Y]??[])}}),9747:((_e,ge,g)=>{g.d(ge,{LC:()=>pe,ox:()=>Q,nN:()=>ce,bg:()=>Se,Td:()=>A,OQ:()=>be});var w=g(2129),de=g(5539);const X=10,$=10,ae=/^(outcome|takeaway|action)\s*:\s*(.*)$/i,P=/^([^:\s][^:]{0,40}?)\s*:\s*(.+)$/;function O(ue,he){if(!he||he.length===0)return{outcome:ue.outcome,takeaways:ue.takeaways,actionItems:ue.actionItems};const xe={outcome:null,takeaways:[],actionItems:[]};for(const[Pe,Ce]of he.entries()){const De=ae.exec(Ce),Ue=De?.[1]?.toLowerCase(),ze=(De?.[2]??"").trim(),Xe=`line ${Pe+2} of the /accept`;if(!De||ze==="")return{refused:`${Xe} reads \`${Ce.slice(0,60).replace(/`/g,"'")}\`: expected \`outcome: \u2026\`, \`takeaway: \u2026\` or \`action: who: what\`, each with its text.`};if(Ue==="outcome"){if(xe.outcome!==null)return{refused:`${Xe} is a second outcome: a topic has one; keep one line.`};xe.outcome=ze}else if(Ue==="takeaway"){if(xe.takeaways.length>=X)return{refused:`${Xe}: at most ${X} takeaways are accepted at once.`};xe.takeaways.push(ze)}else{if(xe.actionItems.length>=$)return{refused:`${Xe}: at most ${$} action items are accepted at once.`};const He=P.exec(ze),Ke=He?.[1]&&He[1].split(/\s+/).length<=3?He[1]:void 0;xe.actionItems.push(Ke?{who:Ke,what:He?.[2]??ze}:{what:ze})}}return xe}var V=g(4834);const q=/^#(\d{1,9})(?:\s+(--issues))?$/;function ie(ue,he,xe,Pe){const Ce=We=>({kind:"refused",reason:We}),De=q.exec(he.args.trim());if(!De)return Ce(`\`/accept\` takes the topic's number as the draft shows it, and \`--issues\` to open its action items as issues: \`/accept #12\` or \`/accept #12 --issues\`, not \`/accept ${he.args.slice(0,40).replace(/`/g,"'")}\`.`);const Ue=Number(De[1]),ze=ue.bot.get(V.TG),Xe=ze?(0,V.Tq)(ze.body):null;if(!Xe)return Ce("There is no draft of the minutes to accept: a facilitator uploads the transcript on the meeting's room page first.");const He=Xe.topics.find(We=>We.topic===Ue);if(!He||!ue.discussions.some(We=>We.topic===Ue))return Ce(`#${Ue} is not in the draft minutes: the draft has ${Xe.topics.map(We=>`#${We.topic}`).join(", ")||"no topic"}.`);if([...ue.records.values()].some(We=>We.some(it=>it.type==="accept"&&it.topic===Ue)))return Ce(`#${Ue}'s draft was accepted already: add to it with \`/outcome #${Ue} \u2026\` or \`/takeaway #${Ue} \u2026\`.`);const et=O(He,he.lines);return"refused"in et?Ce(et.refused):et.outcome===null&&et.takeaways.length===0&&et.actionItems.length===0?Ce("Nothing to accept: the draft of this topic is empty."):{kind:"done",events:[{type:"accept",at:xe,topic:Ue,by:Pe,outcome:et.outcome,takeaways:et.takeaways,actionItems:et.actionItems,issues:De[2]==="--issues"}],status:[],close:!1}}var Y=g(3450),D=g(6851);const C=new Set(["start","next","extend","end","checkin","schedule","close-votes","accept"]),Q=new Set(["join","leave","outcome","takeaway",...C]),A=ue=>`meeting:${ue}`,ce="meeting-state",be=ue=>`roman-vote:${ue}`;function pe(ue,he,xe){const Pe=Ne(ue,he,xe);if(Pe)return Z(Pe);if(he.name==="accept")return ie(ue,he,xe.at,xe.login);if(ue.endedAt)return Z("This meeting has ended. Open a new meeting issue for the next one.");const Ce=M.get(he.name);if(!Ce)return Z(`I do not know \`/${he.name}\` on a meeting. Type \`/help\` for the commands.`);const De=ue.startedAt?[]:[{type:"start",at:xe.at}];return Ce({meeting:ue,command:he,ctx:xe,start:De,current:ue.current})}const Z=ue=>({kind:"refused",reason:ue}),I=(ue,he=[],xe=!1)=>({kind:"done",events:ue,status:he,close:xe}),M=new Map([["start",({start:ue})=>I(ue)],["next",W],["extend",se],["checkin",E],["end",_],["close-votes",z],["schedule",ye]]);function W({meeting:ue,ctx:he,start:xe,current:Pe}){const{at:Ce}=he,De=[...xe],Ue=[];if(Pe){const Ke=(0,Y.wV)(ue,Pe.vote),et=Ve("next",Pe.until,Ce,Ke);if(et==="extend")return I([...De,tt(Pe,he,Ke)]);const We=et==="close-by-vote";De.push({type:"close-topic",at:Ce,topic:Pe.topic,up:We?Ke.up:null,down:We?Ke.down:null}),Ue.push({topic:Pe.topic,to:"discussed"})}const ze=st(ue,he.board);if(!ze)return I(De,Ue);const{sponsorMinutes:Xe,discussionMinutes:He}=he.config.meetings;return De.push({type:"topic",at:Ce,topic:ze.topic.number,sponsor:ze.topic.sponsor,until:(0,Y.z5)(Ce,Xe+He),vote:be(he.commentId)}),Ue.push({topic:ze.topic.number,to:"discussing"}),I(De,Ue)}function se({meeting:ue,ctx:he,start:xe,current:Pe}){if(!Pe)return Z("No topic is on the table: `/next` takes the top of the queue.");const{at:Ce}=he,De=(0,Y.wV)(ue,Pe.vote);return Ve("extend",Pe.until,Ce,De)==="extend"?I([...xe,tt(Pe,he,De)]):I([...xe,{type:"close-topic",at:Ce,topic:Pe.topic,up:De.up,down:De.down}],[{topic:Pe.topic,to:"discussed"}])}function E({command:ue,ctx:he}){const xe=ue.args.trim().toLowerCase(),Pe=he.config.meetings.checkins,Ce=xe?Pe.find(De=>De.name===xe):Pe[0];return Ce?I([{type:"checkin",at:he.at,set:Ce.name,answer:Ce.answer,statements:Ce.statements.map((De,Ue)=>({text:De,marker:Ce.answer==="vote"?`checkin:${he.commentId}:${Ue}`:A(he.commentId)}))}]):Z(`There is no check-in called "${xe.slice(0,40)}". The check-ins are: ${Pe.map(De=>De.name).join(", ")}.`)}function _({ctx:ue,start:he,current:xe}){return I([...he,{type:"end",at:ue.at}],xe?[{topic:xe.topic,to:"discussed"}]:[],!0)}function z({ctx:ue}){const he=(0,w.X2)(ue.config.votes);return ue.board.closed?Z("The voting round is closed already: its counts are shown."):I([{type:"close-votes",at:ue.at,round:he}])}function ye({meeting:ue,ctx:he}){if(ue.form.format!=="unconference")return Z("`/schedule` plans an unconference: set this meeting's Format to Unconference first.");const xe=Se(ue,he.board,he.at);return xe?I([xe]):Z("There are no topics to discuss yet: nothing to schedule.")}const Me=new Set(["close-votes","schedule"]);function Ne(ue,he,xe){const Pe=!ue.trusted&&(0,de.q)(ue.host,xe.login);return Me.has(he.name)?xe.facilitates?ue.trusted?void 0:`This meeting is ${ue.host}'s own, not one the group's facilitators opened: \`/${he.name}\` acts on the whole board, so give it in a meeting a facilitator opened.`:`Only the group's facilitators can \`/${he.name}\`: ${Fe(xe.config)}.`:xe.facilitates||Pe?void 0:`Only a facilitator runs this meeting: ${ue.trusted?"":`its host, ${ue.host}, and `}${Fe(xe.config)} can \`/${he.name}\`.`}function Fe(ue){const he=ue.facilitators.length>0?[ue.facilitators.map(Ce=>`\`${Ce}\``).join(", ")]:[],xe=ue.facilitatorRoles.length>0?[`people with the ${ue.facilitatorRoles.join(", ")} role on the repository`]:[],Pe=[...he,...xe];return Pe.length>0?`${Pe.join(" and ")} (\`facilitators\` and \`facilitatorRoles\` in .github/roundtable.yml)`:"nobody yet: name them in `facilitators` in .github/roundtable.yml"}function Se(ue,he,xe,Pe=null){const Ce=(0,D.$)(ue.form,he.queue.toDiscuss,Pe);return Ce&&{type:"schedule",at:xe,...Ce}}function Ve(ue,he,xe,Pe){return ue==="next"&&Date.parse(xe)<Date.parse(he)?"close":Pe.up>Pe.down?"extend":"close-by-vote"}function nt(ue,he){return ue[Math.min(he,ue.length-1)]}function st(ue,he){const xe=new Set(ue.discussions.map(Pe=>Pe.topic));return he.queue.toDiscuss.find(Pe=>!xe.has(Pe.topic.number))}function tt(ue,he,xe){const Pe=nt(he.config.meetings.extensionMinutes,ue.extensions.length),Ce=Date.parse(he.at)>Date.parse(ue.until)?he.at:ue.until;return{type:"extend",at:he.at,topic:ue.topic,minutes:Pe,until:(0,Y.z5)(Ce,Pe),up:xe.up,down:xe.down,vote:be(he.commentId)}}}),6851:((_e,ge,g)=>{g.d(ge,{$:()=>hn});function w(t,a){const o={...de},r=X(t,a,o);ae(t,r.inCell,o),P(t,r.inSlot,o);for(const l of r.trackRooms.values())o.tracksSplit+=l.size-1;return o}const de={asked:0,placed:0,requestedTimesMissed:0,roomsTooSmallForTop:0,roomsTooSmallForBottom:0,conflicts:0,trackClashes:0,attendance:0,tornVoters:0,tracksSplit:0,emptyRoomSlots:0,chairClashes:0,groupClashes:0,roomClashes:0,sessionTwiceInSlot:0,tooManyMeetings:0,plenaryRulesBroken:0,unknownPlaces:0};function X(t,a,o){const r={inSlot:new Map,inCell:new Map,trackRooms:new Map},l={rooms:new Map(t.rooms.map(i=>[i.name,i])),slots:new Set(t.slots.map(i=>i.id)),hasPlenary:t.rooms.some(i=>i.plenary),hasBreakout:t.rooms.some(i=>!i.plenary)};for(const i of t.sessions){const d=a[i.id]??[];o.asked+=i.meetings,o.placed+=Math.min(d.length,i.meetings),d.length>i.meetings&&(o.tooManyMeetings+=d.length-i.meetings);const p=$(l,i,d,o,r);if(i.requestedSlots){const b=i.requestedSlots.filter(T=>p.has(T)).length;o.requestedTimesMissed+=Math.min(i.meetings,i.requestedSlots.length)-Math.min(b,i.meetings)}}return r}function $(t,a,o,r,l){const i=new Set;for(const d of o){const p=t.rooms.get(d.room);if(!p||!t.slots.has(d.slot)){r.unknownPlaces++;continue}i.has(d.slot)&&r.sessionTwiceInSlot++,i.add(d.slot),l.inSlot.set(d.slot,[...l.inSlot.get(d.slot)??[],a.id]);const b=`${d.slot}\0${d.room}`;l.inCell.set(b,(l.inCell.get(b)??0)+1);const T=a.estimate?a.estimate.max??a.estimate.min:0;p.seats<T&&r.roomsTooSmallForTop++,p.seats<(a.estimate?.min??0)&&r.roomsTooSmallForBottom++,(a.kind==="plenary"?!p.plenary&&t.hasPlenary:p.plenary&&t.hasBreakout)&&r.plenaryRulesBroken++;for(const x of a.tracks)l.trackRooms.set(x,(l.trackRooms.get(x)??new Set).add(d.room))}return i}function ae(t,a,o){const r=new Map(t.rooms.map(l=>[l.name,l]));for(const[l,i]of a){const d=r.get(l.split("\0")[1]),p=i-(d?.holds??1);p>0&&(d?.plenary?o.plenaryRulesBroken+=p:o.roomClashes+=p)}o.emptyRoomSlots=t.slots.length*t.rooms.length-a.size}function P(t,a,o){const r=new Map(t.sessions.map(l=>[l.id,l]));for(const l of a.values()){const i=[...new Set(l)].map(b=>r.get(b)).filter(b=>b!==void 0),d=b=>{const T=new Map;for(const k of i)for(const x of b(k))T.set(x,(T.get(x)??0)+1);return[...T.values()].reduce((k,x)=>k+x-1,0)};o.chairClashes+=d(b=>b.chairs),o.groupClashes+=d(b=>b.groups);for(const[b,T]of i.entries())for(const k of i.slice(b+1))(T.avoid.includes(k.id)||k.avoid.includes(T.id))&&o.conflicts++,T.tracks.some(x=>k.tracks.includes(x))&&o.trackClashes++;const p=new Map;for(const b of i)for(const T of b.voters)p.set(T,(p.get(T)??0)+1);o.attendance+=p.size,o.tornVoters+=[...p.values()].filter(b=>b>1).length}}var O=g(1916),V=g(8027);class q extends null{name="ScheduleInputError"}const ie={"":{expected:'an object with "rooms", "slots" and "sessions"',fix:"see docs/schedule-format.md for the format and examples/schedule-problem.json"},format:{expected:'"neutral-schedule/1" or no "format"',fix:'write "format": "neutral-schedule/1"'},event:{expected:'an object such as {"plenaryRoom": "Hall", "plenaryHolds": 5}',fix:'remove "event" or give it that shape'},"event.plenaryRoom":{expected:"the name of one of the rooms, or null",fix:"name the room that holds plenary sessions, or write null"},"event.plenaryHolds":{expected:"a whole number from 1 to 100",fix:"write how many sessions the plenary room holds at once"},rooms:{expected:'a list of at least one room, such as [{"name": "Room 1", "capacity": 30}]',fix:'add "rooms" to the file'},"rooms.*":{expected:'a room such as {"name": "Room 1", "capacity": 30}',fix:"write each room as an object"},"rooms.*.name":{expected:"a non-empty text",fix:"give the room a name"},"rooms.*.capacity":{expected:"a whole number of seats above 0, or null for 30",fix:"write the seats the room has"},"rooms.*.plenary":{expected:"true or false",fix:"write true for a room that holds plenary sessions"},slots:{expected:'a list of at least one slot, such as [{"id": "mon-1", "day": "2026-03-02", "start": "09:00", "end": "10:30"}]',fix:'add "slots" to the file'},"slots.*":{expected:'a slot such as {"id": "mon-1", "day": "2026-03-02", "start": "09:00", "end": "10:30"}',fix:"write each slot as an object"},"slots.*.id":{expected:"a non-empty text",fix:"give the slot an id"},"slots.*.day":{expected:"a text such as 2026-03-02",fix:"write the slot's day"},"slots.*.start":{expected:"a time HH:MM from 00:00 to 23:59",fix:"write it as 09:00"},"slots.*.end":{expected:"a time HH:MM from 00:00 to 23:59",fix:"write it as 10:30"},sessions:{expected:'a list of sessions, such as [{"id": 1, "title": "\u2026", "chairs": ["ann"]}]',fix:'add "sessions" to the file'},"sessions.*":{expected:'a session such as {"id": 1, "title": "\u2026", "chairs": ["ann"]}',fix:"write each session as an object"},"sessions.*.id":{expected:"a whole number or a non-empty text",fix:"give the session a whole-number id such as 12, or a text id"},"sessions.*.title":{expected:"a text",fix:"write the title in quotes"},"sessions.*.chairs":{expected:'a list of logins such as ["ann", "bob"]',fix:"list the chairs' logins"},"sessions.*.chairs.*":{expected:"a non-empty login",fix:"remove the empty chair"},"sessions.*.groups":{expected:'a list of group names such as ["css"]',fix:"list the groups that meet in it"},"sessions.*.groups.*":{expected:"a non-empty name",fix:"remove the empty group"},"sessions.*.estimate":{expected:'null or {"min": 10, "max": 30} (max null: open-ended)',fix:"write the expected attendance as min and max"},"sessions.*.estimate.min":{expected:"a whole number from 0",fix:"write the fewest people expected"},"sessions.*.estimate.max":{expected:"a whole number above 0, or null for open-ended",fix:"write the most people expected"},"sessions.*.requestedSlots":{expected:'null (any slot) or a list of slot ids such as ["mon-1"]',fix:"list the ids of the slots it asks for"},"sessions.*.requestedSlots.*":{expected:"a slot id",fix:"write the id in quotes"},"sessions.*.meetings":{expected:"a whole number from 1 to 1000",fix:"write how many times the session meets"},"sessions.*.avoidConflictsWith":{expected:"a list of session ids such as [3, 7]",fix:"list the ids of the sessions it should not overlap"},"sessions.*.avoidConflictsWith.*":{expected:"a whole number or a non-empty text",fix:"write the id of another session"},"sessions.*.tracks":{expected:'a list of track names such as ["media"]',fix:"list its tracks"},"sessions.*.tracks.*":{expected:"a non-empty name",fix:"remove the empty track"},"sessions.*.type":{expected:'"breakout" or "plenary"',fix:'write "breakout" or "plenary"'},"sessions.*.voters":{expected:'a list of logins such as ["ann"]',fix:"list who wants to attend"},"sessions.*.voters.*":{expected:"a non-empty login",fix:"remove the empty voter"},"sessions.*.pinned":{expected:"true or false",fix:"write true to keep it where recorded"},"sessions.*.recorded":{expected:'null or a list of places such as [{"slot": "mon-1", "room": "Room 1"}]',fix:"list where it was published"},"sessions.*.recorded.*":{expected:'a place such as {"slot": "mon-1", "room": "Room 1"}',fix:"write the slot id and the room name"},"sessions.*.recorded.*.slot":{expected:"a slot id",fix:"write the slot id"},"sessions.*.recorded.*.room":{expected:"a room name",fix:"write the room name"},assignment:{expected:'an object of session ids to places, as "roundtable schedule --json" prints it',fix:"give --keep the --json output of an earlier run"},"assignment.*":{expected:'a list of places such as [{"slot": "mon-1", "room": "Room 1"}]',fix:"give --keep the --json output of an earlier run"},"assignment.*.*":{expected:'a place such as {"slot": "mon-1", "room": "Room 1"}',fix:"give --keep the --json output of an earlier run"}};function Y(t){if(t===void 0)return"nothing";const a=JSON.stringify(t)??String(t);return a.length>60?`${a.slice(0,57)}\u2026`:a}function D(t,a){const o=a.map(String).join(".");if(a[0]!=="sessions"||typeof a[1]!="number"||a[2]==="id")return o;const l=t.sessions?.[a[1]]?.id;return typeof l!="string"&&typeof l!="number"?o:[`sessions.${a[1]} (#${l})`,...a.slice(2).map(String)].join(".")}function C(t){const a=t.map(String);for(const[o,r]of Object.entries(fieldHelp)){const l=o===""?[]:o.split(".");if(l.length===a.length&&l.every((i,d)=>i==="*"||i===a[d]))return r}}function Q(t,a){let o=t;for(const r of a){if(o===null||typeof o!="object")return;o=o[r]}return o}function A(t,a,o){const r=o.issues[0],l=r?.path??[],i=C(l),d=i?.expected??r?.message.replace(/^Invalid input: /,"")??"",p=l.length?`${D(a,l)}: `:"",b=i?`; ${i.fix}`:"";return new ScheduleInputError(`${t}: ${p}expected ${d}, got ${Y(Q(a,l))}${b}`,{cause:o,where:{file:t,key:l.map(String).join(".")}})}function ce(t,a=!1){const[o,r]=t.split(":").map(Number),l=o*60+r;return a&&l===0?1440:l}function be(t,a){if(a.length===0)return"";const o=closest(t,a);return distance(t,o)<=Math.max(2,Math.floor(o.length/3))?` (did you mean ${JSON.stringify(o)}?)`:""}function pe(t){const a=t.slice(0,4).map(o=>JSON.stringify(o));return t.length>4?`${a.join(", ")}, \u2026`:a.join(", ")}function Z(t,a){const o=(r,l)=>{throw new ScheduleInputError(`${a}: ${wherePath(t,r)}: ${l}`,{where:{file:a,key:r.map(String).join(".")}})};I(t,o),M(t,o),W(t,o)}function I(t,a){const o=t.rooms.map(l=>l.name),r=t.event.plenaryRoom;r!==null&&!o.includes(r)&&a(["event","plenaryRoom"],`expected one of the rooms (${pe(o)}), got ${shown(r)}${be(r,o)}; add that room to "rooms" or correct the name`),E(o,(l,i)=>a(["rooms",i,"name"],`${shown(o[i])} is also the name of rooms.${l}; give each room its own name`))}function M(t,a){const o=t.slots.map(r=>r.id);E(o,(r,l)=>a(["slots",l,"id"],`${shown(o[l])} is also the id of slots.${r}; give each slot its own id`)),t.slots.forEach((r,l)=>{ce(r.end,!0)<=ce(r.start)&&a(["slots",l,"end"],`expected a time after its start ${r.start}, got ${shown(r.end)}; a slot that runs past midnight ends at "00:00" and the next day's slot starts there`),t.slots.slice(0,l).forEach((i,d)=>{if(i.day!==r.day)return;ce(r.start)<ce(i.end,!0)&&ce(i.start)<ce(r.end,!0)&&a(["slots",l],`${r.start}\u2013${r.end} overlaps slots.${d} (${shown(i.id)}, ${i.start}\u2013${i.end}) on ${shown(r.day)}; slots of one day must not overlap, since a chair in both would be in two places: move one, or merge them into one slot`)})})}function W(t,a){const o=t.sessions.map(r=>r.id);E(o,(r,l)=>a(["sessions",l,"id"],`${o[l]} is also the id of sessions.${r}; give each session its own id`)),t.sessions.forEach((r,l)=>{r.estimate&&r.estimate.max!==null&&r.estimate.max<r.estimate.min&&a(["sessions",l,"estimate"],`expected min \u2264 max, got min ${r.estimate.min} and max ${r.estimate.max}; swap them, or write max null for "${r.estimate.min} or more"`),se(t,r,l,o,a)})}function se(t,a,o,r,l){const i=t.rooms.map(p=>p.name),d=t.slots.map(p=>p.id);(a.requestedSlots??[]).forEach((p,b)=>{d.includes(p)||l(["sessions",o,"requestedSlots",b],`expected one of the slot ids (${pe(d)}), got ${shown(p)}${be(p,d)}; correct the id or add that slot`)}),a.avoidConflictsWith.forEach((p,b)=>{r.includes(p)||l(["sessions",o,"avoidConflictsWith",b],`no session has id ${p}; remove it or add that session`)}),(a.recorded??[]).forEach((p,b)=>{d.includes(p.slot)||l(["sessions",o,"recorded",b,"slot"],`expected one of the slot ids (${pe(d)}), got ${shown(p.slot)}${be(p.slot,d)}; correct the id or remove the place`),i.includes(p.room)||l(["sessions",o,"recorded",b,"room"],`expected one of the rooms (${pe(i)}), got ${shown(p.room)}${be(p.room,i)}; correct the name or remove the place`)})}function E(t,a){const o=new Map;for(const[r,l]of t.entries()){const i=o.get(l);if(i!==void 0){a(i,r);return}o.set(l,r)}}var _=g(2857);const z=_.KCZ([_.YjP().trim().min(1),_.Whr().nonnegative()]).transform(String),ye=_.YjP().regex(/^([01]\d|2[0-3]):[0-5]\d$/),Me=_.YjP().trim().min(1),Ne=_.Ikc({slot:Me,room:Me}),Fe=_.Ikc({format:_.euz("neutral-schedule/1").optional(),event:_.Ikc({plenaryRoom:Me.nullable().default(null),plenaryHolds:_.Whr().positive().max(100).default(5)}).default({plenaryRoom:null,plenaryHolds:5}),rooms:_.YOg(_.Ikc({name:Me,capacity:_.Whr().positive().nullable().optional(),plenary:_.zMY().optional()})).min(1),slots:_.YOg(_.Ikc({id:Me,day:_.YjP(),start:ye,end:ye})).min(1),sessions:_.YOg(_.Ikc({id:z,title:_.YjP().default(""),chairs:_.YOg(Me).default([]),groups:_.YOg(Me).default([]),estimate:_.Ikc({min:_.Whr().nonnegative(),max:_.Whr().positive().nullable()}).nullable().default(null),requestedSlots:_.YOg(Me).nullable().default(null),meetings:_.Whr().positive().max(1e3).default(1),avoidConflictsWith:_.YOg(z).default([]),tracks:_.YOg(Me).default([]),type:_.k5n(["breakout","plenary"]).default("breakout"),voters:_.YOg(Me).default([]),pinned:_.zMY().default(!1),recorded:_.YOg(Ne).nullable().default(null)}))}),Se=_.Ikc({assignment:_.g1P(_.YjP(),_.YOg(Ne))}),Ve=30;function nt(t){return t.replace(/ in JSON at position \d+[\s\S]*$/,"").replace(/, "[\s\S]*" is not valid JSON$/,"")}function st(t,a){const o=t.replace(/^\uFEFF/,"");if(o.trim()==="")throw new ScheduleInputError(`${a}: the file is empty; expected a problem in JSON, see docs/schedule-format.md`);try{return JSON.parse(o)}catch(r){const l=r.message,i=/at position (\d+)/.exec(l),d=i?o.slice(0,Number(i[1])).split(`
`):null,p=d?`:${d.length}:${(d.at(-1)?.length??0)+1}`:"";throw new ScheduleInputError(`${a}${p}: not JSON (${nt(l)}); mend the JSON there, see docs/schedule-format.md`,{cause:r,where:{file:a}})}}function tt(t,a,o){const r=st(a,o),l=t.safeParse(r);if(!l.success)throw schemaError(o,r,l.error);return l.data}const ue=t=>t.trim().replace(/^@/,"").toLowerCase();function he(t,a="problem"){const o=tt(problemSchema,t,a);checkProblem(o,a);const r=o.event.plenaryRoom,l=o.sessions.map(i=>({id:i.id,title:i.title,chairs:[...new Set(i.chairs.map(ue))],groups:[...new Set(i.groups.map(d=>d.trim().toLowerCase()))],estimate:i.estimate,requestedSlots:i.requestedSlots?[...new Set(i.requestedSlots)]:null,meetings:i.meetings,avoid:i.avoidConflictsWith.filter(d=>d!==i.id),tracks:[...new Set(i.tracks.map(d=>d.trim().toLowerCase()))],kind:i.type,voters:[...new Set(i.voters.map(ue))],pinned:i.pinned,recorded:i.recorded??[]}));return{rooms:o.rooms.map(i=>{const d=i.plenary===!0||i.name===r;return{name:i.name,seats:i.capacity??Ve,plenary:d,holds:d?o.event.plenaryHolds:1}}),slots:o.slots.map(({id:i,day:d,start:p,end:b})=>({id:i,day:d,start:p,end:b})),sessions:l}}function xe(t,a="keep"){return tt(keepSchema,t,a).assignment}class Pe{to=[];cap=[];cost=[];out=[];node(){return this.out.push([]),this.out.length-1}edge(a,o,r,l=0){if(!(r<=0))for(const[i,d,p,b]of[[a,o,r,l],[o,a,0,-l]])this.out[i]?.push(this.to.length),this.to.push(d),this.cap.push(p),this.cost.push(b)}minCostMaxFlow(a,o){let r=0,l=0;const i=this.out.length;for(;;){const d=new Array(i).fill(Number.POSITIVE_INFINITY),p=new Array(i).fill(-1),b=new Array(i).fill(!1);d[a]=0;const T=[a];b[a]=!0;for(let x=0;x<T.length;x++){const oe=T[x];b[oe]=!1;for(const Ie of this.out[oe]){if(this.cap[Ie]<=0)continue;const je=this.to[Ie],Le=d[oe]+this.cost[Ie];Le<d[je]&&(d[je]=Le,p[je]=Ie,b[je]||(b[je]=!0,T.push(je)))}}if(p[o]===-1)return{flow:r,cost:l};let k=Number.POSITIVE_INFINITY;for(let x=o;x!==a;x=this.to[p[x]^1])k=Math.min(k,this.cap[p[x]]);for(let x=o;x!==a;x=this.to[p[x]^1]){const oe=p[x];this.cap[oe]=this.cap[oe]-k,this.cap[oe^1]=this.cap[oe^1]+k}r+=k,l+=k*d[o]}}maxFlow(a,o){const r=this.out.length;let l=0;for(;;){const i=new Array(r).fill(-1);i[a]=0;const d=[a];for(let T=0;T<d.length;T++){const k=d[T];for(const x of this.out[k]){const oe=this.to[x];this.cap[x]>0&&i[oe]===-1&&(i[oe]=i[k]+1,d.push(oe))}}if(i[o]===-1)return l;const p=new Array(r).fill(0),b=(T,k)=>{if(T===o)return k;const x=this.out[T];for(;p[T]<x.length;p[T]=p[T]+1){const oe=x[p[T]],Ie=this.to[oe];if(this.cap[oe]<=0||i[Ie]!==i[T]+1)continue;const je=b(Ie,Math.min(k,this.cap[oe]));if(je>0)return this.cap[oe]=this.cap[oe]-je,this.cap[oe^1]=this.cap[oe^1]+je,je}return 0};for(let T=b(a,Number.POSITIVE_INFINITY);T>0;T=b(a,Number.POSITIVE_INFINITY))l+=T}}}function Ce(t){return{unplaced:ze(De(t),a=>Math.max(0,a.reduce((o,r)=>o+(t.problem.sessions[r]?.meetings??0),0)-t.T)),seatableTop:He(t,t.top),seatableBottom:He(t,t.bottom),missed:ze(De(t),a=>Ke(t,a)),trackClashes:ze(Ue(t),a=>et(t,a))}}function De(t){const a=new Map;return t.keys.forEach((o,r)=>{for(const l of o.slice(1))a.set(l,[...a.get(l)??[],r])}),[...a.values()].filter(o=>o.length>1)}function Ue(t){const a=new Map;return t.tracks.forEach((o,r)=>{for(const l of o)a.set(l,[...a.get(l)??[],r])}),[...a.values()].filter(o=>o.length>1)}function ze(t,a){const o=t.map(i=>({sessions:i,n:a(i)})).filter(i=>i.n>0).sort((i,d)=>d.n-i.n),r=new Set;let l=0;for(const i of o)if(!i.sessions.some(d=>r.has(d))){for(const d of i.sessions)r.add(d);l+=i.n}return l}function Xe(t,a,o,r,l){const i=o.problem.sessions[r]?.meetings??0,d=o.need[r],p=o.requested[r],b=t.node(),T=t.node();t.edge(a,b,d),t.edge(a,T,i-d);for(let k=0;k<o.T;k++){const x=l(k);if(x<0)continue;const oe=t.node();t.edge(oe,x,1),p?.[k]&&t.edge(b,oe,1),t.edge(T,oe,1)}}function He(t,a){const o=new Pe,r=o.node(),l=o.node(),i=new Map,d=p=>{const b=t.problem.rooms.flatMap((x,oe)=>t.allowed[p]?.[oe]?[oe]:[]),T=b.join(",");let k=i.get(T);if(!k){const x=[...new Set(b.map(oe=>t.seats[oe]))].sort((oe,Ie)=>oe-Ie);k=Array.from({length:t.T},()=>{const oe=x.map(Ie=>({seats:Ie,node:o.node()}));return oe.forEach((Ie,je)=>{const Le=b.filter(Qe=>t.seats[Qe]===Ie.seats).reduce((Qe,bt)=>Qe+t.holds[bt],0);o.edge(Ie.node,l,Le);const Ee=oe[je+1];Ee&&o.edge(Ie.node,Ee.node,Number.MAX_SAFE_INTEGER)}),oe}),i.set(T,k)}return k};for(let p=0;p<t.S;p++){const b=d(p),T=a[p];Xe(o,r,t,p,k=>b[k]?.find(x=>x.seats>=T)?.node??-1)}return o.maxFlow(r,l)}function Ke(t,a){const o=new Pe,r=o.node(),l=o.node(),i=Array.from({length:t.T},()=>o.node());for(const p of i)o.edge(p,l,1);let d=0;for(const p of a){d+=t.need[p];const b=t.requested[p];if(!b)continue;const T=o.node();o.edge(r,T,t.need[p]),b.forEach((k,x)=>{k&&o.edge(T,i[x],1)})}return d-o.maxFlow(r,l)}function et(t,a){const o=new Pe,r=o.node(),l=o.node(),i=Array.from({length:t.T},()=>o.node());i.forEach(T=>{for(let k=0;k<a.length;k++)o.edge(T,l,1,k)});let d=0;for(const T of a)d+=t.problem.sessions[T]?.meetings??0,Xe(o,r,t,T,k=>i[k]);const{flow:p,cost:b}=o.minCostMaxFlow(r,l);return p===d?b:0}function We(t){const a=Ce(t),o=kt(t,it(t));return{placed:Pt(t,a.unplaced),missed:Math.max(o.missed,a.missed),tooSmallTop:o.tooSmallTop,tooSmallBottom:o.tooSmallBottom,seatableTop:a.seatableTop,seatableBottom:a.seatableBottom,moved:dt(t),conflicts:o.conflicts,trackClashes:o.trackClashes,trackClashesAllPlaced:Math.max(o.trackClashes,a.trackClashes),attendance:It(t)}}function it(t){const a=Array.from({length:t.T},()=>[]);return t.requested.forEach((o,r)=>{const l=o?.filter(Boolean).length??0;if(!(!o||l>(t.problem.sessions[r]?.meetings??0)))for(let i=0;i<t.T;i++)o[i]&&a[i]?.push(r)}),a}function Pt(t,a){const o=t.problem.sessions,r=t.holds.reduce((i,d)=>i+d,0),l=o.reduce((i,d)=>i+d.meetings,0);return Math.min(o.reduce((i,d)=>i+Math.min(d.meetings,t.T),0),r*t.T,l-a)}function kt(t,a){const o=t.holds.reduce((l,i)=>l+i,0),r={missed:0,tooSmallTop:0,tooSmallBottom:0,conflicts:0,trackClashes:0};for(const l of a){const i=new Map;for(const p of l)for(const b of t.keys[p])i.set(b,(i.get(b)??0)+1);const d=Math.max(0,...[...i.values()].map(p=>p-1));r.missed+=Math.max(l.length-o,d),r.tooSmallTop+=l.length-pt(t,l,t.top),r.tooSmallBottom+=l.length-pt(t,l,t.bottom);for(const p of l)for(const b of l)b<=p||(t.avoid[p]?.includes(b)&&r.conflicts++,t.trackmates[p]?.includes(b)&&r.trackClashes++)}return r}function dt(t){let a=t.lostAnchors.reduce((o,r)=>o+r,0);return t.problem.sessions.forEach((o,r)=>{const l=t.requested[r];if(!l)return;const i=t.meetingsOf[r].filter(d=>{const p=t.anchor[d];return p>=0&&!l[p/t.R|0]}).length;a+=Math.max(0,i-(o.meetings-t.need[r]))}),a}function It(t){const a=new Map;return t.voters.forEach((o,r)=>{const l=t.problem.sessions[r]?.meetings??1;for(const i of o)a.set(i,(a.get(i)??0)+l)}),[...a.values()].reduce((o,r)=>o+Math.min(r,t.T),0)}function pt(t,a,o){const r=[],l=[];t.seats.forEach((T,k)=>{for(let x=0;x<t.holds[k];x++)r.push(T),l.push(k)});const i=new Array(r.length).fill(-1),d=(T,k)=>t.allowed[T]?.[l[k]]===!0&&r[k]>=o[T],p=(T,k)=>{for(let x=0;x<r.length;x++){if(k[x]||!d(T,x))continue;k[x]=!0;const oe=i[x];if(oe===-1||p(a[oe],k))return i[x]=a.indexOf(T),!0}return!1};let b=0;for(const T of a)p(T,new Array(r.length).fill(!1))&&b++;return b}const ft=["unplaced","missed","tooSmallTop","moved","tooSmallBottom","conflicts","negAttendance","trackSplits"],[m,R,J,ee,ve,N,K,te]=[0,1,2,3,4,5,6,7];function re(t,a){for(let o=0;o<t.length;o++){const r=t[o]-a[o];if(r!==0)return r<0?-1:1}return 0}class Te{model;cell;occupants;keyCount;voterCount;trackRoom;trackSize;kept;objective;constructor(a){this.model=a;const{T:o,R:r,K:l,V:i,NT:d,S:p}=a;this.cell=new Int32Array(a.meetingSession.length).fill(-1),this.occupants=Array.from({length:o*r},()=>[]),this.keyCount=new Int32Array(o*l),this.voterCount=new Int32Array(o*i),this.trackRoom=new Int32Array(d*r),this.trackSize=new Int32Array(d),this.kept=new Int32Array(p),this.objective=ft.map(()=>0),this.objective[m]=a.meetingSession.length,this.objective[R]=a.need.reduce((b,T)=>b+T,0),this.objective[ee]=a.anchor.filter(b=>b>=0).length}canPlace(a,o){const{R:r,K:l}=this.model,i=this.model.meetingSession[a],d=o%r;if(!this.model.allowed[i]?.[d]||this.occupants[o].length>=this.model.holds[d])return!1;const p=(o/r|0)*l;for(const b of this.model.keys[i])if(this.keyCount[p+b]!==0)return!1;return!0}meetsIn(a,o){const r=this.model.keys[a][0];return this.keyCount[o*this.model.K+r]!==0}place(a,o){this.update(a,o,1),this.cell[a]=o,this.occupants[o].push(a)}unplace(a){const o=this.cell[a],r=this.occupants[o];r.splice(r.indexOf(a),1),this.cell[a]=-1,this.update(a,o,-1)}update(a,o,r){const l=this.model,{R:i,K:d,V:p}=l,b=this.objective,T=l.meetingSession[a],k=o/i|0,x=o%i;if(r<0)for(const Le of l.keys[T])Be(this.keyCount,k*d+Le,-1);if(b[m]=b[m]-r,l.requested[T]?.[k]){const Le=l.need[T],Ee=Math.min(this.kept[T],Le);this.kept[T]=this.kept[T]+r,b[R]=b[R]-(Math.min(this.kept[T],Le)-Ee)}const oe=l.seats[x];oe<l.top[T]&&(b[J]=b[J]+r),oe<l.bottom[T]&&(b[ve]=b[ve]+r),l.anchor[a]===o&&(b[ee]=b[ee]-r);let je=0;for(const Le of l.avoid[T])this.meetsIn(Le,k)&&je++;for(const Le of l.trackmates[T])this.meetsIn(Le,k)&&je++;b[N]=b[N]+r*je;for(const Le of l.voters[T]){const Ee=k*p+Le,Qe=Be(this.voterCount,Ee,r);(r>0&&Qe===1||r<0&&Qe===0)&&(b[K]=b[K]-r)}for(const Le of l.tracks[T]){const Ee=Le*i+x;r<0&&(Be(this.trackRoom,Ee,-1),Be(this.trackSize,Le,-1));const Qe=this.trackSize[Le]-this.trackRoom[Ee];b[te]=b[te]+r*Qe,r>0&&(Be(this.trackRoom,Ee,1),Be(this.trackSize,Le,1))}if(r>0)for(const Le of l.keys[T])Be(this.keyCount,k*d+Le,1)}}function Be(t,a,o){const r=t[a]+o;return t[a]=r,r}function qe(t,a){const o=new Te(t);return a.forEach((r,l)=>{r.forEach((i,d)=>{const p=t.meetingsOf[l]?.[d];p!==void 0&&o.place(p,i)})}),o}function Ze(t,a){const o=qe(t,a),{T:r,R:l,problem:i}=t,d=[];return i.sessions.forEach((p,b)=>{const T=p.meetings-(a[b]?.length??0);if(T<=0)return;const k=new Map,x=Ie=>k.set(Ie,(k.get(Ie)??0)+1);for(let Ie=0;Ie<r;Ie++){if(o.meetsIn(b,Ie)){x("it meets then already");continue}let je=!1;for(let Ee=0;Ee<l;Ee++){const Qe=Ie*l+Ee;t.allowed[b]?.[Ee]&&o.occupants[Qe].length<t.holds[Ee]&&(je=!0)}if(!je){x("every room is taken");continue}const Le=t.keys[b].slice(1).find(Ee=>i.sessions.some((Qe,bt)=>bt!==b&&t.keys[bt].includes(Ee)&&o.meetsIn(bt,Ie)));if(Le!==void 0){const[Ee,Qe]=t.keyNames[Le].split(/:(.*)/);x(Ee==="chair"?`its chair ${Qe} is in another session`:`its group ${Qe} meets in another session`)}else x("a room is free but taking it would cost another session its requested time")}const oe=[...k].sort((Ie,je)=>je[1]-Ie[1]).map(([Ie,je])=>`${Ie} ${je===r?"in every slot":`in ${je} of ${r} slots`}`).join("; ");d.push({session:p.id,title:p.title,missing:T,reason:oe})}),d}function ct(t,a,o){const{problem:r}=t,l=new Set(r.rooms.map(x=>x.name)),i=new Set(r.slots.map(x=>x.id)),d=x=>`${x.slot}\0${x.room}`,p=new Map;for(const[x,oe]of Object.entries(o))for(const Ie of oe)p.set(d(Ie),[...p.get(d(Ie))??[],x]);const b=[];let T;const k=()=>(T??=Et(r,a,o),T);for(const x of r.sessions){const oe=a[x.id]??[],Ie=o[x.id]??[],je=new Set(oe.map(d).filter(Ee=>Ie.some(Qe=>d(Qe)===Ee))),Le=Ie.filter(Ee=>!oe.some(Qe=>d(Qe)===d(Ee)));for(const Ee of oe){if(je.has(d(Ee)))continue;const Qe=Le.shift()??null;let bt;if(!i.has(Ee.slot))bt=`its slot ${Ee.slot} is gone`;else if(!l.has(Ee.room))bt=`its room ${Ee.room} is gone`;else if(x.requestedSlots&&!x.requestedSlots.includes(Ee.slot))bt=`it no longer asks for ${Ee.slot}`;else{const an=(p.get(d(Ee))??[]).filter(gn=>gn!==x.id);bt=an.length?St(r,an,Ee):Nt(r,x,Ee,Qe,k())}b.push({session:x.id,from:Ee,to:Qe,why:bt})}}return b}const yt=t=>t?.estimate?t.estimate.max??t.estimate.min:0;function St(t,a,o){const r=t.rooms.find(l=>l.name===o.room)?.seats??0;for(const l of a){const i=t.sessions.find(p=>p.id===l);if(i?.requestedSlots?.includes(o.slot))return`so session #${l} keeps its requested time`;const d=yt(i);if(d>0&&r>=d)return`so session #${l} fits its estimate (${d} in ${r} seats)`}return`it made way for #${a.join(", #")}`}function Nt(t,a,o,r,l){const i=p=>t.rooms.find(b=>b.name===p.room)?.seats??0,d=yt(a);return r&&i(r)>=d&&i(o)<d?`so it fits its estimate (${d} in ${i(r)} seats, not ${i(o)})`:l??"so the changed sessions fit with as few moves as this"}function Et(t,a,o){const r=new Set(t.rooms.map(k=>k.name)),l=new Set(t.slots.map(k=>k.id)),i={};for(const k of t.sessions)i[k.id]=(a[k.id]??[]).filter(x=>r.has(x.room)&&l.has(x.slot));const d=w(t,i),p=w(t,o),b=k=>k.chairClashes+k.groupClashes;if(b(p)<b(d))return"so no chair or group is in two places at once (the kept schedule had them so)";if(p.placed>d.placed)return`so ${p.placed-d.placed} more meetings are placed`;if(p.requestedTimesMissed<d.requestedTimesMissed)return`so ${d.requestedTimesMissed-p.requestedTimesMissed} more requested times are kept`;if(p.roomsTooSmallForTop<d.roomsTooSmallForTop)return`so ${d.roomsTooSmallForTop-p.roomsTooSmallForTop} fewer meetings sit in rooms below their estimate`;if(p.roomsTooSmallForBottom<d.roomsTooSmallForBottom)return`so ${d.roomsTooSmallForBottom-p.roomsTooSmallForBottom} fewer meetings sit in rooms below their estimate's bottom`;const T=k=>k.conflicts+k.trackClashes+k.chairClashes+k.groupClashes;return T(p)<T(d)?`so ${T(d)-T(p)} fewer sessions clash`:null}function At(t,a){const o=Number(t),r=Number(a);return Number.isFinite(o)&&Number.isFinite(r)&&o!==r?o-r:t<a?-1:t>a?1:0}function Tt(t){const a=t.problem.sessions;return a.map((o,r)=>r).sort((o,r)=>+(t.need[r]>0)-+(t.need[o]>0)||t.top[r]-t.top[o]||t.need[o]-t.need[r]||a[r]?.meetings-a[o]?.meetings||t.voters[r]?.length-t.voters[o]?.length||At(a[o]?.id,a[r]?.id))}function Lt(t,a,o){const{R:r,seats:l,meetingSession:i,top:d}=t.model,p=d[i[a]];let b=-1,T=Number.POSITIVE_INFINITY;for(let k=0;k<r;k++){if(!t.canPlace(a,o*r+k))continue;const x=l[k],oe=x>=p?x:1e9-x;oe<T&&(T=oe,b=o*r+k)}return b}function Dt(t){const a=t.model,o=a.meetingSession.length;for(let r=0;r<2;r++)for(let l=0;l<o;l++){const i=a.anchor[l];i<0||t.cell[l]!==-1||r===0!==a.pinned[l]||t.canPlace(l,i)&&t.place(l,i)}for(const r of Tt(a))for(const l of a.meetingsOf[r]){if(t.cell[l]!==-1)continue;const i=Vt(t,l);i>=0&&t.place(l,i)}}function Vt(t,a){const{T:o,R:r}=t.model;let l=-1,i=null,d=0;for(let p=0;p<o;p++){const b=Lt(t,a,p);if(b<0)continue;t.place(a,b);const T=[...t.objective];t.unplace(a);let k=0;for(let oe=0;oe<r;oe++)k+=t.occupants[p*r+oe].length;const x=i?re(T,i):-1;(x<0||x===0&&k<d)&&(l=b,i=T,d=k)}return l}function _t(t,a,o){const r=a-o[m],l=o[R]===0,i=r===a?t.trackClashesAllPlaced:t.trackClashes;return[a-t.placed,t.missed,l?Math.max(t.tooSmallTop,r-t.seatableTop):0,l?t.moved:0,l?Math.max(t.tooSmallBottom,r-t.seatableBottom):0,l?t.conflicts+i:0,-t.attendance,0]}function Mt(t,a){const o=[];for(const[r,l]of t.entries()){if(l>a[r])break;o.push(l)}return o}function Rt(t,a){const o=t.model,r=o.meetingSession.length;let l=0,i=!0;for(;i&&l<a;){i=!1;for(let d=0;d<r&&l<a;d++){if(o.pinned[d]&&t.cell[d]===o.anchor[d])continue;const p=Ut(t,d);l+=p.evaluations,p.improved&&(i=!0)}}return l}function Ut(t,a){const o=t.model,{T:r,R:l}=o,i=o.meetingSession[a],d=t.cell[a],p=o.requested[i],b=d>=0&&p?.[d/l|0]===!0;let T=0;for(let k=0;k<r;k++)if(!(b&&!p?.[k]))for(let x=0;x<l;x++){const oe=k*l+x;if(oe===d||!o.allowed[i]?.[x])continue;const Ie=t.occupants[oe];if(T++,Ie.length<o.holds[x]){if(xt(t,a,oe))return{improved:!0,evaluations:T}}else if(Ie.length===1){const je=Ie[0];if(o.pinned[je]||o.meetingSession[je]===i)continue;if(d>=0?zt(t,a,je):Ht(t,a,je))return{improved:!0,evaluations:T}}}return{improved:!1,evaluations:T}}function xt(t,a,o){const r=[...t.objective],l=t.cell[a];if(l>=0&&t.unplace(a),t.canPlace(a,o)){if(t.place(a,o),re(t.objective,r)<0)return!0;t.unplace(a)}return l>=0&&t.place(a,l),!1}function zt(t,a,o){const r=[...t.objective],l=t.cell[a],i=t.cell[o];if(t.unplace(a),t.unplace(o),t.canPlace(a,i)){if(t.place(a,i),t.canPlace(o,l)){if(t.place(o,l),re(t.objective,r)<0)return!0;t.unplace(o)}t.unplace(a)}return t.place(a,l),t.place(o,i),!1}function Ht(t,a,o){const r=[...t.objective],l=t.cell[o];if(t.unplace(o),t.canPlace(a,l)){t.place(a,l);let i=-1,d=[...t.objective];const p=t.model.T*t.model.R;for(let b=0;b<p;b++)b===l||!t.canPlace(o,b)||(t.place(o,b),re(t.objective,d)<0&&(i=b,d=[...t.objective]),t.unplace(o));if(i>=0&&t.place(o,i),re(t.objective,r)<0)return!0;i>=0&&t.unplace(o),t.unplace(a)}return t.place(o,l),!1}const Kt=3e3;function ot(t,a,o){t.set(a,(t.get(a)??0)+o)}function ht(t){const a=[];for(const[o,r]of t)r!==0&&a.push(`${r<0?"-":"+"} ${Math.abs(r)} ${o}`);return a.length?a.join(" "):"0 dummy"}function Wt(t){let a=0;for(let o=0;o<t.S;o++)a+=t.T*t.allowed[o].filter(Boolean).length;return a}function Gt(t){const{T:a,R:o,S:r}=t,l={model:t,mip:{levels:ft.map(()=>({terms:new Map,constant:0})),constraints:[],bounds:[],binaries:[],placements:new Map,classes:G(t)},inSlot:Array.from({length:r},()=>Array.from({length:a},()=>new Map)),cellRows:Array.from({length:a*o},()=>new Map),keyRows:new Map},i=t.requested.every(d=>d===null)&&t.anchor.every(d=>d<0);for(let d=0;d<r;d++)h(l,d,i?Math.min(a,d+1):a);return S(l),L(l),F(l),l.mip}function ut(t,a){return t.mip.levels[a]}function h(t,a,o){const{model:r}=t,l=r.meetingsOf[a],i={meetings:new Map,anchors:new Set(l.map(p=>r.anchor[p]).filter(p=>p>=0)),pinnedCells:new Set(l.filter(p=>r.pinned[p]).map(p=>r.anchor[p]))};ut(t,m).constant+=r.problem.sessions[a]?.meetings??0,ut(t,R).constant+=r.need[a],ut(t,ee).constant+=i.anchors.size;for(let p=0;p<o;p++)for(let b=0;b<r.R;b++)!r.allowed[a]?.[b]||!t.mip.classes.has(b)||y(t,i,[a,p,b]);const d=r.problem.sessions[a]?.meetings??0;t.mip.constraints.push(`${ht(i.meetings)} <= ${d}`)}function y(t,a,[o,r,l]){const{model:i,mip:d}=t,p=`x_${o}_${r}_${l}`,b=r*i.R+l;d.placements.set(p,[o,r,l]),d.binaries.push(p),ot(a.meetings,p,1),ot(t.inSlot[o]?.[r],p,1),ot(t.cellRows[b],p,1);for(const T of i.keys[o]){const k=t.keyRows.get(`${T}_${r}`)??new Map;ot(k,p,1),t.keyRows.set(`${T}_${r}`,k)}ot(ut(t,m).terms,p,-1),i.requested[o]?.[r]&&ot(ut(t,R).terms,p,-1),i.seats[l]<i.top[o]&&ot(ut(t,J).terms,p,1),i.seats[l]<i.bottom[o]&&ot(ut(t,ve).terms,p,1),a.anchors.has(b)&&ot(ut(t,ee).terms,p,-1),a.pinnedCells.has(b)&&d.bounds.push(`${p} = 1`);for(const T of i.tracks[o]){const k=`u_${T}_${l}`;d.constraints.push(`${ht(new Map([[p,1],[k,-1]]))} <= 0`),d.binaries.includes(k)||(d.binaries.push(k),ot(ut(t,te).terms,k,1))}}function S(t){const{model:a,mip:o}=t;t.cellRows.forEach((r,l)=>{const d=(o.classes.get(l%a.R)??[]).reduce((p,b)=>p+a.holds[b],0);r.size&&o.constraints.push(`${ht(r)} <= ${d}`)});for(const r of t.keyRows.values())r.size>1&&o.constraints.push(`${ht(r)} <= 1`)}function L(t){const{model:a,mip:o}=t;for(let r=0;r<a.S;r++)for(const l of[...a.avoid[r],...a.trackmates[r]])if(!(l<=r))for(let i=0;i<a.T;i++){const d=`w_${r}_${l}_${i}_${o.constraints.length}`,p=new Map(t.inSlot[r]?.[i]);for(const[b,T]of t.inSlot[l]?.[i]??[])ot(p,b,T);ot(p,d,-1),o.constraints.push(`${ht(p)} <= 1`),o.bounds.push(`0 <= ${d} <= 1`),ot(ut(t,N).terms,d,1)}}function F(t){const{model:a,mip:o}=t,r=new Map;a.voters.forEach((l,i)=>{for(const d of l)r.set(d,[...r.get(d)??[],i])});for(const[l,i]of r)for(let d=0;d<a.T;d++){const p=`z_${l}_${d}`,b=new Map([[p,1]]);for(const T of i)for(const[k,x]of t.inSlot[T]?.[d]??[])ot(b,k,-x);o.constraints.push(`${ht(b)} <= 0`),o.bounds.push(`0 <= ${p} <= 1`),ot(ut(t,K).terms,p,-1)}}function G(t){const a=new Map,o=t.NT===0&&t.anchor.every(l=>l<0),r=new Map;return t.problem.rooms.forEach((l,i)=>{const d=o?`${l.seats}/${l.plenary}/${l.holds}`:String(i),p=r.get(d);p===void 0?(r.set(d,i),a.set(i,[i])):a.get(p)?.push(i)}),a}function U(t,a,o){const r=t.levels[a].terms,l=t.constraints.map((i,d)=>` c${d}: ${i}`);return o.forEach((i,d)=>{const{terms:p,constant:b}=t.levels[d];p.size&&l.push(` f${d}: ${ht(p)} <= ${i-b}`)}),["Minimize",` obj: ${ht(r)}`,"Subject To",...l,"Bounds",...t.bounds.map(i=>` ${i}`)," dummy = 0","Binary",...t.binaries.map(i=>` ${i}`),"End"].join(`
`)}function me(t,a,o){const r=Gt(t),l=[],i=[];let d=null,p=!0;for(let b=0;b<r.levels.length;b++){const{terms:T,constant:k}=r.levels[b],x=o.proved[b];if(T.size===0||x!==void 0){const Qe=T.size===0?k:x;l.push(Qe),i.push(null),p&&=Qe===o.incumbent[b];continue}const oe=p?[...l,o.incumbent[b]]:l,Ie=o.clock(),je=a.solve(U(r,b,oe),{output_flag:!1,mip_max_nodes:o.nodes,mip_rel_gap:0}),Ee=je.Status==="Optimal"||H(je)?Math.round(je.ObjectiveValue+k):null;if(i.push({status:je.Status,value:Ee,ms:o.clock()-Ie}),Ee===null)break;d=je.Columns,l.push(Ee),p&&=Ee===o.incumbent[b]}return{cells:d?$e(t,r,d):null,levels:i}}function H(t){return/limit reached/i.test(t.Status)&&Number.isFinite(t.ObjectiveValue)&&Object.keys(t.Columns??{}).length>0}function $e(t,a,o){const r=Array.from({length:t.S},()=>[]),l=new Map;for(const[i,[d,p,b]]of a.placements){if((o[i]?.Primal??0)<.5)continue;const k=(a.classes.get(b)??[b]).find(oe=>(l.get(p*t.R+oe)??0)<t.holds[oe]),x=p*t.R+(k??b);l.set(x,(l.get(x)??0)+1),r[d]?.push(x)}return r}function Ae(t,a=null){const o=Je(t),r=lt(t),l=Ge(t,a);return{problem:t,T:t.slots.length,R:t.rooms.length,S:t.sessions.length,K:o.keyNames.length,V:o.voterCount,NT:o.trackCount,seats:t.rooms.map(i=>i.seats),holds:t.rooms.map(i=>i.holds),allowed:at(t),keyNames:o.keyNames,keys:o.keys,requested:wt(t),need:t.sessions.map(i=>Math.min(i.meetings,i.requestedSlots?.length??0)),top:t.sessions.map(i=>i.estimate?i.estimate.max??i.estimate.min:0),bottom:t.sessions.map(i=>i.estimate?.min??0),avoid:r.avoid,trackmates:r.trackmates,voters:o.voters,tracks:o.tracks,...l}}function Re(t,a){let o=t.get(a);return o===void 0&&(o=t.size,t.set(a,o)),o}function Je(t){const a=new Map,o=new Map,r=new Map,l=t.sessions.map(p=>[Re(a,`session:${p.id}`),...p.chairs.map(b=>Re(a,`chair:${b}`)),...p.groups.map(b=>Re(a,`group:${b}`))]),i=t.sessions.map(p=>p.tracks.map(b=>Re(r,b))),d=t.sessions.map(p=>p.voters.map(b=>Re(o,b)));return{keys:l,keyNames:[...a.keys()],tracks:i,trackCount:r.size,voters:d,voterCount:o.size}}function lt(t){const a=new Map(t.sessions.map((l,i)=>[l.id,i])),o=t.sessions.map(()=>[]),r=t.sessions.map(()=>[]);return t.sessions.forEach((l,i)=>{for(const d of l.avoid){const p=a.get(d);p===void 0||p===i||(o[i]?.includes(p)||o[i]?.push(p),o[p]?.includes(i)||o[p]?.push(i))}t.sessions.forEach((d,p)=>{p!==i&&l.tracks.some(b=>d.tracks.includes(b))&&r[i]?.push(p)})}),{avoid:o,trackmates:r}}function Ge(t,a){const o=t.rooms.length,r=new Map(t.slots.map((d,p)=>[d.id,p])),l=new Map(t.rooms.map((d,p)=>[d.name,p])),i={meetingSession:[],anchor:[],pinned:[],meetingsOf:[],lostAnchors:[]};return t.sessions.forEach((d,p)=>{const b=a?.[d.id]??(d.pinned?d.recorded:[]),T=b.flatMap(x=>{const oe=r.get(x.slot),Ie=l.get(x.room);return oe===void 0||Ie===void 0?[]:[oe*o+Ie]});i.lostAnchors.push(Math.min(b.length,d.meetings)-Math.min(T.length,d.meetings));const k=[];for(let x=0;x<d.meetings;x++)k.push(i.meetingSession.length),i.meetingSession.push(p),i.anchor.push(T[x]??-1),i.pinned.push(d.pinned&&T[x]!==void 0);i.meetingsOf.push(k)}),i}function at(t){const a=t.rooms.some(r=>r.plenary),o=t.rooms.some(r=>!r.plenary);return t.sessions.map(r=>t.rooms.map(l=>r.kind==="plenary"?l.plenary||!a:!l.plenary||!o))}function wt(t){const a=new Map(t.slots.map((o,r)=>[o.id,r]));return t.sessions.map(o=>{if(!o.requestedSlots)return null;const r=t.slots.map(()=>!1);for(const l of o.requestedSlots)r[a.get(l)]=!0;return r})}function jt(t,a,o){const r=t.asked,l=p=>o.levels[p]?.bound??null,i=l(5)!==null,d=t.requestedTimesMissed===0;return{method:o.method,levels:o.levels,ms:o.ms,optimal:o.levels.every(p=>p.gap===0),evaluations:o.evaluations,meetings:{asked:r,placed:t.placed,bound:r-(l(0)??0)},requestedTimesMissed:{value:t.requestedTimesMissed,bound:l(1)},roomsTooSmallForTop:{value:t.roomsTooSmallForTop,bound:l(2)},roomsTooSmallForBottom:{value:t.roomsTooSmallForBottom,bound:l(4)},moved:o.keep?{value:o.moved,bound:l(3)}:null,conflicts:{value:t.conflicts,bound:i?d?a.conflicts:0:null},trackClashes:{value:t.trackClashes,bound:i?d?t.placed===r?a.trackClashesAllPlaced:a.trackClashes:0:null},attendance:{value:t.attendance,bound:l(6)===null?null:-l(6)},tornVoters:t.tornVoters,tracksSplit:{value:t.tracksSplit,bound:l(7)},emptyRoomSlots:t.emptyRoomSlots,chairClashes:t.chairClashes,groupClashes:t.groupClashes,roomClashes:t.roomClashes+t.sessionTwiceInSlot+t.tooManyMeetings+t.unknownPlaces,plenaryRulesBroken:t.plenaryRulesBroken,greedy:{placed:r-o.greedyObjective[0],requestedTimesMissed:o.greedyObjective[1],roomsTooSmallForTop:o.greedyObjective[2],attendance:-o.greedyObjective[6]}}}const Ft=4e6,Bt=2e3;function Qt(t,a={}){const o={...t,sessions:[...t.sessions].sort((je,Le)=>At(je.id,Le.id))},r=a.clock??(()=>0),l=a.keep??null,i=r(),d=Ae(o,l),p=Zt(d,o,l,a.budget??Ft),b=We(d),T=r()-i,k=rn(d,b,p.state,a,r),x=en(d,k.cells),oe=d.meetingSession.length,Ie=Jt(k.objective,_t(b,oe,k.objective),k.mip,{method:k.method,searchMs:T});return{assignment:x,unscheduled:Ze(d,k.cells),moves:l?ct(d,l,x):[],stats:jt(w(o,x),b,{method:k.method,evaluations:p.evaluations,keep:l!==null||d.anchor.some(je=>je>=0),moved:un(l,x,o),greedyObjective:p.greedyObjective,levels:Ie,ms:{search:T,mip:k.mipMs}})}}function Zt(t,a,o,r){let l=new Te(t);Dt(l);const i=[...l.objective];let d=Rt(l,r);if(o){const p=gt(t,a,r);d+=p.evaluations,re(p.state.objective,l.objective)<0&&(l=p.state)}return{state:l,greedyObjective:i,evaluations:d}}function rn(t,a,o,r,l){const i={cells:Xt(o),objective:[...o.objective],method:"local-search",mip:[],mipMs:0},d=t.meetingSession.length,p=Mt(i.objective,_t(a,d,i.objective));if(p.length>=i.objective.length||!r.solver||Wt(t)>Kt)return i;const b=l(),T=me(t,r.solver,{nodes:r.mipNodes??Bt,proved:p,incumbent:i.objective,clock:l});i.mipMs=l()-b,i.mip=T.levels;const k=T.cells?$t(t,T.cells):null;return!T.cells||!k||re(k,i.objective)>=0?i:{...i,cells:T.cells,objective:k,method:"mip"}}function gt(t,a,o){const r=new Te(Ae(a,null));Dt(r);let l=Rt(r,o);const i=new Te(t);return t.pinned.forEach((d,p)=>{const b=t.anchor[p];d&&i.canPlace(p,b)&&i.place(p,b)}),r.cell.forEach((d,p)=>{d>=0&&i.cell[p]===-1&&i.canPlace(p,d)&&i.place(p,d)}),Dt(i),l+=Rt(i,o),{state:i,evaluations:l}}function $t(t,a){const o=new Te(t);for(const[r,l]of a.entries())for(const[i,d]of l.entries()){const p=t.meetingsOf[r]?.[i];if(p===void 0||!o.canPlace(p,d))return null;o.place(p,d)}return[...o.objective]}function Jt(t,a,o,r){let l=!0;return ft.map((i,d)=>{const p=t[d],b=o[d]??null,T=r.method==="mip"&&b!==null,k=T&&b.status==="Optimal"&&b.value===p,x=p<=a[d],oe=l?k?p:a[d]:null;return l&&=x||k,{level:i,value:p,bound:oe,gap:oe===null?null:p-oe,method:T?"HiGHS":x&&l?"bound":"local search",status:b?.status??null,ms:b?b.ms:0}})}function dn(t){return mipSize(buildModel(t))<=mipVariableLimit}function Xt(t){const a=Array.from({length:t.model.S},()=>[]);return t.cell.forEach((o,r)=>{o>=0&&a[t.model.meetingSession[r]]?.push(o)}),a}function en(t,a){const{problem:o,R:r}=t,l={};return o.sessions.forEach((i,d)=>{const p=[...a[d]??[]].sort((b,T)=>b-T);l[i.id]=p.map(b=>({slot:o.slots[b/r|0]?.id,room:o.rooms[b%r]?.name}))}),l}function un(t,a,o){if(!t)return 0;let r=0;for(const l of o.sessions){const i=new Set((a[l.id]??[]).map(d=>`${d.slot}\0${d.room}`));r+=(t[l.id]??[]).filter(d=>!i.has(`${d.slot}\0${d.room}`)).length}return r}var mn=g(3618),pn=g(6506);const tn=Number.MAX_SAFE_INTEGER;function fn(t,a){const o=t.roomList.length?t.roomList.map(i=>({name:i.name,seats:i.seats??tn})):Array.from({length:t.rooms},(i,d)=>({name:`Room ${d+1}`,seats:tn})),r=new Map(t.slotStarts.map((i,d)=>[i,String(d+1)])),l=new Set(a.map(i=>String(i.topic.number)));return{rooms:o.map(i=>({...i,plenary:!1,holds:1})),slots:Array.from({length:t.slots},(i,d)=>({id:String(d+1),day:t.date??"",start:t.slotStarts[d]??"",end:""})),sessions:[...a].sort((i,d)=>i.topic.number-d.topic.number).map(i=>{const d=(0,mn.k)(i.topic.body??"",pn.d),p=d.preferredSlots.flatMap(b=>r.get(b)??[]);return{id:String(i.topic.number),title:i.topic.title,chairs:[...new Set([i.topic.sponsor,...d.cochairs].flatMap(b=>b?[b.toLowerCase()]:[]))],groups:[],estimate:d.estimate,requestedSlots:p.length?[...new Set(p)]:null,meetings:1,avoid:d.conflicts.map(String).filter(b=>l.has(b)),tracks:[],kind:"breakout",voters:[...new Set(i.voters.map(b=>b.toLowerCase()))],pinned:!1,recorded:[]}})}}function xn(t,a,o,r=null){const l=new Map(t.map(k=>[String(k.id),k])),i={rooms:Array.from({length:o},(k,x)=>({name:`Room ${x+1}`,seats:0,plenary:!1,holds:1})),slots:Array.from({length:a},(k,x)=>({id:String(x+1),day:"",start:"",end:""})),sessions:[...l.values()].sort((k,x)=>k.id-x.id).map(k=>({id:String(k.id),title:"",chairs:k.sponsor?[k.sponsor.toLowerCase()]:[],groups:[],estimate:null,requestedSlots:null,meetings:1,avoid:[],tracks:[],kind:"breakout",voters:[...new Set(k.voters.map(x=>x.toLowerCase()))],pinned:!1,recorded:[]}))},d=solveSchedule(i,{solver:r}),p=k=>new Set(k.voters.map(x=>x.toLowerCase())).size,b=Array.from({length:a},()=>[]);for(const[k,x]of Object.entries(d.assignment))for(const oe of x)b[Number(oe.slot)-1]?.push(l.get(k));return{grid:b.map(k=>{const x=k.sort((oe,Ie)=>p(Ie)-p(oe)||oe.id-Ie.id);return Array.from({length:o},(oe,Ie)=>x[Ie]??null)}),attendance:d.stats.attendance.value,upperBound:i.sessions.reduce((k,x)=>k+x.voters.length,0),greedy:d.stats.greedy.attendance,greedyPlaced:d.stats.greedy.placed}}function hn(t,a,o=null){if(a.length===0)return null;const r=fn(t,a),l=Qt(r,{solver:o}),i=new Map(r.sessions.map(k=>[k.id,k.voters.length])),d=new Map(r.rooms.map((k,x)=>[k.name,x])),p=r.slots.map(()=>r.rooms.map(()=>null)),b=r.slots.map(()=>[]);for(const[k,x]of Object.entries(l.assignment))for(const oe of x){const Ie=Number(oe.slot)-1;b[Ie]?.push(k);const je=p[Ie];je&&(je[d.get(oe.room)]=Number(k))}t.roomList.length===0&&b.forEach((k,x)=>{const oe=k.sort((Ie,je)=>(i.get(je)??0)-(i.get(Ie)??0)||Number(Ie)-Number(je));p[x]=r.rooms.map((Ie,je)=>oe[je]===void 0?null:Number(oe[je]))});const T=new Set(Object.entries(l.assignment).flatMap(([k,x])=>x.length?[k]:[]));return{grid:p,attendance:l.stats.attendance.value,upperBound:r.sessions.reduce((k,x)=>k+x.voters.length,0),rooms:r.rooms.map(k=>({name:k.name,seats:k.seats===tn?null:k.seats})),expected:r.sessions.flatMap(k=>k.estimate&&T.has(k.id)?[{topic:Number(k.id),...k.estimate}]:[]),unplaced:l.unscheduled.map(k=>({topic:Number(k.session),reason:k.reason}))}}}),4834:((_e,ge,g)=>{g.d(ge,{TG:()=>de,Tq:()=>V});var w=g(2857);const de="minutes-draft",X=w.Ikc({who:w.YjP().optional(),what:w.YjP(),when:w.YjP().optional()}),$=w.Ikc({topics:w.YOg(w.Ikc({topic:w.aig().int(),title:w.YjP(),outcome:w.YjP(),takeaways:w.YOg(w.YjP()),actionItems:w.YOg(X)}))});function ae(q){return{topics:q.topics.map(ie=>({topic:ie.index,title:ie.title,outcome:ie.outcome,takeaways:ie.takeaways,actionItems:ie.actionItems}))}}function P(q){return`<!-- roundtable:minutes-draft-record ${JSON.stringify(q).replace(/</g,"\\u003c").replace(/>/g,"\\u003e")} -->`}const O=/\n<!-- roundtable:minutes-draft-record ([^\n]*) -->\s*$/;function V(q){const ie=O.exec(q);if(!ie)return null;try{const Y=$.safeParse(JSON.parse(ie[1]));return Y.success?Y.data:null}catch{return null}}}),8040:((_e,ge,g)=>{g.d(ge,{ov:()=>$,wL:()=>ae});var w=g(6466);const de=`name: Objective
description: A quarterly objective. Add its key results as sub-issues, opened from the Key result form.
labels: ["objective"]
type: Objective
body:
  - type: textarea
    id: what
    attributes:
      label: What do we want to achieve?
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why does it matter now?
  - type: input
    id: quarter
    attributes:
      label: Quarter
      description: Like 2026-Q4. Setting the issue's milestone to the quarter works too.
`,X=`name: Key result
description: A measurable key result of an objective. Open it as a sub-issue of its objective.
labels: ["key-result"]
type: Key result
body:
  - type: textarea
    id: what
    attributes:
      label: What will we measure?
    validations:
      required: true
  - type: input
    id: start
    attributes:
      label: Start value
      description: Where the number stood when the quarter began.
  - type: input
    id: target
    attributes:
      label: Target value
  - type: input
    id: current
    attributes:
      label: Current value
      description: Edit this as the number moves; the OKR page follows.
  - type: input
    id: unit
    attributes:
      label: Unit
      description: Like %, ms, customers.
`;function $(P){const O=(0,w.vq)(P,X),V=q=>{const ie=(0,w.ZF)(O,q).replace(/[,_\s%]/g,""),Y=Number(ie);return ie!==""&&Number.isFinite(Y)?Y:null};return{start:V("start"),target:V("target"),current:V("current"),unit:(0,w.ZF)(O,"unit")}}function ae(P){return(0,w.ZF)((0,w.vq)(P,de),"quarter")}}),5392:((_e,ge,g)=>{g.d(ge,{X:()=>O});var w=g(4209),de=g(984),X=g(8742),$=g(5565),ae=g(8040);const P=.1;function O(Y,D,C){const Q=D.roadmap.fiscalYearStart,A=(0,X.Or)(C,Q),{childrenOf:ce}=(0,w.g)(Y),be=new Map,pe=Z=>ce(Z).filter(I=>(0,de.VF)(I,"roadmap",D)).map(I=>({issue:I,topics:ce(I).filter(M=>(0,de.VF)(M,"topic",D))}));for(const Z of Y.issues){if(!(0,de.VF)(Z,"objective",D))continue;const I=V(Z,D);if(!I)continue;const M=ce(Z).filter(z=>(0,de.VF)(z,"keyResult",D)).map(z=>q(z,ce(z),pe(z))),W=M.length>0?M.reduce((z,ye)=>z+ye.progress,0)/M.length:Z.state==="closed"?1:0,se=(0,X.On)(I),E=be.get(se)??{quarter:I,elapsed:ie(I,A,C,Q),objectives:[]},_=W>=1?"done":E.elapsed>=1?"missed":W+P<E.elapsed?"at-risk":"on-track";E.objectives.push({issue:Z,keyResults:M,progress:W,status:_}),be.set(se,E)}return[...be.values()].sort((Z,I)=>(0,X.y2)(I.quarter,Z.quarter))}function V(Y,D){const C=D.project?Y.board?.fields[D.project.fields.quarter]:void 0;return C&&(0,X.es)(C)||Y.milestone&&(0,X.es)(Y.milestone)||(0,X.es)((0,ae.wL)(Y.body))||void 0}function q(Y,D,C){const Q=(0,$.gV)(Y),A=(0,ae.ov)(Y.body),ce={...A,current:Q.at(-1)?.value??A.current},{start:be,target:pe,current:Z}=ce;if(be!==null&&pe!==null&&Z!==null&&pe!==be){const se=Math.min(1,Math.max(0,(Z-be)/(pe-be)));return{issue:Y,numbers:ce,progress:se,measured:!0,subIssues:null,items:C,checkins:Q}}const I=Y.subIssuesSummary,M=I&&I.total>0?{total:I.total,completed:I.completed,percent:I.percentCompleted}:D.length>0?{total:D.length,completed:D.filter(se=>se.state==="closed").length,percent:100*D.filter(se=>se.state==="closed").length/D.length}:null,W=Y.state==="closed"?1:M?Math.min(1,Math.max(0,M.percent/100)):0;return{issue:Y,numbers:ce,progress:W,measured:!1,subIssues:M&&{total:M.total,completed:M.completed},items:C,checkins:Q}}function ie(Y,D,C,Q){const A=(0,X.y2)(D,Y);if(A<0)return 1;if(A>0)return 0;const ce=Date.parse(`${(0,X.R6)(Y,Q)}T00:00:00Z`),be=Date.parse(`${(0,X.R6)((0,X.gf)(Y),Q)}T00:00:00Z`);return Math.min(1,Math.max(0,(Date.parse(C)-ce)/(be-ce)))}}),1644:((_e,ge,g)=>{g.d(ge,{My:()=>q,P5:()=>O,eB:()=>ae});var w=g(6919),de=g(5539),X=g(3504),$=g(8742);const ae=[{key:"wentWell",prefix:"Went well:",title:"What went well"},{key:"accomplished",prefix:"Accomplished:",title:"Did we accomplish what we said?"},{key:"didntGoWell",prefix:"Didn't go well:",title:"What didn't go well"},{key:"learned",prefix:"Learned:",title:"What we learned"},{key:"start",prefix:"Start:",title:"Start"},{key:"stop",prefix:"Stop:",title:"Stop"},{key:"continue",prefix:"Continue:",title:"Continue"}],P=Y=>/<!-- roundtable:retro:([\w-]+) -->/.exec(Y.body)?.[1];function O(Y,D){const C=Y.issues.filter(Q=>Q.labels.some(A=>(0,de.q)(A,D.labels.actionItem)));return Y.issues.filter(Q=>Q.labels.some(A=>(0,de.q)(A,D.labels.retro))).flatMap(Q=>{const A=P(Q);if(!A)return[];const ce=(Q.comments??[]).filter(I=>!I.author.bot),be=ae.map(I=>({prompt:I,items:ce.filter(M=>M.body.trimStart().toLowerCase().startsWith(I.prefix.toLowerCase())).map(M=>({comment:M,text:M.body.trimStart().slice(I.prefix.length).trim()})).sort((M,W)=>W.comment.votes-M.comment.votes||M.comment.id-W.comment.id)})),pe=ce.flatMap(I=>V(I.body).map((M,W)=>{const se=(0,X.x)(`action:${Q.number}:${I.id}:${W}`);return{marker:se,text:M,owner:/(?:^|\s)@([A-Za-z0-9][A-Za-z0-9-]{0,38})\b/.exec(M)?.[1]??I.author.login,comment:I,issue:C.find(E=>E.body.includes(se))}})),Z=/^\d{4}-Q[1-4]$/.test(A)?{year:Number(A.slice(0,4)),q:Number(A.slice(6))}:void 0;return[{key:A,issue:Q,quarter:Z,answers:be,actionItems:pe}]}).sort((Q,A)=>Q.issue.createdAt.localeCompare(A.issue.createdAt))}function V(Y){const D=[],C=Y.trimStart();/^action:/i.test(C)&&D.push((C.slice(7).split(`
`)[0]??"").trim());for(const Q of Y.split(`
`)){const A=/^\s*[-*] \[ \] (.+)$/.exec(Q);A?.[1]&&D.push(A[1].trim())}return D.filter(Q=>Q.length>0)}function q(Y,D,C){const Q=O(Y,D),A=[],ce=D.roadmap.fiscalYearStart,be=(0,$.Or)(C.now,ce),pe=Date.parse(`${(0,$.R6)((0,$.gf)(be),ce)}T00:00:00Z`),Z=C.meeting!==void 0||pe-Date.parse(C.now)<=D.retro.daysBeforeEnd*864e5,I=C.meeting?`meeting-${C.meeting.number}`:(0,$.On)(be);if(Z&&!Q.some(M=>M.key===I)){const W=Q.at(-1)?.actionItems.filter(se=>se.issue&&se.issue.state==="open")??[];A.push({kind:"open-issue",marker:(0,X.x)(`retro:${I}`),title:C.meeting?`Retro: ${C.meeting.title}`:`Retro ${I}`,body:ie(I,W,C.meeting),labels:[D.labels.retro],assignees:[]})}for(const M of Q)for(const W of M.actionItems)W.issue||A.push({kind:"open-issue",marker:W.marker,title:(0,w.I)(W.text,90,"\u2026"),body:`From the retro #${M.issue.number}: ${W.comment.url}

> ${W.text}`,labels:[D.labels.actionItem],assignees:[W.owner]});return A}function ie(Y,D,C){const Q=[C?`The closing retro of #${C.number}.`:`The retrospective of ${Y}.`,""];return D.length>0&&Q.push("**Still open from the last retro:**","",...D.map(A=>`- [ ] #${A.issue?.number} ${A.text}`),""),Q.push("**How to answer:** one comment per point, starting with its prompt. \u{1F44D} a comment to vote for discussing it.","",...ae.map(A=>`- \`${A.prefix}\` ${A.title.toLowerCase()}`),"","Write `Action: \u2026` (or a task list item, `- [ ] \u2026`) for something someone will do; mention its owner with @. Roundtable opens each as an action-item issue."),Q.join(`
`)}}),2299:((_e,ge,g)=>{g.d(ge,{K:()=>X});var w=g(6466);const de=`name: Roadmap item
description: Propose something for the roadmap. It is weighed with the same questions as every other item.
labels: ["roadmap"]
type: Roadmap item
body:
  - type: textarea
    id: what
    attributes:
      label: What is it?
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why should we do it?
    validations:
      required: true
  - type: textarea
    id: problem
    attributes:
      label: What problem does it solve?
  - type: textarea
    id: assumptions
    attributes:
      label: What do we assume about our users?
  - type: textarea
    id: measure
    attributes:
      label: How will we measure success?
  - type: dropdown
    id: aligned
    attributes:
      label: Is it aligned with our mission, vision and values?
      options:
        - Strongly
        - Somewhat
        - Not really
    validations:
      required: true
  - type: dropdown
    id: impact
    attributes:
      label: What is its potential impact?
      options:
        - High
        - Medium
        - Low
    validations:
      required: true
  - type: dropdown
    id: effort
    attributes:
      label: What level of effort will it take?
      options:
        - Small (weeks)
        - Medium (a quarter)
        - Large (several quarters)
    validations:
      required: true
  - type: textarea
    id: success
    attributes:
      label: What does success look like?
  - type: dropdown
    id: important
    attributes:
      label: Is it the most important thing we could do?
      options:
        - "Yes"
        - Maybe
        - "No"
  - type: dropdown
    id: happy
    attributes:
      label: Will we be happy working on it?
      options:
        - "Yes"
        - Maybe
        - "No"
  - type: input
    id: reach
    attributes:
      label: Reach (people it touches in a quarter)
      description: Needed when the priority formula is RICE.
  - type: dropdown
    id: confidence
    attributes:
      label: How confident are we in these answers?
      description: Needed when the priority formula is ICE or RICE.
      options:
        - High
        - Medium
        - Low
`;function X($){const ae=(0,w.vq)($,de),P=(V,q)=>{const ie=(0,w.ZF)(ae,V).toLowerCase().split(/\s+/)[0]??"";return q.find(Y=>Y===ie)??null},O=Number((0,w.ZF)(ae,"reach").replace(/[,_\s]/g,""));return{aligned:P("aligned",["strongly","somewhat","not"]),impact:P("impact",["high","medium","low"]),effort:P("effort",["small","medium","large"]),important:P("important",["yes","maybe","no"]),happy:P("happy",["yes","maybe","no"]),confidence:P("confidence",["high","medium","low"]),reach:(0,w.ZF)(ae,"reach")!==""&&Number.isFinite(O)&&O>=0?O:null}}}),3160:((_e,ge,g)=>{g.d(ge,{Q:()=>O});var w=g(5539),de=g(4209),X=g(984),$=g(8742),ae=g(3738),P=g(2299);function O(D,C,Q){const A=C.roadmap.fiscalYearStart,ce=(0,$.Or)(Q,A),be=(0,$.gf)(ce),pe=(0,de.g)(D),Z=E=>{const _=pe.parentOf(E);return _&&(0,X.VF)(_,"keyResult",C)?_:null},I=D.issues.filter(E=>(0,X.VF)(E,"roadmap",C)).map(E=>({issue:E,lane:q(E,C),quarter:ie(E,C),shipped:E.state==="closed",votes:new Set(E.reactions.filter(_=>!_.bot).map(_=>_.login.toLowerCase())).size,sponsor:E.assignees[0]??null,priority:(0,ae.a)((0,P.K)(E.body),C.roadmap.priority),serves:Z(E),blockedBy:[]})).sort(Y);for(const E of I)E.blockedBy=V(E,D,C);const M=C.lanes.map(E=>({lane:E,thisQuarter:[],nextQuarter:[],later:[]})),W=[];for(const E of I){const _=M.find(ye=>ye.lane.key===E.lane?.key);if(!_||!E.quarter){E.shipped||W.push(E);continue}const z=(0,$.y2)(ce,E.quarter);z<0&&E.shipped||(z<=0?_.thisQuarter.push(E):z===1?_.nextQuarter.push(E):_.later.push(E))}const se=I.filter(E=>!E.shipped&&E.blockedBy.some(_=>_.tooEarly));return{current:ce,next:be,lanes:M,furtherIdeas:W,tooEarly:se}}function V(D,C,Q){return(D.issue.blockedBy??[]).flatMap(A=>{const ce=C.issues.find(Z=>Z.number===A);if(!ce||ce.state==="closed")return[];const be=ie(ce,Q),pe=!!D.quarter&&!!be&&(0,$.y2)(be,D.quarter)<0;return[{issue:ce,quarter:be,tooEarly:pe}]})}function q(D,C){const Q=C.project?D.board?.fields[C.project.fields.lane]:void 0;return C.lanes.find(A=>Q!==void 0&&(0,w.q)(A.name,Q))??C.lanes.find(A=>D.labels.some(ce=>(0,w.q)(ce,`lane:${A.key}`)))??null}function ie(D,C){const Q=C.project?D.board?.fields[C.project.fields.quarter]:void 0;return Q&&(0,$.es)(Q)||D.milestone&&(0,$.es)(D.milestone)||null}function Y(D,C){const Q=D.priority.value??-1;return(C.priority.value??-1)-Q||C.votes-D.votes||D.issue.number-C.issue.number}}),4587:((_e,ge,g)=>{g.d(ge,{z:()=>w});function w(de){const X=de.issues[0]?.url;return X?new URL(X).origin:"https://github.com"}}),5603:((_e,ge,g)=>{g.d(ge,{d5:()=>O,k6:()=>ie,gj:()=>V});var w=g(8027),de=g(5911);const X={"add-to-project":{how:"repeat",because:"addProjectV2ItemById answers with the item already there"},"set-field":{how:"repeat",because:"a value set twice is the value"},move:{how:"repeat",because:"a position set twice is the position"},"add-label":{how:"repeat",because:"a label added twice is on once"},"remove-label":{how:"repeat",because:"a label gone answers 404, taken as done"},"add-assignee":{how:"repeat",because:"an assignee added twice is assigned once"},"remove-assignee":{how:"repeat",because:"removing one not assigned changes nothing"},react:{how:"repeat",because:"GitHub answers a reaction already there with it (200)"},unreact:{how:"repeat",because:"the bot's reactions are listed, then each deleted; 404 is done"},"upsert-comment":{how:"look-first",key:"the marker, among the bot's own comments on the issue (edits are repeated)"},"comment-as-person":{how:"look-first",key:"the person's comment with the same words on the issue, made since the press"},"delete-comment":{how:"repeat",because:"a comment gone answers 404, taken as done"},"close-issue":{how:"repeat",because:"closing a closed issue changes nothing"},"open-issue":{how:"look-first",key:"the marker opening the body, among the newest issues"},"create-label":{how:"look-first",key:"the label's name (422 already_exists is done too)"},"create-field":{how:"look-first",key:"the field's name: the next plan reads the project and adds none already there"},"set-field-options":{how:"repeat",because:"the whole list of options is set"},notify:{how:"best-effort",because:"its key is recorded in the meeting's state"},"commit-pages":{how:"look-first",key:"the branch's head: a commit of unknown outcome is read back, and pages it holds are not written again (a pull request it lacks is opened)"},"write-ballots":{how:"look-first",key:"the ballots branch's head: a commit whose outcome is unknown is read back, and what it holds is not written again"},"invite-collaborator":{how:"look-first",key:"the person's login, among open invitations and collaborators"},"cancel-invitation":{how:"repeat",because:"an invitation gone answers 404, taken as done"},"remove-collaborator":{how:"repeat",because:"removing one already gone answers 204"},"post-status-update":{how:"look-first",key:"the week's marker opening the body, among the project's latest status updates"},"add-sub-issue":{how:"repeat",because:"a second add is refused (422), and the sub-issue's parent read back says it is done"},"create-issue-type":{how:"look-first",key:"the type's name among the organisation's types (422 already exists is done too)"},"create-iteration-field":{how:"look-first",key:"the field's name: the plan reads the project, and a name already taken is done"},"set-quarters":{how:"repeat",because:"the items' quarters are kept on the roundtable/quarters branch before the iterations are replaced; the next plan writes back what a stopped run left, and setting the same iterations and values again gives the same board"}};var $=g(7382),ae=g(8080),P=g(607);class O extends w.D9{applied;failed;notApplied;name="ApplyError";constructor(D,C,Q,A){super(`stopped at "${(0,$.xU)(C)}": ${A?.message??String(A)}. Applied ${D.length} of ${D.length+1+Q.length} changes; ${Q.length+1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,{cause:A}),this.applied=D,this.failed=C,this.notApplied=Q}}async function V(Y,D,C){const Q=[...D.filter(pe=>!(0,$.hs)(pe)),...D.filter($.hs)];if(C.dryRun){for(const pe of Q)if(C.log(`would ${(0,$.xU)(pe)}`),"body"in pe&&typeof pe.body=="string")for(const Z of pe.body.trimEnd().split(`
`))C.log(`    \u2502 ${Z}`);return[]}const A=new Map;for(const pe of C.project?.items??[])pe.issue!==null&&A.set(pe.issue,pe.id);const ce={github:Y,owner:C.owner,repo:C.repo,project:C.project,itemOf:A,...C.secrets?{secrets:C.secrets}:{},...C.post?{post:C.post}:{},...C.ballotSigner?{ballotSigner:C.ballotSigner}:{}},be=[];for(const[pe,Z]of Q.entries()){try{await(0,$.Cf)(Z,ce).catch(I=>{if(!(I instanceof P.DH)||X[Z.kind].how!=="repeat")throw I;return C.log(`${(0,$.xU)(Z)}: GitHub did not answer in time; sending it once more`),(0,$.Cf)(Z,ce)})}catch(I){if(!(0,$.hs)(Z))throw await q(Y,C,[...be,Z]),new O(be,Z,Q.slice(pe+1),I);const M=I instanceof Error?I:new Error(String(I));C.log(`could not ${(0,$.xU)(Z)}: ${M.message}`),C.onFailure?.(Z,M);continue}be.push(Z),C.log((0,$.xU)(Z))}return await q(Y,C,be),be}async function q(Y,D,C){if(!Y.reads)return;const Q=C.flatMap(A=>A.kind==="add-to-project"||A.kind==="set-field"?[A.issue]:[]);await(0,ae.gz)(Y.reads,`${D.owner}/${D.repo}`,[...new Set(Q)])}async function ie(Y,D,C){const{message:Q,mode:A,render:ce}=D,{owner:be,repo:pe,dryRun:Z,log:I}=C;return(0,de.zu)(Y,{owner:be,repo:pe,message:Q,mode:A,render:ce,dryRun:Z,log:I})}}),5911:((_e,ge,g)=>{g.d(ge,{zu:()=>C,z_:()=>D});var w=g(8027),de=g(3785),X=g(6059),$=g(2825);async function ae(Z,I,M,W,se,E){const _=await P(Z,I,M,W);if(_)return _;for(const z of E)if(await(0,X.y)(Z,I,M,`${W.defaultOid}:${z.path}`)!==z.content)return O(Z,I,M,W,se);return null}async function P(Z,I,M,W){const{data:se}=await(0,$.z)(Z,"GET /repos/{owner}/{repo}/pulls",{owner:I,repo:M,head:`${I}:${W.branch}`,state:"open"});return se[0]?{number:se[0].number,url:se[0].html_url}:void 0}async function O(Z,I,M,W,se){const E=async()=>{const ye=await P(Z,I,M,W);return ye&&{number:ye.number,html_url:ye.url}},_=await E();if(_)return{number:_.number,url:_.html_url};const z=await(0,de.Ur)(E,async()=>{const{data:ye}=await(0,$.z)(Z,"POST /repos/{owner}/{repo}/pulls",{owner:I,repo:M,head:W.branch,base:W.defaultBranch,title:se,body:"Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",...de.FY});return typeof ye=="object"&&ye?.number?ye:await E()??ye});return{number:z.number,url:z.html_url}}var V=g(9817),q=g(211);async function ie(Z,I,M,W,se){const E=await(0,q.P)(Z,V.rZ,{owner:I,name:M,qualifiedName:`refs/heads/${se}`}),_=E.repository?.defaultBranchRef;if(!_?.target)throw new w.D9(`${I}/${M} has no default branch to write pages to: push a first commit`);const{target:z}=_;if(W==="direct")return{branch:_.name,oid:z.oid,defaultBranch:_.name,defaultOid:z.oid,exists:!0};const ye=E.repository?.ref;return{branch:se,oid:ye?.target?.oid??z.oid,defaultBranch:_.name,defaultOid:z.oid,exists:ye!=null}}class Y extends w.D9{name="CommitConflictError"}const D="roundtable/pages";async function C(Z,I){const{owner:M,repo:W,log:se}=I,E=I.attempts??3,_=I.render(()=>{}).map(z=>z.path);for(let z=1;z<=E;z++){const ye=await ie(Z,M,W,I.mode==="direct"?"direct":"pull-request",I.branch??D),Me=await Q(Z,I,ye,_),Ne=I.render(Se=>Me.get(Se)),Fe=Ne.filter(Se=>Se.content!==Me.get(Se.path));if(Fe.length===0)return A(Z,I,ye,Ne);if(I.dryRun){for(const Se of Fe)se(`would write ${Se.path}`);return{commit:null,changed:Fe.map(Se=>Se.path),pullRequest:null}}ye.exists||await ce(Z,M,W,ye);try{const Se=await be(Z,M,W,ye,I.message,Fe);se(`committed ${Fe.map(nt=>nt.path).join(", ")} to ${ye.branch} (${Se.oid.slice(0,7)})`);const Ve=I.mode==="pull-request"?await O(Z,M,W,ye,I.message):null;return{commit:Se,changed:Fe.map(nt=>nt.path),pullRequest:Ve}}catch(Se){const Ve=!pe(Se)&&(0,de.Ld)(Se);if(!pe(Se)&&!Ve||Ve&&z>=E)throw Se;se(Ve?`the commit to ${ye.branch} may or may not have landed (${Se.message}): reading the branch again (attempt ${z} of ${E})`:`${ye.branch} moved while the pages were written (attempt ${z} of ${E}): reading it again`)}}throw new Y(`the branch kept moving while Roundtable wrote its pages (${E} attempts); nothing was written: run again`)}async function Q(Z,{owner:I,repo:M},W,se){const E=W.exists?W.oid:W.defaultOid,_=new Map;for(const z of se)_.set(z,await(0,X.y)(Z,I,M,`${E}:${z}`));return _}async function A(Z,I,M,W){I.log("pages: nothing changed, no commit");const{owner:se,repo:E}=I,_=I.mode==="pull-request"&&M.exists&&!I.dryRun?await ae(Z,se,E,M,I.message,W):null;return{commit:null,changed:[],pullRequest:_}}async function ce(Z,I,M,W){await(0,$.z)(Z,"POST /repos/{owner}/{repo}/git/refs",{owner:I,repo:M,ref:`refs/heads/${W.branch}`,sha:W.defaultOid})}async function be(Z,I,M,W,se,E){const z=(await(0,q.P)(Z,V.dD,{branch:{repositoryNameWithOwner:`${I}/${M}`,branchName:W.branch},expectedHeadOid:W.oid,message:{headline:se},fileChanges:{additions:E.map(ye=>({path:ye.path,contents:Buffer.from(ye.content,"utf8").toString("base64")}))}})).createCommitOnBranch?.commit;if(!z)throw new w.D9(`GitHub made no commit on ${W.branch}: run again`);return z}function pe(Z){const I=String(Z?.message??"");return/expectedHeadOid|expected branch to point to/i.test(I)}}),3785:((_e,ge,g)=>{g.d(ge,{FY:()=>de,Ld:()=>X,Ur:()=>ae,wR:()=>P});var w=g(9645);const de={request:{retries:0}};function X(O){if((0,w.H)(O))return!1;const V=O?.status;return V===void 0||V>=500}const $=(O,V)=>new Promise(q=>setTimeout(q,V*2**(O-1)));async function ae(O,V,{tries:q=3,baseMs:ie=P()}={}){for(let Y=1;;Y++)try{return await V()}catch(D){if(Y>=q||!X(D))throw D;await $(Y,ie);const C=await O();if(C!==void 0)return C}}function P(O=process.env){const V=Number(O.ROUNDTABLE_RETRY_BASE_MS);return O.ROUNDTABLE_RETRY_BASE_MS&&Number.isFinite(V)&&V>=0?V:1e3}}),7382:((_e,ge,g)=>{g.d(ge,{Cf:()=>ft,xU:()=>It,hs:()=>pt});var w=g(2825);const de={describe:m=>`assign ${m.login} to #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:J,repo:ee,issue_number:m.issue,assignees:[m.login]})}},X={describe:m=>`add the label "${m.label}" to #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/{issue_number}/labels",{owner:J,repo:ee,issue_number:m.issue,labels:[m.label]})}};var $=g(8027);async function ae(m,{owner:R,repo:J,issue:ee}){try{const{data:ve}=await(0,w.z)(m,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:R,repo:J,issue_number:ee});return ve.number}catch(ve){if(ve.status===404)return null;throw ve}}const P={describe:m=>`make #${m.child} a sub-issue of #${m.parent}`,async apply(m,{github:R,owner:J,repo:ee}){const{data:ve}=await(0,w.z)(R,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:J,repo:ee,issue_number:m.child});try{await(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",{owner:J,repo:ee,issue_number:m.parent,sub_issue_id:ve.id})}catch(N){if(N.status!==422)throw N;const K=await ae(R,{owner:J,repo:ee,issue:m.child});if(K===m.parent)return;throw new $.D9(`#${m.child} could not be made a sub-issue of #${m.parent}: ${K?`it is a sub-issue of #${K}`:"GitHub refused it (a parent has at most 100 sub-issues, and a tree at most 8 levels)"}`,{cause:N})}}};var O=g(9817),V=g(211);function q(m){if(!m.project)throw new $.D9("this change needs a project, and none is configured");return m.project}function ie(m,R){const J=m.itemOf.get(R);if(!J)throw new $.D9(`#${R} is not on the project`);return J}const Y={describe:m=>`add #${m.issue} to the project`,async apply(m,R){const ee=(await(0,V.P)(R.github,O.VE,{projectId:q(R).id,contentId:m.contentId})).addProjectV2ItemById?.item;ee&&R.itemOf.set(m.issue,ee.id)}};var D=g(811);const C={describe:m=>`withdraw ${m.login}'s invitation ${m.id}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,D.Il)(R,J,ee,m.id)}},Q={describe:m=>`close #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,w.z)(R,"PATCH /repos/{owner}/{repo}/issues/{issue_number}",{owner:J,repo:ee,issue_number:m.issue,state:"closed",state_reason:"completed"})}};var A=g(3785);const ce=6e4,be={describe:m=>`post "${m.body}" on #${m.issue} as ${m.login}`,async apply(m,{github:R,owner:J,repo:ee}){const ve=new Date(Date.parse(m.at)-ce).toISOString(),N=te=>te.body===m.body&&te.user?.login?.toLowerCase()===m.login.toLowerCase()&&(te.created_at??"")>=ve,K=async()=>{const te=(0,w.N)(R,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:J,repo:ee,issue_number:m.issue,since:ve});for await(const{data:re}of te){const Te=re.find(N);if(Te)return Te}};await(0,A.Ur)(K,()=>(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:J,repo:ee,issue_number:m.issue,body:m.body,...A.FY}).then(({data:te})=>te))}};var pe=g(5911);const Z={describe:({mode:m})=>m==="direct"?"commit the pages to the default branch":`commit the pages to ${pe.z_} and open its pull request`,async apply({message:m,mode:R,render:J},{github:ee,owner:ve,repo:N}){await(0,pe.zu)(ee,{owner:ve,repo:N,message:m,mode:R,render:J,dryRun:!1,log:()=>{}})}};function I(m){return m.map(R=>`"${R}"`).join(", ")}const M={describe:m=>`add the field "${m.field}" to the project, with the options ${I(m.options.map(R=>R.name))}`,async apply(m,R){await(0,V.P)(R.github,O.zh,{projectId:q(R).id,name:m.field,options:m.options})}};async function W(m,R){try{const{data:J}=await(0,w.z)(m,"GET /orgs/{org}/issue-types",{org:R});return J.map(ee=>ee.name)}catch(J){const ee=J.status;if(ee===404||ee===403)return null;throw J}}const se={describe:m=>`create the issue type "${m.name}" for the organisation`,async apply(m,{github:R,owner:J}){const ee=async()=>(await W(R,J))?.find(ve=>ve.toLowerCase()===m.name.toLowerCase());try{await(0,A.Ur)(ee,()=>(0,w.z)(R,"POST /orgs/{org}/issue-types",{org:J,name:m.name,is_enabled:!0,description:m.description,color:m.color,...A.FY}).then(()=>m.name))}catch(ve){if(ve.status!==422||!await ee())throw ve}}};var E=g(6713);const _={describe:m=>`add the iteration field "${m.field}" to the project, with ${m.iterations.map(R=>`"${R.title}"`).join(", ")}`,async apply(m,R){const J=q(R);if(J.fields.some(ve=>(0,E.qa8)(ve.name,m.field)))return;const[ee]=m.iterations;try{await(0,V.P)(R.github,O.bs,{projectId:J.id,name:m.field,configuration:{startDate:ee?.startDate??"",duration:ee?.duration??91,iterations:m.iterations}})}catch(ve){if(!/already been taken/i.test(ve.message))throw ve}}},z={describe:m=>`create the label "${m.name}"`,async apply(m,{github:R,owner:J,repo:ee}){const ve=()=>(0,w.z)(R,"GET /repos/{owner}/{repo}/labels/{name}",{owner:J,repo:ee,name:m.name}).then(({data:N})=>N,N=>{if(N.status!==404)throw N});try{await(0,A.Ur)(ve,()=>(0,w.z)(R,"POST /repos/{owner}/{repo}/labels",{owner:J,repo:ee,name:m.name,color:m.color,description:m.description,...A.FY}).then(({data:N})=>N))}catch(N){if(!ye(N))throw N}}};function ye(m){const R=m;return R.status===422&&(R.response?.data?.errors??[]).some(J=>J.code==="already_exists")}const Me={describe:m=>`delete comment ${m.commentId} on #${m.issue}: ${m.why}`,async apply(m,{github:R,owner:J,repo:ee}){try{await(0,w.z)(R,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:J,repo:ee,comment_id:m.commentId})}catch(ve){if(ve.status!==404)throw ve}}},Ne={describe:m=>`invite ${m.login} to the repository (${m.permission})`,async apply(m,{github:R,owner:J,repo:ee}){await(0,D.UH)(R,J,ee,m.login,m.permission)}},Fe={describe:m=>m.after===null?`move #${m.issue} to the top`:`move #${m.issue} after #${m.after}`,async apply(m,R){await(0,V.P)(R.github,O.hQ,{projectId:q(R).id,itemId:ie(R,m.issue),afterId:m.after===null?null:ie(R,m.after)})}};var Se=g(7215);const Ve={describe:m=>`notify ${m.channel.kind}: ${m.notice.title}`,bestEffort:!0,async apply(m,{owner:R,repo:J,secrets:ee,post:ve}){await(0,Se.$q)(m,`${R}/${J}`,ee??{},ve)}},nt={describe:m=>`open the issue "${m.title}"`,async apply(m,{github:R,owner:J,repo:ee}){const ve=`${m.marker}
${m.body}`,N=async()=>{const{data:K}=await(0,w.z)(R,"GET /repos/{owner}/{repo}/issues",{owner:J,repo:ee,state:"all",sort:"created",direction:"desc",per_page:100});return K.find(te=>te.body?.startsWith(`${m.marker}
`))};await(0,A.Ur)(N,()=>(0,w.z)(R,"POST /repos/{owner}/{repo}/issues",{owner:J,repo:ee,title:m.title,body:ve,labels:m.labels,assignees:m.assignees,...m.type?{type:m.type}:{},...A.FY}).then(({data:K})=>K))}};var st=g(433);const tt={describe:m=>`post the project status update ${m.status} ${m.marker}`,async apply(m,R){const J=q(R),ee=`${m.marker}
${m.body}`,ve=async()=>(await(0,st.F)(R.github,J.id)).find(N=>N.body.startsWith(`${m.marker}
`));await ve()||await(0,A.Ur)(ve,async()=>{const K=(await(0,V.P)(R.github,O.Uo,{projectId:J.id,status:m.status,body:ee,startDate:m.startDate,targetDate:m.targetDate})).createProjectV2StatusUpdate?.statusUpdate;if(!K)throw new $.D9("GitHub made no status update, and said no more");return{body:ee,createdAt:K.createdAt}})}},ue={describe:m=>`react ${m.content} to comment ${m.commentId}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:J,repo:ee,comment_id:m.commentId,content:m.content})}},he={describe:m=>`unassign ${m.login} from #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){await(0,w.z)(R,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:J,repo:ee,issue_number:m.issue,assignees:[m.login]})}},xe={describe:m=>`remove ${m.login} from the repository's collaborators`,async apply(m,{github:R,owner:J,repo:ee}){await(0,D.zj)(R,J,ee,m.login)}},Pe={describe:m=>`remove the label "${m.label}" from #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){try{await(0,w.z)(R,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",{owner:J,repo:ee,issue_number:m.issue,name:m.label})}catch(ve){if(ve.status!==404)throw ve}}},Ce={describe:m=>`set ${m.field} of #${m.issue} to ${De(m.value)}`,async apply(m,R){const J=q(R),ee=(0,E.MBz)(J,m.field);await(0,V.P)(R.github,O.i9,{projectId:J.id,itemId:ie(R,m.issue),fieldId:ee.id,value:Ue(ee.name,ee.options,m.value)})}};function De(m){return"option"in m?`"${m.option}"`:"iteration"in m?`"${m.iteration}"`:"number"in m?String(m.number):`"${m.text}"`}function Ue(m,R,J){if("number"in J)return{number:J.number};if("text"in J)return{text:J.text};const ee="option"in J?J.option:J.iteration,ve=R.find(N=>(0,E.qa8)(N.name,ee));if(!ve)throw new $.D9(`the field "${m}" has no option "${ee}"`);return"option"in J?{singleSelectOptionId:ve.id}:{iterationId:ve.id}}const ze={describe:m=>`add the options ${I(m.added)} to the field "${m.field}"`,async apply(m,R){await(0,V.P)(R.github,O.ZQ,{fieldId:(0,E.MBz)(q(R),m.field).id,options:m.options})}},Xe={describe:m=>m.iterations?`set the iterations of "${m.field}" to ${m.iterations.map(R=>`"${R.title}"`).join(", ")}, keeping ${m.values.length} items' quarters`:`write back ${m.values.length} items' quarters in "${m.field}"`,async apply(m,R){const J=q(R),ee=(0,E.MBz)(J,m.field),ve=(K,te)=>(0,pe.zu)(R.github,{owner:R.owner,repo:R.repo,message:te,mode:"branch",branch:E.GQi,dryRun:!1,log:()=>{},render:()=>[{path:E.ptJ,content:(0,E.llt)(m.field,K)}]});let N;if(m.iterations){await ve(m.values,`Quarters: ${m.values.length} items' quarters kept while the iterations change`);const[K]=m.iterations,re=(await(0,V.P)(R.github,O.Ic,{fieldId:ee.id,configuration:{startDate:K?.startDate??"",duration:K?.duration??91,iterations:m.iterations.map(({title:Te,startDate:Be,duration:qe})=>({title:Te,startDate:Be,duration:qe}))}})).updateProjectV2Field?.projectV2Field;N=new Map((re&&"configuration"in re?re.configuration.iterations:[]).map(Te=>[Te.title,Te.id]))}else N=await He(R.github,J.id,m.field);for(const K of m.values){const te=N.get(K.title);if(!te)throw new $.D9(`the field "${m.field}" has no iteration "${K.title}"`);await(0,V.P)(R.github,O.i9,{projectId:J.id,itemId:K.item,fieldId:ee.id,value:{iterationId:te}})}await ve([],"Quarters: every item's quarter written back")}};async function He(m,R,J){const ee=await(0,V.P)(m,O.BA,{projectId:R,field:J}),ve=ee.node&&"field"in ee.node?ee.node.field:null,N=ve&&"configuration"in ve?[...ve.configuration.completedIterations,...ve.configuration.iterations]:[];return new Map(N.map(K=>[K.title,K.id]))}var Ke=g(3047);const et={describe:m=>`take back the reaction ${m.content} on comment ${m.commentId}`,async apply(m,{github:R,owner:J,repo:ee}){const ve=(0,w.N)(R,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:J,repo:ee,comment_id:m.commentId,content:m.content});for await(const{data:N}of ve)for(const K of N){const te=K.user?.login;if(!(K.content!==m.content||!te)&&(0,Ke.l_)(R,{login:te,isBot:K.user?.type==="Bot"}))try{await(0,w.z)(R,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",{owner:J,repo:ee,comment_id:m.commentId,reaction_id:K.id})}catch(re){if(re.status!==404)throw re}}}},We={describe:m=>`write the comment ${m.marker} on #${m.issue}`,async apply(m,{github:R,owner:J,repo:ee}){const ve=re=>(0,Ke.l_)(R,re.user?.login?{login:re.user.login,isBot:re.user.type==="Bot"}:null),N=`${m.marker}
${m.body}`,K=async()=>{const re=(0,w.N)(R,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:J,repo:ee,issue_number:m.issue});for await(const{data:Te}of re){const Be=Te.find(qe=>ve(qe)&&qe.body?.startsWith(`${m.marker}
`));if(Be)return Be}},te=await K();if(te){if(te.body===N)return;await(0,w.z)(R,"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:J,repo:ee,comment_id:te.id,body:N});return}await(0,A.Ur)(K,()=>(0,w.z)(R,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:J,repo:ee,issue_number:m.issue,body:N,...A.FY}).then(({data:re})=>re))}},it=m=>`${m} ${m===1?"voter's change":"voters' changes"}`,kt={"add-to-project":Y,"set-field":Ce,move:Fe,"add-label":X,"remove-label":Pe,"add-assignee":de,"remove-assignee":he,react:ue,unreact:et,"upsert-comment":We,"delete-comment":Me,"close-issue":Q,"open-issue":nt,"create-label":z,"create-field":M,"set-field-options":ze,notify:Ve,"write-ballots":{describe:({batch:m})=>m.final?`open round ${m.round}'s ballots on ${E.m8D}:${E.JX}, with a last batch of ${it(m.ballots.length)}`:`write a sealed batch of ${it(m.ballots.length)} to ${E.m8D}:${E.JX}`,async apply({batch:m},{github:R,owner:J,repo:ee,ballotSigner:ve}){if(!ve)throw new $.D9("write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set");await(0,pe.zu)(R,{owner:J,repo:ee,message:m.final?`Ballots: round ${m.round} closed, last batch of ${it(m.ballots.length)}; every ballot opened for anyone to check`:`Ballots: a sealed batch of ${it(m.ballots.length)}`,mode:"branch",branch:E.m8D,dryRun:!1,log:()=>{},attempts:5,render:N=>[{path:E.JX,content:(0,E.car)(N(E.JX),m,ve).text}]})}},"commit-pages":Z,"invite-collaborator":Ne,"cancel-invitation":C,"remove-collaborator":xe,"post-status-update":tt,"add-sub-issue":P,"create-issue-type":se,"create-iteration-field":_,"set-quarters":Xe,"comment-as-person":be};function dt(m){return kt[m.kind]}function It(m){return dt(m).describe(m)}function pt(m){return dt(m).bestEffort===!0}function ft(m,R){return dt(m).apply(m,R)}}),2428:((_e,ge,g)=>{g.d(ge,{d5:()=>P.d5,wc:()=>ie.wc,PX:()=>P.gj,lc:()=>ie.lc,J1:()=>ie.J1,N2:()=>it,Z5:()=>D,Wx:()=>yt,k2:()=>Nt,Wh:()=>At,gn:()=>_t,Fj:()=>Mt.F});var w=g(2666),de=g(3785),X=g(9645);const $=2e4;function ae(h,y){const S=retryBaseMs(y),L=Number(y.ROUNDTABLE_WAIT_MAX_MS)>0?Number(y.ROUNDTABLE_WAIT_MAX_MS):$,F=G=>(U,me,H,$e)=>{const Ae=U*S,Re=$e<3&&Ae<=L;return H.log?.warn(`${G} rate limit on ${me.method} ${me.url}: ${Re?`waiting ${U} s, then retrying`:`Retry-After ${U} s is past this delivery's time; left to a retry`}`),Re};return h.plugin(safeRetry).defaults(G=>({...G,throttle:{...G.throttle??{},onSecondaryRateLimit:F("secondary"),onRateLimit:F("primary"),retryAfterBaseValue:S},retry:{...G.retry??{},enabled:!1},resend:G.resend??{enabled:G.retry?.enabled!==!1,retryAfterBaseValue:S,maxWaitMs:L}}))}var P=g(5603),O=g(2680),V=g(5911),q=g(7382),ie=g(811),Y=g(8080);function D(){return{graphqlRequests:0,restRequests:0,notModified:0,kept:!1,readIssues:0,points:0,remaining:null,followUpIssues:0,skippedReactions:0}}function C(h,y){h.graphqlRequests+=1,y&&(h.points+=y.cost,h.remaining=y.remaining)}var Q=g(7598),A=g(6713),ce=g(8027),be=g(607);async function*pe(h,y,S,L=[]){const F=h.request,G=H=>Z(F,y,{...S,per_page:100,page:H},L[H-1]);let U=1,me=await I(G,1,Math.max(1,L.length));for(;;){let H=0;for(const{last:$e,...Ae}of me){if(yield Ae,!Ae.full)return;U=Ae.page+1,H=Math.max(H,$e)}me=await I(G,U,Math.max(U,H))}}async function Z(h,y,S,L){const{page:F}=S,G=L?.etag?{"if-none-match":L.etag}:{};for(let U=1;;U++)try{const{data:me,headers:H}=await h(y,{...S,headers:G,request:{parseSuccessResponseBody:!1}}),$e=await W(me);if($e===void 0){if(U<3)continue;throw new w.U(`${y} (page ${F}): GitHub's answer was cut off (3 times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:y}})}if(!Array.isArray($e))throw new ce.D9(`${y} (page ${F}) answered something other than a list: run again`);const Ae=$e.length>=100;return{page:F,etag:H.etag??null,data:$e,full:Ae,last:M(H.link)??F}}catch(me){if(me.status!==304||!L)throw me;return{page:F,etag:L.etag,data:null,full:L.full,last:F}}}async function I(h,y,S){return(await Promise.allSettled(Array.from({length:S-y+1},(F,G)=>h(y+G)))).map(F=>{if(F.status==="rejected")throw F.reason;return F.value})}function M(h){const y=h?.match(/<([^<>]+)>;\s*rel="last"/)?.[1];if(!y)return;const S=Number(new URL(y,"https://api.github.com").searchParams.get("page"));return Number.isInteger(S)&&S>0?S:void 0}async function W(h){if(h==null)return;if(typeof h=="string")return se(h);const y=h.getReader(),S=new TextDecoder;let L="",F;const G=new Promise(U=>{F=setTimeout(()=>U("stalled"),be.os)});try{for(;;){const U=await Promise.race([y.read(),G]);if(U==="stalled"){await y.cancel().catch(()=>{});return}if(U.done)break;L+=S.decode(U.value,{stream:!0})}return se(L+S.decode())}catch{return}finally{clearTimeout(F)}}function se(h){try{return JSON.parse(h)}catch{return}}var E=g(6608);const _=(0,E.U)(`
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
`);function z(h){return(h?.nodes??[]).filter(y=>y!==null)}function ye(h){const y=h.user?.type==="Bot";return{id:h.node_id,number:h.number,title:h.title,url:h.html_url,state:h.state==="open"?"open":"closed",author:{login:(h.user?.login??"ghost").replace(y?/\[bot\]$/:/$^/,""),bot:y},createdAt:h.created_at,closedAt:h.closed_at,body:h.body??"",labels:h.labels.map(S=>typeof S=="string"?S:S.name??""),assignees:(h.assignees??[]).flatMap(S=>S?[S.login]:[]),milestone:h.milestone?.title??null,parent:null,subIssues:[],...h.type?.name?{type:h.type.name}:{},...h.sub_issues_summary?{subIssuesSummary:{total:h.sub_issues_summary.total,completed:h.sub_issues_summary.completed,percentCompleted:h.sub_issues_summary.percent_completed}}:{},reactions:[],board:null}}function Me(h,y,S,L){const F=S.project?z(y.projectItems).find(U=>U.project.number===S.project?.number&&"login"in U.project.owner&&U.project.owner.login.toLowerCase()===S.project.owner.toLowerCase()):void 0,G={};if(F&&S.project){const U=S.project.fields;for(const[me,H]of[[U.status,F.status],[U.lane,F.lane],[U.quarter,F.quarter]]){const $e=Fe(H);$e!==void 0&&(G[me]=$e)}}return{...h,parent:y.parent?.number??null,reactions:Ne(y.reactions,L),board:F?{itemId:F.id,fields:G}:null}}function Ne(h,y){const S=[];for(const L of z(h)){if(L.user===null){y.skippedReactions+=1;continue}S.push({login:L.user.login,bot:!1,createdAt:L.createdAt})}return S}function Fe(h){if(h){if("name"in h)return h.name??void 0;if("title"in h)return h.title}}const Se=100;function Ve(h){const y=Array.from({length:h},(L,F)=>`$id${F}: ID!, $after${F}: String!`),S=Array.from({length:h},(L,F)=>`  f${F}: node(id: $id${F}) {
    ... on Issue {
      reactions(content: THUMBS_UP, first: 100, after: $after${F}, orderBy: { field: CREATED_AT, direction: ASC }) {
        ...Upvotes
      }
    }
  }`);return`query MoreUpvotes(${y.join(", ")}) {
  rateLimit {
    cost
    remaining
  }
${S.join(`
`)}
}
${_.toString().replace(/^\s+/,"")}`}async function nt(h,y,S){S.followUpIssues+=y.length;let L=y;for(;L.length>0;){const F=L.slice(0,Se);L=L.slice(Se);const G={};F.forEach(({id:me,after:H},$e)=>{G[`id${$e}`]=me,G[`after${$e}`]=H});const U=await h.graphql(Ve(F.length),G);C(S,U.rateLimit),F.forEach((me,H)=>{const $e=U[`f${H}`]?.reactions;if(!$e)return;me.reactions.push(...Ne($e,S));const{hasNextPage:Ae,endCursor:Re}=$e.pageInfo;Ae&&Re&&L.push({...me,after:Re})})}}var st=g(9817),tt=g(211),ue=g(6059);async function he(h,y,S){const{owner:L,repo:F,config:G}=y;if(G.votes.source!=="ballots")return{};const U=await(0,ue.y)(h,L,F,`${A.m8D}:${A.JX}`);return S.graphqlRequests+=1,{ballots:(0,A.QHi)(U,{repository:`${L}/${F}`,round:(0,A.X2k)(G.votes)},y.ballotVerifier)}}const xe=(h,y,S)=>readText(h,y,S,`${ballotsBranch}:${ballotsPath}`);var Pe=g(2825);async function Ce(h,{owner:y,repo:S,issue:L}){const F=[];let G=0;const U=`/repos/${y}/${S}/issues/`.toLowerCase(),me=(0,Pe.N)(h,"GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",{owner:y,repo:S,issue_number:L});for await(const{data:H}of me){G++;for(const $e of H)(!$e.url||$e.url.toLowerCase().includes(U))&&F.push($e.number)}return{numbers:F,requests:G}}var De=g(3047);async function*Ue(h,y,S,L){let F=S.after??null;do{const G=await(0,tt.P)(h,y,{...S,after:F}),U=L(G)??null;yield{data:G,connection:U},F=U?.pageInfo.hasNextPage?U.pageInfo.endCursor:null}while(F!==null)}const ze={EYES:"eyes",THUMBS_UP:"+1",CONFUSED:"confused"},Xe=h=>z(h).flatMap(y=>y.user?[y.user.login]:[]);async function He(h,y){const S=[];let L=0,F=0;const G=Ue(h,st.Qy,{id:y},U=>U.node&&"comments"in U.node?U.node.comments:null);for await(const{data:U,connection:me}of G){L+=1,F+=U.rateLimit?.cost??0;for(const H of z(me)){if(H.databaseId===null)continue;const $e=H.author&&{login:H.author.login,isBot:H.author.__typename==="Bot"};S.push({id:H.databaseId,url:H.url,author:{login:H.author?.login??"ghost",bot:H.author?.__typename==="Bot",self:(0,De.l_)(h,$e)},createdAt:H.createdAt,body:H.body,votes:H.up.totalCount,up:Xe(H.up),down:Xe(H.down),mine:(H.reactionGroups??[]).flatMap(Ae=>Ae.viewerHasReacted&&Ae.content in ze?[ze[Ae.content]]:[])})}}return{comments:S,requests:L,points:F}}var Ke=g(5147);class et extends Ke.xL{constructor(y,S,L){super(Ke.eQ,[{path:"votes.eligible",message:`the members of the team "${y}" cannot be read (GitHub answered ${S}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`}],{cause:L})}}class We extends ce.D9{name="LoadError"}async function it(h,y){const{owner:S,repo:L,config:F}=y,G=`${S}/${L}`,U=D(),me=h.reads,H=(0,Y.K6)(G,F),$e=me?(0,Y.nf)(await me.get(G),H,y.now):void 0;U.kept=$e!==void 0;const[Ae,Re,Je]=await Promise.allSettled([Pt(h,y,$e,U),ve(h,y,$e,U),he(h,y,U)]),lt=dt(Ae),Ge=dt(Re),at=dt(Je),wt={repository:G,takenAt:y.now,issues:lt.entries.map(jt=>jt.record),...Ge.collaborators?{collaborators:Ge.collaborators}:{},...Ge.teams?{teams:Ge.teams}:{},...at};return me&&await me.set(G,kt(lt,Ge,H,y.now)),{snapshot:wt,cost:U}}async function Pt(h,y,S,L){const F=await It(h,y,S,L),[,G]=await Promise.all([R(h,F,y.config,L),J(h,F,y.config,L),ee(h,y,F,L)]);for(const[U,me]of G)U.record={...U.record,comments:me};return F}function kt(h,y,S,L){return{version:1,key:S,takenAt:L,pages:h.pages,issues:Object.fromEntries(h.entries.map(F=>[F.record.number,{fingerprint:F.fingerprint,record:F.record}])),...y.kept?{voters:y.kept}:{},changed:[]}}function dt(h){if(h.status==="rejected")throw h.reason;return h.value}async function It(h,y,S,L){const{owner:F,repo:G}=y,U=pe(h,"GET /repos/{owner}/{repo}/issues",{owner:F,repo:G,state:"all",sort:"created",direction:"asc"},S?.pages),me={kept:S,changed:new Set(S?.changed??[]),onBoard:m(y.config),seen:new Set,entries:[],pages:[]};try{for await(const H of U)H.data===null?(L.notModified+=1,pt(me,H)):(L.restRequests+=1,ft(me,H,H.data)),y.onProgress?.({pages:me.pages.length,issues:me.entries.length,total:me.entries.length,points:L.points})}catch(H){throw H.status===404?new We(`${F}/${G}: no such repository, or the token cannot read it`,{cause:H}):H}return{entries:me.entries,pages:me.pages}}function pt(h,y){const S=h.kept?.pages[y.page-1];for(const L of S?.numbers??[]){const F=h.kept?.issues[String(L)];!F||h.seen.has(L)||(h.seen.add(L),h.entries.push({...F,stale:h.changed.has(L)}))}h.pages.push({etag:y.etag,numbers:S?.numbers??[],full:y.full})}function ft(h,y,S){const L=[];for(const F of S){if(F.pull_request||h.seen.has(F.number)||!h.onBoard(F))continue;h.seen.add(F.number),L.push(F.number);const G=re(F),U=h.kept?.issues[String(F.number)];U&&U.fingerprint===G&&!h.changed.has(F.number)?h.entries.push({...U,stale:!1}):h.entries.push({record:ye(F),fingerprint:G,stale:!0,blockers:F.issue_dependencies_summary?.blocked_by??0})}h.pages.push({etag:y.etag,numbers:L,full:y.full})}function m(h){const y=K(h),S=new Set(Object.values(h.kinds).flatMap(L=>L===null?[]:[L.toLowerCase()]));return L=>!!(L.type?.name&&S.has(L.type.name.toLowerCase()))||te(L).some(F=>y.has(F.toLowerCase()))}async function R(h,y,S,L){const F=y.entries.filter($e=>$e.stale);L.readIssues=F.length;const{project:G}=S,U=[];for(let $e=0;$e<F.length;$e+=100)U.push(F.slice($e,$e+100));const me=await Promise.all(U.map($e=>(0,tt.P)(h,st.CC,{ids:$e.map(Ae=>Ae.record.id),withProject:G!==null,statusField:G?.fields.status??"Status",laneField:G?.fields.lane??"Lane",quarterField:G?.fields.quarter??"Quarter"}))),H=[];U.forEach(($e,Ae)=>{const Re=me[Ae];C(L,Re.rateLimit),$e.forEach((Je,lt)=>{const Ge=Re.nodes?.[lt];if(!N(Ge)){Je.record={...Je.record,reactions:[]},Je.fingerprint="";return}Je.record=Me(Je.record,Ge,S,L);const{hasNextPage:at,endCursor:wt}=Ge.reactions.pageInfo;at&&wt&&H.push({id:Ge.id,after:wt,reactions:Je.record.reactions})})}),await nt(h,H,L)}async function J(h,y,S,L){const F=[S.labels.retro,S.labels.meeting].map(H=>H.toLowerCase()),G=y.entries.filter(({record:H,stale:$e})=>{const Ae=H.labels.some(Re=>F.includes(Re.toLowerCase()))||(0,A.VFn)(H,"keyResult",S);return!H.id||!Ae?!1:$e||H.state!=="closed"||!H.comments}),U=await Promise.all(G.map(H=>He(h,H.record.id??""))),me=new Map;return G.forEach((H,$e)=>{const Ae=U[$e];me.set(H,Ae.comments),L.graphqlRequests+=Ae.requests,L.points+=Ae.points}),me}async function ee(h,{owner:y,repo:S,config:L},F,G){const U=F.entries.filter(({record:me,stale:H,blockers:$e})=>H&&($e??0)>0&&(0,A.VFn)(me,"roadmap",L));for(const me of U){const H=await Ce(h,{owner:y,repo:S,issue:me.record.number});me.record={...me.record,blockedBy:H.numbers},G.restRequests+=H.requests}}async function ve(h,{owner:y,repo:S,config:L},F,G){const U=L.votes.eligible,me=async(H,$e)=>{const Ae=F?.voters?.route===H?F.voters.pages:[],Re=[];for await(const Je of pe(h,H,$e,Ae)){Je.data===null?G.notModified+=1:G.restRequests+=1;const lt=Je.data?.map(Ge=>Ge.login)??Ae[Je.page-1]?.logins??[];Re.push({etag:Je.etag,logins:lt,full:Je.full})}return{logins:Re.flatMap(Je=>Je.logins),kept:{route:H,pages:Re}}};if(U==="collaborators"){const H=await me("GET /repos/{owner}/{repo}/collaborators",{owner:y,repo:S});return{collaborators:H.logins,kept:H.kept}}if(typeof U=="object"&&!Array.isArray(U)){const H=await me("GET /orgs/{org}/teams/{team_slug}/members",{org:y,team_slug:U.team}).catch($e=>{const Ae=$e?.status;throw Ae===403||Ae===404?new et(U.team,Ae,$e):$e});return{teams:{[U.team]:H.logins},kept:H.kept}}return{}}function N(h){return typeof h=="object"&&h!==null&&"reactions"in h}function K(h){const{labels:y}=h;return new Set([y.topic,y.roadmap,y.objective,y.keyResult,y.meeting,y.retro,y.actionItem].map(S=>S.toLowerCase()))}function te(h){return h.labels.map(y=>typeof y=="string"?y:y.name??"")}function re(h){const y=[h.updated_at,h.state,h.reactions?.["+1"]??0,h.comments??0,te(h).join(`
`),(h.assignees??[]).map(S=>S?.login).join(`
`),h.milestone?.title??"",h.type?.name??"",h.sub_issues_summary?.completed??0,h.sub_issues_summary?.total??0,h.issue_dependencies_summary?.blocked_by??0];return(0,Q.createHash)("sha1").update(JSON.stringify(y)).digest("base64").slice(0,16)}const Te=h=>h instanceof ApplyError?h.cause:h;function Be(h){const y=Te(h);if(y instanceof CutOffAnswerError||y instanceof RequestTimeoutError)return!0;if(y instanceof RoundtableError)return!1;const S=y?.status;return S===void 0?!1:S===403||S===429?/rate limit|abuse/i.test(String(y.message)):mayHaveFailedInTransit(y)}function qe(h){const y=Te(h);return y instanceof CutOffAnswerError?"the connection to GitHub dropped mid-answer":y instanceof RequestTimeoutError?"GitHub did not answer in time":(y?.status===403||y?.status===429)&&/rate limit/i.test(y.message??"")?"GitHub asked Roundtable to slow down (a rate limit)":y?.status===500&&y.cause instanceof TypeError?"the connection to GitHub dropped":typeof y?.status=="number"?`GitHub answered ${y.status}`:"GitHub failed for a moment"}async function Ze(h,y){const{node:S}=await query(h,projectItemContentQuery,{id:y});return!S||!("repository"in S)?null:{owner:S.repository.owner.login,repo:S.repository.name,number:S.number}}var ct=g(3443);async function yt(h,y){const S=new Map,L=Object.assign(async G=>{const U=await h.request(G);if(typeof U.data=="string"){const me=`${String(G.owner)}/${String(G.repo)}:${String(G.path)}`;if(Buffer.byteLength(U.data,"utf8")>Ke.aF)throw new Ke.xL(me,[{path:"",message:`the file is larger than ${Ke.aF/1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`}]);S.set(me,U.data)}return U},{endpoint:h.request.endpoint});let F;try{({files:F}=await(0,ct.r)({request:L},{owner:y.owner,repo:y.repo,path:y.path,defaults:{}}))}catch(G){if(G instanceof Ke.xL)throw G;const U=String(G?.message??G);if(!U.startsWith("[@probot/octokit-plugin-config]"))throw G;const[me,H]=[...S].at(-1)??[`${y.owner}/${y.repo}:${y.path}`,""];throw/could not be parsed/i.test(U)&&(0,Ke.o4)(H,me),new Ke.xL(me,[{path:"_extends",message:U.replace(/^\[@probot\/octokit-plugin-config\] /,"")}])}return F.map(G=>({owner:G.owner,repo:G.repo,path:G.path,config:G.config??null,text:S.get(`${G.owner}/${G.repo}:${G.path}`)}))}async function St(h,{owner:y,repo:S,number:L,config:F}){const{data:G}=await rest(h,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:y,repo:S,issue_number:L}),U=fromListing(G);if(!isKind(U,"keyResult",F))return null;const me=await rest(h,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:y,repo:S,issue_number:L}).catch($e=>{if($e.status===404)return null;throw $e}),{comments:H}=await readComments(h,U.id??"");return{issue:{...U,parent:me?.data.number??null,comments:H},objectiveOwner:me?.data.assignees?.find($e=>$e)?.login??null}}async function Nt(h,y,S){const L=[];for(let F=1;;F++){const{data:G}=await(0,Pe.z)(h,"GET /repos/{owner}/{repo}/labels",{owner:y,repo:S,per_page:100,page:F});if(L.push(...G.map(U=>U.name)),G.length<100)return{names:L,requests:F}}}class Et extends ce.D9{name="ProjectNotFoundError"}async function At(h,y,S){let L,F=0;const G=Ue(h,st.k_,{owner:y.owner,number:y.number},U=>Tt(U)?.items);for await(const{data:U}of G){F+=1;const me=Tt(U);if(!me)throw new Et(`project ${y.number} of ${y.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`);L??={id:me.id,title:me.title,url:me.url,fields:z(me.fields).flatMap(Lt),items:[]};for(const H of z(me.items)){if(H.isArchived)continue;const $e=H.content&&"number"in H.content?H.content:null;L.items.push({id:H.id,issue:$e?.repository.nameWithOwner.toLowerCase()===S.toLowerCase()?$e.number:null})}}return{view:L,requests:F}}function Tt(h){const y=h.repositoryOwner;return y&&"projectV2"in y?y.projectV2:null}function Lt(h){if(!("id"in h))return[];const y="options"in h?h.options.map(S=>({id:S.id,name:S.name,color:S.color,description:S.description})):"configuration"in h?h.configuration.iterations.map(S=>({id:S.id,name:S.title})):[];return[{id:h.id,name:h.name,dataType:h.dataType,options:y}]}async function Dt(h,{owner:y,repo:S,topic:L}){const F=`${promotedMarker(L)}
`,G=H=>writtenByRoundtable(h,H.user?{login:H.user.login,isBot:H.user.type==="Bot"}:null)&&(H.body??"").startsWith(F),U=await Vt(h,y,S,L);let me;if(U!==null){const{data:H}=await rest(h,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:y,repo:S,issue_number:U});G(H)&&(me=H)}if(!me){const{data:H}=await rest(h,"GET /repos/{owner}/{repo}/issues",{owner:y,repo:S,state:"all",sort:"created",direction:"desc",per_page:100});me=H.find(G)}return me?{number:me.number,url:me.html_url,title:me.title,type:me.type?.name??null,parent:await readParent(h,{owner:y,repo:S,issue:me.number})}:null}async function Vt(h,y,S,L){const F=restPages(h,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:y,repo:S,issue_number:L});for await(const{data:G}of F)for(const U of G){const H=writtenByRoundtable(h,U.user?.login?{login:U.user.login,isBot:U.user.type==="Bot"}:null)&&U.body?.startsWith(`${promotedNoteMarker}
`)?promotedRecordOf(U.body):null;if(H!==null)return H}return null}async function _t(h,y){const{owner:S,repo:L,projectId:F,field:G}=y;let U={kind:"missing"};const me=[],H=Ue(h,st.BA,{projectId:F,field:G},Re=>Re.node&&"items"in Re.node?Re.node.items:null);let $e=1;for await(const{data:Re}of H){$e++;const Je=Re.node&&"items"in Re.node?Re.node:null,lt=Je?.field;if(lt&&"configuration"in lt){const{iterations:Ge,completedIterations:at}=lt.configuration;U={kind:"iterations",iterations:[...at,...Ge],items:me}}else lt&&(U={kind:"other",dataType:"not ITERATION"});for(const Ge of Je?.items.nodes??[]){if(!Ge)continue;const at=Ge.quarter&&"title"in Ge.quarter?Ge.quarter.title:null;me.push({id:Ge.id,title:at})}}const Ae=await(0,ue.y)(h,S,L,`${A.GQi}:${A.ptJ}`);return{read:U,kept:(0,A.u2q)(Ae),requests:$e}}var Mt=g(433),Rt=g(2029),Ut=g(5659);const xt=h=>new Octokit({baseUrl:h.replace(/\/$/,""),userAgent:"roundtable"}).request;function zt(h,y,S){return getWebFlowAuthorizationUrl({clientType:"github-app",clientId:h.clientId,redirectUrl:y,state:S,request:xt(h.apiUrl)}).url}async function Ht(h,y,S){const{authentication:L}=await exchangeWebFlowCode({clientType:"github-app",clientId:h.clientId,clientSecret:h.clientSecret,code:y,redirectUrl:S,request:xt(h.apiUrl)});return{login:(await rest(ot(h,L.token),"GET /user",{})).data.login,token:L.token}}async function Kt(h,y){try{await deleteToken({clientType:"github-app",clientId:h.clientId,clientSecret:h.clientSecret,token:y,request:xt(h.apiUrl)})}catch(S){if(S.status!==404)throw S}}function ot(h,y){return createClient({token:y,apiUrl:h.apiUrl,throttle:!1})}async function ht(h,y,S){try{return await rest(h,"GET /repos/{owner}/{repo}",{owner:y,repo:S}),!0}catch(L){const F=L.status;if(F===404||F===403||F===401)return!1;throw L}}async function Wt(h,y,S){await rest(h,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:y.owner,repo:y.repo,issue_number:y.issue,body:S})}async function Gt(h,y,S){await rest(h,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:y.owner,repo:y.repo,comment_id:y.comment,content:S})}async function ut(h,y){const S=[],L=[];for await(const F of restPages(h,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:y.owner,repo:y.repo,comment_id:y.comment}))for(const G of F.data)G.user&&(G.content==="+1"&&S.push(G.user.login),G.content==="-1"&&L.push(G.user.login));return{up:S,down:L}}}),811:((_e,ge,g)=>{g.d(ge,{Il:()=>ie,J1:()=>P,UH:()=>q,lc:()=>O,wc:()=>$,zj:()=>Y});var w=g(8027),de=g(3785),X=g(2825);class $ extends w.D9{login;reason;name="InvitationRefused";constructor(C,Q,A,ce){super(A,{cause:ce}),this.login=C,this.reason=Q}}const ae=D=>D.status;async function P(D,C,Q){const A=[];try{for await(const ce of(0,X.N)(D,"GET /repos/{owner}/{repo}/invitations",{owner:C,repo:Q}))for(const be of ce.data)be.invitee&&A.push({id:be.id,login:be.invitee.login,expired:be.expired===!0,createdAt:be.created_at,ownerType:be.repository?.owner?.type??null})}catch(ce){if(ae(ce)===403||ae(ce)===404)return null;throw ce}return A}async function O(D,C,Q,A){try{return await(0,X.z)(D,"GET /repos/{owner}/{repo}/collaborators/{username}",{owner:C,repo:Q,username:A}),!0}catch(ce){if(ae(ce)===404)return!1;throw ce}}const V={read:"pull",triage:"triage",write:"push"};async function q(D,C,Q,A,ce){if(await O(D,C,Q,A))return"collaborator";const be=async()=>(await P(D,C,Q))?.some(Z=>Z.login.toLowerCase()===A.toLowerCase())?"invited":await O(D,C,Q,A)?"added":void 0;try{return await(0,de.Ur)(be,async()=>{const{status:pe}=await(0,X.z)(D,"PUT /repos/{owner}/{repo}/collaborators/{username}",{owner:C,repo:Q,username:A,permission:V[ce],...de.FY});return pe===201?"invited":"added"})}catch(pe){const Z=ae(pe),I=JSON.stringify(pe.response?.data??"");throw Z===403?new $(A,"forbidden","GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",pe):Z===422&&/limit|24 hours|spam/i.test(I)?new $(A,"limit","GitHub's limit of 50 repository invitations in 24 hours is reached",pe):Z===422?new $(A,"blocked",`GitHub would not invite ${A}`,pe):pe}}async function ie(D,C,Q,A){try{await(0,X.z)(D,"DELETE /repos/{owner}/{repo}/invitations/{invitation_id}",{owner:C,repo:Q,invitation_id:A})}catch(ce){if(ae(ce)!==404)throw ce}}async function Y(D,C,Q,A){await(0,X.z)(D,"DELETE /repos/{owner}/{repo}/collaborators/{username}",{owner:C,repo:Q,username:A})}}),8080:((_e,ge,g)=>{g.d(ge,{K6:()=>X,gz:()=>ae,nf:()=>$});var w=g(7598);const de=24*36e5;function X(P,O){const V={repository:P.toLowerCase(),labels:O.labels,project:O.project&&{owner:O.project.owner,number:O.project.number,fields:O.project.fields},eligible:O.votes.eligible};return(0,w.createHash)("sha256").update(JSON.stringify(V)).digest("hex").slice(0,32)}function $(P,O,V){if(!P||typeof P!="object")return;const q=P;if(q.version!==1||q.key!==O||typeof q.takenAt!="string"||!Array.isArray(q.pages)||!q.issues||typeof q.issues!="object")return;const ie=Date.parse(V)-Date.parse(q.takenAt);if(ie>=0&&ie<=de)return{...q,changed:Array.isArray(q.changed)?q.changed:[]}}async function ae(P,O,V){if(V.length===0)return;const q=await P.get(O);if(q?.version!==1||!Array.isArray(q.pages))return;const ie=new Set([...Array.isArray(q.changed)?q.changed:[],...V]);await P.set(O,{...q,changed:[...ie]})}}),6608:((_e,ge,g)=>{g.d(ge,{U:()=>E});class w extends String{__apiType;value;__meta__;constructor(z,ye){super(z),this.value=z,this.__meta__=ye}toString(){return this.value}}const de=new w(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `,{fragmentName:"FieldValueName"}),X=new w(`
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
    `,{fragmentName:"Board"}),$=new w(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `,{fragmentName:"QuarterIteration"}),ae=new w(`
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
    `,{fragmentName:"Upvotes"}),P=new w(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `),O=new w(`
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
}`),V=new w(`
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
    `),q=new w(`
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
    `),ie=new w(`
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
    `),Y=new w(`
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
    `),D=new w(`
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
    `),C=new w(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `),Q=new w(`
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
    `),A=new w(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `),ce=new w(`
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
}`),be=new w(`
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
    `),pe=new w(`
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
}`),Z=new w(`
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
    `),I=new w(`
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
    `),M=new w(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `),W=new w(`
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
    `),se={"\n  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n      item {\n        id\n      }\n    }\n  }\n":P,"\n  query BoardNodes(\n    $ids: [ID!]!\n    $withProject: Boolean!\n    $statusField: String!\n    $laneField: String!\n    $quarterField: String!\n  ) {\n    rateLimit {\n      cost\n      remaining\n    }\n    nodes(ids: $ids) {\n      ... on Issue {\n        id\n        number\n        parent {\n          number\n        }\n        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          ...Upvotes\n        }\n        projectItems(first: 10) @include(if: $withProject) {\n          nodes {\n            id\n            project {\n              number\n              owner {\n                ... on Organization {\n                  login\n                }\n                ... on User {\n                  login\n                }\n              }\n            }\n            status: fieldValueByName(name: $statusField) {\n              ...FieldValueName\n            }\n            lane: fieldValueByName(name: $laneField) {\n              ...FieldValueName\n            }\n            quarter: fieldValueByName(name: $quarterField) {\n              ...FieldValueName\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment FieldValueName on ProjectV2ItemFieldValue {\n    ... on ProjectV2ItemFieldSingleSelectValue {\n      name\n    }\n    ... on ProjectV2ItemFieldIterationValue {\n      title\n    }\n  }\n":O,"\n  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {\n    repository(owner: $owner, name: $name) {\n      defaultBranchRef {\n        name\n        target {\n          oid\n        }\n      }\n      ref(qualifiedName: $qualifiedName) {\n        target {\n          oid\n        }\n      }\n    }\n  }\n":V,"\n  mutation CreateCommit(\n    $branch: CommittableBranch!\n    $expectedHeadOid: GitObjectID!\n    $message: CommitMessage!\n    $fileChanges: FileChanges!\n  ) {\n    createCommitOnBranch(\n      input: {\n        branch: $branch\n        expectedHeadOid: $expectedHeadOid\n        message: $message\n        fileChanges: $fileChanges\n      }\n    ) {\n      commit {\n        oid\n        url\n      }\n    }\n  }\n":q,"\n  mutation CreateIterationField(\n    $projectId: ID!\n    $name: String!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: ITERATION\n        name: $name\n        iterationConfiguration: $configuration\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          name\n        }\n      }\n    }\n  }\n":ie,"\n  mutation CreateProjectField(\n    $projectId: ID!\n    $name: String!\n    $options: [ProjectV2SingleSelectFieldOptionInput!]\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: SINGLE_SELECT\n        name: $name\n        singleSelectOptions: $options\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          name\n        }\n      }\n    }\n  }\n":Y,"\n  mutation CreateProjectStatusUpdate(\n    $projectId: ID!\n    $status: ProjectV2StatusUpdateStatus!\n    $body: String!\n    $startDate: Date\n    $targetDate: Date\n  ) {\n    createProjectV2StatusUpdate(\n      input: {\n        projectId: $projectId\n        status: $status\n        body: $body\n        startDate: $startDate\n        targetDate: $targetDate\n      }\n    ) {\n      statusUpdate {\n        id\n        createdAt\n      }\n    }\n  }\n":D,"\n  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {\n    repository(owner: $owner, name: $name) {\n      object(expression: $expression) {\n        ... on Blob {\n          text\n        }\n      }\n    }\n  }\n":C,"\n  query IssueComments($id: ID!, $after: String) {\n    rateLimit {\n      cost\n    }\n    node(id: $id) {\n      ... on Issue {\n        comments(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            databaseId\n            url\n            body\n            createdAt\n            author {\n              __typename\n              login\n            }\n            up: reactions(content: THUMBS_UP, first: 100) {\n              totalCount\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            down: reactions(content: THUMBS_DOWN, first: 100) {\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            reactionGroups {\n              content\n              viewerHasReacted\n            }\n          }\n        }\n      }\n    }\n  }\n":Q,"\n  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {\n    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {\n      clientMutationId\n    }\n  }\n":A,"\n  query ProjectBoard($owner: String!, $number: Int!, $after: String) {\n    repositoryOwner(login: $owner) {\n      ... on Organization {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n      ... on User {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n    }\n  }\n\n  fragment Board on ProjectV2 {\n    id\n    title\n    url\n    fields(first: 50) {\n      nodes {\n        ... on ProjectV2FieldCommon {\n          id\n          name\n          dataType\n        }\n        ... on ProjectV2SingleSelectField {\n          options {\n            id\n            name\n            color\n            description\n          }\n        }\n        ... on ProjectV2IterationField {\n          configuration {\n            iterations {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    items(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        isArchived\n        content {\n          ... on Issue {\n            number\n            repository {\n              nameWithOwner\n            }\n          }\n        }\n      }\n    }\n  }\n":ce,"\n  query ProjectItemContent($id: ID!) {\n    node(id: $id) {\n      ... on Issue {\n        number\n        repository {\n          name\n          owner {\n            login\n          }\n        }\n      }\n    }\n  }\n":be,"\n  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        field(name: $field) {\n          ... on ProjectV2IterationField {\n            id\n            name\n            configuration {\n              duration\n              iterations {\n                ...QuarterIteration\n              }\n              completedIterations {\n                ...QuarterIteration\n              }\n            }\n          }\n        }\n        items(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            quarter: fieldValueByName(name: $field) {\n              ... on ProjectV2ItemFieldIterationValue {\n                iterationId\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment QuarterIteration on ProjectV2IterationFieldIteration {\n    id\n    title\n    startDate\n    duration\n  }\n":pe,"\n  query ProjectStatusUpdates($projectId: ID!) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          nodes {\n            id\n            status\n            body\n            startDate\n            createdAt\n            creator {\n              login\n            }\n          }\n        }\n      }\n    }\n  }\n":Z,"\n  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {\n    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          options {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":I,"\n  mutation UpdateItemField(\n    $projectId: ID!\n    $itemId: ID!\n    $fieldId: ID!\n    $value: ProjectV2FieldValue!\n  ) {\n    updateProjectV2ItemFieldValue(\n      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n    ) {\n      projectV2Item {\n        id\n      }\n    }\n  }\n":M,"\n  mutation UpdateIterationField(\n    $fieldId: ID!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          configuration {\n            iterations {\n              id\n              title\n              startDate\n            }\n          }\n        }\n      }\n    }\n  }\n":W,"\n  fragment Upvotes on ReactionConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      createdAt\n      user {\n        login\n      }\n    }\n  }\n":ae};function E(_){return se[_]??{}}}),9817:((_e,ge,g)=>{g.d(ge,{VE:()=>de,CC:()=>X,rZ:()=>$,dD:()=>ae,bs:()=>P,zh:()=>O,Uo:()=>V,zN:()=>q,Qy:()=>ie,hQ:()=>Y,k_:()=>D,BA:()=>Q,YI:()=>A,ZQ:()=>ce,i9:()=>be,Ic:()=>pe});var w=g(6608);const de=(0,w.U)(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`),X=(0,w.U)(`
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
`),$=(0,w.U)(`
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
`),ae=(0,w.U)(`
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
`),P=(0,w.U)(`
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
`),O=(0,w.U)(`
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
`),V=(0,w.U)(`
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
`),q=(0,w.U)(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`),ie=(0,w.U)(`
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
`),Y=(0,w.U)(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`),D=(0,w.U)(`
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
`),C=(0,w.U)(`
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
`),Q=(0,w.U)(`
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
`),A=(0,w.U)(`
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
`),ce=(0,w.U)(`
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
`),be=(0,w.U)(`
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
`),pe=(0,w.U)(`
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
`)}),3047:((_e,ge,g)=>{g.d(ge,{gl:()=>de,l_:()=>$});const w=["roundtable[bot]","github-actions[bot]"];function de(ae){const P=(ae??"").split(",").map(O=>O.trim()).filter(Boolean);return P.length>0?P:w}const X=ae=>ae.toLowerCase().replace(/\[bot\]$/,"");function $(ae,P){return P?.isBot?(ae.botLogins??w).some(V=>X(V)===X(P.login)):!1}}),211:((_e,ge,g)=>{g.d(ge,{P:()=>w});function w(de,X,$){return de.graphql(X.toString(),$)}}),433:((_e,ge,g)=>{g.d(ge,{F:()=>X});var w=g(9817),de=g(211);async function X($,ae){const P=await(0,de.P)($,w.YI,{projectId:ae});return((P.node&&"statusUpdates"in P.node?P.node:null)?.statusUpdates.nodes??[]).flatMap(V=>V?[{body:V.body??"",createdAt:V.createdAt}]:[])}}),6059:((_e,ge,g)=>{g.d(ge,{y:()=>X});var w=g(9817),de=g(211);async function X($,ae,P,O){const q=(await(0,de.P)($,w.zN,{owner:ae,name:P,expression:O})).repository?.object;return(q&&"text"in q?q.text:null)??void 0}}),2825:((_e,ge,g)=>{g.d(ge,{N:()=>X,z:()=>de});var w=g(3779);async function de($,ae,P){const O=$.request;return O(ae,P)}function X($,ae,P){return w.wN.iterator($,ae,{...P,per_page:100})}}),2029:((_e,ge,g)=>{g.r(ge),g.d(ge,{settingsFromEnv:()=>$});var w=g(3785),de=g(3047),X=g(607);function $(ae){return{...ae.ROUNDTABLE_THROTTLING==="off"?{throttle:!1}:{},...ae.ROUNDTABLE_RETRY_BASE_MS?{retryAfterBaseValue:(0,w.wR)(ae)}:{},requestTimeoutMs:(0,X.Vr)(ae.ROUNDTABLE_REQUEST_TIMEOUT_MS,X.os),budget:AbortSignal.timeout((0,X.Vr)(ae.ROUNDTABLE_JOB_BUDGET_MS,X.u6)),botLogins:(0,de.gl)(ae.ROUNDTABLE_BOT_LOGINS)}}})};
//# sourceMappingURL=428.index.js.map
