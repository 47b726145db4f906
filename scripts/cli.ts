// `npm run cli -- <command> …`: Parallax from the command line.
import { AppError } from "@/lib/errors";
import { backupCommand } from "./commands/backup";
import { clusterCommand } from "./commands/cluster";
import { compareCommand } from "./commands/compare";
import { exportCommand } from "./commands/export";
import { extractCommand } from "./commands/extract";
import { importCommand } from "./commands/import";
import { reanalyzeCommand } from "./commands/reanalyze";
import { restoreCommand } from "./commands/restore";
import { userCommand } from "./commands/user";

const COMMANDS: Record<string, { usage: string; run: (args: string[]) => Promise<void> | void }> = {
  import: importCommand,
  extract: extractCommand,
  reanalyze: reanalyzeCommand,
  compare: compareCommand,
  cluster: clusterCommand,
  user: userCommand,
  backup: backupCommand,
  restore: restoreCommand,
  export: exportCommand,
};

function usage(): string {
  return ["Usage: npm run cli -- <command> [options]", "", "Commands:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    await command.run(rest);
    // A command that finished with some failures (an import job with failed items) sets process.exitCode.
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`Error: ${error.message}`);
      return error.code === "invalid_input" ? 2 : 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
