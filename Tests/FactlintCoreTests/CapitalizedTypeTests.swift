import FactlintCore
import Testing

/// A type or contradiction with a capital ("Glasgow shipbuilders") is matched as written,
/// capital included, as aliases are.
@Suite struct CapitalizedTypeTests {
    let rules = try! rule("""
    {
      kind: "entities",
      entities: [
        { name: "Harland Yard", type: "Glasgow shipbuilders", contradicts: ["Belfast shipbuilders"] },
      ],
    }
    """)

    @Test func aCapitalizedContradictionIsFound() {
        assertFindings(rules, "The ferry was built by the 1️⃣Belfast shipbuilders Harland Yard in 1998.", [
            "1️⃣": "'Belfast shipbuilders' contradicts what Harland Yard is: a Glasgow shipbuilders",
        ])
    }

    @Test func theDeclaredTypePasses() {
        assertFindings(rules, "The ferry was built by the Glasgow shipbuilders Harland Yard in 1998.", [:])
        assertFindings(rules, "The ferry was built by Harland Yard, the Glasgow shipbuilders, in 1998.", [:])
    }
}
