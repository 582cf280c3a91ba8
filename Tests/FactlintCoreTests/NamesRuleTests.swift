import FactlintCore
import Testing

@Suite struct NamesRuleTests {
    let rules = try! rule("""
    {
      kind: "names",
      dictionary: "\(shippedRules.path)/words/english.txt",
      swaps: { "Gulf star": "golf star" },
      names: ["Yokosuka", "Sanae Takaichi", "Hideki Matsuyama", "Tokyo", "Korea", "Asia", "ASEAN",
              { name: "United States", variants: ["US"] }],
    }
    """)

    @Test func nearMissesAndTruncations() {
        assertFindings(rules, "Docked at 1️⃣Yokosuk, then 2️⃣Yokoska and 3️⃣Takiachi’s office.", [
            "1️⃣": "'Yokosuk' looks like a misspelling of 'Yokosuka'",
            "2️⃣": "'Yokoska' looks like a misspelling of 'Yokosuka'",
            "3️⃣": "'Takiachi' looks like a misspelling of 'Takaichi'",
        ])
    }

    @Test func swapsKeepSentenceCase() {
        assertFindings(rules, "A bag from 1️⃣Gulf star Matsuyama. 2️⃣Gulf star Matsuyama signed it. 3️⃣gulf star", [
            "1️⃣": "'Gulf star' should be 'golf star'",
            "2️⃣": "'Gulf star' should be 'Golf star'",
            "3️⃣": "'gulf star' should be 'golf star'",
        ])
        assertFindings(rules, "The Gulf Star restaurant and the GULF STAR tanker.", [:])
    }

    @Test func fusedNames() {
        assertFindings(rules, "1️⃣TokyoUS President Trump arrived. 2️⃣TokyoTower; SoftBank; McTokyo.", [
            "1️⃣": "'TokyoUS' looks like 'Tokyo' and 'US' run together; expected a space or dash between them",
            "2️⃣": "'TokyoTower' looks like 'Tokyo' and 'Tower' run together; expected a space or dash between them",
        ])
        // A name word that is an ordinary word too, glued to an ordinary word, is a brand.
        assertFindings(rules, "Read it on UnitedNews, then 1️⃣TakaichiAdvertisement.", [
            "1️⃣": "'TakaichiAdvertisement' looks like 'Takaichi' and 'Advertisement' run together; expected a space or dash between them",
        ])
    }

    @Test func correctNamesWordsAndDerivedFormsPass() {
        assertFindings(rules, """
        Yokosuka’s base and Takaichi's office. YOKOSUK in capitals is a headline style.
        Koreans, Asian leaders and a Tramp steamer. Matsuyama, Takai-
        chi and Yoko are fine. Tokyo's mayor.
        """, [:])
    }

    /// "Americas" beside the name word "American": a plural of the stem the name derives
    /// from is a word of its own, not a slip; a real slip of the name still is.
    @Test func aPluralOfTheNamesStemIsNotAMisspelling() throws {
        let derived = try rule("""
        { kind: "names", dictionary: "\(shippedRules.path)/words/english.txt", names: ["Velorian Guard"] }
        """)
        assertFindings(derived, "World | Velorias | Europe\nThe Velorian Guard patrols both Velorias.", [:])
        assertFindings(derived, "The 1️⃣Velorain Guard patrols the coast.", ["1️⃣": "'Velorain' looks like a misspelling of 'Velorian'"])
    }

    @Test func fixReplacesOnlyTheName() throws {
        let result = Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", "At Yokosuk base.")])
        let fix = try #require(result.diagnostics.first?.fix)
        #expect(fix.byteRange == 3..<10 && fix.text == "Yokosuka")
    }
}

@Suite struct BoilerplateRuleTests {
    let rules = try! rule("""
    { kind: "boilerplate", phrases: ["open image in gallery", "Click here to"],
      lines: ["Advertisement", "# min read"], repeatedLines: { minCount: 3, minDocuments: 2 } }
    """)

    @Test func runsOfJunkLinesAreOneFinding() {
        assertFindings(rules, """
        The talks went well.

        1️⃣Advertisement
        Advertisement

        2️⃣Advertisement

        3️⃣5 min read
        4️⃣open image in gallery A caption ( AFP )
        Officials met. 5️⃣Click here to subscribe. Click here to donate.
        """, [
            "1️⃣": "'Advertisement', 2 lines in a row, is scraped page furniture, not reporting",
            "2️⃣": "'Advertisement' is scraped page furniture, not reporting",
            "3️⃣": "'5 min read' is scraped page furniture, not reporting",
            "4️⃣": "'open image in gallery' is scraped page furniture, not reporting",
            "5️⃣": "'Click here to' is scraped page furniture, not reporting",
        ])
    }

    @Test func linesRepeatedInOneArticle() {
        assertFindings(rules, "1️⃣Share\n\n2️⃣Share\n\nText here.\n\n3️⃣Share\n", [
            "1️⃣": "'Share' is scraped page furniture, not reporting",
            "2️⃣": "'Share' is scraped page furniture, not reporting",
            "3️⃣": "'Share' is scraped page furniture, not reporting",
        ])
    }

    @Test func linesRepeatedAcrossArticles() {
        let header = "Summit report\nBy a reporter\nTOKYO\n\n"
        assertFindings(rules, [header + "The summit began.\n1️⃣Most read\n", header + "The summit ended.\n2️⃣Most read\n",
                               header + "Most read, he said.", "Most read\nA header line is metadata, not furniture."], [
            "1️⃣": "'Most read' appears in 2 articles: scraped page furniture, not reporting",
            "2️⃣": "'Most read' appears in 2 articles: scraped page furniture, not reporting",
        ])
    }

    @Test func proseMentioningTheWordsPasses() {
        assertFindings(rules, "Advertisement rules were discussed.\nThe gallery will open image by image.", [:])
    }
}
