@testable import FactlintCore
import Testing

/// Names on real copy: a real word in a known name's slot is a misspelling; a dateline in
/// capitals is no variant, and a sentence's first word joins no capitalized run.
@Suite struct NameSlotAndVariantTests {
    let names = try! rule("""
    {
      kind: "names",
      dictionary: "\(shippedRules.path)/words/english.txt",
      names: ["Nordvik Maritime", "Marina Holdings", "Golden Bay Ferries", "Ålesund", "Norway", "North Korea"],
    }
    """)

    @Test func aRealWordInANameSlotIsAMisspelling() {
        assertFindings(names, "Shares in 1️⃣Nordic Maritime fell, and 2️⃣Marine Holdings cut jobs.", [
            "1️⃣": "'Nordic Maritime' looks like a misspelling of 'Nordvik Maritime'",
            "2️⃣": "'Marine Holdings' looks like a misspelling of 'Marina Holdings'",
        ])
    }

    @Test func realWordsOutsideANameSlotPass() {
        assertFindings(names, """
        Nordvik Maritime and other Nordic shipowners met. Maritime law was discussed.
        North Korean ships, Marine engineers and Golden Bay Ferries sailed to Ålesund, Norway.
        """, [:])
    }

    let people = try! rule("""
    {
      kind: "names",
      dictionary: "\(shippedRules.path)/words/english.txt",
      names: ["Ingrid Holm", "Tomas Brandt", "Lena Marsh"],
    }
    """)

    @Test func aRealWordWithAnAgeAfterItIsTheNameMisspelt() {
        assertFindings(people, "Tomas Brandt signed on Monday. 1️⃣Brand, 31, joins from Oslo. 2️⃣Brand, the keeper, agreed.", [
            "1️⃣": "'Brand' looks like a misspelling of 'Brandt'",
            "2️⃣": "'Brand' looks like a misspelling of 'Brandt'",
        ])
    }

    @Test func aRealWordWithAnAgeIsAPersonOfItsOwnWhenTheNameIsNotInTheArticle() {
        // "Brand" is someone else here: the article never writes Brandt.
        assertFindings(people, "Brand, 31, joins from Oslo. Marsh, 40, stays. Brand, the shop, opened.", [:])
        // Not an age: a year, a count with decimals, a plain list.
        assertFindings(people, "Tomas Brandt spoke. Brand, 2026, was a good year; Brand, 3.5, Brand, and more.", [:])
    }

    let variants = try! rule("{ kind: 'variants', words: ['Ålesund'] }")

    let builtins: RuleSet = try! RuleLoader.load(folders: [])

    @Test func aNameOpeningASentenceIsComparedWithTheNameInsideOne() {
        assertFindings(builtins, [
            "Rescuers reached Valparaíso at dawn. 1️⃣Valparaiso Mayor Ana Ruiz said the port was shut.",
            "The port of Valparaíso was shut.",
            "Ships left Valparaíso on Monday.",
        ], ["1️⃣": "'Valparaiso' is a variant of 'Valparaíso', the form most articles use (3); use one form"], ruleID: "corpus-variants")
        // A word capitalized only because it opens a sentence varies with nothing.
        assertFindings(builtins, ["Crews worked all night.", "Crews rested.", "Crews left at dawn."], [:], ruleID: "corpus-variants")
    }

    @Test func aDatelineInCapitalsIsNotAVariant() {
        assertFindings(variants, [
            "ÅLESUND, Norway — The port of Ålesund reopened on Monday.",
            "Ferries returned to Ålesund after the storm.",
        ], [:])
        assertFindings(variants, [
            "Ferries returned to Ålesund after the storm.",
            "Ferries returned to Ålesund on Monday.",
            "Ferries returned to 1️⃣Alesund on Tuesday.",
        ], ["1️⃣": "'Alesund' is a variant of 'Ålesund', the form most articles use (2); use one form"])
    }

    @Test func aSentencesFirstWordStartsNoCapitalizedRun() throws {
        let rules = shippedRuleSet
        let variants = try #require(rules.rules.compactMap { $0 as? VariantsRule }.first)
        let d = Document(path: "t", contents: "Officials waited. Yesterday Tokyo Bay was calm, and Tokyo Bay stayed calm.", lexicon: rules.lexicon)
        var findings = Findings<VariantsRule.Evidence>()
        variants.check(d, into: &findings)
        let forms = findings.evidence.flatMap { table in table.records.map { table.form($0) } }
        #expect(forms.contains("Tokyo Bay"))
        #expect(!forms.contains { $0.hasPrefix("Yesterday") }, "\(forms)")
    }
}
