/**
 * Ends the process now with `code`: the one way the entry points, the shutdown handler and the
 * scripts end, so that what an exit code means is decided where they call it, and nowhere else.
 */
export const endProcess: (code: 0 | 1) => never = process.exit.bind(process);
