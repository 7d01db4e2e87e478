// Titles before names (actor.title-name, issue 11 pattern 1 and issue 12): a form of address is
// no role, a hyphenated title is one title, the person is the name-shaped run at the end of a
// title chain, and what the title is "of" is never a person. Sentences written for the purpose.
import { describe, expect, it } from "vitest";
import { checkPersonName } from "../../src/extract/person-name.js";
import { roleOfTitle } from "../../src/extract/actors.js";
import { loadRegistry } from "../../src/extract/registry.js";
import { run } from "./helpers.js";

const people = (text: string) => run(text).actors.filter((a) => a.kind === "PERSON");
const roleOf = (text: string, name: string) => {
  const p = people(text).find((a) => a.name === name);
  expect(p, `${name} in ${JSON.stringify(people(text).map((a) => a.name))}`).toBeDefined();
  return p!.role;
};

describe("a form of address is no role", () => {
  it.each([
    ["Later, Mr Tomas Halvorsen answered questions from the press.", "Tomas Halvorsen"],
    ["I would like to hear Ms Ilse Varganova first.", "Ilse Varganova"],
    ["We agreed with Mrs. Oddny Brekke that the work goes on.", "Oddny Brekke"],
    ["Dear Mr. Anselm Kittredge, thank you for coming.", "Anselm Kittredge"],
  ])("%s", (text, name) => {
    expect(roleOf(text, name)).toBeNull();
  });

  it("the honorific is dropped, the title kept", () => {
    expect(roleOf("We discussed this with Mr. Prime Minister Oskar Vallgren yesterday.", "Oskar Vallgren")).toBe("Prime Minister");
  });

  it("a later title by honorific does not give a role to a person met without one", () => {
    expect(roleOf("Vladimir Putin met with Darya Lomonosova-Belaya. Ms Lomonosova-Belaya thanked him.", "Darya Lomonosova-Belaya")).toBeNull();
  });

  it.each([
    ["Mr", null],
    ["Mr.", null],
    ["Ms", null],
    ["Dear Mrs.", "Dear"],
    ["Acting Head of the", "Acting Head"],
    ["President of", "President"],
    ["Mr. Prime Minister", "Prime Minister"],
    ["Minister of Foreign Affairs", "Minister of Foreign Affairs"],
  ])("roleOfTitle(%j) is %j", (title, role) => {
    expect(roleOfTitle(title)).toBe(role);
  });
});

describe("a hyphenated title is one title, a rank alone only before the name", () => {
  it.each([
    ["The session was opened by UN Secretary-General Corin Talbot on Monday.", "Corin Talbot", "UN Secretary-General"],
    ["Prosecutor-General Oleg Marchuk reported on the inquiry.", "Oleg Marchuk", "Prosecutor-General"],
    ["Director-General Amara Diallo welcomed the decision.", "Amara Diallo", "Director-General"],
    ["General Jana Rostova commands the northern group.", "Jana Rostova", "General"],
  ])("%s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("titles of heads of state and government of their own are no part of the name", () => {
  it.each([
    ["The Prime Minister welcomed Taoiseach Ciara Dunleavy to London on Monday.", "Ciara Dunleavy", "Taoiseach"],
    ["Tánaiste Eoin Brennan said the talks had been useful.", "Eoin Brennan", "Tánaiste"],
    ["Amir Nasser Al Hamadi received the delegation in Doha.", "Nasser Al Hamadi", "Amir"],
    ["Emperor Akihiro opened the exhibition in Kyoto.", "Akihiro", "Emperor"],
  ])("%s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it("a university named after a Duke stays a body", () => {
    expect(run("Researchers at Duke University published the study.").actors.filter((a) => a.kind === "PERSON")).toEqual([]);
  });
});

describe("the person is the name at the end of a title chain", () => {
  it.each([
    // What the title is of: a company, a church, a region, a newspaper. No person.
    ["The award was presented to Nikolai Tarasenko, President of Vostokneft, on Friday.", "Vostokneft"],
    ["He met Pope Francis, Head of the Catholic Church, in Rome.", "Catholic Church"],
    ["Yury Zaitsev has been appointed Acting Head of the Republic of Mari El.", "Mari El"],
    ["Yuliya Ostrova, Editor-in-Chief of Severny Vestnik newspaper, asked a question.", "Severny Vestnik"],
    ["Marco Bellandi, Executive Vice Chairman of Ferrandi and Co-Chairman of the council, spoke next.", "Ferrandi"],
    ["Putin met with Director General of the Znaniye (Knowledge) Society Maxim Dolgov.", "Znaniye"],
    ["Putin called the Prime Minister of the Grand Duchy ofLuxembourg Xavier Bettel.", "Grand Duchy"],
    // A title cut short by what follows the name: the demonym after it is no person.
    ["He spoke with President of the Republic of Uzbekistan Rustam Karimbekov on the Uzbekistani side's initiative.", "Uzbekistani"],
    // A chain longer than what is read: its last word read is no name.
    ["Thanks go to Ivan Melnyk, Head of the Military Law Institute of the Yaroslav the Wise National Law University in Kharkiv.", "Law"],
    // A run after a number belongs to what the title is of.
    ["said Christine Lafleur, President of the University of Paris 1 Pantheon-Sorbonne.", "Pantheon-Sorbonne"],
  ])("%s", (text, notPerson) => {
    expect(people(text).map((a) => a.name)).not.toContain(notPerson);
  });

  it.each([
    ["Governor of the Kursk Region Roman Starko said the shelling had stopped.", "Roman Starko"],
    ["He spoke with President of the Republic of Uzbekistan Rustam Karimbekov on the Uzbekistani side's initiative.", "Rustam Karimbekov"],
    ["Minister of Foreign Affairs of the Czech Republic Jan Lipovsky arrived in Kyiv.", "Jan Lipovsky"],
    ["Commissioner for Human Rights in Ukraine Dmytro Lubinets said the talks failed.", "Dmytro Lubinets"],
  ])("keeps the name that ends the chain: %s", (text, name) => {
    const p = people(text).find((a) => a.name === name);
    expect(p?.role ?? "").not.toMatch(/ (?:of|the|on|in)$/);
    expect(p).toBeDefined();
  });
});

describe("the words of what a title is of do not open the name", () => {
  it.each([
    ["Present were the minister and Director General of Vostokset Andrei Ryabov.", "Andrei Ryabov", "Director General of Vostokset"],
    ["He met with Head of the Federal Service for Financial Monitoring Yury Chernikov.", "Yury Chernikov", "Head of the Federal Service for Financial Monitoring"],
    ["Awarded to the Commander of the Automobile Platoon Valentyn Petrovych Baryshko.", "Valentyn Petrovych Baryshko", null],
    ["He met with Governor of the Lakeland Autonomous Area Dmitry Artemov.", "Dmitry Artemov", null],
    ["He met with Chairman of the Board of Directors of KAZ Minerals Oleg Novikov.", "Oleg Novikov", null],
  ])("%s", (text, name, role) => {
    const p = people(text);
    expect(p.map((a) => a.name)).toEqual([name]);
    if (role) expect(p[0].role).toBe(role);
  });

  it("a name printed twice, the second time glued to the next title, is one name", () => {
    const text = "Election Commission Chairperson Ella Pavlova Pavlova EllaChairperson of the Commission said the count was over.";
    expect(people(text).map((a) => a.name)).toEqual(["Ella Pavlova"]);
  });

  it("a doubled name glued to a word that is no title is one name too", () => {
    const text = "(Minister of Labour Anton Kovalyov Kovalyov AntonLabour and Social Protection Minister said so.)";
    expect(people(text).map((a) => a.name)).toEqual(["Anton Kovalyov"]);
  });

  it.each([
    ["We thank Professor Piotr Czaplinski for his work.", "Piotr Czaplinski", "Professor"],
    ["The service was led by Archpriest Alexander Tkachuk.", "Alexander Tkachuk", "Archpriest"],
  ])("a scholarly or church title is a title, not a name: %s", (text, name, role) => {
    expect(roleOf(text, name)).toBe(role);
  });

  it("words cut off before a name and its verb are no role", () => {
    expect(roleOf("Managing Director at Lakeland Sports Properties Monika Berger noted the progress.", "Monika Berger")).toBeNull();
  });

  it("a sentence adverb before a name and its verb is no part of the name", () => {
    expect(people("Once Daniil Gorin told me that the plan would work.").map((a) => a.name)).toEqual(["Daniil Gorin"]);
  });
});

describe("names of places and things that open with a given name are no person", () => {
  it.each([
    ["The delegation arrived in Mari El on Monday.", "Mari El"],
    ["Artists held an action called Free Sky in the square.", "Free Sky"],
    ["Workers at the Red Barricades shipyard went back to work.", "Red Barricades"],
    ["Take, for example, Charlie Hebdo and what happened there.", "Charlie Hebdo"],
  ])("%s", (text, notPerson) => {
    expect(people(text).map((a) => a.name)).not.toContain(notPerson);
  });
});

describe("a patronymic inside a name follows the given name (person.patronymic-start)", () => {
  const reg = loadRegistry();
  it("cuts the place before given name, patronymic and surname", () => {
    expect(checkPersonName("Kakhovka Volodymyr Ivanovych Kovalenko", reg)).toEqual({ ok: true, name: "Volodymyr Ivanovych Kovalenko", offset: 9, rule: "person.patronymic-start" });
    expect(roleOf("Mayor of Nova Kakhovka Oksana Petrivna Hrytsenko said the water was back.", "Oksana Petrivna Hrytsenko")).toBe("Mayor of Nova Kakhovka");
  });
  it.each(["Volodymyr Ivanovych Kovalenko", "Litun Andriy Mykolayovych", "Oleksiy Arestovych", "Mikhail Myasnikovich"])("keeps %s whole", (name) => {
    expect(checkPersonName(name, reg)).toEqual({ ok: true, name, offset: 0 });
  });
});

describe("a demonym is no person (person.demonym)", () => {
  const reg = loadRegistry();
  it.each(["Uzbekistani", "Uzbekistanis"])("rejects %s, a form the registry does not list", (name) => {
    expect(checkPersonName(name, reg)).toEqual({ ok: false, rule: "person.demonym" });
  });
  it.each(["Tajikistani", "Sudanese", "Pakistanis"])("rejects %s", (name) => {
    expect(checkPersonName(name, reg).ok).toBe(false);
  });
  it.each(["Smriti Irani", "Jane Roe"])("keeps %s, where the shape is a surname", (name) => {
    expect(checkPersonName(name, reg).ok).toBe(true);
  });
});

describe("'to' links a title to its post (Ambassador to …, Envoy to …, Adviser to …)", () => {
  it.each([
    ["The treaty was signed by Ambassador to the United Kingdom Yevhen Lavrovych.", "Yevhen Lavrovych"],
    ["Special Envoy to the Arctic Region Oskar Tvedtberg met the governor.", "Oskar Tvedtberg"],
    ["Adviser to the Minister Radomir Kostelnik said the talks would resume.", "Radomir Kostelnik"],
  ])("%s", (text, name) => {
    expect(people(text).map((a) => a.name)).toContain(name);
  });

  it("after a full name, 'to' ends the chain", () => {
    expect(people("Prime Minister Radomir Kostelnik to Lakeland for talks.").map((a) => a.name)).toEqual(["Radomir Kostelnik"]);
  });
});
