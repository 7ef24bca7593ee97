import { redactHeaders, redactUrl } from "@digitale-nuts/gipod";
import { describe, expect, it } from "vitest";

describe("redaction", () => {
  it("keeps only the auth scheme of Authorization, and nothing of a value without a scheme or of a cookie", () => {
    expect(
      redactHeaders({
        authorization: "Bearer abc.def.ghi",
        "Proxy-Authorization": "Basic dXNlcjpwYXNz",
        cookie: "session=s3cr3t; theme=dark",
        "x-other": "kept",
      }),
    ).toEqual({
      authorization: "Bearer REDACTED",
      "Proxy-Authorization": "Basic REDACTED",
      cookie: "REDACTED",
      "x-other": "kept",
    });
    expect(redactHeaders({ authorization: "raw-token-without-scheme" })).toEqual({
      authorization: "REDACTED",
    });
  });

  it("drops user info and secret-looking query values from URLs", () => {
    const text = redactUrl("https://user:pw@gipod.example/api?access_token=t0k&niscode=11002");
    expect(text).not.toMatch(/user|pw|t0k/);
    expect(text).toContain("niscode=11002");
    expect(redactUrl("not a url")).toBe("(invalid URL)");
  });
});
