import { ClientSession, getItem, repr, run, str } from "py2ts-async/runtime";

// Every HTTP verb helper plus session.request(method, url), against the echo endpoint.

const BASE = process.env["TEST_BASE_URL"] ?? "http://127.0.0.1:8765";
const ECHO = BASE + "/echo";

async function main(): Promise<void> {
  const session = new ClientSession();
  try {
    let resp = await session.get(ECHO);
    try {
      console.log("GET", str(getItem(await resp.json(), "method")));
    } finally {
      resp.release();
    }
    let data!: unknown;
    resp = await session.post(ECHO, { json: new Map([["a", 1]]) });
    try {
      data = await resp.json();
      console.log("POST", str(getItem(data, "method")), str(getItem(data, "json")));
    } finally {
      resp.release();
    }
    resp = await session.put(ECHO, { data: "replacement" });
    try {
      data = await resp.json();
      console.log("PUT", str(getItem(data, "method")), str(getItem(data, "body")));
    } finally {
      resp.release();
    }
    resp = await session.patch(ECHO, { json: new Map([["op", "inc"]]) });
    try {
      data = await resp.json();
      console.log("PATCH", str(getItem(data, "method")), str(getItem(data, "json")));
    } finally {
      resp.release();
    }
    resp = await session.delete(ECHO);
    try {
      console.log("DELETE", str(getItem(await resp.json(), "method")), resp.status);
    } finally {
      resp.release();
    }
    resp = await session.head(BASE + "/hello");
    try {
      console.log("HEAD", resp.status, resp.headers.getItem("Content-Length"), repr(await resp.text()));
    } finally {
      resp.release();
    }
    resp = await session.options(ECHO);
    try {
      console.log("OPTIONS", str(getItem(await resp.json(), "method")));
    } finally {
      resp.release();
    }
    for (const method of ["GET", "POST", "PUT", "DELETE", "PATCH"]) {
      resp = await session.request(method, ECHO);
      try {
        console.log("request():", method, "->", str(getItem(await resp.json(), "method")), resp.method);
      } finally {
        resp.release();
      }
    }
    resp = await session.request("POST", BASE + "/login", { data: new Map([["username", "bob"], ["password", "hunter2"]]) });
    try {
      console.log("login:", resp.status, str(await resp.json()));
    } finally {
      resp.release();
    }
    resp = await session.get(BASE + "/login");
    try {
      console.log("GET /login:", resp.status, resp.headers.getItem("Allow"));
    } finally {
      resp.release();
    }
  } finally {
    await session.close();
  }
}

await run(main);
