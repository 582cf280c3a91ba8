import FactlintCore
import Testing

/// A part ("31 of them schools") binds to the anchor that names it, right after "of" and a
/// pronoun, and never to the whole it is a part of.
@Suite struct PartBindingTests {
    let rules = try! rule("""
    {
      kind: "figures",
      facts: [
        { name: "The buildings damaged", anchors: ["buildings"], value: "140", tolerance: 0 },
        { name: "The schools damaged", anchors: ["schools"], value: "31", tolerance: 0 },
        { name: "The staff", anchors: ["employees"], value: "2,400", tolerance: 0 },
      ],
    }
    """)

    @Test func aPartNamedAfterItsPronounIsChecked() {
        assertFindings(rules, "The tremor damaged 140 buildings in Ostra, 1️⃣13 of them schools.", [
            "1️⃣": "The schools damaged is 31; found '13'",
        ])
    }

    @Test func theRightPartPasses() {
        assertFindings(rules, "The tremor damaged 140 buildings in Ostra, 31 of them schools.", [:])
        assertFindings(rules, "The tremor damaged 140 buildings, 31 of which schools, the city said.", [:])
    }

    /// "600 of the employees" is a part of the staff, not the headcount.
    @Test func aPartOfTheWholeDoesNotBindToTheWhole() {
        assertFindings(rules, "About 2,400 people work at the plant. Some 600 of the employees are on strike.", [:])
    }
}
