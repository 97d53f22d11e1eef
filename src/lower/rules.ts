import { createRegistry, type Registry } from "./registry";
import { literalRules } from "./core/literals";
import { nameRules } from "./core/names";
import { operatorRules } from "./core/operators";
import { callRules } from "./core/calls";
import { subscriptRules } from "./core/subscripts";
import { comprehensionRules } from "./core/comprehensions";
import { awaitRules } from "./core/await";
import { assignmentRules } from "./core/assignments";
import { controlFlowRules } from "./core/control-flow";
import { functionRules } from "./core/functions";
import { exceptionRules } from "./core/exceptions";
import { withRules } from "./core/with";
import { simpleStatementRules } from "./core/simple-statements";
import { classRules } from "./core/classes";
import { matchRules } from "./core/match";
import { builtinFunctionRules } from "./builtins/functions";
import { builtinExceptionRules } from "./builtins/exceptions";
import { builtinMethodRules } from "./builtins/methods";
import { sliceObjectRules } from "./builtins/slice-objects";
import { osSysRules } from "./stdlib/os-sys";
import { miscStdlibRules } from "./stdlib/misc";
import { contextlibRules } from "./stdlib/contextlib";
import { reRules } from "./stdlib/re";
import { collectionsRules } from "./stdlib/collections";
import { typingEnumFunctoolsRules } from "./stdlib/typing-enum-functools";
import { typedDictRules } from "./typing/typed-dict";
import { namedTupleRules } from "./stdlib/named-tuples";
import { urllibRules } from "./stdlib/urllib";
import { loggingRules } from "./stdlib/logging";
import { itertoolsRules } from "./stdlib/itertools";
import { argparseRules } from "./stdlib/argparse";
import { datetimeRules } from "./stdlib/datetime";
import { base64Rules } from "./stdlib/base64";
import { hashlibRules } from "./stdlib/hashlib";
import { uuidRules } from "./stdlib/uuid";
import { stringModuleRules } from "./stdlib/string-module";
import { randomRules } from "./stdlib/random";
import { signalRules } from "./stdlib/signal";
import { asyncioRules } from "./asyncio";
import { uvloopRules } from "./asyncio/running";
import { aiohttpRules } from "./aiohttp";

let registry: Registry | undefined;

/** Every rule of every domain, merged once per process (duplicate keys fail loudly). */
export function allRules(): Registry {
  registry ??= createRegistry([
    literalRules,
    nameRules,
    operatorRules,
    callRules,
    subscriptRules,
    comprehensionRules,
    awaitRules,
    assignmentRules,
    controlFlowRules,
    functionRules,
    exceptionRules,
    withRules,
    simpleStatementRules,
    classRules,
    matchRules,
    builtinFunctionRules,
    builtinExceptionRules,
    builtinMethodRules,
    sliceObjectRules,
    osSysRules,
    miscStdlibRules,
    contextlibRules,
    reRules,
    collectionsRules,
    typingEnumFunctoolsRules,
    typedDictRules,
    namedTupleRules,
    urllibRules,
    loggingRules,
    itertoolsRules,
    argparseRules,
    datetimeRules,
    base64Rules,
    hashlibRules,
    uuidRules,
    stringModuleRules,
    randomRules,
    signalRules,
    asyncioRules,
    uvloopRules,
    aiohttpRules,
  ]);
  return registry;
}
