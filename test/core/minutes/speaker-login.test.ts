import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { speakerLogin } from "../../../src/core/minutes/index.js";

const people = ["maya-chen", "raj-patel", "aiko-t", "elena-v", "elena_k", "Codertocat"];

describe("a transcript's speaker as a meeting person", () => {
  it("is the login with the same letters and digits, whatever the case, spaces and accents", () => {
    expect(speakerLogin("Maya Chen", people)).toBe("maya-chen");
    expect(speakerLogin("RAJ PATEL", people)).toBe("raj-patel");
    expect(speakerLogin("Aikó T", people)).toBe("aiko-t");
    expect(speakerLogin("codertocat", people)).toBe("Codertocat");
  });

  it("is the one login whose first part is the speaker's first name, and nobody when two share it", () => {
    expect(speakerLogin("Maya", people)).toBe("maya-chen");
    expect(speakerLogin("Raj P.", people)).toBe("raj-patel");
    expect(speakerLogin("Elena", people)).toBeUndefined();
    expect(speakerLogin("Elena V", people)).toBe("elena-v");
  });

  it("is nobody for a name no login shares: the name is kept as said", () => {
    expect(speakerLogin("Speaker 3", people)).toBeUndefined();
    expect(speakerLogin("", people)).toBeUndefined();
    expect(speakerLogin("M", people)).toBeUndefined();
    expect(speakerLogin("Mayan Chenoweth", people)).toBeUndefined();
  });

  it("is always one of the meeting's people, or nobody", () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1 })), (speaker, logins) => {
        const found = speakerLogin(speaker, logins);
        expect(found === undefined || logins.includes(found)).toBe(true);
      }),
    );
  });
});
