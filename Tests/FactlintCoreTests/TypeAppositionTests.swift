import FactlintCore
import Testing

/// A declared person's post written before the name and set off by a comma, after a
/// possessive: "The gallery's chief curator, Lena Brekke, said". Without the possessive the
/// comma may separate list items, so nothing is read.
@Suite struct TypeAppositionBeforeNameTests {
    let rules = try! rule("""
    {
      kind: "entities",
      entities: [
        { name: "Lena Brekke", gender: "female", role: "director", aliases: ["Dr Lena Brekke"],
          contradicts: ["chief curator", "curator"] },
      ],
    }
    """)

    @Test func aWrongPostAfterAPossessiveIsReported() {
        assertFindings(rules, "The gallery's 1️⃣chief curator, Dr Lena Brekke, said the loan was safe.", [
            "1️⃣": "'chief curator' contradicts what Lena Brekke is: a director",
        ])
        assertFindings(rules, "The trust named its 1️⃣curator, Lena Brekke, as the lender's contact.", [
            "1️⃣": "'curator' contradicts what Lena Brekke is: a director",
        ])
    }

    @Test func theRightPostListsAndOtherPeoplesPostsPass() {
        assertFindings(rules, """
        The gallery's director, Dr Lena Brekke, said the loan was safe.
        Present were the chief curator, Lena Brekke and two guards.
        The curator's deputy, Lena Brekke, signed the form.
        """, [:])
    }
}
