// `npm test`'s first step: every system tool the suite needs is there before any test starts. As root on
// Debian it installs what is missing with apt-get, saying what; anywhere else it stops at once with the one
// command to run. Side effects: runs apt-get, prints, exits.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { installCommand, missingTools } from "./system-tools.ts";

const missing = missingTools();
if (missing.length > 0) {
  const list = missing.map((t) => `  ${t.name} (Debian package ${t.debianPackage}): ${t.why}`).join("\n");
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(`npm test needs these system tools, missing here:\n${list}\nInstall them, then run npm test again:\n  sudo ${installCommand(missing)}`);
    process.exit(1);
  }
  console.log(`pretest: installing what the tests need:\n${list}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update", "-qq"], installCommand(missing).split(" ").slice(1)]) {
    const run = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (run.status !== 0) {
      console.error(`pretest: apt-get ${args.join(" ")} failed (exit ${run.status}); run it by hand:\n  ${installCommand(missing)}`);
      process.exit(1);
    }
  }
  const still = missingTools();
  if (still.length > 0) {
    console.error(`pretest: still missing after apt-get: ${still.map((t) => t.name).join(", ")}`);
    process.exit(1);
  }
}
