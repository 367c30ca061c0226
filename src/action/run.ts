import { runAction } from "./runner.js";

await runAction();
