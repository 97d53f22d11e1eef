/**
 * What argparse's parser and help formatter share: the arguments as `add_argument` made them, and
 * the errors a command line can raise (see argparse.ts).
 */
import { Exception } from "./exceptions";
import { str } from "./repr";

/** `argparse.SUPPRESS`: an attribute, default or help that is left out. */
export const SUPPRESS = "==SUPPRESS==";

/** `type=`: a builtin converter by name (its Python name is in the error messages), or the program's function. */
export type ApType = "int" | "float" | "str" | ((text: string) => unknown);
/** One `add_argument(...)`: CPython's Action, with its kind of action named. */
export interface ApAction {
  readonly optionStrings: readonly string[];
  readonly dest: string;
  readonly kind: string;
  readonly nargs: number | string | null;
  readonly const: unknown;
  default: unknown;
  readonly type: ApType | null;
  readonly choices: readonly unknown[] | null;
  required: boolean;
  readonly help: string | null;
  readonly metavar: string | readonly string[] | null;
  readonly version?: string;
  /** A subcommand argument (`add_subparsers`): the parser of each name and alias. */
  readonly parsers?: Map<string, ApSubParser>;
  /** The subcommands with help, listed under the subcommand argument in the help. */
  readonly subactions?: ApAction[];
}

/** What a subcommand argument needs of a subcommand's parser. */
export interface ApSubParser {
  parseKnownArgs(args: readonly string[]): [object, string[]];
}

/** Arguments checked (mutually exclusive groups) or listed together. */
export interface ApGroup {
  readonly actions: readonly ApAction[];
  readonly required: boolean;
}

/** How errors name an argument: its option strings, else its metavar or dest. */
export function apActionName(action: ApAction): string | null {
  if (action.optionStrings.length) return action.optionStrings.join("/");
  if (action.metavar !== null && action.metavar !== SUPPRESS) return typeof action.metavar === "string" ? action.metavar : action.metavar.join(", ");
  if (action.dest !== SUPPRESS) return action.dest;
  if (action.choices?.length) return `{${action.choices.map((c) => str(c)).join(",")}}`;
  return null;
}

/** `argparse.ArgumentError`: what a bad command line raises inside the parse (`exit_on_error=False` lets it out). */
export class ArgumentError extends Exception {
  readonly argumentName: string | null;
  private readonly apDetail: string;

  constructor(action: ApAction | null, detail: string) {
    super(detail);
    this.argumentName = action ? apActionName(action) : null;
    this.apDetail = detail;
  }

  override __str__(): string {
    return this.argumentName === null ? this.apDetail : `argument ${this.argumentName}: ${this.apDetail}`;
  }
}

/** `argparse.ArgumentTypeError`: raised by a `type=` function, its message becomes the error. */
export class ArgumentTypeError extends Exception {}

