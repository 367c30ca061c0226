import { RoundtableError } from "../../errors/index.js";

/** A problem or keep file that cannot be read: the message says where and what was expected. */
export class ScheduleInputError extends RoundtableError {
  override name = "ScheduleInputError";
}
