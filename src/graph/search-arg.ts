// A search argument (`Query.search(query:)`, `documents(search:)`, `statements(search:)`)
// compiled for the store; a query the search limits refuse becomes BAD_USER_INPUT naming the
// argument, with `extensions.reason` saying which limit.
import type { Db } from "../store/db.js";
import { SearchInputError } from "../store/fts-query.js";
import { compileSearch, type CompiledSearch } from "../store/search.js";
import type { SearchCompiler } from "./filter-args.js";
import { fieldError } from "./mutations/errors.js";

export function compileSearchArg(db: Db, input: string, argument: string): CompiledSearch {
  try {
    return compileSearch(db, input);
  } catch (err) {
    if (err instanceof SearchInputError) throw fieldError("BAD_USER_INPUT", argument, err.message, { reason: err.reason });
    throw err;
  }
}

/** The `search:` filter arguments of connections, compiled against `db` (refusals name `search`). */
export const searchCompiler =
  (db: Db): SearchCompiler =>
  (search) =>
    compileSearchArg(db, search, "search").match;
