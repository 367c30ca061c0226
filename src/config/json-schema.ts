import { z } from "zod";
import { configSchema } from "./schema.js";

/** The JSON Schema of `.github/roundtable.yml`, for editors (yaml-language-server and others). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    title: "Roundtable configuration (.github/roundtable.yml)",
  };
}
