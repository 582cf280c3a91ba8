import FactlintCore
import Testing

/// A police or military rank vouches for the name slot after it as "Ms" does, in capitals
/// too ("DCI Bard" where the corpus writes "Malcolm Baird").
@Suite struct GazetteerRankTests {
    let rules = try! rule("""
    { kind: "gazetteer", dictionary: "\(shippedRules.path)/words/english.txt" }
    """)
    let majority = (1...3).map { "Raid \($0): the inquiry is led by Malcolm Baird of the city police. Officers under Malcolm Baird searched flats." }

    @Test func aRankVouchesForTheSlot() {
        assertFindings(rules, majority + ["The search was over by noon. DCI 1️⃣Bard asked the public for help."], [
            "1️⃣": "'Bard' looks like a misspelling of 'Baird', which the articles write 6 times in 3 articles",
        ])
        assertFindings(rules, majority + ["The search was over by noon. Inspector 1️⃣Bard asked the public for help."], [
            "1️⃣": "'Bard' looks like a misspelling of 'Baird', which the articles write 6 times in 3 articles",
        ])
    }

    @Test func theNameAfterARankPasses() {
        assertFindings(rules, majority + ["The search was over by noon. DCI Baird asked the public for help."], [:])
    }
}
