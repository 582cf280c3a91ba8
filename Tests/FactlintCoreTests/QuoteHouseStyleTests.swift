@testable import FactlintCore
import Testing

/// Quote drift on real copy: house style is folded before comparing, excerpts and
/// different quotations are not drift, a changed last word is, and every quotation mark
/// style is seen.
@Suite struct QuoteHouseStyleTests {
    let rules = try! rule("{ kind: 'quotes', minWords: 6 }")

    @Test func houseStyleIsNotDrift() {
        assertFindings(rules, [
            "“We are ready to organise the talks with the US and its partners,” the envoy said.",
            "\"We're ready to organize the talks with the U.S. and its partners,\" the envoy said.",
            "“We’re ready to organise the talks with the U.S. and its partners,” she said.",
        ], [:])
        assertFindings(rules, [
            "“They do not realise how much the harbour means to this town,” the mayor said.",
            "“They don't realize how much the harbor means to this town,” the mayor said.",
        ], [:])
        // "-isation" ends in a letter no other pattern ends in.
        assertFindings(rules, [
            "“The offer recognises what our organisation has built over a century,” the chairwoman said.",
            "“The offer recognizes what our organization has built over a century,” the chairwoman said.",
        ], [:])
    }

    @Test func houseStyleFoldingStillSeesRealChanges() {
        assertFindings(rules, [
            "“We are ready to organise the talks with the US and its partners,” the envoy said.",
            "“We're ready to organize the 1️⃣summit with the U.S. and its partners,” the envoy said.",
            "“We are ready to organise the talks with the US and its partners,” he said.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"summit\" where the other has \"talks\""])
    }

    @Test func quoteWordsFoldContractionsAbbreviationsAndSpellings() {
        var lexicon = Lexicon()
        _ = lexicon.intern("the")
        func keys(_ text: String) -> [UInt64] {
            let d = Document(path: "t", contents: text, lexicon: lexicon)
            return QuoteWords.words(d, 0..<d.tokens.count).map(\.key)
        }
        func expected(_ words: [String]) -> [UInt64] { words.map(QuotesRule.foldedHash) }
        #expect(keys("We’re in the U.S. now") == expected(["we are", "in", "the", "us", "now"]))
        #expect(keys("We are in the US now") == expected(["we are", "in", "the", "us", "now"]))
        #expect(keys("It won't colour the centre") == expected(["it", "will not", "color", "the", "center"]))
        #expect(keys("Japan’s four tours") == expected(["japan", "s", "four", "tours"]))
        #expect(keys("They travelled; we called") == expected(["they", "traveled", "we", "called"]))
        #expect(keys("They cannot realise it") == expected(["they", "can not", "realize", "it"]))
    }

    @Test func anExcerptIsNotDriftFromItsFullSentence() {
        assertFindings(rules, [
            "“We will work with our friends, and we will work with our neighbours across the sea,” the minister said.",
            "The minister said “we will work with our neighbours across the sea.”",
            "She promised that “we will work with our friends, and we will work with” everyone.",
        ], [:])
    }

    @Test func twoDifferentQuotationsAreNotPairedAsOne() {
        assertFindings(rules, [
            "“We will build a new harbour in the north, and we will build it before the winter,” the minister said.",
            "“We will build a new school in the south, and we will hire teachers from the region,” the minister said.",
        ], [:])
    }

    @Test func aChangeAtTheVeryEndIsDrift() {
        assertFindings(rules, [
            "“We will defend the coast and protect our fishing towns,” the minister said.",
            "“We will defend the coast and protect our fishing 1️⃣villages,” the minister said.",
            "“We will defend the coast and protect our fishing towns,” she said.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"villages\" where the other has \"towns\""])
    }

    @Test func guillemetsAndLowHighQuotesAreSeen() {
        assertFindings(rules, [
            "Le ministre a dit : « We will defend the coast and protect our fishing towns ».",
            "Der Minister sagte: „We will defend the coast and protect our fishing 1️⃣harbours“.",
            "Ministeren sa: »We will defend the coast and protect our fishing towns«.",
        ], ["1️⃣": "quote differs from doc1.txt:1: \"harbours\" where the other has \"towns\""])
    }

    @Test func quotationMarksOfEveryStyle() {
        func quoted(_ text: String) -> [String] {
            let d = Document(path: "t", contents: text, lexicon: Lexicon())
            return Quotations.find(in: d).map { d.string($0.bytes) }
        }
        #expect(quoted("Il a dit « bonjour à tous » hier.") == ["bonjour à tous"])
        #expect(quoted("Er sagte „guten Morgen“ und ging.") == ["guten Morgen"])
        #expect(quoted("Han sa »god morgen« og gikk.") == ["god morgen"])
        #expect(quoted("Prices rose » and fell «.") == [])
    }
}
