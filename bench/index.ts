import { benchDeliveries } from "./app-deliveries.js";
import { benchInstances } from "./app-instances.js";
import { benchLoadCost, benchReorder } from "./github-cost.js";
import { benchHostileInput } from "./hostile-input.js";
import { benchMeetingCost } from "./meeting-cost.js";
import { benchPersonWords } from "./person-words.js";
import { benchRoomLive } from "./room-live.js";
import { benchRoomPaint } from "./room-paint.js";
import { benchSchedule } from "./schedule.js";
import { benchScheduleEvents } from "./schedule-events.js";
import { benchTopicForm } from "./topic-form.js";
import { benchAllPages, benchTopicsPage } from "./topics-page.js";

/**
 * Benchmarks print figures; they are not timed tests. Run with `npm run bench`.
 * Each figure comes from one run in this process: compare runs on the same machine only.
 */
console.log(`roundtable bench · node ${process.version} · ${process.platform}/${process.arch}`);
benchTopicsPage(10_000, 2_000);
benchAllPages(10_000, 2_000);
await benchLoadCost();
benchReorder();
await benchSchedule();
benchScheduleEvents();
await benchMeetingCost();
benchTopicForm();
benchPersonWords();
await benchDeliveries(500, 20);
await benchInstances(300, 20);
await benchHostileInput();
await benchRoomLive(100);
await benchRoomPaint(5);
