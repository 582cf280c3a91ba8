@testable import FactlintCore
import Testing

@Suite struct EntitiesRuleTests {
    let rules = try! rule("""
    {
      kind: "entities",
      dictionary: "\(shippedRules.path)/words/english.txt",
      entities: [
        { name: "Sanae Takaichi", gender: "female", aliases: ["Takaichi", "the prime minister", "the premier"] },
        { name: "Shinzo Abe", gender: "male", aliases: ["Abe", "the former prime minister"] },
        { name: "Donald Trump", gender: "male", aliases: ["Trump", "Mr. Trump"] },
        { name: "USS George Washington", type: "aircraft carrier", aliases: ["George Washington"],
          contradicts: ["frigate", "destroyer"] },
      ],
    }
    """)

    @Test func contradictingTypesInEveryPosition() {
        assertFindings(rules, [
            "Trump visited the 1️⃣frigate USS George Washington. The USS George Washington, a 2️⃣destroyer, sailed.",
            "The George Washington is a US Navy 3️⃣destroyer. A U.S. 4️⃣frigate George Washington docked.",
            "Aboard the aircraft carrier USS George Washington, Trump spoke.",
        ], [
            "1️⃣": "'frigate' contradicts what USS George Washington is: an aircraft carrier",
            "2️⃣": "'destroyer' contradicts what USS George Washington is: an aircraft carrier",
            "3️⃣": "'destroyer' contradicts what USS George Washington is: an aircraft carrier",
            "4️⃣": "'frigate' contradicts what USS George Washington is: an aircraft carrier",
        ])
    }

    @Test func contradictionPointsAtAnArticleStatingTheType() throws {
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [
            ("a.txt", "Trump visited the frigate USS George Washington."),
            ("b.txt", "The USS George Washington, an aircraft carrier, docked."),
        ])
        let finding = try #require(result.diagnostics.first)
        #expect(finding.related.map(\.location.path) == ["b.txt"])
        #expect(finding.related.first?.message == "called 'aircraft carrier' here")
    }

    @Test func pronounsWithOnlyOtherGenderAntecedents() {
        let he = "'he' has no male antecedent nearby; the person it would refer to is 'the premier' (Sanae Takaichi), who is female"
        assertFindings(rules, "At lunch the premier said that 1️⃣he would propose Trump for the prize.", ["1️⃣": he])
        assertFindings(rules, "Takaichi spoke. 1️⃣He also praised the alliance, in 2️⃣his words.", [
            "1️⃣": "'He' has no male antecedent nearby; the person it would refer to is Takaichi (Sanae Takaichi), who is female"
                .replacingOccurrences(of: "Takaichi (Sanae Takaichi)", with: "'Takaichi' (Sanae Takaichi)"),
            "2️⃣": "'his' has no male antecedent nearby; the person it would refer to is 'Takaichi' (Sanae Takaichi), who is female",
        ])
    }

    @Test func cleanTextsProduceNothing() {
        assertFindings(rules, """
        Takaichi welcomed the guests. Trump praised her, and he thanked the prime minister.
        Mr. Trump was joined by Takaichi as he addressed the troops.
        She emphasized her ties to Abe and gave him a putter used by the former prime minister.
        Takaichi spoke. She said “he is a friend of Japan,” and she left.
        Takaichi met golfer Hideki Matsuyama, and he signed a bag.
        The premier said she would return. She is the leader. Her aides agreed.
        """, [:])
    }

    @Test func longestAliasWins() {
        // "the former prime minister" is Abe (male), not "the prime minister" (Takaichi).
        assertFindings(rules, "The former prime minister said he would come.", [:])
        assertFindings(rules, "The prime minister said 1️⃣he would come.", [
            "1️⃣": "'he' has no male antecedent nearby; the person it would refer to is 'The prime minister' (Sanae Takaichi), who is female",
        ])
    }

    @Test func namesSplitAcrossLinesAndPossessives() {
        assertFindings(rules, "Trump boarded the 2️⃣frigate USS George\nWashington. Takaichi's aides said 1️⃣his visit went well.", [
            "2️⃣": "'frigate' contradicts what USS George Washington is: an aircraft carrier",
            "1️⃣": "'his' has no male antecedent nearby; the person it would refer to is 'Takaichi' (Sanae Takaichi), who is female",
        ], ruleID: "test-rule")
    }

    @Test func badEntitiesAreRejected() {
        func error(_ entity: String) -> String {
            do { _ = try rule("{ kind: 'entities', entities: [\(entity)] }", id: "e"); return "loaded" } catch { return "\(error)" }
        }
        #expect(error("{ name: 'X', gender: 'other' }") == "e.json5: entities[0].gender: 'other' is not one of: female, male")
        #expect(error("{ name: 'X', contradicts: ['frigate'] }") == "e.json5: entities[0].contradicts: give the entity's type or role too")
        #expect(error("{ name: 'X', type: 'carrier', contradicts: ['Carrier'] }") == "e.json5: entities[0].contradicts: 'carrier' is the entity's own type")
    }
}

@Suite struct VariantsRuleTests {
    @Test func theFastKeyIsTheFullKey() {
        // The table-driven key must equal the decompose-filter-lowercase key it stands in for.
        var forms = ["Lee Jae-myung", "protégé", "Zürich", "São Paulo", "İstanbul", "Straße", "Æsir", "Łódź",
                     "Takaichi’s", "Kim Jong‐un", "naïve café", "Ǆemal", "ǅ", "e\u{301}tude", "Ωmega", "Σίσυφος"]
        for value in 0x80...0x24F { forms.append("A" + String(Unicode.Scalar(UInt32(value))!) + "b") }
        for value in 0x2000...0x206F { forms.append("x" + String(Unicode.Scalar(UInt32(value))!) + "Y") }
        for form in forms { #expect(VariantsRule.key(form) == VariantsRule.fullKey(form), "\(form)") }
    }

    let rules = try! rule("{ kind: 'variants', preferred: ['Kim Jong-un', 'Lee Jae-myung', 'SoftBank'] }")

    @Test func hyphensSpacesAccentsAndCase() {
        assertFindings(rules, [
            "Kim Jong-un met Lee Jae-myung. She is his protégé. SoftBank rose.",
            "1️⃣Kim Jong Un met 2️⃣Lee Jae Myung. She is his 3️⃣protege. 4️⃣Softbank rose.",
            "Lee Jae-myung spoke. A protégé. SoftBank fell.",
        ], [
            "1️⃣": "'Kim Jong Un' is a variant of 'Kim Jong-un', the preferred form (used in 1 article); use one form",
            "2️⃣": "'Lee Jae Myung' is a variant of 'Lee Jae-myung', the preferred form (used in 2 articles); use one form",
            "3️⃣": "'protege' is a variant of 'protégé', the form most articles use (2); use one form",
            "4️⃣": "'Softbank' is a variant of 'SoftBank', the preferred form (used in 2 articles); use one form",
        ])
    }

    @Test func tiesAreReportedOnBothSides() throws {
        let rules = try rule("{ kind: 'variants', words: ['Jean-Pierre'] }")
        assertFindings(rules, ["We met 1️⃣Jean-Pierre today.", "We saw 2️⃣Jean-Pierre later.", "We met 3️⃣Jean Pierre today.",
                               "We saw 4️⃣Jean Pierre later."], [
            "1️⃣": "'Jean-Pierre' and 'Jean Pierre' are both used, equally often; use one form",
            "2️⃣": "'Jean-Pierre' and 'Jean Pierre' are both used, equally often; use one form",
            "3️⃣": "'Jean Pierre' and 'Jean-Pierre' are both used, equally often; use one form",
            "4️⃣": "'Jean Pierre' and 'Jean-Pierre' are both used, equally often; use one form",
        ])
        // One article against one settles nothing and says nothing.
        assertFindings(rules, ["We met Jean-Pierre today.", "We met Jean Pierre today."], [:])
    }

    @Test func notVariants() {
        assertFindings(rules, [
            "Defence spending. TOKYO, Oct 28. The US said. “PEACE,” it read. Long-standing ties.",
            "Defense spending. Tokyo said. Let us go. Peace returned. Longstanding ties.",
            "Aboard the George\nWashington, and the George Washington.",
        ], [:])
    }
}

@Suite struct QuotationTests {
    func quotes(_ text: String) -> [String] {
        let d = Document(path: "t", contents: text, lexicon: Lexicon())
        return Quotations.find(in: d).map { "\($0.group):" + d.string($0.bytes) }
    }

    @Test func marksAndApostrophes() {
        #expect(quotes("“I love Japan,” Trump said. “We will be there.”") == ["1:I love Japan,", "1:We will be there."])
        #expect(quotes("He said \"it's great\" and 'The A Word' aired. Japan's and leaders' views.")
                == ["1:it's great", "2:The A Word"])
        #expect(quotes("She said ‘no’ twice.") == ["1:no"])
    }

    @Test func unbalancedMarksYieldNothing() {
        #expect(quotes("He said “this never closes.\n\nNew paragraph.") == [])
        #expect(quotes("” stray “ marks ’") == [])
    }

    @Test func quotesSpanSentencesNotParagraphs() {
        #expect(quotes("“One. Two. Three,” he said.") == ["1:One. Two. Three,"])
    }
}
