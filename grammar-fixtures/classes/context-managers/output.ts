import { KeyError, RuntimeError, ValueError, ZeroDivisionError, contextmanager, div, excInfo, getAttr, repr, str, suppress } from "py2ts-async/runtime";

// with statements over classes with __enter__/__exit__: values bound by as, suppressed exceptions,
// exit arguments, nesting order; contextlib.contextmanager and suppress.

class Resource {
  name: string;
  suppress: boolean;
  constructor(name: string, suppress_: boolean = false) {
    this.name = name;
    this.suppress = suppress_;
  }
  __enter__(): Resource {
    console.log("open", this.name);
    return this;
  }
  __exit__(exc_type: unknown, exc: unknown, tb: unknown): boolean {
    const status = exc_type === null ? "ok" : `${str(getAttr(exc_type, "__name__"))}(${str(exc)})`;
    console.log("close", this.name, status);
    return this.suppress;
  }
}

const tag = contextmanager(function* tag(name: string): Generator<string, void, undefined> {
  console.log(`<${name}>`);
  try {
    yield name.toUpperCase();
  } finally {
    console.log(`</${name}>`);
  }
});

const manager = new Resource("file");
const r: Resource = manager.__enter__();
let failed = false;
try {
  console.log("using", r.name);
} catch (error2) {
  failed = true;
  if (!manager.__exit__(...excInfo(error2))) {
    throw error2;
  }
} finally {
  if (!failed) {
    manager.__exit__(null, null, null);
  }
}
const manager3 = new Resource("outer");
const a: Resource = manager3.__enter__();
let failed3 = false;
try {
  const manager2 = new Resource("inner");
  const b: Resource = manager2.__enter__();
  let failed2 = false;
  try {
    console.log("both", a.name, b.name);
  } catch (error3) {
    failed2 = true;
    if (!manager2.__exit__(...excInfo(error3))) {
      throw error3;
    }
  } finally {
    if (!failed2) {
      manager2.__exit__(null, null, null);
    }
  }
} catch (error4) {
  failed3 = true;
  if (!manager3.__exit__(...excInfo(error4))) {
    throw error4;
  }
} finally {
  if (!failed3) {
    manager3.__exit__(null, null, null);
  }
}
const manager4 = new Resource("quiet", true);
manager4.__enter__();
let failed4 = false;
try {
  throw new ValueError("swallowed");
} catch (error5) {
  failed4 = true;
  if (!manager4.__exit__(...excInfo(error5))) {
    throw error5;
  }
} finally {
  if (!failed4) {
    manager4.__exit__(null, null, null);
  }
}
console.log("after suppressed error");
try {
  const manager5 = new Resource("loud");
  manager5.__enter__();
  let failed5 = false;
  try {
    throw new KeyError("escapes");
  } catch (error6) {
    failed5 = true;
    if (!manager5.__exit__(...excInfo(error6))) {
      throw error6;
    }
  } finally {
    if (!failed5) {
      manager5.__exit__(null, null, null);
    }
  }
} catch (e) {
  if (e instanceof KeyError) {
    console.log("caught", repr(e));
  } else {
    throw e;
  }
}
const manager7 = tag("div");
const t: string = manager7.__enter__();
let failed7 = false;
try {
  console.log("inside", t);
  const manager6 = tag("span");
  manager6.__enter__();
  let failed6 = false;
  try {
    console.log("nested");
  } catch (error7) {
    failed6 = true;
    if (!manager6.__exit__(...excInfo(error7))) {
      throw error7;
    }
  } finally {
    if (!failed6) {
      manager6.__exit__(null, null, null);
    }
  }
} catch (error8) {
  failed7 = true;
  if (!manager7.__exit__(...excInfo(error8))) {
    throw error8;
  }
} finally {
  if (!failed7) {
    manager7.__exit__(null, null, null);
  }
}
try {
  const manager8 = tag("p");
  manager8.__enter__();
  let failed8 = false;
  try {
    throw new RuntimeError("boom");
  } catch (error9) {
    failed8 = true;
    if (!manager8.__exit__(...excInfo(error9))) {
      throw error9;
    }
  } finally {
    if (!failed8) {
      manager8.__exit__(null, null, null);
    }
  }
} catch (e) {
  if (e instanceof RuntimeError) {
    console.log("caught", str(e));
  } else {
    throw e;
  }
}
const manager9 = new suppress(ZeroDivisionError, KeyError);
manager9.__enter__();
let failed9 = false;
try {
  console.log(str(div(1, 0), "f"));
} catch (error10) {
  failed9 = true;
  if (!manager9.__exit__(...excInfo(error10))) {
    throw error10;
  }
} finally {
  if (!failed9) {
    manager9.__exit__(null, null, null);
  }
}
console.log("suppress done");

function first_line(): string | null {
  const manager10 = new Resource("early");
  manager10.__enter__();
  let failed10 = false;
  try {
    return "returned from inside";
  } catch (error11) {
    failed10 = true;
    if (!manager10.__exit__(...excInfo(error11))) {
      throw error11;
    }
  } finally {
    if (!failed10) {
      manager10.__exit__(null, null, null);
    }
  }
  return null;
}

console.log(str(first_line()));
