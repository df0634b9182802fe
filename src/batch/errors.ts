/** A problem with what the user gave (a file, a row, a flag): shown as it is, never as a stack trace. */
export class InputError extends Error {}
