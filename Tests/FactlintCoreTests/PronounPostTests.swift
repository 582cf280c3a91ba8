import FactlintCore
import Testing

/// With declared people, "the president" that no rule declares is someone the pronoun may mean.
@Suite struct PronounPostTests {
    let rules = try! rule("""
    {
      kind: "entities",
      dictionary: "\(shippedRules.path)/words/english.txt",
      entities: [
        { name: "Tomas Brekke", gender: "male", aliases: ["Brekke"] },
      ],
    }
    """)

    /// Trap: an undeclared post holder between a man and "she".
    @Test func anUndeclaredPostHolderIsInReach() {
        assertFindings(rules, "Fans cheered Tomas Brekke. The president rebuilt the club that produced Brekke. \"We did it,\" she said.", [:])
    }

    @Test func aPostInAppositionIsTheNamedPerson() {
        assertFindings(rules, "Tomas Brekke, the president of the club, waved. Later 1️⃣she spoke.", [
            "1️⃣": "'she' has no female antecedent nearby; the person it would refer to is Tomas Brekke, who is male",
        ])
    }

    /// Trap: a person no rule declares, named in apposition to a post right before the
    /// pronoun; the first name is also an ordinary word ("Dale") and opens the sentence.
    @Test func anUndeclaredNameInAppositionToAPostIsInReach() throws {
        let people = try rule("""
        { kind: "entities", dictionary: "\(shippedRules.path)/words/english.txt",
          entities: [{ name: "Wren Halloway", gender: "female", aliases: ["Halloway"] }] }
        """)
        assertFindings(people, "Mayor Wren Halloway ordered the evacuation. Dale Ostrow, the district fire chief, said his crews held the line.", [:])
        assertFindings(people, "Mayor Wren Halloway ordered the evacuation, and 1️⃣his staff drove door to door.", [
            "1️⃣": "'his' has no male antecedent nearby; the person it would refer to is Wren Halloway, who is female",
        ])
    }
}
