import FactlintCore
import Testing

/// "a retired teacher … with her husband": an unnamed person brought in with an indefinite
/// article may be whom the pronoun means, so the man named in the paragraph before is not
/// taken for its referent. "as a student" is the subject's own role, not another person.
@Suite struct IndefinitePersonTests {
    let rules = try! rule("""
    { kind: "genders", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)
    let majority = [
        "Tormod Lien runs the harbour. He praised the crews.",
        "Mr. Lien spoke first, and he thanked the volunteers.",
        "Tormod Lien toured the quay. He met the families.",
    ]

    @Test func anIndefinitePersonMayBeTheReferent() {
        assertFindings(rules, majority + [
            "Tormod Lien says the quay will reopen.\n\nIn a cafe by the quay, a retired teacher who was aboard with her husband described the calm.",
        ], [:])
    }

    @Test func theSubjectsOwnRoleIsNoOtherPerson() {
        assertFindings(rules, majority + [
            "Tormod Lien grew up in Bergen and came to the coast as a young student; 1️⃣she says the crews did well.",
        ], [
            "1️⃣": "'she' would refer to Tormod Lien, whom 3 other articles call a man; expected 'he'",
        ])
    }
}
