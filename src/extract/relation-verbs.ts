// The verb lexicon of relation labels: a label's words (base forms) → its coarse class, with the reason of
// each entry. Data only; `findRelations` reads it. Classes follow re3d's schema (see classifyRelation).

/** The coarse class of a relation between two entities; null when the lexicon knows none. */
export type RelationClass = "communicates" | "supports" | "opposes" | "member-of" | "leads" | "located-in";

/** All relation classes, in the order the explorer's filter lists them. */
export const RELATION_CLASSES: readonly RelationClass[] = ["communicates", "supports", "opposes", "member-of", "leads", "located-in"];

/** A lexicon entry: a word or phrase in base form, its class (null: it cancels the relation), and why. */
export interface RelationVerb {
  words: string;
  class: RelationClass | null;
  reason: string;
}

/**
 * The lexicon, looked up by the whole label first ("belong to"), then word by word in label order: the first
 * word with an entry decides ("hold talk with" → talk → communicates). An entry of class null cancels: a
 * relation the sentence denies or ends is no relation of that class ("stop take call from").
 */
export const RELATION_VERBS: readonly RelationVerb[] = [
  // communicates: speech, meetings, messages between the two.
  ...["meet", "call", "tell", "discuss", "talk", "speak", "ask", "urge", "persuade", "phone", "telephone", "invite", "host", "receive", "visit with", "whisper", "write", "email", "message", "warn", "inform", "brief", "thank", "congratulate", "negotiate", "consult", "press", "propose", "request", "convey", "express", "assure", "reply", "respond", "answer", "conversation", "meeting", "summit", "contact", "consultation", "agreement", "sign", "update", "call with", "discussion"]
    .map((words): RelationVerb => ({ words, class: "communicates", reason: "speech or a meeting between the two" })),
  ...["agree with", "speak with", "speak to", "talk to", "talk with", "meet with", "confer with", "at the request of"]
    .map((words): RelationVerb => ({ words, class: "communicates", reason: "speech or a meeting: a phrase" })),
  // supports: help, alliance, arms, praise.
  ...["back", "support", "ally", "arm", "aid", "help", "assist", "fund", "finance", "defend", "protect", "endorse", "praise", "work with", "cooperate", "partner", "stand by", "stand with", "side with", "supply", "equip", "train", "rescue", "shelter", "save", "sponsor", "donate", "like", "admire", "favour", "favor", "trust", "ally with", "allied with", "join force with", "stand", "provide", "assistance", "encourage", "welcome", "commitment", "support for"]
    .map((words): RelationVerb => ({ words, class: "supports", reason: "help, alliance or approval" })),
  // opposes: violence, condemnation, sanctions.
  ...["attack", "condemn", "fight", "bomb", "strike", "kill", "target", "oppose", "denounce", "criticise", "criticize", "accuse", "blame", "sanction", "invade", "shell", "besiege", "threaten", "defeat", "destroy", "oust", "overthrow", "topple", "battle", "raid", "ambush", "execute", "arrest", "detain", "expel", "punish", "reject", "deplore", "dislike", "hate", "war", "fight against", "struggle against", "appal", "appall", "savagery", "inhumanity", "tragedy", "sue", "ban", "boycott", "condemnation", "terror", "barbarity", "brutality", "depravity", "atrocity", "degrade", "counter", "offensive", "airstrike", "violence", "crime", "confront", "discord", "terrorism", "liberate", "free"]
    .map((words): RelationVerb => ({ words, class: "opposes", reason: "violence, blame or opposition" })),
  // member-of: belonging.
  ...["join", "belong to", "member of", "member", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "official", "adviser", "advisor", "aide", "officer", "representative", "delegate", "part of", "serve in", "work for", "employee", "foreign minister", "defence minister", "defense minister", "deputy"]
    .map((words): RelationVerb => ({ words, class: "member-of", reason: "belonging to a body, or a post in it" })),
  // leads: command and rule.
  ...["head", "lead", "command", "rule", "govern", "control", "run", "chair", "direct", "president", "leader", "king", "queen", "chief", "commander", "chairman", "chairwoman", "prime minister", "premier", "secretary-general", "secretary general", "emir", "sultan", "dictator", "governor", "mayor", "founder", "found", "head of", "in charge of", "seize", "capture"]
    .map((words): RelationVerb => ({ words, class: "leads", reason: "command, rule or the top post" })),
  // located-in: place.
  ...["in", "at", "visit", "arrive in", "arrive", "travel to", "fly to", "live in", "base in", "station in", "locate in", "inside", "near", "deploy", "deploy to", "return to", "go to", "come to", "move to", "flee to", "stay in", "land in", "presence in", "border", "flee from", "include"]
    .map((words): RelationVerb => ({ words, class: "located-in", reason: "being in or going to a place" })),
  // Words that end or deny the relation the rest of the label names.
  ...["stop", "cease", "refuse", "decline", "fail", "deny", "halt", "quit", "end"]
    .map((words): RelationVerb => ({ words, class: null, reason: "the sentence ends or denies the relation" })),
];

/** The lexicon as a map, first entry of a phrase winning. */
export const RELATION_LEXICON: ReadonlyMap<string, RelationVerb> = new Map([...RELATION_VERBS].reverse().map((entry) => [entry.words, entry]));

/**
 * Words of a post written between an organisation or country and its holder ("Iran's President Hassan
 * Rouhani", "Russian Foreign Minister Sergei Lavrov"), or after a person ("Lavrov, the foreign minister of
 * Russia"): they make a relation "<post> of" without a verb.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior", "leader", "king", "queen", "chief", "commander", "chairman",
  "chairwoman", "secretary", "secretary-general", "general", "emir", "sultan", "governor", "mayor", "spokesman", "spokeswoman", "spokesperson",
  "ambassador", "envoy", "head", "deputy", "adviser", "advisor", "aide", "official", "supreme", "crown", "prince", "premier", "founder", "member",
]);

/** Words before a post that do not change it ("former", "then", "new"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(["former", "then", "new", "current", "late", "acting", "outgoing", "incoming", "top", "senior"]);
