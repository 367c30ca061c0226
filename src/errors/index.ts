export {
  formatWhere,
  RoundtableError,
  type RoundtableErrorDetails,
  userError,
  type Where,
} from "./roundtable-error.js";
