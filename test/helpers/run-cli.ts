// Runs the CLI in-process, capturing what it prints.

import { runCli } from "../../src/cli/main";

export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (t) => void (stdout += t), color: false },
    stderr: { write: (t) => void (stderr += t), color: false },
  });
  return { code, stdout, stderr };
}
