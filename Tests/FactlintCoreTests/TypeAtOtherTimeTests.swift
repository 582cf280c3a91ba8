import FactlintCore
import Testing

/// What a person or thing is at another time ("now a superintendent", "the former
/// chief executive") neither contradicts nor supports what it was in the story.
@Suite struct TypeAtOtherTimeTests {
    let rules = try! rule("""
    {
      kind: "entities",
      entities: [
        { name: "Ruth Okafor", gender: "female", role: "inspector", contradicts: ["superintendent", "sergeant"] },
      ],
    }
    """)

    @Test func aLaterPostIsNoContradiction() {
        assertFindings(rules, "Ruth Okafor, now a superintendent, led the ferry inquiry.", [:])
        assertFindings(rules, "Ruth Okafor, later a superintendent, led the ferry inquiry.", [:])
        assertFindings(rules, "The former sergeant Ruth Okafor led the ferry inquiry.", [:])
    }

    @Test func aWrongPostInTheStoryIsStillReported() {
        assertFindings(rules, "Ruth Okafor, a 1️⃣superintendent, led the ferry inquiry.", [
            "1️⃣": "'superintendent' contradicts what Ruth Okafor is: an inspector",
        ])
        assertFindings(rules, "The 1️⃣sergeant Ruth Okafor led the ferry inquiry.", [
            "1️⃣": "'sergeant' contradicts what Ruth Okafor is: an inspector",
        ])
    }
}

/// "X is the captain's brother": a possessive type names someone else, not what X is.
@Suite struct TypePossessiveTests {
    let rules = try! rule("""
    {
      kind: "entities",
      entities: [
        { name: "Tor Vik", gender: "male", role: "engineer", contradicts: ["captain"] },
      ],
    }
    """)

    @Test func aPossessiveIsNoStatement() {
        assertFindings(rules, "Its chief engineer, Tor Vik, is the captain's younger brother.", [:])
    }

    @Test func aPlainWrongPostIsStillReported() {
        assertFindings(rules, "Tor Vik is the 1️⃣captain of the ferry.", [
            "1️⃣": "'captain' contradicts what Tor Vik is: an engineer",
        ])
    }
}
