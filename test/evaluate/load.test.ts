// Loading gold and prediction folders: a malformed gold file is refused with its file and
// field named, and the repository's gold sets load and score 1.000 against themselves.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EvalFileError, hasGoldFiles, loadGoldDir, loadGoldFile, loadPrediction } from "../../src/evaluate/load.js";
import { MEASURES, scoreDocuments } from "../../src/evaluate/score.js";
import { parsePrediction } from "../../src/evaluate/shape.js";

const repo = resolve(__dirname, "../..");
const SHARED_GOLD = join(repo, "..", "shared", "gold");
const root = mkdtempSync(join(tmpdir(), "parley-load-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const valid = () => ({
  document: "talks.txt",
  title: "Talks",
  actors: [
    { name: "Alice Marlow", kind: "PERSON", aliases: ["Marlow"], role: "Foreign Minister", affiliation: "Norland" },
    { name: "Norland", kind: "COUNTRY", aliases: [], role: null, affiliation: null },
  ],
  optionalActors: [{ name: "Daily Courier", kind: "ORGANIZATION" }],
  statements: [{ speaker: "Marlow", speakerLabel: null, kind: "INDIRECT", text: "the talks would resume" }],
  engagements: [{ kind: "MEETING", participants: ["Alice Marlow", "Norland"], status: "HELD", dateText: "Monday", date: null, count: 1, forum: null }],
});

function writeGold(content: unknown, name = "talks.txt.json"): string {
  const dir = mkdtempSync(join(root, "parley-gold-"));
  writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return join(dir, name);
}

describe("loading gold files", () => {
  it("reads a valid file, named after the file without .json", () => {
    const file = loadGoldFile(writeGold(valid()));
    expect(file.name).toBe("talks.txt");
    expect(file.gold.statements[0]!.speaker).toBe("Marlow");
  });

  it.each([
    ["a wrong actor kind", (d: any) => (d.actors[1].kind = "STATE"), "actors[1].kind", /"STATE"/],
    ["a missing list", (d: any) => delete d.engagements, "engagements", /expected array/],
    ["a statement kind in lower case", (d: any) => (d.statements[0].kind = "indirect"), "statements[0].kind", /DIRECT/],
    ["a speaker that is no actor", (d: any) => (d.statements[0].speaker = "Boris Quent"), "statements[0].speaker", /not the name or an alias of any actor/],
    ["a participant that is no actor", (d: any) => (d.engagements[0].participants[1] = "Southland"), "engagements[0].participants[1]", /"Southland"/],
    ["an engagement of one", (d: any) => (d.engagements[0].participants = ["Norland"]), "engagements[0].participants", /2/],
    ["one name for two actors", (d: any) => d.actors[1].aliases.push("marlow"), "actors[1].aliases[0]", /also a name of actors\[0\]/],
    ["a name that folds to nothing", (d: any) => (d.actors[0].aliases = ["Марлоу"]), "actors[0].aliases[0]", /can never match/],
    ["a date that is not ISO", (d: any) => (d.engagements[0].date = "Jan. 5"), "engagements[0].date", /ISO/],
    ["a count of zero", (d: any) => (d.engagements[0].count = 0), "engagements[0].count", /0/],
    ["a document field for another file", (d: any) => (d.document = "other.txt"), "document", /expected "talks.txt"/],
    ["a list where an object belongs", (d: any) => (d.actors[0] = ["Alice Marlow"]), "actors[0]", /expected object/],
  ])("refuses %s, naming the file and the field", (_, spoil, field, problem) => {
    const doc = valid();
    spoil(doc);
    const path = writeGold(doc);
    let error: unknown;
    try {
      loadGoldFile(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(EvalFileError);
    expect((error as EvalFileError).field).toBe(field);
    expect((error as EvalFileError).message).toMatch(problem);
    expect((error as EvalFileError).message.startsWith(`${path}: ${field}: `)).toBe(true);
  });

  it("refuses a file that is not JSON", () => {
    const path = writeGold('{"actors": [');
    expect(() => loadGoldFile(path)).toThrow(new RegExp(`^${path.replace(/[.\\/]/g, "\\$&")}: not valid JSON`));
  });

  it("tells a folder of gold files from one without", () => {
    const path = writeGold(valid());
    expect(hasGoldFiles(join(path, ".."))).toBe(true);
    expect(hasGoldFiles(mkdtempSync(join(root, "parley-empty-")))).toBe(false);
    expect(hasGoldFiles(join(tmpdir(), "parley-no-such-folder"))).toBe(false);
  });
});

describe("loading predictions", () => {
  it("returns null for a missing file, drops extra fields and treats missing lists as empty", () => {
    const dir = join(writeGold({ actors: [{ name: "Alice Marlow", kind: "PERSON", mentions: [{ start: 0, end: 5 }] }] }), "..");
    expect(loadPrediction(dir, "absent.txt")).toBeNull();
    expect(loadPrediction(dir, "talks.txt")).toEqual({ actors: [{ name: "Alice Marlow", kind: "PERSON", aliases: [] }], statements: [], engagements: [] });
  });

  it("refuses a prediction with an unknown engagement kind", () => {
    const dir = join(writeGold({ engagements: [{ kind: "VISIT", participants: ["A", "B"] }] }), "..");
    expect(() => loadPrediction(dir, "talks.txt")).toThrow(/engagements\[0\]\.kind/);
  });
});

// The held-out sets are in the repository; the seed gold only in ../shared.
const GOLD_SETS = [join(repo, "test/fixtures/heldout"), join(repo, "test/fixtures/heldout2"), ...(existsSync(SHARED_GOLD) ? [SHARED_GOLD] : [])];
if (!existsSync(SHARED_GOLD)) console.warn(`load.test: ${SHARED_GOLD} is absent; the seed gold is not checked`);

describe.each(GOLD_SETS)("gold set %s", (dir) => {
  it("loads and scores 1.000 on every measure against itself", () => {
    const golds = loadGoldDir(dir);
    expect(golds.length).toBeGreaterThan(0);
    const { scores } = scoreDocuments(golds.map(({ name, gold }) => ({ name, gold, pred: parsePrediction(gold) })));
    for (const m of MEASURES) expect(scores[m].f1, m).toBe(1);
  });
});
