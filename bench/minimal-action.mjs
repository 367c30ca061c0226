// The smallest Action worth comparing with: it imports @actions/core, reads one required input
// and fails, as actions/github-script does on a missing `script`. The footprint bench bundles it
// with the same ncc command as the Action and runs both without their inputs.
import * as core from "@actions/core";

try {
  core.info(core.getInput("token", { required: true }));
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
