import { createRoundtableApp } from "../../src/app/index.js";
import { coordinationFromEnv } from "../../src/coordination/index.js";
import { endsWithItsTest } from "./app-lifetime.js";

/**
 * The app as Probot loads it (src/app/index.ts's default export: coordinated as the environment
 * says, on the system clock), its coordination ended with whoever made it (`endsWithItsTest`).
 */
export async function appForTest(): Promise<ReturnType<typeof createRoundtableApp>> {
  return createRoundtableApp(endsWithItsTest(await coordinationFromEnv()));
}
