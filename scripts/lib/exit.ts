/** How the command-line scripts stop: exit code 2 for a misused command (with its usage line), 1 for anything else that went wrong. */
export function exitOnMisuse(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

export function exitOnFailure(message: string): never {
  console.error(message);
  process.exit(1);
}
